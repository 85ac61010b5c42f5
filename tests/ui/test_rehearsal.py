"""Run ▸ Rehearse: the console and projector on a copy, timed from the rehearsal's start;
nothing rehearsed reaches the event, and F5 still starts the real run. The copy is made
off the UI thread; a failed or cancelled copy leaves everything as it was."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from forum_desktop.clock import FakeClock
from forum_desktop.models import AgendaItem, Event, Outcome, Session, SessionRun
from forum_desktop.services import rehearsal as rehearsal_service
from forum_desktop.storage import Store
from forum_desktop.storage import backups as backups_module
from forum_desktop.ui.backup_jobs import wait_for_backups
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.rehearsal_window import RehearsalStart, RehearsalWindow
from forum_desktop.ui.run_page import RunPage
from tests.ui.conftest import Prompts
from tests.ui.test_run_page import open_console

Copy = Callable[..., None]


def rehearse(page: RunPage, qtbot: QtBot) -> RehearsalWindow:
    """Start a rehearsal and wait for its window, opened when the copy is ready."""
    starting = page.rehearse()
    assert isinstance(starting, RehearsalStart)
    with qtbot.waitSignal(starting.opened) as opened:
        pass
    window = opened.args[0]
    assert isinstance(window, RehearsalWindow)
    return window


def test_a_rehearsal_on_another_day_is_timed_from_its_start_and_leaves_nothing(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    clock.advance(3 * 24 * 3600 - 4 * 3600)  # three days later, at 05:00: a rehearsal
    page, session_id, _ = open_console(window, [10, 20])
    rehearsal = rehearse(page, qtbot)
    folder = Path(rehearsal.context.database).parent
    rehearsal.page.controller.start()
    clock.advance(5 * 60)
    rehearsal.page.controller.tick()
    snapshot = rehearsal.page.controller.snapshot
    assert snapshot is not None and snapshot.planned_end is not None
    started = clock.now() - timedelta(minutes=5)
    assert snapshot.items[0].start == started  # its own start, not the planned 09:00
    assert snapshot.items[1].start == started + timedelta(minutes=10)
    assert snapshot.planned_end == started + timedelta(hours=8)  # the session's length
    rehearsal.page.bar.edit.setText("! A rehearsed decision")
    rehearsal.page.bar.edit.returnPressed.emit()
    assert rehearsal.store.select(Outcome, {}, "captured_at")  # kept on the copy only
    rehearsal.page.toggle_projector()
    assert rehearsal.page.projector is not None

    wait_for_backups()
    assert not rehearsal.context.backups.folder.exists()  # a throwaway copy: no backups
    rehearsal.close()
    assert not folder.exists()  # the copy is gone
    store = window.context.store
    assert store.select(SessionRun, {"session_id": session_id}, "id") == []
    assert store.select(Outcome, {}, "captured_at") == []
    page.controller.start()  # F5: the real run
    assert store.select(SessionRun, {"session_id": session_id}, "id") != []


def test_the_copy_is_made_off_the_ui_thread_and_the_rehearsal_opens_with_the_same_content(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large file takes seconds to copy: the window must not wait for it."""
    copied_on: list[bool] = []
    copy: Copy = rehearsal_service.copy_database

    def spy(*args: object) -> None:
        copied_on.append(threading.current_thread() is threading.main_thread())
        copy(*args)

    monkeypatch.setattr(rehearsal_service, "copy_database", spy)
    page, session_id, _ = open_console(window, [10, 20, 30])
    assert page.rehearse_action.isEnabled()
    starting = page.rehearse()
    assert isinstance(starting, RehearsalStart)
    assert not page.rehearse_action.isEnabled()  # one copy at a time
    with qtbot.waitSignal(starting.opened) as opened:
        pass
    rehearsal = opened.args[0]
    assert copied_on == [False]
    assert page.rehearse_action.isEnabled()
    assert rehearsal.isVisible()
    assert not rehearsal.page.rehearse_action.isEnabled()  # not a rehearsal's rehearsal
    store, copy_store = window.context.store, rehearsal.store
    for model in (Event, AgendaItem):
        assert copy_store.select(model, {}, "id") == store.select(model, {}, "id")
    [session], [copied] = store.select(Session, {}, "id"), copy_store.select(Session, {}, "id")
    moved = {"date", "start_time", "end_time", "updated_at"}
    assert copied.model_dump(exclude=moved) == session.model_dump(exclude=moved)
    assert rehearsal.page.session_combo.currentData() == str(session_id)
    rehearsal.close()


