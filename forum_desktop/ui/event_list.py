"""The list of events on the left of the main window."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from PySide6.QtCore import QAbstractListModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from forum_desktop.models import Event
from forum_desktop.services.events import list_events
from forum_desktop.services.operations import OpResult
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.qt_dates import qdate

Index = QModelIndex | QPersistentModelIndex
EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class EventListModel(QAbstractListModel):
    """Events, soonest first, redrawn when a command touches an event."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self._context = context
        self._events: list[Event] = list_events(context.store)
        context.changed.connect(self._on_changed)
        context.reset.connect(self.reload)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._events)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        event = self._events[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if event.start_date:
                day = QLocale().toString(qdate(event.start_date), QLocale.FormatType.ShortFormat)
                return f"{event.title}\n{day}"
            return event.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return event.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return event.title
        if role == EVENT_ID_ROLE:
            return str(event.id)
        return None

    def event_at(self, row: int) -> Event:
        return self._events[row]

    def row_of(self, event_id: UUID) -> int:
        for row, event in enumerate(self._events):
            if event.id == event_id:
                return row
        return -1

    def reload(self) -> None:
        self.beginResetModel()
        self._events = list_events(self._context.store)
        self.endResetModel()

    def _on_changed(self, result: OpResult) -> None:
        if result.touches(Event.record_type):
            self.reload()
