"""File ▸ Import: another event's records are refused with a way out, a copy is a new
event, and newer changes made here are kept and counted."""

from __future__ import annotations

import threading
from pathlib import Path
from uuid import uuid4

import pytest
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from forum_desktop.clock import FakeClock
from forum_desktop.models import Event, Participant
from forum_desktop.services.commands import execute
from forum_desktop.services.demo import DEMO_EVENT_ID, CreateDemoEvent
from forum_desktop.services.documents import document_to_json, export_document
from forum_desktop.services.events import DeleteEvent, list_events
from forum_desktop.ui.language import install
from forum_desktop.ui.main_window import MainWindow

from .conftest import Prompts


def import_by(window: MainWindow, qtbot: QtBot, action: QAction) -> None:
    """Trigger an import and wait for its end: the document is read on a worker."""
    action.trigger()
    qtbot.waitUntil(lambda: window.import_job.ended)


def export_demo(window: MainWindow, path: Path) -> str:
    execute(window.context.store, CreateDemoEvent())
    window.events_model.reload()
    text = document_to_json(export_document(window.context.store, DEMO_EVENT_ID))
    path.write_text(text, encoding="utf-8")
    return text


def test_a_changed_event_id_is_refused_then_imported_as_a_copy(
    window: MainWindow, answers: Prompts, tmp_path: Path, qtbot: QtBot
) -> None:
    text = export_demo(window, tmp_path / "demo.json")
    copied = tmp_path / "next-year.json"
    copied.write_text(text.replace(str(DEMO_EVENT_ID), str(uuid4())), encoding="utf-8")

    answers.open_paths.append(copied)
    import_by(window, qtbot, window.import_action)
    [(title, message)] = answers.errors
    assert title == "Cannot import next-year.json"
    assert "belongs to another event here" in message and "as a copy" in message
    assert len(list_events(window.context.store)) == 1

    answers.open_paths.append(copied)
    import_by(window, qtbot, window.import_copy_action)
    events = list_events(window.context.store)
    assert len(events) == 2
    [copy] = [event for event in events if event.id != DEMO_EVENT_ID]
    store = window.context.store
    assert len(store.select(Participant, {"event_id": copy.id})) == 15
    assert len(store.select(Participant, {"event_id": DEMO_EVENT_ID})) == 15
    window.context.undo_stack.undo()
    assert store.get(Event, copy.id) is None


def test_reimport_keeps_a_newer_edit_and_says_so_in_french(
    window: MainWindow, answers: Prompts, clock: FakeClock, tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / "demo.json"
    export_demo(window, path)
    store = window.context.store
    people = store.select(Participant, {"event_id": DEMO_EVENT_ID})
    clock.advance(60)
    store.update(Participant, people[0].id, city="Thiès")
    store.update(Participant, people[1].id, city="Kaolack")
    answers.open_paths.append(path)
    install("fr")
    try:
        import_by(window, qtbot, window.import_action)
    finally:
        install("en")
    assert answers.infos == [
        (
            "Modifications plus récentes gardées",
            "2 modifications plus récentes faites ici ont été gardées.",
        )
    ]
    assert store.require(Participant, people[0].id).city == "Thiès"


def test_the_document_is_read_and_imported_off_the_window_s_thread_as_one_undo_step(
    window: MainWindow,
    answers: Prompts,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from forum_desktop.services.document_import import ImportDocument

    path = tmp_path / "demo.json"
    export_demo(window, path)
    window.context.undo_stack.clear()
    window.context.execute(DeleteEvent(event_id=DEMO_EVENT_ID), "delete")
    threads: list[int] = []
    apply = ImportDocument.apply
    monkeypatch.setattr(
        ImportDocument,
        "apply",
        lambda command, store: (threads.append(threading.get_ident()), apply(command, store))[1],
    )
    answers.open_paths.append(path)
    import_by(window, qtbot, window.import_action)
    assert threads and threading.get_ident() not in threads
    store = window.context.store
    assert len(store.select(Participant, {"event_id": DEMO_EVENT_ID})) == 15
    assert window.current_event_id() == DEMO_EVENT_ID  # opened, as the window shows it
    assert window.context.undo_stack.undoText() == "Import En route vers le Forum d'apprentissage"
    window.context.undo_stack.undo()
    assert store.get(Event, DEMO_EVENT_ID) is None
