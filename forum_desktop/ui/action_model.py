"""Every action of every event as a table; the status is edited in place (undoable)."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle, QWidget

from forum_desktop.export.actions import ActionRow, action_row, action_rows, summary
from forum_desktop.models import (
    AgendaItem,
    ChangeKind,
    Event,
    Outcome,
    Participant,
    Session,
)
from forum_desktop.services.capture import UpdateOutcome
from forum_desktop.services.operations import OpResult
from forum_desktop.ui.amend import execute_amendable
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.outcome_model import status_labels
from forum_desktop.ui.qt_dates import qdate

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_COLOUR = QColor("#a00000")


translate = QCoreApplication.translate


class ActionCol:
    ACTION = 0
    OWNERS = 1
    DUE = 2
    STATUS = 3
    EVENT = 4
    COUNT = 5


def column_titles() -> list[str]:
    return [
        translate("ActionModel", "Action"),
        translate("ActionModel", "Owners"),
        translate("ActionModel", "Due"),
        translate("ActionModel", "Status"),
        translate("ActionModel", "Event"),
    ]


def status_text(row: ActionRow) -> str:
    """The status, with "Overdue" in words (colour alone is not enough)."""
    text = status_labels()[row.status]
    return translate("ActionModel", "%1 — Overdue").replace("%1", text) if row.overdue else text


class ActionTrackerModel(QAbstractTableModel):
    RELOAD_ON = (
        Outcome.record_type,
        Event.record_type,
        Participant.record_type,
        Session.record_type,
        AgendaItem.record_type,
    )

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._parent = parent
        self._rows: list[ActionRow] = []
        self.stale = False
        """Changes came while the tracker was hidden: reload when it is shown again."""
        context.changed.connect(self._on_changed)
        context.reset.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        self.stale = False
        store = self._context.store
        today = store.clock.now().astimezone().date()
        self.beginResetModel()
        self._rows = action_rows(store, today=today)
        self.endResetModel()

    def _on_changed(self, result: OpResult) -> None:
        if not result.touches(*self.RELOAD_ON):
            return
        if self._parent is not None and not self._parent.isVisible():
            self.stale = True  # a closed tracker reads nothing while entries are captured
            return
        rows = {row.outcome.id: i for i, row in enumerate(self._rows)}
        if all(
            c.record_type == Outcome.record_type
            and c.kind is ChangeKind.UPDATE
            and c.record_id in rows
            for c in result.changes
        ):
            self._update_rows([rows[c.record_id] for c in result.changes])
        else:
            self.reload()

    def _update_rows(self, rows: list[int]) -> None:
        """Redraw edited actions in place (a reset would close an open status editor)."""
        store = self._context.store
        today = store.clock.now().astimezone().date()
        for row in rows:
            outcome = store.require(Outcome, self._rows[row].outcome.id)
            updated = action_row(store, outcome, today=today)
            if updated is None:  # no longer an action
                self.reload()
                return
            self._rows[row] = updated
            self.dataChanged.emit(self.index(row, 0), self.index(row, ActionCol.COUNT - 1))

    def action(self, row: int) -> ActionRow:
        return self._rows[row]

    def row_of(self, outcome_id: UUID) -> int:
        return next((i for i, r in enumerate(self._rows) if r.outcome.id == outcome_id), -1)

    # --- Qt model interface -----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else ActionCol.COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = column_titles()
            return titles[section] if 0 <= section < len(titles) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == ActionCol.STATUS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole and column == ActionCol.STATUS:
            return row.status.value
        if role == Qt.ItemDataRole.ToolTipRole and column == ActionCol.ACTION:
            return row.outcome.text[:2000]
        if role == SORT_ROLE:
            if column == ActionCol.DUE:
                return row.due.isoformat() if row.due else "9999"
            return self._display(row, column).casefold()
        if row.overdue and column == ActionCol.STATUS:
            if role == Qt.ItemDataRole.DecorationRole:
                style = QApplication.style()
                return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE_COLOUR)
        return None

    def _display(self, row: ActionRow, column: int) -> str:
        if column == ActionCol.ACTION:
            return summary(row.outcome.text)
        if column == ActionCol.OWNERS:
            return ", ".join(row.owners)
        if column == ActionCol.DUE:
            return (
                QLocale().toString(qdate(row.due), QLocale.FormatType.ShortFormat)
                if row.due
                else ""
            )
        if column == ActionCol.STATUS:
            return status_text(row)
        if column == ActionCol.EVENT:
            return row.event.title
        return ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != ActionCol.STATUS:
            return False
        row = self._rows[index.row()]
        if value == row.status.value:
            return False
        label = translate("ActionModel", "Action status: %1").replace(
            "%1", status_labels().get(value, value)
        )
        command = UpdateOutcome(
            outcome_id=row.outcome.id, fields={**row.outcome.fields, "status": value}
        )
        result = execute_amendable(self._context, self._parent, command, label)
        return result is not None