def test_a_copy_on_a_full_disk_says_so_and_leaves_everything_as_it_was(
    window: MainWindow, qtbot: QtBot, answers: Prompts, monkeypatch: pytest.MonkeyPatch
) -> None:
    targets: list[Path] = []
    copy: Copy = rehearsal_service.copy_database

    def full(source: sqlite3.Connection, target: Path, *rest: object) -> None:
        targets.append(target)
        copy(source, target, *rest)  # written, then the disk fills as SQLite ends
        target.unlink()
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = 13  # SQLITE_FULL
        raise error

    monkeypatch.setattr(rehearsal_service, "copy_database", full)
    page, _, _ = open_console(window, [10, 20])
    store = window.context.store
    before = {model: store.select(model, {}, "id") for model in (Event, Session, AgendaItem)}
    starting = page.rehearse()
    assert isinstance(starting, RehearsalStart)
    with qtbot.waitSignal(starting.failed) as failed:
        pass
    message = (
        "The rehearsal did not start: the disk is full. Free some space and try again; "
        "the event is unchanged."
    )
    assert failed.args == [message]
    assert answers.errors == [("Rehearsal", message)]
    [target] = targets
    assert not target.parent.exists()  # the copy's folder is gone
    assert not [w for w in page.findChildren(RehearsalWindow) if w.isVisible()]
    assert {model: store.select(model, {}, "id") for model in before} == before
    assert page.rehearse_action.isEnabled()  # and it can be tried again, once space is free
    monkeypatch.setattr(rehearsal_service, "copy_database", copy)
    rehearse(page, qtbot).close()


class Hold:
    """Holds the copy's thread at one point until the test lets it go: the test presses
    Cancel while the copy is under way, with no timing."""

    def __init__(self) -> None:
        self.reached = threading.Event()
        self.released = threading.Event()
        self.reports: list[tuple[int, int]] = []
        self.targets: list[Path] = []

    def here(self) -> None:
        if not self.reached.is_set():
            self.reached.set()
            assert self.released.wait(timeout=30)  # a bound, should the test fail first

    def at_the_first_step(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(backups_module, "COPY_STEP_PAGES", 1)  # many steps
        copy: Copy = rehearsal_service.copy_database

        def held(
            source: sqlite3.Connection,
            target: Path,
            progress: Callable[[int, int], None],
            *rest: object,
        ) -> None:
            self.targets.append(target)

            def report(done: int, total: int) -> None:
                self.reports.append((done, total))
                progress(done, total)
                self.here()

            copy(source, target, report, *rest)

        monkeypatch.setattr(rehearsal_service, "copy_database", held)

    def once_copied(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """After the copy, as the session is moved to now: Cancel comes too late to stop
        the copy, which is thrown away instead of opened."""
        move: Callable[..., None] = rehearsal_service._move_to_now

        def held(copy: Store, *rest: object) -> None:
            self.targets.append(Path(copy.conn.execute("PRAGMA database_list").fetchone()[2]))
            move(copy, *rest)
            self.here()

        monkeypatch.setattr(rehearsal_service, "_move_to_now", held)


@pytest.mark.parametrize(
    ("when", "message"),
    [
        ("at_the_first_step", "Rehearsal cancelled: nothing was copied."),
        # The copy was made: the message does not claim otherwise.
        ("once_copied", "Rehearsal cancelled: the copy was deleted."),
    ],
)
def test_cancel_stops_the_copy_leaves_nothing_and_says_so(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, when: str, message: str
) -> None:
    hold = Hold()
    getattr(hold, when)(monkeypatch)
    page, _, _ = open_console(window, [10, 20, 30])
    store = window.context.store
    before = {model: store.select(model, {}, "id") for model in (Event, Session, AgendaItem)}
    starting = page.rehearse()
    assert isinstance(starting, RehearsalStart)
    qtbot.waitUntil(hold.reached.is_set)
    qtbot.waitUntil(starting.progress.isVisible)  # shown once the copy lasts 300 ms
    cancel = starting.progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    with qtbot.waitSignal(starting.cancelled) as cancelled:
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        assert not starting.progress.isVisible()
        hold.released.set()
    assert cancelled.args == [message]
    assert window.statusBar().currentMessage() == message
    if when == "at_the_first_step":
        [(_, total)] = hold.reports  # stopped at the next step, not at the file's end
        assert total > 2
    [target] = hold.targets
    assert not target.parent.exists()  # the rehearsal's folder is gone, copy and all
    assert not [w for w in page.findChildren(RehearsalWindow) if w.isVisible()]
    assert page.rehearse_action.isEnabled()
    assert {model: store.select(model, {}, "id") for model in before} == before
    monkeypatch.undo()  # and a rehearsal can start again
    rehearse(page, qtbot).close()
