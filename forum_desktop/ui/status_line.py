"""The main window's status bar: the save state, and passing messages that cover it a while.

Qt clears a passing message when its time is up, and a menu item without a status tip
clears the bar as the pointer crosses it; either way the save state comes back, so the
bar never stays empty after "Wrote …", a bundle, a join or an undo's note.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStatusBar

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
