"""One participant's page: what they said and what they own, from the event's entries."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.capture.contributions import contributions
from forum_desktop.models import Outcome, Participant
from forum_desktop.services.operations import OpResult
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.outcome_model import SORT_ROLE, Col, OutcomeModel

Index = QModelIndex | QPersistentModelIndex

SAID_COLUMNS = (Col.TIME, Col.ITEM, Col.KIND, Col.TEXT)
OWNS_COLUMNS = (Col.ITEM, Col.TEXT, Col.DUE, Col.STATUS)


class IdFilter(QSortFilterProxyModel):
    """The rows of an ``OutcomeModel`` whose entry is in ``ids``."""

    def __init__(self, model: OutcomeModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)
        self._keys: set[str] = set()

    def set_ids(self, ids: set[UUID]) -> None:
        self.beginFilterChange()
        self._keys = {str(entry_id) for entry_id in ids}  # rows keep their ids as text
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, OutcomeModel)
        return model.outcome(row).key in self._keys


class ParticipantView(QDialog):
    opened = Signal(object)
    """The id of an entry the user chose to see in the capture tab."""

    def __init__(
        self, context: AppContext, participant_id: UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.participant_id = participant_id
        self.resize(760, 560)
        self.model = OutcomeModel(context)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.said_label = QLabel(self)
        self.owns_label = QLabel(self)
        self.said = IdFilter(self.model, self)
        self.owns = IdFilter(self.model, self)
        self.said_table = self._table(self.said, SAID_COLUMNS, self.tr("What they said"))
        self.owns_table = self._table(self.owns, OWNS_COLUMNS, self.tr("What they own"))
        self.said_label.setBuddy(self.said_table)
        self.owns_label.setBuddy(self.owns_table)
        hint = QLabel(self.tr("Double-click or Enter shows an entry in the capture tab."), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.said_label)
        layout.addWidget(self.said_table, 1)
        layout.addWidget(self.owns_label)
        layout.addWidget(self.owns_table, 1)
        layout.addWidget(hint)
        self.model.set_event(context.store.require(Participant, participant_id).event_id)
        context.changed.connect(self._on_changed)
        context.reset.connect(self.reload)
        self.reload()

    def _table(self, proxy: IdFilter, columns: tuple[int, ...], name: str) -> QTableView:
        table = QTableView(self)
        table.setModel(proxy)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSortingEnabled(True)
        table.sortByColumn(Col.TIME, Qt.SortOrder.AscendingOrder)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column in range(Col.COUNT):
            table.setColumnHidden(column, column not in columns)
        header.resizeSection(Col.TEXT, 380)
        table.activated.connect(lambda index: self._open(proxy, index))
        return table

    def reload(self) -> None:
        person = self._context.store.get(Participant, self.participant_id)
        if person is None:  # removed from the roster meanwhile
            self.close()
            return
        found = contributions(self._context.store, person)
        self.said.set_ids({o.id for o in found.said})
        self.owns.set_ids({o.id for o in found.owns})
        self.setWindowTitle(self.tr("%1 — contributions").replace("%1", person.name))
        self.heading.setText(person.name)
        self.said_label.setText(
            self.tr("What they &said (%1)").replace("%1", str(len(found.said)))
            if found.said
            else self.tr("What they said: nothing captured yet (quotes, mentions)")
        )
        self.owns_label.setText(
            self.tr("What they &own (%1)").replace("%1", str(len(found.owns)))
            if found.owns
            else self.tr("What they own: no actions")
        )

    def _on_changed(self, result: OpResult) -> None:
        if result.touches(Outcome.record_type, Participant.record_type):
            self.reload()

    def _open(self, proxy: IdFilter, index: QModelIndex) -> None:
        if index.isValid():
            row = proxy.mapToSource(index).row()
            self.opened.emit(self.model.outcome(row).id)
