"""The run state travels: a rapporteur's laptop learns which agenda item is current."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest

from forum_desktop.models import AgendaItem, Session, SessionRun
from forum_desktop.services.commands import execute
from forum_desktop.services.demo import CreateDemoEvent
from forum_desktop.services.run import NextItem, StartRun
from forum_desktop.sync.engine import sync_event
from tests.sync.laptops import Laptop, open_laptop, snapshot


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Laptop, Laptop, Path, UUID]]:
    facilitator = open_laptop(tmp_path / "f", "Facilitator")
    rapporteur = open_laptop(tmp_path / "r", "Rapporteur")
    folder = tmp_path / "shared"
    folder.mkdir()
    event_id: UUID = execute(facilitator.store, CreateDemoEvent()).value
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
    execute(facilitator.store, StartRun(session_id=session.id, at=now))
    execute(facilitator.store, NextItem(session_id=session.id, at=now))
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
    execute(facilitator.store, StartRun(session_id=session.id, at=facilitator.clock.now()))
    rapporteur.clock.advance(3)
    execute(rapporteur.store, StartRun(session_id=session.id, at=rapporteur.clock.now()))
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
    from forum_desktop.methods.peer_review_acts import AddCase, MoveToCase, peer_review_view
    from forum_desktop.models import Outcome, PeerCase
    from forum_desktop.services.capture import CaptureOutcome

    facilitator, rapporteur, folder, event_id = laptops
    session = first_session(facilitator, event_id)
    item = facilitator.store.select(AgendaItem, {"session_id": session.id})[0]
    add = AddCase(item_id=item.id, presenter_name="Ana", city="Montevideo", topic="Presupuesto")
    execute(facilitator.store, add)
    execute(facilitator.store, MoveToCase(case_id=add.case_id))
    execute(
        facilitator.store,
        CaptureOutcome(
            event_id=event_id,
            session_id=session.id,
            item_id=item.id,
            kind="feedback",
            text="Clear baseline",
            fields={"case_id": str(add.case_id), "strengths": "Clear baseline", "rating": 4},
        ),
    )
    sync_event(facilitator.store, event_id, folder)
    sync_event(rapporteur.store, event_id, folder)

    assert peer_review_view(rapporteur.store, item.id) == peer_review_view(
        facilitator.store, item.id
    )
    assert peer_review_view(rapporteur.store, item.id).current == add.case_id
    [feedback] = rapporteur.store.select(Outcome, {"kind": "feedback"}, order_by="captured_at")
    assert feedback.fields["case_id"] == str(add.case_id) and feedback.fields["rating"] == 4
    assert (  # the same row, byte for byte: stored JSON is canonical (sorted keys)
        snapshot(rapporteur.store, event_id)[PeerCase.record_type]
        == snapshot(facilitator.store, event_id)[PeerCase.record_type]
    )
