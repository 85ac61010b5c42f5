"""Dot voting as records of their own, so two laptops' acts add up after a sync.

A vote's options and ballots are separate records (fresh ids), never one shared list:
a ballot cast on one laptop and another cast on a second both stay. What has one value
per vote (the limits, how votes are entered, whether the room sees the result, the
recorded result) is one ``DotVoteSettings`` record whose id is derived from the item, so
two laptops that set it up write the same record and its fields merge latest-wins.
Every record names the method's item (the agenda item the method is applied to).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, ClassVar
from uuid import UUID, uuid5

from pydantic import Field

from forum_desktop.models.base import Record

Dots = Annotated[int, Field(ge=0, le=10_000)]


class EntryMode(StrEnum):
    BALLOTS = "ballots"
    """Each participant's dots, entered one ballot at a time."""
    TOTALS = "totals"
    """A count per option, from a show of hands."""


class DotVoteSettings(Record):
    record_type: ClassVar[str] = "dot_vote_settings"

    event_id: UUID
    session_id: UUID
    item_id: UUID
    dots_per_person: int = Field(default=5, ge=1, le=100)
    max_per_option: int = Field(default=3, ge=1, le=100)
    mode: EntryMode = EntryMode.BALLOTS
    revealed: bool = False
    """Whether the projector shows the results (else the options only)."""
    result_id: UUID | None = None
    """The ``vote_result`` outcome recorded, updated when the result is recorded again."""


def settings_id(item_id: UUID) -> UUID:
    """The one settings record of the item's vote: the same on every laptop."""
    return uuid5(item_id, "dot_vote_settings")


class DotVoteOption(Record):
    record_type: ClassVar[str] = "dot_vote_option"

    event_id: UUID
    session_id: UUID
    item_id: UUID
    text: str = Field(min_length=1, max_length=1000)
    source_id: UUID | None = None
    """The captured outcome (an idea, an insight, a recommendation) it was taken from."""
    position: float = 0
    """Options are offered in this order (then by creation): moving one changes only it."""
    hands: Dots = 0
    """Votes counted from a show of hands."""


class DotVoteBallot(Record):
    record_type: ClassVar[str] = "dot_vote_ballot"

    event_id: UUID
    session_id: UUID
    item_id: UUID
    participant_id: UUID | None = None
    """The roster participant who voted; None for an anonymous ballot."""
    dots: dict[UUID, Dots] = Field(default_factory=dict)
    """Dots per option id; an option left out has none."""
