"""Knowing when the window is really ready: the shown tab painted with its data.

Start-up is timed to this moment (``benchmarks/startup.py``), so a page that deferred
its load behind a timer would not look ready sooner than it is."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Emits ``painted`` once, just after ``widget`` was first painted."""

    painted = Signal()

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self.done = False
        widget.installEventFilter(self)
        widget.update()  # a paint with the data now loaded, even if one came before

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            self._widget.removeEventFilter(self)
            # The filter runs before the widget paints: report once that paint is over.
            QTimer.singleShot(0, self.painted.emit)
        return False
