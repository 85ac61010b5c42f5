"""File ▸ Join shared events: the status line says when each event arrived, opens it when
no event is open, and points to its open conflicts."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from pytestqt.qtbot import QtBot

from forum_desktop.services.capture import CaptureOutcome, UpdateOutcome
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.sync import engine
from forum_desktop.sync.engine import sync_event
from forum_desktop.sync.share import SYNC_DIR
from forum_desktop.ui.main_window import MainWindow
from tests.sync.laptops import open_laptop, shared_from_elsewhere

from .conftest import Prompts

WAIT_MS = 10_000


def shared_with_a_conflict(tmp_path: Path) -> tuple[Path, UUID]:
    """A folder where two laptops edited the same entry differently, unaware of each other."""
    folder = tmp_path / "shared"
    awa = open_laptop(tmp_path / "facilitator", "Awa")
    bruno = open_laptop(tmp_path / "rapporteur", "Bruno")
    event_id: UUID = execute(awa.store, CreateEvent(title="Atelier de Thiès")).value
    entry = execute(awa.store, CaptureOutcome(event_id=event_id, text="Décision : reporter")).value
    sync_event(awa.store, event_id, folder)
    sync_event(bruno.store, event_id, folder)
    execute(awa.store, UpdateOutcome(outcome_id=entry, text="Décision : reporter à mars"))
    bruno.clock.advance(60)
    execute(bruno.store, UpdateOutcome(outcome_id=entry, text="Décision : adopter"))
    for laptop in (awa, bruno):
        sync_event(laptop.store, event_id, folder)
        laptop.close()
    return folder, event_id


def test_a_joined_event_is_announced_opened_and_its_conflicts_named(
    window: MainWindow, answers: Prompts, tmp_path: Path, qtbot: QtBot
) -> None:
    folder, event_id = shared_with_a_conflict(tmp_path)
    assert window.current_event_id() is None
    bar = window.statusBar()

    answers.folders.append(folder)
    with qtbot.waitSignal(window.sync.status_changed, timeout=WAIT_MS):
        window.join_action.trigger()
        assert bar.currentMessage() == "Bringing in 1 shared event…"
    qtbot.waitUntil(lambda: "arrived" in bar.currentMessage(), timeout=WAIT_MS)
    assert bar.currentMessage() == (
        "“Atelier de Thiès” arrived from the shared folder and is open. "
        "1 unresolved conflict: File ▸ Share event ▸ Conflicts…"
    )
    assert window.current_event_id() == event_id


def test_an_event_joined_while_another_is_open_is_announced_not_opened(
    window: MainWindow, answers: Prompts, tmp_path: Path, qtbot: QtBot
) -> None:
    folder = tmp_path / "shared"
    joined = shared_from_elsewhere(tmp_path, folder)
    mine: UUID = execute(window.context.store, CreateEvent(title="Atelier de Saly")).value
    window.events_model.reload()
    window.open_event(mine)
    bar = window.statusBar()

    answers.folders.append(folder)
    window.join_action.trigger()
    qtbot.waitUntil(lambda: "arrived" in bar.currentMessage(), timeout=WAIT_MS)
    assert bar.currentMessage() == (
        "“Atelier de Thiès” arrived from the shared folder: it is in the events list."
    )
    assert window.current_event_id() == mine
    assert window.events_model.row_of(joined) >= 0


def test_an_event_whose_changes_come_later_is_announced_when_they_arrive(
    window: MainWindow, answers: Prompts, tmp_path: Path, qtbot: QtBot
) -> None:
    elsewhere = tmp_path / "facilitator's copy"
    event_id = shared_from_elsewhere(tmp_path, elsewhere)
    folder = tmp_path / "shared"  # the event's folder is there, its changes not yet
    ops = Path(SYNC_DIR, str(event_id), "ops")
    (folder / ops).mkdir(parents=True)
    bar = window.statusBar()

    answers.folders.append(folder)
    window.join_action.trigger()
    qtbot.waitUntil(lambda: "not arrived yet" in bar.currentMessage(), timeout=WAIT_MS)
    assert window.events_model.rowCount() == 0

    for laptop in (elsewhere / ops).iterdir():  # the file sync delivers Awa's changes
        shutil.copytree(laptop, folder / ops / laptop.name)
    qtbot.waitUntil(lambda: "arrived from" in bar.currentMessage(), timeout=WAIT_MS)
    assert bar.currentMessage() == "“Atelier de Thiès” arrived from the shared folder and is open."
    assert window.current_event_id() == event_id


def test_an_event_whose_first_merges_fail_is_still_announced_when_it_arrives(
    window: MainWindow,
    answers: Prompts,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "shared"
    event_id = shared_from_elsewhere(tmp_path, folder)
    merge = engine.sync_event
    out = [True]  # the stick pulled mid-merge, until the test plugs it back

    def pulled(*args: Any) -> object:
        if out[0]:
            raise OSError(f"{folder}: the stick was pulled")
        return merge(*args)

    monkeypatch.setattr(engine, "sync_event", pulled)
    said: list[str] = []
    say = window.status_line.say
    monkeypatch.setattr(window.status_line, "say", lambda text: (said.append(text), say(text)))
    failed = (
        f"Could not bring in the shared event yet ({folder}: the stick was pulled): it is "
        "still awaited and comes in once a merge succeeds."
    )

    answers.folders.append(folder)
    with qtbot.waitSignal(window.sync.status_changed, timeout=WAIT_MS):
        window.join_action.trigger()
    assert window.statusBar().currentMessage() == failed
    with qtbot.waitSignal(window.sync.status_changed, timeout=WAIT_MS):
        window.sync.sync(event_id)  # the same error again: said once is enough
    assert said.count(failed) == 1
    assert window.events_model.rowCount() == 0

    out[0] = False
    window.sync.sync(event_id)
    qtbot.waitUntil(lambda: window.current_event_id() == event_id, timeout=WAIT_MS)
    assert said[-1] == "“Atelier de Thiès” arrived from the shared folder and is open."
