"""Every control of every screen has a name a screen reader can announce."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from forum_desktop.ui.main_window import MainWindow

from .screens import SCREENS, Screen, open_demo
from .walk import unnamed_controls


@pytest.mark.parametrize("screen", SCREENS, ids=[screen.name for screen in SCREENS])
def test_every_control_has_an_accessible_name(
    screen: Screen, window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    top = screen.open(open_demo(window, tmp_path))
    if isinstance(top, QDialog):
        qtbot.addWidget(top)
        top.show()
    qtbot.waitExposed(top)
    unnamed = unnamed_controls(top)
    assert not unnamed, "controls without an accessible name:\n" + "\n".join(unnamed)
