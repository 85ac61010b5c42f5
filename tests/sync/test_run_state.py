"""The run state travels: a rapporteur's laptop learns which agenda item is current."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest

from forum_desktop.models import AgendaItem, Session, SessionRun
from forum_desktop.services.demo import create_demo_event
from forum_desktop.services.run import next_item, start_run
from forum_desktop.sync.engine import sync_event
from tests.sync.laptops import Laptop, open_laptop, snapshot


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Laptop, Laptop, Path, UUID]]:
    facilitator = open_laptop(tmp_path / "f", "Facilitator")
    rapporteur = open_laptop(tmp_path / "r", "Rapporteur")
    folder = tmp_path / "shared"
    folder.mkdir()
    event_id: UUID = create_demo_event(facilitator.store).value
    sync_event(facilitator.store, event_id, folder)
    sync_event(rapporteur.store, event_id, folder)
    yield facilitator, rapporteur, folder, event_id
    facilitator.close()
    rapporteur.close()


def first_session(laptop: Laptop, event_id: UUID) -> Session:
    return laptop.store.select(Session, {"event_id": event_id})[0]


def test_the_rapporteur_follows_the_facilitators_current_item(
    laptops: tuple[Laptop, Laptop, Path, UUID],
) -> None:
    facilitator, rapporteur, folder, event_id = laptops
    session = first_session(facilitator, event_id)
    now = facilitator.clock.now()
    start_run(facilitator.store, session_id=session.id, at=now)
    next_item(facilitator.store, session_id=session.id, at=now)
    sync_event(facilitator.store, event_id, folder)
    sync_event(rapporteur.store, event_id, folder)

    [run] = rapporteur.store.select(SessionRun, {"session_id": session.id}, order_by="id")
    item = rapporteur.store.require(AgendaItem, run.current_item_id or UUID(int=0))
    [theirs] = facilitator.store.select(SessionRun, {"session_id": session.id}, order_by="id")
    assert item.id == theirs.current_item_id


def test_two_laptops_starting_one_session_keep_one_run_and_set_the_other_aside(
    laptops: tuple[Laptop, Laptop, Path, UUID],
) -> None:
    facilitator, rapporteur, folder, event_id = laptops
    session = first_session(facilitator, event_id)
    start_run(facilitator.store, session_id=session.id, at=facilitator.clock.now())
    rapporteur.clock.advance(3)
    start_run(rapporteur.store, session_id=session.id, at=rapporteur.clock.now())
    for _ in range(2):
        for laptop in (facilitator, rapporteur):
            report = sync_event(laptop.store, event_id, folder)

    assert report.held == 2  # the earlier run, and its first item's timing
    assert snapshot(facilitator.store, event_id) == snapshot(rapporteur.store, event_id)
    [run] = facilitator.store.select(SessionRun, {"session_id": session.id}, order_by="id")
    assert run.started_at == rapporteur.clock.now()  # the later start shows


def test_a_methods_live_state_and_captures_travel(
    laptops: tuple[Laptop, Laptop, Path, UUID],
) -> None:
    """The rapporteur's laptop sees the facilitator's peer-review cases and the feedback
    naming them, so its minutes print each case with its feedback."""
    from forum_desktop.models import MethodRun, MethodScreen, Outcome
    from forum_desktop.models.screens import PeerReviewState, ReviewCase
    from forum_desktop.services.capture import capture_outcome
    from forum_desktop.services.method_runs import method_run_of, save_method_state

    facilitator, rapporteur, folder, event_id = laptops
    session = first_session(facilitator, event_id)
    item = facilitator.store.select(AgendaItem, {"session_id": session.id})[0]
    case = ReviewCase(presenter_name="Ana", city="Montevideo", topic="Presupuesto")
    state = PeerReviewState(cases=(case,), current=case.id)
    save_method_state(
        facilitator.store, item_id=item.id, screen=MethodScreen.PEER_REVIEW, state=state
    )
    capture_outcome(
        facilitator.store,
        event_id=event_id,
        session_id=session.id,
        item_id=item.id,
        kind="feedback",
        text="Clear baseline",
        fields={"case_id": str(case.id), "strengths": "Clear baseline", "rating": 4},
    )
    sync_event(facilitator.store, event_id, folder)
    sync_event(rapporteur.store, event_id, folder)

    run = method_run_of(rapporteur.store, item.id, MethodScreen.PEER_REVIEW)
    assert run is not None and run.screen_state() == state
    [feedback] = rapporteur.store.select(Outcome, {"kind": "feedback"}, order_by="captured_at")
    assert feedback.fields["case_id"] == str(case.id) and feedback.fields["rating"] == 4
    assert (  # the same row, byte for byte: stored JSON is canonical (sorted keys)
        snapshot(rapporteur.store, event_id)[MethodRun.record_type]
        == snapshot(facilitator.store, event_id)[MethodRun.record_type]
    )
