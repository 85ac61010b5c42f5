"""A large event's entries are read on a worker; the tab says so and loses nothing."""

from __future__ import annotations

import threading
from pathlib import Path
from uuid import UUID

import pytest
from pytestqt.qtbot import QtBot

from forum_desktop.clock import Clock
from forum_desktop.models import Outcome
from forum_desktop.services.capture import CaptureOutcome
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.storage import Store
from forum_desktop.ui import outcome_model
from forum_desktop.ui.capture_page import CapturePage
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.image_jobs import wait_for_jobs
from forum_desktop.ui.outcome_model import Entries


@pytest.fixture
def event_id(context: AppContext, monkeypatch: pytest.MonkeyPatch) -> UUID:
    """An event of 6 entries, read off the UI thread from 5 on (500 in the app)."""
    monkeypatch.setattr(outcome_model, "READ_OFF_THREAD_FROM", 5)
    store = context.store
    event: UUID = execute(store, CreateEvent(title="Forum", timezone="Europe/Paris")).value
    for number in range(6):
        execute(store, CaptureOutcome(event_id=event, text=f"Entry {number}"))
    return event


@pytest.fixture
def page(context: AppContext, qtbot: QtBot) -> CapturePage:
    widget = CapturePage(context)
    qtbot.addWidget(widget)
    return widget


def shown_texts(page: CapturePage) -> list[str]:
    """Each row's text, sorted (the fake clock gives every entry the same time)."""
    return sorted(page.model.outcome(row).text for row in range(page.model.rowCount()))


def test_entries_are_read_on_a_worker_while_the_tab_says_loading(
    page: CapturePage, event_id: UUID, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    readers: list[int] = []
    read = outcome_model.read_entries

    def recorded(store: Store, event: UUID) -> Entries:
        readers.append(threading.get_ident())
        return read(store, event)

    monkeypatch.setattr(outcome_model, "read_entries", recorded)
    with qtbot.waitSignal(page.model.loaded):
        page.set_event(event_id)
        assert page.model.loading
        assert page.count_label.text() == "Loading entries…"
    assert readers and threading.get_ident() not in readers
    assert shown_texts(page) == [f"Entry {n}" for n in range(6)]
    assert page.count_label.text() == "6 entries"


def test_a_capture_made_while_loading_is_shown_once(
    page: CapturePage,
    context: AppContext,
    event_id: UUID,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The first read finishes before the capture is committed, and reports after it:
    its result is stale, and the read the capture started is the one shown."""
    gate = threading.Event()
    reads: list[Entries] = []
    apart = outcome_model.read_entries_apart

    def held(database: Path, clock: Clock, event: UUID) -> Entries:
        entries = apart(database, clock, event)
        reads.append(entries)
        if len(reads) == 1:
            gate.wait(timeout=30)
        return entries

    monkeypatch.setattr(outcome_model, "read_entries_apart", held)
    page.set_event(event_id)
    qtbot.waitUntil(lambda: len(reads) == 1)
    context.execute(CaptureOutcome(event_id=event_id, text="Said while loading"), "Capture")
    assert page.model.loading
    gate.set()
    qtbot.waitUntil(lambda: not page.model.loading)
    wait_for_jobs()
    assert len(reads) == 2 and len(reads[0][0]) == 6
    assert shown_texts(page) == [*(f"Entry {n}" for n in range(6)), "Said while loading"]
    assert page.count_label.text() == "7 entries"


def test_an_entry_asked_for_while_loading_is_selected_once_loaded(
    page: CapturePage, context: AppContext, event_id: UUID, qtbot: QtBot
) -> None:
    wanted = context.store.select(Outcome, {"event_id": event_id}, order_by="captured_at")[4]
    with qtbot.waitSignal(page.model.loaded):
        page.set_event(event_id)
        page.show_outcome(wanted.id)
    assert page.selected_ids() == [wanted.id]


def test_a_small_event_is_shown_at_once(
    page: CapturePage, event_id: UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(outcome_model, "READ_OFF_THREAD_FROM", 7)
    page.set_event(event_id)
    assert not page.model.loading
    assert len(shown_texts(page)) == 6


def test_a_failed_read_on_the_worker_is_read_again_here(
    page: CapturePage, event_id: UUID, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fails(database: Path, clock: Clock, event: UUID) -> Entries:
        raise OSError("the disk went away")

    monkeypatch.setattr(outcome_model, "read_entries_apart", fails)
    with qtbot.waitSignal(page.model.loaded):
        page.set_event(event_id)
    assert len(shown_texts(page)) == 6
    assert page.count_label.text() == "6 entries"
