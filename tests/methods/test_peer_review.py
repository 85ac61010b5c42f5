"""Peer review without Qt: the cases, each case's own phase timers, the capture per case."""

from __future__ import annotations

import datetime as dt
from uuid import UUID, uuid4

from forum_desktop.agenda.schedule import ScheduledItem
from forum_desktop.methods.peer_review import (
    captured_by_case,
    case_intervals,
    phase_times,
)
from forum_desktop.models import AgendaItem, ItemRun, Outcome, OutcomeKind
from forum_desktop.models.run import Span
from forum_desktop.models.screens import CaseMove, PeerReviewState, ReviewCase
from forum_desktop.timing.snapshot import ItemState, ItemTiming

T0 = dt.datetime(2022, 2, 23, 9, 0, tzinfo=dt.UTC)


def at(minutes: float) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def phase(
    title: str, minutes: int, spans: list[tuple[float, float | None]], state: ItemState
) -> ItemTiming:
    item = AgendaItem(session_id=uuid4(), title=title, planned_minutes=minutes, parent_id=uuid4())
    run = ItemRun(
        session_id=item.session_id,
        item_id=item.id,
        spans=[Span(start=at(a), end=at(b) if b is not None else None) for a, b in spans],
    )
    entry = ScheduledItem(
        item=item, depth=1, number="1.1", offset=0, start=None, end=None, minutes=minutes
    )
    return ItemTiming(entry, state, minutes * 60, run.elapsed(at(60)), None, None, run)


def two_cases() -> tuple[PeerReviewState, ReviewCase, ReviewCase]:
    dakar = ReviewCase(presenter_name="Aïcha Diallo", city="Dakar", topic="MOOC")
    quito = ReviewCase(presenter_name="Jun Li", city="Quito", topic="Peer learning")
    moves = (CaseMove(case_id=dakar.id, at=at(0)),)
    return PeerReviewState(cases=(dakar, quito), current=dakar.id, moves=moves), dakar, quito


def choose_case(state: PeerReviewState, case_id: UUID, when: dt.datetime) -> PeerReviewState:
    move = CaseMove(case_id=case_id, at=when)
    return state.model_copy(update={"current": case_id, "moves": (*state.moves, move)})


def test_each_case_counts_only_the_phase_time_it_was_on() -> None:
    state, dakar, quito = two_cases()
    state = choose_case(state, quito.id, at(20))
    assert case_intervals(state.moves, dakar.id, at(30)) == [(at(0), at(20))]
    assert case_intervals(state.moves, quito.id, at(30)) == [(at(20), at(30))]
    # Dakar: presentation 0–10, questions 10–17; then Quito from 20: presentation 20–24,
    # questions since 24 (their time for Dakar does not count for Quito).
    presentation = phase("Case presentation", 10, [(0, 10), (20, 24)], ItemState.DONE)
    questions = phase("Clarifying questions", 7, [(10, 17), (24, None)], ItemState.CURRENT)
    for_dakar = phase_times([presentation, questions], state, dakar.id, at(26))
    assert [(p.title, p.used_seconds, p.running) for p in for_dakar] == [
        ("Case presentation", 600.0, False),
        ("Clarifying questions", 420.0, False),
    ]
    for_quito = phase_times([presentation, questions], state, quito.id, at(26))
    assert [(p.used_seconds, p.left_seconds, p.running) for p in for_quito] == [
        (240.0, 360.0, False),
        (120.0, 300.0, True),
    ]


def test_the_capture_is_grouped_by_case_with_the_ratings() -> None:
    event_id = uuid4()
    case_a, case_b = uuid4(), uuid4()

    def outcome(kind: str, case_id: UUID | None, **fields: object) -> Outcome:
        return Outcome(
            event_id=event_id,
            kind=kind,
            text=kind,
            captured_at=T0,
            fields={"case_id": case_id, **fields} if case_id else fields,
        )

    outcomes = [
        outcome(OutcomeKind.FEEDBACK, case_a, strengths="Clear", rating=4),
        outcome(OutcomeKind.FEEDBACK, case_a, strengths="Bold", rating=5),
        outcome(OutcomeKind.FEEDBACK, case_a, strengths="No rating"),
        outcome(OutcomeKind.RESPONSE, case_a),
        outcome(OutcomeKind.SYNTHESIS, case_b),
        outcome(OutcomeKind.NOTE, None),
        outcome(OutcomeKind.FEEDBACK, None, strengths="Not on a case"),
    ]
    found = captured_by_case(outcomes)
    assert set(found) == {case_a, case_b}
    assert [o.fields["strengths"] for o in found[case_a].feedback] == ["Clear", "Bold", "No rating"]
    assert found[case_a].ratings() == [4, 5] and found[case_a].average_rating() == 4.5
    assert len(found[case_a].responses) == 1 and not found[case_a].syntheses
    assert len(found[case_b].syntheses) == 1 and found[case_b].average_rating() is None
