"""Dot voting's read side: what the screen, the projector, the command line and the
minutes show, computed from the vote's records.

Two laptops may each enter a ballot for the same person before they sync; every laptop
then counts the same one — the earliest by (created_at, id) — and keeps the other aside
(``set_aside``), so all show the same totals and nothing typed is lost.
"""

from __future__ import annotations

from uuid import UUID

from pydantic import BaseModel, ConfigDict

from forum_desktop.models import AgendaItem, Session
from forum_desktop.models.vote import (
    DotVoteBallot,
    DotVoteOption,
    DotVoteSettings,
    EntryMode,
    settings_id,
)
from forum_desktop.storage import Store


class OptionTally(BaseModel):
    model_config = ConfigDict(frozen=True)

    option: DotVoteOption
    votes: int
    """What the result counts: the dots, or the hands in a show of hands."""
    dots: int
    ballots: int
    """How many counted ballots gave it at least one dot."""


class VoteView(BaseModel):
    """A dot vote as it stands: its settings, options in order, the ballots counted."""

    model_config = ConfigDict(frozen=True)

    settings: DotVoteSettings
    options: tuple[DotVoteOption, ...]
    ballots: tuple[DotVoteBallot, ...]
    """One per voter (anonymous ballots each count), in the order they were cast."""
    set_aside: tuple[DotVoteBallot, ...] = ()
    """Later ballots of a voter who already has one (entered on two laptops at once)."""

    @property
    def tallies(self) -> tuple[OptionTally, ...]:
        hands = self.settings.mode is EntryMode.TOTALS
        found = []
        for option in self.options:
            given = [b.dots.get(option.id, 0) for b in self.ballots]
            dots = sum(given)
            found.append(
                OptionTally(
                    option=option,
                    votes=option.hands if hands else dots,
                    dots=dots,
                    ballots=sum(1 for count in given if count),
                )
            )
        return tuple(found)

    def votes(self) -> list[int]:
        """The votes of each option, in option order, from the ballots or the show of hands."""
        return [tally.votes for tally in self.tallies]

    def voters(self) -> int:
        """How many people put at least one dot (0 for a show of hands: nobody is counted)."""
        if self.settings.mode is EntryMode.TOTALS:
            return 0
        return sum(1 for b in self.ballots if any(self.dots_of(b).values()))

    def dots_of(self, ballot: DotVoteBallot) -> dict[UUID, int]:
        """A ballot's dots on the options still offered."""
        offered = {option.id for option in self.options}
        return {k: v for k, v in ballot.dots.items() if k in offered and v}

    def ballot_of(self, participant_id: UUID | None) -> DotVoteBallot | None:
        """The counted ballot of a roster participant."""
        if participant_id is None:
            return None
        return next((b for b in self.ballots if b.participant_id == participant_id), None)

    def option(self, option_id: UUID | None) -> DotVoteOption | None:
        return next((o for o in self.options if o.id == option_id), None)


def default_settings(store: Store, item_id: UUID) -> DotVoteSettings:
    """The settings before anyone changed them (not stored until then), dated as the item
    so that every laptop shows the same."""
    item = store.require(AgendaItem, item_id)
    session = store.require(Session, item.session_id)
    return DotVoteSettings(
        id=settings_id(item_id),
        created_at=item.created_at,
        updated_at=item.created_at,
        event_id=session.event_id,
        session_id=session.id,
        item_id=item_id,
    )


def vote_view(store: Store, item_id: UUID) -> VoteView:
    settings = store.get(DotVoteSettings, settings_id(item_id)) or default_settings(store, item_id)
    options = store.select(DotVoteOption, {"item_id": item_id}, order_by="position")
    counted: list[DotVoteBallot] = []
    aside: list[DotVoteBallot] = []
    seen: set[UUID] = set()
    for ballot in store.select(DotVoteBallot, {"item_id": item_id}, order_by="created_at"):
        if ballot.participant_id is None or ballot.participant_id not in seen:
            counted.append(ballot)
            if ballot.participant_id is not None:
                seen.add(ballot.participant_id)
        else:
            aside.append(ballot)
    return VoteView(
        settings=settings, options=tuple(options), ballots=tuple(counted), set_aside=tuple(aside)
    )
