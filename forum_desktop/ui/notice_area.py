"""The Run tab's notices on one line: the newest shown, a button to step to the others.

A restart can raise several at once (the session went on while closed, the projector on
the console's display, running late); stacked and word-wrapped they pushed a 1024×768
window past the screen's bottom. Each notice stays its own label (its text whole for
tests and screen readers) but only one shows, elided to the line, whole in its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget


class OneLineLabel(QLabel):
    """A label one line high whatever its text: drawn elided, whole in its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.fontMetrics().height())

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self.text()), self.fontMetrics().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        elide = Qt.TextElideMode.ElideRight
        shown = self.fontMetrics().elidedText(self.text(), elide, rect.width())
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        painter.drawText(rect, int(align), shown)


class NoticeArea(QWidget):
    """One row for the page's notices: each a label whose text says whether it is up (empty:
    not); the newest up is shown, and a button steps through the others."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: list[OneLineLabel] = []
        self._order: list[OneLineLabel] = []
        """The labels with a notice up, oldest first."""
        self._shown: OneLineLabel | None = None
        self.next_button = QToolButton(self)
        self.next_button.setAccessibleName(self.tr("Next notice"))
        self.next_button.setToolTip(self.tr("Show the next notice"))
        self.next_button.clicked.connect(self.show_next)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addWidget(self.next_button)
        self.next_button.hide()
        self.hide()

    def add(self, label: OneLineLabel, trailing: QWidget | None = None) -> None:
        """Take ``label`` into the row (and ``trailing``, a button that goes with it and
        shows or hides by itself, at the row's end)."""
        label.setWordWrap(False)
        label.hide()
        self._labels.append(label)
        self._row.insertWidget(len(self._labels) - 1, label, 1)
        if trailing is not None:
            self._row.addWidget(trailing)

    def refresh(self) -> None:
        """Re-read the labels' texts: a notice that appeared becomes the newest and shows;
        one emptied goes; one whose words changed (running later) keeps its place."""
        for label in self._labels:
            up = bool(label.text())
            if up == (label in self._order):
                continue
            if up:
                self._order.append(label)
                self._shown = label
            else:
                self._order.remove(label)
        if self._shown not in self._order:
            self._shown = self._order[-1] if self._order else None
        self._show()

    def show_next(self) -> None:
        """Step to the next older notice (after the oldest, the newest again)."""
        if self._shown is None or len(self._order) < 2:
            return
        at = self._order.index(self._shown)
        self._shown = self._order[at - 1]
        self._show()

    def texts(self) -> list[str]:
        """The notices up, newest first."""
        return [label.text() for label in reversed(self._order)]

    def _show(self) -> None:
        for label in self._labels:
            label.setVisible(label is self._shown)
        others = len(self._order) - 1
        self.next_button.setVisible(others > 0)
        self.next_button.setText(self.tr("+%1 ▸").replace("%1", str(others)))
        self.setVisible(self._shown is not None)
