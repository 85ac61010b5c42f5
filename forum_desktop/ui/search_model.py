"""Search hits as a list model: kind, event and highlighted words in each row."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from forum_desktop.capture.search import SearchHit
from forum_desktop.models import Event, Outcome
from forum_desktop.storage import Store
from forum_desktop.ui.outcome_model import kind_labels
from forum_desktop.ui.rich_text import highlighted_html, plain

Index = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole + 1


translate = QCoreApplication.translate


def record_labels() -> dict[str, str]:
    return {
        "agenda_item": translate("SearchModel", "Agenda item"),
        "participant": translate("SearchModel", "Participant"),
    }


class SearchResultsModel(QAbstractListModel):
    """The hits of the last search; rows read names from the store once per search."""

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._hits: list[SearchHit] = []
        self._kinds: dict[UUID, str] = {}
        self._events: dict[UUID, str] = {}

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = hits
        self._kinds = {}
        self._events = {}
        for hit in hits:
            if hit.record_type == Outcome.record_type:
                outcome = self._store.get(Outcome, hit.record_id)
                if outcome is not None:
                    self._kinds[hit.record_id] = outcome.kind
            if hit.event_id not in self._events:
                event = self._store.get(Event, hit.event_id)
                self._events[hit.event_id] = event.title if event else "?"
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def kind_label(self, hit: SearchHit) -> str:
        if hit.record_type == Outcome.record_type:
            kind = self._kinds.get(hit.record_id, "")
            return kind_labels().get(kind, translate("SearchModel", "Entry"))
        return record_labels().get(hit.record_type, hit.record_type)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        where = f"{self.kind_label(hit)} · {self._events.get(hit.event_id, '?')}"
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [f"<small>{highlighted_html(where)}</small>"]
            lines += [highlighted_html(part) for part in (hit.title, hit.snippet) if part]
            return "<br>".join(lines)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return " — ".join(plain(part) for part in (where, hit.title, hit.snippet) if part)
        if role == HIT_ROLE:
            return hit
        return None
