"""Dot voting's arithmetic: totals per option, ranks where ties stay ties, and whether a
ballot keeps to the limits.

The screen shows the totals to the facilitator as they are entered, the projector shows
the ranks once revealed, and the recorded result keeps the totals in option order.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from uuid import UUID

from forum_desktop.models.outcome import Outcome, OutcomeKind
from forum_desktop.models.screens.dot_voting import DotVotingState, EntryMode, VoteOption


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


def votes(state: DotVotingState) -> list[int]:
    """The votes of each option, in option order, from the ballots or the show of hands."""
    if state.mode is EntryMode.TOTALS:
        return [state.hand_totals.get(option.id, 0) for option in state.options]
    return [sum(b.dots.get(option.id, 0) for b in state.ballots) for option in state.options]


def voters(state: DotVotingState) -> int:
    """How many people put at least one dot (0 for a show of hands: nobody is counted)."""
    if state.mode is EntryMode.TOTALS:
        return 0
    option_ids = {option.id for option in state.options}
    return sum(1 for b in state.ballots if any(b.dots.get(i, 0) for i in option_ids))


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
    state: DotVotingState, *, per_person: int, per_option: int
) -> tuple[UUID, BallotProblem] | None:
    """The first ballot already entered that new limits would refuse, and why."""
    for ballot in state.ballots:
        problem = check_ballot(ballot.dots, per_person=per_person, per_option=per_option)
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


def votable(outcomes: Sequence[Outcome], state: DotVotingState) -> list[Outcome]:
    """The captured entries that could become options: of a votable kind, with words,
    not an option already; ideas first, then insights… each kind in capture order."""
    taken = {option.source_id for option in state.options}
    found = [
        o for o in outcomes if o.kind in VOTABLE_KINDS and o.text.strip() and o.id not in taken
    ]
    return sorted(found, key=lambda o: VOTABLE_KINDS.index(OutcomeKind(o.kind)))


def option_from(outcome: Outcome) -> VoteOption:
    """An option that says what the entry says and remembers where it came from."""
    text = " ".join(outcome.text.split())[:MAX_OPTION_CHARS]
    return VoteOption(text=text, source_id=outcome.id)
