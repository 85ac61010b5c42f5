"""The main window's status bar: the save state, and passing messages that cover it a while.

Qt clears a passing message when its time is up, and a menu item without a status tip
clears the bar as the pointer crosses it; either way the save state comes back, so the
bar never stays empty after "Wrote …", a bundle, a join or an undo's note.

A message wider than the bar is drawn cut with "…" at its end, and the whole sentence
goes to the bar's tooltip and accessible description (``StatusBar``); ``currentMessage``
stays the whole sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizeGrip, QStatusBar, QWidget

MESSAGE_MS = 10_000
"""How long a passing message stays before the save state returns."""


class StatusLine(QObject):
    """Shows the save state whenever no passing message covers it."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self._bar = bar
        self._state = ""
        bar.messageChanged.connect(self._message_changed)

    def show_state(self, text: str) -> None:
        """The save state: shown now, or when the passing message on show has gone."""
        covered = self._bar.currentMessage() not in ("", self._state)
        self._state = text
        if not covered:
            self._bar.showMessage(text)

    def say(self, message: str) -> None:
        """A passing message, for ``MESSAGE_MS``; an edit meanwhile does not cut it short."""
        self._bar.showMessage(message, MESSAGE_MS)

    def _message_changed(self, message: str) -> None:
        if not message and self._state:
            self._bar.showMessage(self._state)


class StatusBar(QStatusBar):
    """A status bar that cuts a message too wide for it with "…" and tooltips it whole.

    It holds no widgets of its own, so its painting is the message alone.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.messageChanged.connect(self._explain)

    def shown_text(self) -> str:
        """The message as drawn: whole when it fits, else cut with "…"."""
        return self.fontMetrics().elidedText(
            self.currentMessage(), Qt.TextElideMode.ElideRight, self._message_rect().width()
        )

    def _message_rect(self) -> QRect:
        # Where QStatusBar draws its message (QStatusBarPrivate::messageRect): its margins,
        # less the size grip.
        left, right = 6, self.width() - 12
        grip = self.findChild(QSizeGrip)
        if grip is not None and grip.isVisible():
            if self.isRightToLeft():
                left = grip.x() + grip.width()
            else:
                right = grip.x()
        return QRect(left, 0, right - left, self.height())

    def _explain(self, message: str) -> None:
        whole = message if self.shown_text() != message else ""
        self.setToolTip(whole)
        self.setAccessibleDescription(whole)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.currentMessage():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(
            self._message_rect(),
            Qt.AlignmentFlag.AlignLeading
            | Qt.AlignmentFlag.AlignVCenter
            | Qt.TextFlag.TextSingleLine,
            self.shown_text(),
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._explain(self.currentMessage())  # a narrower window may cut what fitted
