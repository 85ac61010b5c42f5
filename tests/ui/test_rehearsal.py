"""Run ▸ Rehearse: the console and projector on a copy, timed from the rehearsal's start;
nothing rehearsed reaches the event, and F5 still starts the real run."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from forum_desktop.clock import FakeClock
from forum_desktop.models import Outcome, SessionRun
from forum_desktop.ui.backup_jobs import wait_for_backups
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.rehearsal_window import RehearsalWindow
from tests.ui.test_run_page import open_console


def test_a_rehearsal_on_another_day_is_timed_from_its_start_and_leaves_nothing(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    clock.advance(3 * 24 * 3600 - 4 * 3600)  # three days later, at 05:00: a rehearsal
    page, session_id, _ = open_console(window, [10, 20])
    rehearsal = page.rehearse()
    assert isinstance(rehearsal, RehearsalWindow)
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
