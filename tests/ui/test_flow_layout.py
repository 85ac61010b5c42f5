"""A row of buttons wraps to the width it gets instead of demanding the width of all."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from forum_desktop.ui.flow_layout import flow_row


def test_a_narrow_row_wraps_and_is_as_tall_as_its_lines(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    buttons = [QPushButton(f"Button with a long label {n}", page) for n in range(4)]
    row = flow_row(page, *buttons)
    below = QPushButton("Below", page)
    layout = QVBoxLayout(page)
    layout.addWidget(row)
    layout.addWidget(below)
    widest = max(button.sizeHint().width() for button in buttons)
    assert page.minimumSizeHint().width() < 2 * widest  # not all four side by side

    page.resize(widest + 30, 400)
    page.show()
    qtbot.waitUntil(lambda: len({button.y() for button in buttons}) == 4)  # one per line
    # The row takes the lines' height: the next widget is under them, not over them.
    qtbot.waitUntil(lambda: all(row.rect().contains(button.geometry()) for button in buttons))
    assert below.geometry().top() > row.geometry().bottom()

    page.resize(5 * widest, 400)
    qtbot.waitUntil(lambda: len({button.y() for button in buttons}) == 1)  # one line again
    qtbot.waitUntil(lambda: row.height() < 2 * buttons[0].height())  # and no taller


def test_a_text_field_takes_what_its_line_leaves(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    field = QLineEdit(page)
    button = QPushButton("Add", page)
    row = flow_row(page, field, button)
    QVBoxLayout(page).addWidget(row)
    page.resize(800, 100)
    page.show()
    qtbot.waitUntil(lambda: button.geometry().right() >= row.width() - 1)  # at the line's end
    assert field.width() > 800 // 2
    assert field.y() == button.y()
