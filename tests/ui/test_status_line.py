"""The status bar comes back to the save state after a passing message."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QStatusTipEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from forum_desktop.services.events import CreateEvent, UpdateEvent
from forum_desktop.ui import status_line
from forum_desktop.ui.export_runner import ExportRunner
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.messages import short_path
from forum_desktop.ui.status_line import StatusBar

from .conftest import Prompts

PASSING_MS = 50
"""A passing message's time, shortened so the test waits for its end, not 10 s."""


def saved_text(window: MainWindow) -> str:
    context = window.context
    return f"All changes saved · editing as {context.store.author} · {context.database}"


def finish_at_once(
    runner: ExportRunner, database: Path, arguments: list[str], target: Path
) -> None:
    """The export's process, skipped: it ends at once, having written ``target``."""
    runner.finished.emit(True, str(target))


def test_the_save_state_comes_back_after_an_export_s_message_and_follows_later_edits(
    window: MainWindow,
    answers: Prompts,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(status_line, "MESSAGE_MS", PASSING_MS)
    monkeypatch.setattr(ExportRunner, "start", finish_at_once)
    context = window.context
    event_id = context.execute(CreateEvent(title="Lyon"), "new").value  # type: ignore[union-attr]
    window.open_event(event_id)
    bar = window.statusBar()
    target = tmp_path / "Lyon.ics"
    answers.save_paths.append(target)
    window.export_agenda_actions[-1].trigger()
    assert bar.currentMessage() == f"Wrote {target}"
    qtbot.waitUntil(lambda: bar.currentMessage() == saved_text(window))

    # An edit while a message shows leaves the message its time, then the state returns.
    answers.save_paths.append(target)
    window.export_agenda_actions[-1].trigger()
    context.execute(UpdateEvent(event_id=event_id, place="Salle 2"), "place")
    assert bar.currentMessage() == f"Wrote {target}"
    qtbot.waitUntil(lambda: bar.currentMessage() == saved_text(window))
    context.execute(UpdateEvent(event_id=event_id, place="Salle 3"), "place")
    assert bar.currentMessage() == saved_text(window)


def test_a_menu_item_crossed_by_the_pointer_does_not_empty_the_status_bar(
    window: MainWindow,
) -> None:
    # A menu item without a status tip sends an empty one, which clears the bar.
    QApplication.sendEvent(window, QStatusTipEvent(""))
    assert window.statusBar().currentMessage() == saved_text(window)


def test_a_message_too_long_for_the_bar_is_cut_and_tooltipped_whole(window: MainWindow) -> None:
    window.resize(1024, 768)
    bar = window.statusBar()
    assert isinstance(bar, StatusBar)
    long = (
        "1 shared event still on its way from …/KINGSTON/Forum d'apprentissage de Thiès 2026, "
        "not connected now (a USB stick?): it comes in once the folder is back. "
        "Another sentence makes it longer than any screen is wide."
    )
    window.status_line.say(long)
    shown = bar.shown_text()
    assert shown != long and shown.endswith("…") and long.startswith(shown[:-1])
    assert bar.fontMetrics().horizontalAdvance(shown) <= bar.width() - 18  # the bar's margins
    assert bar.currentMessage() == long
    assert bar.toolTip() == long and bar.accessibleDescription() == long

    window.resize(1600, 768)  # wide enough for the first sentence alone: no tooltip
    window.status_line.say(long[: long.index(" Another")])
    assert bar.shown_text() == bar.currentMessage()
    assert bar.toolTip() == "" and bar.accessibleDescription() == ""


def test_a_long_folder_is_named_by_its_last_two_parts() -> None:
    stick = Path("/media/aissatou/KINGSTON/Forum d'apprentissage de Thiès 2026")
    assert short_path(stick) == "…/KINGSTON/Forum d'apprentissage de Thiès 2026"
    assert short_path(Path("/media/KINGSTON/Forum")) == "/media/KINGSTON/Forum"
