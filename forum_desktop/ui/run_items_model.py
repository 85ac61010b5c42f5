"""The run's items as a table: planned vs actual, projected starts, and where each stands.

The run steps through the agenda's leaves; an item with sub-items (a method's phases) is a
row of its own above them, so the phases read under their item. Activating it goes to its
first phase.

Rebuilt from every snapshot, but only the cells whose text changed are announced, so a
selection or a scroll position survives the ticks.
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from forum_desktop.agenda.durations import format_duration
from forum_desktop.agenda.schedule import ScheduledItem
from forum_desktop.timing.snapshot import ItemState, ItemTiming, Snapshot
from forum_desktop.ui.agenda_model import time_text

Index = QModelIndex | QPersistentModelIndex


class RunCol(IntEnum):
    NUMBER = 0
    TITLE = 1
    PLANNED = 2
    ACTUAL = 3
    START = 4
    STATE = 5


class RunItemsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, ...]] = []
        self._ids: list[UUID] = []
        """Each row's item: a leaf the run steps through, or a parent above its leaves."""
        self._targets: list[UUID] = []
        """Where activating each row goes: its leaf, or a parent's first leaf."""
        self._current: UUID | None = None
        self.zone = ZoneInfo("UTC")
        self._clock_texts: dict[tuple[str, int, int], str] = {}

    def headers(self) -> list[str]:
        return [
            self.tr("#"),
            self.tr("Item"),
            self.tr("Planned"),
            self.tr("Actual"),
            self.tr("Starts"),
            self.tr("State"),
        ]

    def state_labels(self) -> dict[ItemState, str]:
        return {
            ItemState.DONE: self.tr("done"),
            ItemState.CURRENT: self.tr("now"),
            ItemState.UPCOMING: self.tr("to come"),
            ItemState.SKIPPED: self.tr("skipped"),
            ItemState.NOT_RUN: self.tr("passed over"),
        }

    # --- Qt's model interface ----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(RunCol)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.FontRole and self._ids[index.row()] == self._current:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (
            RunCol.PLANNED,
            RunCol.ACTUAL,
            RunCol.START,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    # --- updates ----------------------------------------------------------------------

    def item_id(self, row: int) -> UUID:
        return self._targets[row]

    def row_of(self, item_id: UUID) -> int:
        return self._ids.index(item_id)

    def update(
        self, snapshot: Snapshot | None, parents: dict[UUID, ScheduledItem] | None = None
    ) -> None:
        """``parents``: the schedule's items with sub-items, by id (their rows go above
        their first leaf)."""
        timings = snapshot.items if snapshot else []
        states = self.state_labels()  # once per tick, not once per row
        rows: list[tuple[str, ...]] = []
        ids: list[UUID] = []
        targets: list[UUID] = []
        for timing in timings:
            for parent in self._new_parents(timing, parents or {}, ids):
                rows.append(self._parent_row(parent, timing))
                ids.append(parent.item.id)
                targets.append(timing.item_id)
            rows.append(self._row(timing, states))
            ids.append(timing.item_id)
            targets.append(timing.item_id)
        current = snapshot.current.item_id if snapshot and snapshot.current else None
        if ids != self._ids:
            self.beginResetModel()
            self._rows, self._ids, self._targets, self._current = rows, ids, targets, current
            self.endResetModel()
            return
        changed = [n for n, row in enumerate(rows) if row != self._rows[n]]
        if current != self._current:
            changed += [n for n, i in enumerate(ids) if i in (current, self._current)]
        self._rows, self._current = rows, current
        for row in sorted(set(changed)):
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(RunCol) - 1))

    @staticmethod
    def _new_parents(
        timing: ItemTiming, parents: dict[UUID, ScheduledItem], shown: list[UUID]
    ) -> list[ScheduledItem]:
        """The leaf's parents not shown yet, outermost first."""
        found: list[ScheduledItem] = []
        parent_id = timing.entry.item.parent_id
        while parent_id is not None and parent_id in parents and parent_id not in shown:
            found.insert(0, parents[parent_id])
            parent_id = parents[parent_id].item.parent_id
        return found

    def _parent_row(self, parent: ScheduledItem, first: ItemTiming) -> tuple[str, ...]:
        start = first.start if first.state is not ItemState.SKIPPED else None
        planned = format_duration(parent.minutes)
        return (parent.number, parent.item.title, planned, "", self._clock(start), "")

    def _row(self, timing: ItemTiming, states: dict[ItemState, str]) -> tuple[str, ...]:
        entry = timing.entry
        actual = ""
        if timing.run is not None and timing.run.spans:
            actual = format_duration(round(timing.elapsed_seconds / 60))
        planned = format_duration(timing.allotted_seconds // 60)
        return (
            entry.number,
            entry.item.title,
            planned,
            actual,
            self._clock(timing.start) if timing.state is not ItemState.SKIPPED else "",
            states[timing.state],
        )

    def _clock(self, moment: dt.datetime | None) -> str:
        """A clock time to the minute; formatted once per minute of the day, since the
        table is rebuilt on every tick."""
        if moment is None:
            return ""
        local = moment.astimezone(self.zone)
        key = (self.zone.key, local.hour, local.minute)
        if key not in self._clock_texts:
            self._clock_texts[key] = time_text(local)
        return self._clock_texts[key]
