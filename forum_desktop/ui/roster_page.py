"""The roster tab: the participant table with filtering, check-in and CSV import/export."""

from __future__ import annotations

from functools import partial
from uuid import UUID

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.files import WriteError, write_atomically
from forum_desktop.interchange.roster_csv import export_roster
from forum_desktop.models import AttendanceStatus, ChangeKind, Event, Language, Participant
from forum_desktop.services.operations import OpResult
from forum_desktop.services.participants import (
    AddParticipant,
    CheckIn,
    DeleteParticipants,
    ImportParticipants,
)
from forum_desktop.ui import prompts
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.delegates import ChoiceDelegate
from forum_desktop.ui.messages import fill
from forum_desktop.ui.notice_texts import notice_text
from forum_desktop.ui.participant_view import ParticipantView
from forum_desktop.ui.roster_model import (
    CHOICE_COLUMNS,
    SORT_ROLE,
    Column,
    RosterModel,
    choice_labels,
)
from forum_desktop.ui.toolbar_actions import toolbar_action

MAX_COLUMN_WIDTH = 260


class RosterPage(QWidget):
    open_outcome = Signal(object)
    """The id of an entry to show in the capture tab (from a participant's page)."""
    resolve_requested = Signal(object)
    """A person's id whose sync conflict (name, organisation, notes) to resolve."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.model = RosterModel(context)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, organisation, city…"))
        self.filter_edit.setAccessibleName(self.tr("Filter the roster"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        filter_label = QLabel(self.tr("&Filter:"), self)
        filter_label.setBuddy(self.filter_edit)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # roster order until asked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column in CHOICE_COLUMNS:
            self.table.setItemDelegateForColumn(
                column, ChoiceDelegate(partial(choice_labels, column), self.table)
            )

        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count_label = QLabel(self)

        self.toolbar = QToolBar(self.tr("Roster"), self)
        self.add_action = toolbar_action(
            self.toolbar, self, self.tr("&Add person"), "Ctrl+Shift+A", self.add_person
        )
        self.remove_action = toolbar_action(
            self.toolbar,
            self,
            self.tr("&Remove"),
            QKeySequence.StandardKey.Delete,
            self.remove_selected,
        )
        self.toolbar.addSeparator()
        self.present_action = toolbar_action(
            self.toolbar,
            self,
            self.tr("&Present"),
            "Ctrl+1",
            lambda: self.check_in(AttendanceStatus.PRESENT),
        )
        self.late_action = toolbar_action(
            self.toolbar,
            self,
            self.tr("&Late"),
            "Ctrl+2",
            lambda: self.check_in(AttendanceStatus.LATE),
        )
        self.absent_action = toolbar_action(
            self.toolbar,
            self,
            self.tr("A&bsent"),
            "Ctrl+3",
            lambda: self.check_in(AttendanceStatus.ABSENT),
        )
        self.toolbar.addSeparator()
        self.contributions_action = toolbar_action(
            self.toolbar,
            self,
            self.tr("Con&tributions…"),
            "Ctrl+Shift+O",
            self.show_contributions,
        )
        self.contributions_action.setToolTip(
            self.tr("What the selected person said and owns (Ctrl+Shift+O)")
        )
        self.resolve_action = toolbar_action(
            self.toolbar, self.table, self.tr("Resolve &conflict…"), None, self.resolve_selected
        )
        self.resolve_action.setToolTip(
            self.tr("Choose between the versions two laptops typed for the selected person")
        )
        self.toolbar.addSeparator()
        self.import_action = toolbar_action(
            self.toolbar, self, self.tr("&Import CSV…"), None, self.import_csv
        )
        self.export_action = toolbar_action(
            self.toolbar, self, self.tr("E&xport CSV…"), None, self.export_csv
        )

        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)

        self.model.modelReset.connect(self._refresh_state)
        self.model.modelReset.connect(self._fit_columns)
        self.model.dataChanged.connect(self._refresh_state)  # a conflict resolved, say
        self.proxy.rowsInserted.connect(self._refresh_state)
        self.proxy.rowsRemoved.connect(self._refresh_state)
        self.proxy.modelReset.connect(self._refresh_state)
        self.table.selectionModel().selectionChanged.connect(self._refresh_state)
        context.replayed.connect(self._select_arrived)
        self._refresh_state()

    # --- state ------------------------------------------------------------------------

    def set_event(self, event_id: UUID | None) -> None:
        self.model.set_event(event_id)

    def selected_ids(self) -> list[UUID]:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        return [self.model.participant(row).id for row in sorted(rows)]

    def _fit_columns(self) -> None:
        """Size columns to what they hold (Qt samples the rows), within reason."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column), MAX_COLUMN_WIDTH))

    def _refresh_state(self, *_: object) -> None:
        has_event = self.model.event_id is not None
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        empty = has_event and total == 0
        self.table.setVisible(not empty)
        self.empty_label.setVisible(empty)
        self.empty_label.setText(
            self.tr(
                "Nobody on the roster yet.\nAdd people one by one (Ctrl+Shift+A) "
                "or import a spreadsheet saved as CSV."
            )
        )
        if total and shown != total:
            self.count_label.setText(fill(self.tr("%1 of %2 people"), str(shown), str(total)))
        else:
            self.count_label.setText(self.tr("%n people", "", total))
        selected = bool(self.table.selectionModel().selectedRows())
        ids = self.selected_ids()
        self.contributions_action.setEnabled(len(ids) == 1)
        self.resolve_action.setEnabled(len(ids) == 1 and self.model.in_conflict(ids[0]))
        for action in (
            self.remove_action,
            self.present_action,
            self.late_action,
            self.absent_action,
        ):
            action.setEnabled(selected)
        for action in (self.add_action, self.import_action, self.export_action):
            action.setEnabled(has_event)

    # --- actions ----------------------------------------------------------------------

    def resolve_selected(self) -> None:
        """Open the conflicts view on the selected person's sync conflict."""
        ids = self.selected_ids()
        if len(ids) == 1 and self.model.in_conflict(ids[0]):
            self.resolve_requested.emit(ids[0])

    def add_person(self) -> None:
        if self.model.event_id is None:
            return
        name = prompts.ask_text(self, self.tr("Add person"), self.tr("Name:"))
        if not name or not name.strip():
            return
        result = self._context.execute(
            AddParticipant(event_id=self.model.event_id, name=name),
            self.tr("Add %1").replace("%1", name.strip()),
        )
        if result is not None:
            self._select(result.value)

    def remove_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        names = ", ".join(self.model.participant(self.model.row_of(i)).name for i in ids[:3])
        if len(ids) > 3:
            names += "…"
        self._context.execute(
            DeleteParticipants(participant_ids=tuple(ids)),
            self.tr("Remove %1").replace("%1", names),
        )

    def check_in(self, status: AttendanceStatus) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        label = dict(choice_labels(Column.ATTENDANCE))[status]
        self._context.execute(
            CheckIn(participant_ids=tuple(ids), status=status),
            self.tr("Mark as %1").replace("%1", label),
        )

    def show_contributions(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        view = ParticipantView(self._context, ids[0], self)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.opened.connect(self.open_outcome)
        view.show()
        self.participant_view = view

    def import_csv(self) -> None:
        if self.model.event_id is None:
            return
        path = prompts.open_file(
            self,
            self.tr("Import roster"),
            self.tr("Spreadsheets (*.csv *.txt *.tsv);;All files (*)"),
        )
        if path is None:
            return
        from forum_desktop.ui.csv_import_dialog import CsvImportDialog  # loads when first opened

        dialog = CsvImportDialog(path, self)
        if not dialog.load():
            return
        if dialog.exec() and dialog.accepted_people:
            self._context.execute(
                ImportParticipants(
                    event_id=self.model.event_id, people=tuple(dialog.accepted_people)
                ),
                self.tr("Import %n people", "", len(dialog.accepted_people)),
            )

    def export_csv(self) -> None:
        event_id = self.model.event_id
        if event_id is None:
            return
        event = self._context.store.require(Event, event_id)
        path = prompts.save_file(
            self, self.tr("Export roster"), f"{event.title} - roster.csv", self.tr("CSV (*.csv)")
        )
        if path is None:
            return
        people = [self.model.participant(row) for row in range(self.model.rowCount())]
        # Excel in French and Spanish settings splits columns on semicolons.
        delimiter = "," if event.language is Language.EN else ";"
        data = export_roster(people, event.language, delimiter=delimiter)
        try:
            write_atomically(path, data)
        except WriteError as error:
            prompts.error(self, self.tr("Export failed"), notice_text(error.notice))

    def show_participant(self, participant_id: UUID) -> None:
        """Select the person, clearing a filter that hides them (e.g. from a search hit)."""
        row = self.model.row_of(participant_id)
        if row >= 0 and not self.proxy.mapFromSource(self.model.index(row, 0)).isValid():
            self.filter_edit.clear()
        self._select(participant_id)
        self.table.setFocus()

    def _select_arrived(self, result: OpResult) -> None:
        """People an undo or redo brings (back) are selected, so the act is seen."""
        arrived = [
            change.record_id
            for change in result.changes
            if change.record_type == Participant.record_type and change.kind is ChangeKind.INSERT
        ]
        if not arrived:
            return
        self._select(arrived[0])
        selection = self.table.selectionModel()
        for participant_id in arrived[1:]:
            row = self.model.row_of(participant_id)
            index = self.proxy.mapFromSource(self.model.index(row, Column.NAME))
            if row >= 0 and index.isValid():  # not hidden by the filter
                selection.select(
                    index,
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )

    def _select(self, participant_id: UUID) -> None:
        row = self.model.row_of(participant_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, Column.NAME))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
