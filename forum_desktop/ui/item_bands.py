"""Agenda-item bands between captured entries: a header row wherever the item changes.

``ItemBands`` sits on top of the sorted, filtered entries. In time order a band marks
each move to another item (the session's timeline); grouped by item, one band heads each
group. After a change only the rows that differ are removed and inserted (a new entry is
one or two inserted rows), so the view keeps its selection and never resets for a capture.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QAbstractProxyModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from forum_desktop.storage.light_rows import EntryRow
from forum_desktop.ui.outcome_model import OutcomeModel

Index = QModelIndex | QPersistentModelIndex
BAND_ROLE = Qt.ItemDataRole.UserRole + 3
"""True on a band row."""

Key = tuple[str, UUID | str | None, str | None]
"""("row", entry key, None) or ("band", item id, key of the entry above it)."""

RESET_ABOVE = 0.5
"""When more than this share of rows differ (a new sort or filter), reset instead."""


translate = QCoreApplication.translate


class ItemBands(QAbstractProxyModel):
    def __init__(self, entries: QSortFilterProxyModel) -> None:
        super().__init__(entries)
        self.setSourceModel(entries)
        self._keys: list[Key] = []
        self._source_rows: list[int] = []  # per row: its row in ``entries``, -1 on a band
        self._rows_of_source: list[int] = []
        self._bulk = False
        self._rebuild()
        entries.modelReset.connect(self._reset)
        entries.layoutChanged.connect(self._sync)
        entries.rowsInserted.connect(self._on_inserted)
        entries.rowsRemoved.connect(self._sync)
        entries.dataChanged.connect(self._on_data_changed)

    def _outcomes(self) -> OutcomeModel:
        entries = self.sourceModel()
        assert isinstance(entries, QSortFilterProxyModel)
        model = entries.sourceModel()
        assert isinstance(model, OutcomeModel)
        return model

    def _layout(self) -> tuple[list[Key], list[int]]:
        entries = self.sourceModel()
        assert isinstance(entries, QSortFilterProxyModel)
        model = self._outcomes()
        keys: list[Key] = []
        rows: list[int] = []
        shown = entries.rowCount()
        # Unfiltered and unsorted, the entries are the model's rows as they are: no Qt
        # round trip per row to map them (10,000 of them cost ~0.1 s at every open).
        if shown == model.rowCount() and entries.sortColumn() < 0:
            outcomes = model.outcomes(0, shown)
        else:
            outcomes = [
                model.outcome(entries.mapToSource(entries.index(row, 0)).row())
                for row in range(shown)
            ]
        item: UUID | None = None
        above: str | None = None  # the entry above, None at the top
        for row, outcome in enumerate(outcomes):
            if above is None or item != outcome.item_id:
                item = outcome.item_id
                keys.append(("band", item, above))
                rows.append(-1)
            above = outcome.key
            keys.append(("row", above, None))
            rows.append(row)
        return keys, rows

    def _rebuild(self) -> None:
        self._keys, self._source_rows = self._layout()
        self._index_sources()

    def _index_sources(self) -> None:
        self._rows_of_source = [-1] * self.sourceModel().rowCount()
        for row, source in enumerate(self._source_rows):
            if source >= 0:
                self._rows_of_source[source] = row

    def _reset(self) -> None:
        if self._bulk:
            return
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()

    @contextmanager
    def bulk(self) -> Iterator[None]:
        """Around a change of many rows (a new filter): one reset at the end instead of a
        comparison for each of the many row ranges the entries announce."""
        self.beginResetModel()
        self._bulk = True
        try:
            yield
        finally:
            self._bulk = False
            self._rebuild()
            self.endResetModel()

    def _sync(self, *_: object) -> None:
        """Bring the rows in line with the entries, removing and inserting what differs."""
        if self._bulk:
            return
        keys, rows = self._layout()
        old = self._keys
        start = 0
        while start < min(len(old), len(keys)) and old[start] == keys[start]:
            start += 1
        end_old, end_new = len(old), len(keys)
        while end_old > start and end_new > start and old[end_old - 1] == keys[end_new - 1]:
            end_old -= 1
            end_new -= 1
        changed = (end_old - start) + (end_new - start)
        if changed > RESET_ABOVE * max(len(old), len(keys), 1):
            self.beginResetModel()
            self._keys, self._source_rows = keys, rows
            self._index_sources()
            self.endResetModel()
            return
        position = {key: row for key, row in zip(keys, rows, strict=True) if row >= 0}
        current = [position.get(key, -1) for key in old]
        self._source_rows = current
        self._index_sources()
        self._replace(start, end_old, end_new, keys, rows)

    def _replace(
        self, start: int, end_old: int, end_new: int, keys: list[Key], rows: list[int]
    ) -> None:
        """Rows ``start:end_old`` become ``keys[start:end_new]``; the rows around them are
        already those of ``keys`` and point at the entries as they are now.

        A removed entry, whose row has no entry any more, reads as a band until its row
        is removed a moment later. Each step leaves the rows consistent, as views may
        read between them.
        """
        old, current = self._keys, self._source_rows
        # Rows that both lists have around the changed part stay as they are.
        while start < end_old and start < end_new and old[start] == keys[start]:
            start += 1
        while end_old > start and end_new > start and old[end_old - 1] == keys[end_new - 1]:
            end_old -= 1
            end_new -= 1
        if end_old > start:
            self.beginRemoveRows(QModelIndex(), start, end_old - 1)
            self._keys = old[:start] + old[end_old:]
            self._source_rows = current[:start] + current[end_old:]
            self._index_sources()
            self.endRemoveRows()
        if end_new > start:
            self.beginInsertRows(QModelIndex(), start, end_new - 1)
        self._keys, self._source_rows = keys, rows
        self._index_sources()
        if end_new > start:
            self.endInsertRows()

    def _on_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        """New entries (a capture): only the rows around them change, the rest moves down."""
        if self._bulk:
            return
        entries = self.sourceModel()
        added = last - first + 1
        had = len(self._rows_of_source)
        # Rows of the same place in the list, before the new entries are shown: after the
        # entry above them, up to the entry that was at ``first`` (a band may lie between).
        start = self._rows_of_source[first - 1] + 1 if first > 0 else 0
        end = self._rows_of_source[first] if first < had else len(self._keys)
        self._source_rows = [row + added if row >= first else row for row in self._source_rows]
        self._index_sources()
        keys: list[Key] = []
        rows: list[int] = []
        previous = self._entry(first - 1) if first > 0 else None
        for row in range(first, min(last + 2, entries.rowCount())):
            outcome = self._entry(row)
            if previous is None or previous.item_id != outcome.item_id:
                keys.append(("band", outcome.item_id, previous.key if previous else None))
                rows.append(-1)
            if row <= last:
                keys.append(("row", outcome.key, None))
                rows.append(row)
            previous = outcome
        old = self._keys
        new_keys = old[:start] + keys + old[end:]
        new_rows = self._source_rows[:start] + rows + self._source_rows[end:]
        self._replace(start, end, start + len(keys), new_keys, new_rows)

    def _entry(self, row: int) -> EntryRow:
        entries = self.sourceModel()
        assert isinstance(entries, QSortFilterProxyModel)  # as set in __init__
        return self._outcomes().outcome(entries.mapToSource(entries.index(row, 0)).row())

    def _on_data_changed(self, top: QModelIndex, bottom: QModelIndex, *_: object) -> None:
        if self._bulk:
            return
        self._sync()  # an entry moved to another item changes the bands around it
        rows = [self._rows_of_source[row] for row in range(top.row(), bottom.row() + 1)]
        rows = [row for row in rows if row >= 0]
        if rows:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), last))

    # --- what a row is ----------------------------------------------------------------

    def is_band(self, row: int) -> bool:
        return 0 <= row < len(self._source_rows) and self._source_rows[row] < 0

    def band_rows(self) -> list[int]:
        return [row for row, source in enumerate(self._source_rows) if source < 0]

    def band_label(self, row: int) -> str:
        item_id = self._keys[row][1]
        assert not isinstance(item_id, str)  # a band's key holds its item's id (or None)
        label = self._outcomes().item_label(item_id)
        return label or translate("ItemBands", "No particular agenda item")

    # --- Qt proxy interface -----------------------------------------------------------

    def mapToSource(self, index: Index) -> QModelIndex:
        if not index.isValid() or self.is_band(index.row()):
            return QModelIndex()
        source = self._source_rows[index.row()]
        return self.sourceModel().index(source, index.column())

    def mapFromSource(self, index: Index) -> QModelIndex:
        if not index.isValid() or index.row() >= len(self._rows_of_source):
            return QModelIndex()
        row = self._rows_of_source[index.row()]
        return self.index(row, index.column()) if row >= 0 else QModelIndex()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if parent.isValid() or not (0 <= row < len(self._keys)):
            return QModelIndex()
        if not 0 <= column < self.columnCount():
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.sourceModel().columnCount()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            return self._outcomes().headerData(section, orientation, role)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self.is_band(index.row()):
            return Qt.ItemFlag.ItemIsEnabled  # a heading: not selected, not edited
        return super().flags(index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if not self.is_band(index.row()):
            # Straight to the Python model: Qt's proxy data() would cross into C++ and back.
            entries = self.sourceModel()
            assert isinstance(entries, QSortFilterProxyModel)
            source = self._source_rows[index.row()]
            row = entries.mapToSource(entries.index(source, index.column()))
            return self._outcomes().data(row, role)
        if role == BAND_ROLE:
            return True
        if role == Qt.ItemDataRole.DisplayRole:
            return self.band_label(index.row()) if index.column() == 0 else ""
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return translate("ItemBands", "Agenda item: %1").replace(
                "%1", self.band_label(index.row())
            )
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QApplication.palette().brush(QPalette.ColorRole.Window)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)
