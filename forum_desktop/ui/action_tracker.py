"""View ▸ Action tracker: the actions of all events, filtered, their status edited in place."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.ui.action_model import SORT_ROLE, ActionCol, ActionTrackerModel
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.delegates import ChoiceDelegate
from forum_desktop.ui.messages import fill
from forum_desktop.ui.outcome_model import status_labels
from forum_desktop.ui.toolbar_actions import toolbar_action

Index = QModelIndex | QPersistentModelIndex


class ActionFilter(QSortFilterProxyModel):
    """Status, owner, event, overdue only."""

    def __init__(self, model: ActionTrackerModel) -> None:
        super().__init__(model)
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)
        self.status: str | None = None
        self.owner: str | None = None
        # Not ``event``: that name is QObject's event handler, which Qt calls.
        self.event_id: str | None = None
        self.overdue_only = False

    def set_filters(
        self, status: str | None, owner: str | None, event: str | None, overdue_only: bool
    ) -> None:
        self.beginFilterChange()
        self.status, self.owner, self.event_id = status, owner, event
        self.overdue_only = overdue_only
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ActionTrackerModel)
        action = model.action(row)
        return (
            (self.status is None or action.status == self.status)
            and (self.owner is None or self.owner in action.owners)
            and (self.event_id is None or str(action.event.id) == self.event_id)
            and (not self.overdue_only or action.overdue)
        )


class ActionTracker(QDialog):
    opened = Signal(object, object)
    """(event id, outcome id) of an action the user chose to open in its event."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Action tracker — all events"))
        self.resize(900, 520)
        self.model = ActionTrackerModel(context, self)
        self.proxy = ActionFilter(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Actions of all events"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Double-click opens the action; F2 or a click on a selected status edits it.
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setItemDelegateForColumn(
            ActionCol.STATUS, ChoiceDelegate(lambda: list(status_labels().items()), self.table)
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # due date order until asked
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((ActionCol.ACTION, 330), (ActionCol.OWNERS, 160)):
            header.resizeSection(column, width)
        header.resizeSection(ActionCol.STATUS, 170)
        self.table.doubleClicked.connect(lambda _: self.open_selected())

        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Show status"))
        self.status_filter.addItem(self.tr("Any status"), None)
        for status, label in status_labels().items():
            self.status_filter.addItem(label, status)
        self.owner_filter = QComboBox(self)
        self.owner_filter.setAccessibleName(self.tr("Show owner"))
        self.event_filter = QComboBox(self)
        self.event_filter.setAccessibleName(self.tr("Show event"))
        self.overdue_only = QCheckBox(self.tr("&Overdue only"), self)
        for signal in (
            self.status_filter.currentIndexChanged,
            self.owner_filter.currentIndexChanged,
            self.event_filter.currentIndexChanged,
            self.overdue_only.toggled,
        ):
            signal.connect(self._apply_filters)
        self.count_label = QLabel(self)
        self.empty_label = QLabel(
            self.tr("No actions yet. Type “> ” in the quick-capture bar to capture one."), self
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.toolbar = QToolBar(self.tr("Actions"), self)
        self.open_action = toolbar_action(
            self.toolbar, self, self.tr("&Open in its event"), "Ctrl+Return", self.open_selected
        )
        self.edit_status_action = toolbar_action(
            self.toolbar,
            self,
            self.tr("Change &status"),
            "F2",
            self.edit_status,
        )

        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.owner_filter, 1)
        filters.addWidget(self.event_filter, 1)
        filters.addWidget(self.overdue_only)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)

        self._keep: UUID | None = None
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._load_choices)
        self.proxy.modelReset.connect(self._refresh)
        self.proxy.layoutChanged.connect(self._refresh)
        self.proxy.dataChanged.connect(self._refresh)
        self.table.selectionModel().selectionChanged.connect(self._refresh)
        self._load_choices()

    def showEvent(self, event: QShowEvent) -> None:
        if self.model.stale:
            self.model.reload()
        super().showEvent(event)

    def _remember_selection(self) -> None:
        row = self.selected_row()
        self._keep = self.model.action(row).outcome.id if row >= 0 else None

    def select(self, outcome_id: UUID) -> None:
        row = self.model.row_of(outcome_id)
        index = self.proxy.mapFromSource(self.model.index(row, ActionCol.ACTION))
        if row >= 0 and index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)

    def _load_choices(self) -> None:
        """Owners and events present among the actions; what was chosen stays chosen."""
        rows = [self.model.action(i) for i in range(self.model.rowCount())]
        owners = sorted({o for row in rows for o in row.owners}, key=str.casefold)
        events = {str(row.event.id): row.event.title for row in rows}
        for combo, all_label, choices in (
            (self.owner_filter, self.tr("All owners"), [(o, o) for o in owners]),
            (
                self.event_filter,
                self.tr("All events"),
                sorted(events.items(), key=lambda e: e[1].casefold()),
            ),
        ):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(all_label, None)
            for data, label in choices:
                combo.addItem(label, data)
            combo.setCurrentIndex(max(combo.findData(keep), 0) if keep else 0)
            combo.blockSignals(False)
        self._apply_filters()
        if self._keep is not None:  # a status changed: the same action stays selected
            self.select(self._keep)
            self._keep = None

    def _apply_filters(self, *_: object) -> None:
        self.proxy.set_filters(
            self.status_filter.currentData(),
            self.owner_filter.currentData(),
            self.event_filter.currentData(),
            self.overdue_only.isChecked(),
        )
        self._refresh()

    def _refresh(self, *_: object) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        self.table.setVisible(total > 0)
        self.empty_label.setVisible(total == 0)
        overdue = sum(self.model.action(i).overdue for i in range(total))
        text = (
            fill(self.tr("Actions: %1 of %2"), str(shown), str(total))
            if shown != total
            else self.tr("Actions: %1").replace("%1", str(total))
        )
        if overdue:
            text += " · " + self.tr("overdue: %1").replace("%1", str(overdue))
        self.count_label.setText(text)
        selected = self.table.selectionModel().hasSelection()
        self.open_action.setEnabled(selected)
        self.edit_status_action.setEnabled(selected)

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.mapToSource(rows[0]).row() if rows else -1

    def open_selected(self) -> None:
        row = self.selected_row()
        if row >= 0:
            action = self.model.action(row)
            self.opened.emit(action.event.id, action.outcome.id)

    def edit_status(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.table.edit(rows[0].siblingAtColumn(ActionCol.STATUS))
