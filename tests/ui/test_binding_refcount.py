"""The Qt binding keeps Python's books: a void call must not drop a reference to None.

PySide6 6.12.0 on Python 3.11 (where None is not yet immortal) returned None from every
void method without a new reference, so a long session died with "deallocating None"
(pyproject pins it out). This guards against such a release coming back.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

CALLS = 1000


def test_void_calls_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("a")
        font.setBold(True)
    lost = before - sys.getrefcount(None)
    # Python may drop a few references of its own meanwhile; the bug loses two per round.
    assert lost < CALLS // 10, f"{lost} references to None lost in {CALLS} rounds of void calls"
