"""Phones' acts reach the facilitator's screens: made on the participants' server thread,
delivered on the UI thread, several acts within ``GATHER_MS`` as one ``done``.

Forty phones voting at once would otherwise redraw every screen forty times in a row and
stall the window; gathered, the screens redraw a few times a second whatever the crowd.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from forum_desktop.services.operations import OpResult

GATHER_MS = 100


class Acts(QObject):
    arrived = Signal(object)
    """Emitted on the server's thread with each act's ``OpResult``."""
    done = Signal(object)
    """Emitted on the UI thread with what the acts gathered since the last one changed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._changes: list[OpResult] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GATHER_MS)
        self._timer.timeout.connect(self._deliver)
        self.arrived.connect(self._gather, Qt.ConnectionType.QueuedConnection)

    def _gather(self, result: OpResult) -> None:
        self._changes.append(result)
        if not self._timer.isActive():
            self._timer.start()

    def _deliver(self) -> None:
        results, self._changes = self._changes, []
        if results:
            changes = tuple(c for r in results for c in r.changes)
            self.done.emit(OpResult(changes, results[-1].value))
