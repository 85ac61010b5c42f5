"""Cards in a grid of columns under the projector's timer, fitted to the height left.

The themes' and the breakouts' public views both show a card per theme or group (a name in
bold over its ideas or members, rich text) and both fit them the same way: the cards take
the height they are given and ask for none (word-wrapped labels would make the projector's
layout grow to fit every line), and the ways to lay them out are tried from the preferred
one down until the rows fit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import islice

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from forum_desktop.ui.projected_text import smallest_pixels


def scaled(base: QFont, scale: float, smallest: int = 9) -> QFont:
    """``base`` at ``scale`` of its size, never below ``smallest`` pixels (on a projector,
    the size its room still reads: ``projected_text.smallest_pixels``)."""
    font = QFont(base)
    if base.pixelSize() > 0:
        font.setPixelSize(max(smallest, round(base.pixelSize() * scale)))
    else:
        font.setPointSizeF(max(6.0, base.pointSizeF() * scale))
    return font


class CardGrid(QWidget):
    """The cards: ``card_labels`` (made as needed by ``make_label``) in up to
    ``max_columns`` columns; takes the height it is given and asks for none."""

    def __init__(
        self, parent: QWidget, max_columns: int, make_label: Callable[[QWidget], QLabel]
    ) -> None:
        super().__init__(parent)
        self.max_columns = max_columns
        self._make_label = make_label
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSizeConstraint(QGridLayout.SizeConstraint.SetNoConstraint)
        self.card_labels: list[QLabel] = []

    def hasHeightForWidth(self) -> bool:
        return False

    def minimumSizeHint(self) -> QSize:
        return QSize(0, 0)

    def sizeHint(self) -> QSize:
        return QSize(0, 0)

    def lay_out(self, count: int, columns: int) -> int:
        """Place the first ``count`` cards in ``columns`` columns, at the top (the rows
        below them take the spare height); how many rows they make."""
        while len(self.card_labels) < count:
            self.card_labels.append(self._make_label(self))
        for index, label in enumerate(self.card_labels[:count]):
            self.grid.addWidget(label, index // columns, index % columns)
        for column in range(self.max_columns):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        rows = -(-count // columns)
        for row in range(-(-len(self.card_labels) // columns) + 1):
            self.grid.setRowStretch(row, 1 if row == rows else 0)
        return rows

    def fit(
        self, base: QFont, columns: int, ways: Iterable[tuple[float, list[str]]]
    ) -> tuple[bool, dict[int, int]]:
        """Give the cards each way in turn — a scale of ``base`` and every card's text —
        until their rows fit the height; whether one did, and each row's height with the
        last way given. Not on a projector yet (no height), only the first way is given:
        the preferred one for when it is, counted as fitting."""
        spacing = max(0, self.grid.horizontalSpacing())
        width = max(1, (self.width() - (columns - 1) * spacing) // columns)
        between = max(0, self.grid.verticalSpacing())
        measured = self.isVisible() and self.height() > 0
        rows: dict[int, int] = {}
        smallest = smallest_pixels(self)
        for scale, texts in ways if measured else islice(ways, 1):
            font = scaled(base, scale, smallest)
            rows = {}
            for index, text in enumerate(texts):
                label = self.card_labels[index]
                label.setFont(font)
                label.setText(text)
                row = index // columns
                rows[row] = max(rows.get(row, 0), label.heightForWidth(width))
            if not measured or sum(rows.values()) + (len(rows) - 1) * between <= self.height():
                return True, rows
        return False, rows
