"""Help ▸ Add to the applications menu, and its removal."""

from __future__ import annotations

from pathlib import Path

import pytest

from forum_desktop.ui.main_window import MainWindow
from tests.ui.conftest import Prompts


def test_the_help_menu_adds_and_removes_the_entry(
    window: MainWindow, answers: Prompts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    actions = window.applications_menu
    actions.refresh()
    assert actions.add_action.isVisible() and not actions.remove_action.isVisible()

    actions.add_action.trigger()
    entry = tmp_path / "applications" / "forum-desktop.desktop"
    assert "Name=Forum Desktop" in entry.read_text(encoding="utf-8")
    assert answers.infos and answers.infos[-1][0] == "Added to the applications menu"
    assert actions.remove_action.isVisible() and not actions.add_action.isVisible()

    actions.remove_action.trigger()
    assert not entry.exists()
    assert actions.add_action.isVisible()


def test_a_folder_that_cannot_be_written_is_said_plainly(
    window: MainWindow, answers: Prompts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    window.applications_menu.add_action.trigger()
    assert answers.errors and answers.errors[-1][0] == "Not added"
    assert "could not be written" in answers.errors[-1][1]
