"""Dot voting as one blob (before format 5 and migration 14; read to upgrade old runs
and documents): the options, the limits, the ballots or the show-of-hands totals, and
whether the room may see the results."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID, uuid4

from pydantic import Field

from forum_desktop.models.screens.base import ScreenState
from forum_desktop.models.vote import EntryMode

Dots = Annotated[int, Field(ge=0, le=10_000)]


class VoteOption(ScreenState):
    id: UUID = Field(default_factory=uuid4)
    """Ballots and totals name the option by this id, so renaming or moving it keeps them."""
    text: str = Field(min_length=1, max_length=1000)
    source_id: UUID | None = None
    """The captured outcome (an idea, an insight, a recommendation) it was taken from."""


class Ballot(ScreenState):
    participant_id: UUID
    dots: dict[UUID, Dots] = Field(default_factory=dict)
    """Dots per option id; an option left out has none."""


class DotVotingState(ScreenState):
    options: tuple[VoteOption, ...] = Field(default=(), max_length=500)
    """In the order they are offered (and recorded)."""
    dots_per_person: int = Field(default=5, ge=1, le=100)
    max_per_option: int = Field(default=3, ge=1, le=100)
    mode: EntryMode = EntryMode.BALLOTS
    ballots: tuple[Ballot, ...] = Field(default=(), max_length=10_000)
    """One per participant who voted; both modes keep their entries when switching."""
    hand_totals: dict[UUID, Dots] = Field(default_factory=dict)
    """Votes per option id counted from a show of hands."""
    revealed: bool = False
    """Whether the projector shows the results (else the options only)."""
    result_id: UUID | None = None
    """The ``vote_result`` outcome recorded, updated when the result is recorded again."""
