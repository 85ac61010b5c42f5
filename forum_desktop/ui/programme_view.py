"""The programme tab: each session and its agenda tree with start times and durations."""

from __future__ import annotations

from datetime import datetime, timedelta
from uuid import UUID

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeView, QVBoxLayout, QWidget

from forum_desktop.models import AgendaItem, Session
from forum_desktop.services.operations import OpResult
from forum_desktop.ui.context import AppContext


class ProgrammeView(QWidget):
    """Read here; the agenda editor of the planning screen changes it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._event_id: UUID | None = None
        self.model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Programme"))
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.empty_label = QLabel(self.tr("This event has no sessions yet."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(self.empty_label)
        context.changed.connect(self._on_changed)
        context.reset.connect(self.reload)

    def set_event(self, event_id: UUID | None) -> None:
        self._event_id = event_id
        self.reload()

    def _on_changed(self, result: OpResult) -> None:
        if result.touches(Session.record_type, AgendaItem.record_type):
            self.reload()

    def reload(self) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Item"),
                self.tr("Start"),
                self.tr("Duration"),
                self.tr("Method"),
                self.tr("Guiding question"),
            ]
        )
        sessions = (
            self._context.store.select(Session, {"event_id": self._event_id})
            if self._event_id
            else []
        )
        for session in sessions:
            self._add_session(session)
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.tree.setVisible(bool(sessions))
        self.empty_label.setVisible(not sessions)

    def _add_session(self, session: Session) -> None:
        locale = QLocale()
        when = ""
        if session.date:
            when = locale.toString(session.date, QLocale.FormatType.LongFormat)
        if session.start_time and session.end_time:
            when += f"  {_time(session.start_time)}–{_time(session.end_time)}"
        root = [QStandardItem(session.title), QStandardItem(when.strip())]
        self.model.appendRow(root)
        items = self._context.store.select(AgendaItem, {"session_id": session.id})
        children: dict[UUID | None, list[AgendaItem]] = {}
        for item in items:
            children.setdefault(item.parent_id, []).append(item)
        start = (
            datetime.combine(session.date, session.start_time)
            if session.date and session.start_time
            else None
        )
        self._add_items(root[0], children, None, start)

    def _add_items(
        self,
        parent: QStandardItem,
        children: dict[UUID | None, list[AgendaItem]],
        parent_id: UUID | None,
        start: datetime | None,
    ) -> None:
        for item in children.get(parent_id, []):
            row = [
                QStandardItem(item.title),
                QStandardItem(_time(start.time()) if start else ""),
                QStandardItem(self.tr("%1 min").replace("%1", str(item.planned_minutes))),
                QStandardItem(item.method),
                QStandardItem(item.guiding_question),
            ]
            for cell in row:
                cell.setEditable(False)
            if item.description:
                row[0].setToolTip(item.description)
            parent.appendRow(row)
            self._add_items(row[0], children, item.id, start)
            if start is not None:
                start += timedelta(minutes=item.planned_minutes)


def _time(value: object) -> str:
    return QLocale().toString(value, QLocale.FormatType.ShortFormat)  # type: ignore[call-overload]
