"""Knowing when the window is really ready: the shown tab painted with its data.

Start-up is timed to this moment (``benchmarks/startup.py``), so a page that deferred
its load behind a timer would not look ready sooner than it is."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid


class FirstPaint(QObject):
    """Emits ``painted`` once, just after ``widget`` or a widget in it was first painted
    (a page whose children cover it whole, such as a scroll area's, gets no paint of its
    own: Qt skips what opaque children hide)."""

    painted = Signal()

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._watched = [widget, *widget.findChildren(QWidget)]
        self.done = False
        for watched in self._watched:
            watched.installEventFilter(self)
        widget.update()  # a paint with the data now loaded, even if one came before

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            for each in self._watched:
                if isValid(each):  # a child may have gone since
                    each.removeEventFilter(self)
            # The filter runs before the widget paints: report once that paint is over.
            QTimer.singleShot(0, self.painted.emit)
        return False
