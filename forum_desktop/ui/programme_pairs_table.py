"""The preview of a note read as a translation: each pair (the agenda's text beside the
note's), then what is left unpaired on either side with the reason (issue 25)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from forum_desktop.agenda.programme_times import time_at
from forum_desktop.models import Session
from forum_desktop.models.translation import TranslatedField
from forum_desktop.services.programme_match import ProgrammeMatch, Side
from forum_desktop.ui.clock_times import hour_minute
from forum_desktop.ui.notice_texts import notice_text

START, AGENDA, NOTE, UNPAIRED = range(4)


class ProgrammePairsTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setAccessibleName(self.tr("Pairs of the agenda and the note"))
        self.setHorizontalHeaderLabels(
            [
                self.tr("Start"),
                self.tr("In the agenda"),
                self.tr("From the note"),
                self.tr("Not paired"),
            ]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # The three texts share the width, wrapped whole in rows as tall as they need:
        # elided, a row left unpaired hid why ("the item it belongs to…") at 1024×768.
        rows = self.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(START, QHeaderView.ResizeMode.ResizeToContents)

    def show_match(self, match: ProgrammeMatch | None) -> None:
        """One row per pair, in the agenda's order, then one per leftover."""
        self.setRowCount(0)
        if match is None:
            return
        for pair in match.pairs:
            if isinstance(pair.record, Session):
                when = pair.record.date.isoformat() if pair.record.date else ""
            else:
                when = _clock(pair.start)
            indent = "    " * max(pair.depth - 1, 0)
            new = pair.text(TranslatedField.TITLE) or pair.text(TranslatedField.DESCRIPTION)
            self._add_row([when, indent + pair.record.title, indent + new, ""])
        for left in match.unmatched:
            indent = "    " * max(left.depth - 1, 0)
            title = indent + left.title
            agenda, note = (title, "") if left.side is Side.AGENDA else ("", title)
            self._add_row([_clock(left.start), agenda, note, notice_text(left.reason)])

    def _add_row(self, texts: list[str]) -> None:
        row = self.rowCount()
        self.insertRow(row)
        for column, text in enumerate(texts):
            cell = QTableWidgetItem(text)
            cell.setToolTip(text.strip())
            self.setItem(row, column, cell)


def _clock(minute: int | None) -> str:
    if minute is None:
        return ""
    return hour_minute(time_at(minute))
