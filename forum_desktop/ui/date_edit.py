"""A date field that takes a date typed whole: after Ctrl+A, "23 02 2022", "23/02/2022" or
"23022022" is 23 February 2022 (Qt's own field typed "7 02 2022" or left it as it was)."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDateEdit, QWidget


class DateEdit(QDateEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        # The locale's short format, with the year whole: "2022" typed fits it.
        written = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        self.setDisplayFormat(written if "yyyy" in written else written.replace("yy", "yyyy"))
        self._all_selected = False
        """Ctrl+A selected the whole date: the next digit starts it afresh."""
        self._advanced = False
        """The last digit filled its part and moved on: a separator typed next is that
        move, not another one."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        line = self.lineEdit()
        if event.matches(QKeySequence.StandardKey.SelectAll):
            line.selectAll()  # Qt's field selects one part only
            self._all_selected = True
            return
        text = event.text()
        fresh = self._all_selected and line.selectedText() == line.text()
        self._all_selected = False
        if text.isdigit() and fresh:
            self._go_to(0)
        elif text and not text.isdigit() and text.isprintable():
            if not self._advanced:  # a separator moves on to the next part, and only that
                self._go_to(self.currentSectionIndex() + 1)
            self._advanced = False
            return
        before = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._advanced = text.isdigit() and self.currentSectionIndex() != before

    def _go_to(self, index: int) -> None:
        if 0 <= index < self.sectionCount():
            self.setCurrentSectionIndex(index)
            self.setSelectedSection(self.sectionAt(index))
