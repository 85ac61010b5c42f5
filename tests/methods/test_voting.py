"""Dot voting's arithmetic: totals, ties kept as ties, ballots checked against the limits."""

from __future__ import annotations

import datetime as dt
from uuid import UUID, uuid4

from hypothesis import given
from hypothesis import strategies as st

from forum_desktop.methods.dot_vote import VoteView
from forum_desktop.methods.voting import (
    BallotProblem,
    Excess,
    ballot_over_limits,
    check_ballot,
    option_text,
    standings,
    votable,
)
from forum_desktop.models import Outcome, OutcomeKind
from forum_desktop.models.vote import DotVoteBallot, DotVoteOption, DotVoteSettings, EntryMode

IDS = {"event_id": uuid4(), "session_id": uuid4(), "item_id": uuid4()}
A, B, C, D = (
    DotVoteOption(text=text, position=n, **IDS)
    for n, text in enumerate(("Budgets", "Transport", "Housing", "Water"))
)
AWA, JUN, LEA = uuid4(), uuid4(), uuid4()
T0 = dt.datetime(2025, 3, 3, 9, 0, tzinfo=dt.UTC)


def view(
    options: tuple[DotVoteOption, ...],
    ballots: dict[UUID, dict[UUID, int]],
    mode: EntryMode = EntryMode.BALLOTS,
) -> VoteView:
    return VoteView(
        settings=DotVoteSettings(mode=mode, **IDS),
        options=options,
        ballots=tuple(DotVoteBallot(participant_id=p, dots=d, **IDS) for p, d in ballots.items()),
    )


def test_ties_share_a_rank_and_the_next_rank_skips_past_them() -> None:
    ranks = [s.rank_text() for s in standings([4, 7, 4, 1, 7])]
    assert ranks == ["=3", "=1", "=3", "5", "=1"]
    assert [s.rank_text() for s in standings([3, 2, 1])] == ["1", "2", "3"]
    assert [s.rank_text() for s in standings([0, 0])] == ["=1", "=1"]
    assert standings([]) == []


def test_totals_come_from_the_ballots_or_from_the_show_of_hands() -> None:
    ballots = {AWA: {A.id: 3, B.id: 2}, JUN: {B.id: 1, D.id: 4}, LEA: {}}  # D was removed
    hands = (A.model_copy(update={"hands": 12}), B, C.model_copy(update={"hands": 9}))
    state = view(hands, ballots)
    assert state.votes() == [3, 3, 0]
    assert [(t.dots, t.ballots) for t in state.tallies] == [(3, 1), (3, 2), (0, 0)]
    assert state.voters() == 2  # Léa put no dot
    shown = view(hands, ballots, EntryMode.TOTALS)
    assert shown.votes() == [12, 0, 9]
    assert shown.voters() == 0  # a show of hands counts hands, not people


def test_a_ballot_over_a_limit_says_which_and_by_how_much() -> None:
    assert check_ballot({A.id: 3, B.id: 2}, per_person=5, per_option=3) is None
    too_many = check_ballot({A.id: 3, B.id: 3}, per_person=5, per_option=3)
    assert too_many == BallotProblem(Excess.TOO_MANY, given=6, limit=5)
    assert too_many.over == 1
    on_one = check_ballot({A.id: 1, B.id: 4}, per_person=5, per_option=3)
    assert on_one == BallotProblem(Excess.TOO_MANY_ON_ONE, 4, 3, B.id)
    assert check_ballot({A.id: 9}, per_person=5, per_option=3).excess is Excess.TOO_MANY  # type: ignore[union-attr]


def test_new_limits_name_the_first_ballot_they_would_refuse() -> None:
    state = view((A, B), {AWA: {A.id: 2, B.id: 2}, JUN: {A.id: 3, B.id: 2}})
    assert ballot_over_limits(state, per_person=5, per_option=3) is None
    assert ballot_over_limits(state, per_person=4, per_option=3) == (
        JUN,
        BallotProblem(Excess.TOO_MANY, 5, 4),
    )
    assert ballot_over_limits(state, per_person=5, per_option=2) == (
        JUN,
        BallotProblem(Excess.TOO_MANY_ON_ONE, 3, 2, A.id),
    )


@given(st.lists(st.integers(min_value=0, max_value=50), max_size=30))
def test_ranks_order_the_votes_and_equal_votes_always_tie(counts: list[int]) -> None:
    places = standings(counts)
    for mine, me in zip(counts, places, strict=True):
        assert me.votes == mine
        assert me.rank == 1 + len([c for c in counts if c > mine])
        assert me.tied == (counts.count(mine) > 1)
        for theirs, them in zip(counts, places, strict=True):
            assert (me.rank < them.rank) == (mine > theirs)
    if counts:
        assert min(p.rank for p in places) == 1


@given(
    st.lists(st.integers(min_value=0, max_value=6), min_size=1, max_size=8),
    st.integers(min_value=1, max_value=10),
    st.integers(min_value=1, max_value=5),
)
def test_a_ballot_is_refused_exactly_when_it_goes_over_a_limit(
    counts: list[int], per_person: int, per_option: int
) -> None:
    dots = {uuid4(): count for count in counts}
    problem = check_ballot(dots, per_person=per_person, per_option=per_option)
    keeps = sum(counts) <= per_person and max(counts) <= per_option
    assert (problem is None) == keeps
    if problem is not None:
        assert problem.over > 0
        if problem.excess is Excess.TOO_MANY_ON_ONE:
            assert problem.option_id is not None and dots[problem.option_id] == problem.given


def test_captured_ideas_and_insights_become_options_that_remember_their_entry() -> None:
    event = uuid4()

    def entry(kind: OutcomeKind, text: str) -> Outcome:
        return Outcome(event_id=event, kind=kind, text=text, captured_at=T0)

    note = entry(OutcomeKind.NOTE, "Room is full")
    idea = entry(OutcomeKind.IDEA, "Participatory\n budgets   for youth")
    insight = entry(OutcomeKind.INSIGHT, "Trust grows with small wins")
    quote = entry(OutcomeKind.QUOTE, "We are the city")
    blank = entry(OutcomeKind.IDEA, "   ")
    taken = entry(OutcomeKind.RECOMMENDATION, "Pool the training budget")
    state = view((A.model_copy(update={"source_id": taken.id}),), {})
    found = votable([note, idea, quote, insight, blank, taken], state)
    assert found == [idea, insight, note]
    assert option_text(idea.text) == "Participatory budgets for youth"
