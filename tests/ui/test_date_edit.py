"""A date typed whole after Ctrl+A is that date, with or without separators."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from pytestqt.qtbot import QtBot

from forum_desktop.ui.date_edit import DateEdit


@pytest.fixture
def french() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("fr_FR"))
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize("typed", ["23022022", "23/02/2022", "23 02 2022"])
def test_a_date_typed_over_ctrl_a_is_that_date(qtbot: QtBot, french: None, typed: str) -> None:
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.setDate(QDate(2024, 5, 1))
    edit.show()
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, typed)
    assert edit.date() == QDate(2022, 2, 23)
    assert edit.text() == "23/02/2022"


def test_a_short_year_is_shown_whole(qtbot: QtBot) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))  # M/d/yy
    try:
        edit = DateEdit()
        qtbot.addWidget(edit)
    finally:
        QLocale.setDefault(before)
    assert edit.displayFormat() == "M/d/yyyy"
