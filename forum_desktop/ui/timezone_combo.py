"""An editable time-zone chooser that lists the zones only when the user looks for one.

Listing every IANA zone reads the whole zone database; doing it lazily keeps it off the
start-up path.
"""

from __future__ import annotations

from functools import cache
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from forum_desktop.models.event import is_timezone


@cache
def timezone_names() -> list[str]:
    return sorted(available_timezones())


class TimeZoneCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._filled = False

    def is_valid(self) -> bool:
        return is_timezone(self.currentText())

    def fill(self) -> None:
        """Load the zone list (keeps the typed text); done once, on first use."""
        if self._filled:
            return
        self._filled = True
        text = self.currentText()
        self.blockSignals(True)
        self.clear()
        self.addItems(timezone_names())
        self.setCurrentText(text)
        self.blockSignals(False)
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)

    def showPopup(self) -> None:
        self.fill()
        super().showPopup()

    def focusInEvent(self, event: Any) -> None:
        self.fill()
        super().focusInEvent(event)
