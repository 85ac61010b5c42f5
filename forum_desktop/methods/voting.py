"""Dot voting's arithmetic: ranks where ties stay ties, and whether a ballot keeps to the
limits (the totals are the read side's, ``methods.dot_vote``).

The screen shows the totals to the facilitator as they are entered, the projector shows
the ranks once revealed, and the recorded result keeps the totals in option order.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from uuid import UUID

from forum_desktop.methods.dot_vote import VoteView
from forum_desktop.models.outcome import Outcome, OutcomeKind


@dataclass(frozen=True)
class Standing:
    """One option's place: ``rank`` is shared by options with as many votes (``tied``),
    and the next rank skips as many places (1, =2, =2, 4)."""

    votes: int
    rank: int
    tied: bool

    def rank_text(self) -> str:
        """``"=2"`` for a tie, ``"2"`` otherwise: the room sees a tie as a tie."""
        return f"={self.rank}" if self.tied else str(self.rank)


def standings(votes: Sequence[int]) -> list[Standing]:
    """Each option's standing, in the options' own order."""
    return [
        Standing(
            votes=count,
            rank=1 + sum(1 for other in votes if other > count),
            tied=votes.count(count) > 1,
        )
        for count in votes
    ]


class Excess(StrEnum):
    TOO_MANY = "too_many"
    """More dots in the ballot than a person has."""
    TOO_MANY_ON_ONE = "too_many_on_one"
    """More dots on one option than the limit per option."""


@dataclass(frozen=True)
class BallotProblem:
    """What is wrong with a ballot, for a message such as "Awa has 5 dots: 6 is one too
    many"."""

    excess: Excess
    given: int
    """The dots in the ballot (``TOO_MANY``) or on the option (``TOO_MANY_ON_ONE``)."""
    limit: int
    option_id: UUID | None = None
    """The option with too many dots (``TOO_MANY_ON_ONE``)."""

    @property
    def over(self) -> int:
        return self.given - self.limit


def check_ballot(
    dots: Mapping[UUID, int], *, per_person: int, per_option: int
) -> BallotProblem | None:
    """The first limit ``dots`` goes over, the total first; None when it keeps to both."""
    given = sum(dots.values())
    if given > per_person:
        return BallotProblem(Excess.TOO_MANY, given, per_person)
    for option_id, count in dots.items():
        if count > per_option:
            return BallotProblem(Excess.TOO_MANY_ON_ONE, count, per_option, option_id)
    return None


def ballot_over_limits(
    view: VoteView, *, per_person: int, per_option: int
) -> tuple[UUID | None, BallotProblem] | None:
    """The first ballot counted that new limits would refuse (its voter, None when
    anonymous), and why."""
    for ballot in view.ballots:
        problem = check_ballot(view.dots_of(ballot), per_person=per_person, per_option=per_option)
        if problem is not None:
            return ballot.participant_id, problem
    return None


VOTABLE_KINDS = (
    OutcomeKind.IDEA,
    OutcomeKind.INSIGHT,
    OutcomeKind.RECOMMENDATION,
    OutcomeKind.REPORT,
    OutcomeKind.SYNTHESIS,
    OutcomeKind.QUESTION,
    OutcomeKind.ACTION,
    OutcomeKind.NOTE,
)
"""What a vote picks from: what the groups produced (ideas first), not decisions or quotes."""
MAX_OPTION_CHARS = 1000


def votable(outcomes: Sequence[Outcome], view: VoteView) -> list[Outcome]:
    """The captured entries that could become options: of a votable kind, with words,
    not an option already; ideas first, then insights… each kind in capture order."""
    taken = {option.source_id for option in view.options}
    found = [
        o for o in outcomes if o.kind in VOTABLE_KINDS and o.text.strip() and o.id not in taken
    ]
    return sorted(found, key=lambda o: VOTABLE_KINDS.index(OutcomeKind(o.kind)))


def option_text(text: str) -> str:
    """An option's words as stored: spaces collapsed, at most ``MAX_OPTION_CHARS``."""
    return " ".join(text.split())[:MAX_OPTION_CHARS]
