"""The capture tab: say which item the room is on, type entries, review them.

Enter in the capture bar stores the entry at once (one transaction, durable) against the
item chosen above; the table below shows the entries as a timeline or by agenda item,
filtered by kind, status or any word (a #tag, a name, an author).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from uuid import UUID

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.capture.syntax import ParsedCapture, RosterName
from forum_desktop.models import (
    AgendaItem,
    Event,
    Language,
    Participant,
    Photo,
    ReviewState,
    RunStatus,
    Session,
    SessionRun,
)
from forum_desktop.services.agenda import items_of, sessions_of
from forum_desktop.services.capture import (
    CaptureOutcome,
    DeleteOutcomes,
    MergeOutcomes,
    SetReview,
    SetSessionFinal,
    UpdateOutcome,
)
from forum_desktop.services.entries import MoveEntries, SetEntryLanguage
from forum_desktop.services.live_runs import running_sessions
from forum_desktop.services.operations import OpResult
from forum_desktop.storage import DatabaseBusyError
from forum_desktop.storage.light_rows import EntryRow
from forum_desktop.ui import prompts
from forum_desktop.ui.amend import execute_amendable
from forum_desktop.ui.capture_bar import CaptureBar
from forum_desktop.ui.capture_filters import FilterBar
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.item_bands import ItemBands
from forum_desktop.ui.messages import fill
from forum_desktop.ui.outcome_filter import OutcomeFilter
from forum_desktop.ui.outcome_model import (
    Col,
    OutcomeModel,
    kind_labels,
)
from forum_desktop.ui.page_scroll import scrolled
from forum_desktop.ui.photo_files import dropped_files
from forum_desktop.ui.photo_model import PhotoModel
from forum_desktop.ui.photo_panel import PhotoPanel, Target
from forum_desktop.ui.toolbar_actions import toolbar_action
from forum_desktop.ui.working_languages import language_names

Index = QModelIndex | QPersistentModelIndex


class CapturePage(QWidget):
    resolve_requested = Signal(object)
    """An entry id whose sync conflict the user wants to resolve."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filtering = False
        self._context = context
        self._event_id: UUID | None = None
        self._followed_item: UUID | None = None
        self._final_marked: UUID | None = None
        """The session whose minutes were last marked final or reopened here."""
        self._to_show: UUID | None = None
        """An entry asked for while the entries were still loading."""

        self.item_combo = QComboBox(self)
        self.item_combo.setAccessibleName(self.tr("The agenda item the room is on"))
        self.item_combo.setToolTip(self.tr("Ctrl+] next item · Ctrl+[ previous item"))
        item_label = QLabel(self.tr("We are &on:"), self)
        item_label.setBuddy(self.item_combo)
        self.bar = CaptureBar(self)
        self.bar.submitted.connect(self.capture)

        self.model = OutcomeModel(context)
        self.proxy = OutcomeFilter(self.model)
        self.bands = ItemBands(self.proxy)
        self.table = QTableView(self)
        self.table.setModel(self.bands)
        self.table.setAccessibleName(self.tr("Captured entries"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (Col.TIME, 60),
            (Col.ITEM, 170),
            (Col.KIND, 100),
            (Col.TEXT, 380),
            (Col.PEOPLE, 150),
        ):
            header.resizeSection(column, width)
        self.table.doubleClicked.connect(lambda _: self.edit_selected())

        self.filter_bar = FilterBar(self.model, self)
        self.filter_bar.changed.connect(self._apply_filters)
        self.filter_bar.by_item.toggled.connect(self._apply_order)
        self.count_label = QLabel(self)
        self.final_label = QLabel(self)
        self.final_label.setWordWrap(True)

        self.toolbar = QToolBar(self.tr("Entries"), self)
        self.edit_action = toolbar_action(
            self.toolbar, self.table, self.tr("&Edit…"), "Ctrl+Shift+E", self.edit_selected
        )
        self.delete_action = toolbar_action(
            self.toolbar,
            self.table,
            self.tr("&Delete"),
            QKeySequence.StandardKey.Delete,
            self.delete_selected,
        )
        self.approve_action = toolbar_action(
            self.toolbar,
            self.table,
            self.tr("&Approve"),
            "Ctrl+Shift+P",
            lambda: self.set_review(ReviewState.APPROVED),
        )
        self.draft_action = toolbar_action(
            self.toolbar,
            self.table,
            self.tr("Back to d&raft"),
            None,
            lambda: self.set_review(ReviewState.DRAFT),
        )
        self.merge_action = toolbar_action(
            self.toolbar, self.table, self.tr("&Merge"), "Ctrl+Shift+M", self.merge_selected
        )
        self.move_action = toolbar_action(
            self.toolbar, self.table, self.tr("Mo&ve to item…"), "Ctrl+Shift+I", self.move_selected
        )
        self.language_action = toolbar_action(
            self.toolbar, self.table, self.tr("&Language…"), None, self.set_language_of_selected
        )
        self.language_action.setToolTip(self.tr("The language the selected entries were said in"))
        self.resolve_action = toolbar_action(
            self.toolbar,
            self.table,
            self.tr("Resolve &conflict…"),
            None,
            self.resolve_selected,
        )
        self.toolbar.addSeparator()
        self.final_action = toolbar_action(
            self.toolbar,
            self.table,
            self.tr("Minutes &final"),
            None,
            self.toggle_final,
            checkable=True,
        )
        self.next_item_action = QAction(self.tr("Next agenda item"), self)
        self.next_item_action.setShortcut(QKeySequence("Ctrl+]"))
        self.next_item_action.triggered.connect(lambda: self.step_item(1))
        self.previous_item_action = QAction(self.tr("Previous agenda item"), self)
        self.previous_item_action.setShortcut(QKeySequence("Ctrl+["))
        self.previous_item_action.triggered.connect(lambda: self.step_item(-1))
        for action in (self.next_item_action, self.previous_item_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        self.photo_model = PhotoModel(context, self._describe_photo_target)
        self.photos = PhotoPanel(context, self.photo_model, self.photo_target, self)
        self.addAction(self.photos.attach_action)  # attach from anywhere in the tab
        self.setAcceptDrops(True)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.photos)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([400, 1])  # the photos take one row of thumbnails at first

        top = QHBoxLayout()
        top.addWidget(item_label)
        top.addWidget(self.item_combo, 1)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_bar, 1)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.final_label)
        layout.addLayout(filters)
        layout.addWidget(self.toolbar)
        # Scrolled when the window is shorter than the list and a row of photos at large text
        # sizes: the capture bar and the status line stay on a 768 px screen.
        # The list keeps a few rows; below them the photos' row scrolls into view.
        self.table.setMinimumHeight(
            self.table.horizontalHeader().sizeHint().height()
            + 4 * self.table.verticalHeader().defaultSectionSize()
        )
        layout.addWidget(scrolled(self.splitter, self), 1)

        context.changed.connect(self._on_changed)
        context.reset.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._refresh)
        self.proxy.rowsInserted.connect(self._refresh)
        self.proxy.modelReset.connect(self._refresh)
        self.model.loaded.connect(self._loaded)
        for signal in (
            self.bands.modelReset,
            self.bands.rowsInserted,
            self.bands.rowsRemoved,
            self.bands.layoutChanged,
        ):
            signal.connect(self._span_bands)
        self.item_combo.currentIndexChanged.connect(self._refresh)
        self._apply_order()

    # --- the event, its items and roster ----------------------------------------------

    def set_event(self, event_id: UUID | None) -> None:
        self._event_id = event_id
        self._final_marked = None
        self.reload()

    def reload(self) -> None:
        self.model.set_event(self._event_id)
        self._load_items()
        self._follow_run()
        self._load_roster()
        self._refresh()

    def _follow_run(self) -> None:
        """When the timer moves to another item — on this laptop, or the facilitator's
        brought by a merge — "we are on" follows it.

        Only a move is followed, so an item the rapporteur chose stays until the run moves.
        """
        store = self._context.store
        sessions = {s.id for s in sessions_of(store, self._event_id)} if self._event_id else set()
        current = next(
            (
                run.current_item_id
                for run in running_sessions(store)
                if run.session_id in sessions and run.current_item_id is not None
            ),
            None,
        )
        if current is not None and current != self._followed_item:
            self._followed_item = current
            self.set_current_item(current)

    def _load_items(self) -> None:
        keep = self.item_combo.currentData()
        self.item_combo.blockSignals(True)
        self.item_combo.clear()
        self.item_combo.addItem(self.tr("— no particular item —"), None)
        store = self._context.store
        for session in sessions_of(store, self._event_id) if self._event_id else []:
            for item in items_of(store, session.id):
                label = self.model.item_label(item.id)
                self.item_combo.addItem(f"{session.title} · {label}", str(item.id))
        index = self.item_combo.findData(keep) if keep else 0
        self.item_combo.setCurrentIndex(max(index, 0))
        self.item_combo.blockSignals(False)

    def _load_roster(self) -> None:
        people = (
            self._context.store.select(Participant, {"event_id": self._event_id})
            if self._event_id
            else []
        )
        self.bar.set_roster([RosterName(p.id, p.name) for p in people])

    def current_item(self) -> AgendaItem | None:
        data = self.item_combo.currentData()
        return self._context.store.get(AgendaItem, UUID(data)) if data else None

    def set_current_item(self, item_id: UUID | None) -> None:
        index = self.item_combo.findData(str(item_id)) if item_id else 0
        if index >= 0:
            self.item_combo.setCurrentIndex(index)

    def step_item(self, step: int) -> None:
        index = self.item_combo.currentIndex() + step
        if 0 <= index < self.item_combo.count():
            self.item_combo.setCurrentIndex(index)

    def _on_changed(self, result: OpResult) -> None:
        if result.touches(AgendaItem.record_type, Session.record_type):
            self._load_items()
        if result.touches(Participant.record_type):
            self._load_roster()
        if result.touches(SessionRun.record_type):
            self._follow_run()
        self._refresh()

    # --- capturing --------------------------------------------------------------------

    def focus_bar(self) -> None:
        self.bar.edit.setFocus()
        self.bar.edit.selectAll()

    def capture(self, parsed: ParsedCapture) -> None:
        if self._event_id is None:
            return
        item = self.current_item()
        command = CaptureOutcome(
            event_id=self._event_id,
            session_id=item.session_id if item else None,
            item_id=item.id if item else None,
            **parsed.outcome_fields(),
        )
        label = self.tr("Capture %1").replace("%1", kind_labels().get(parsed.kind, parsed.kind))
        result = self.bar.save(
            lambda: self._context.execute(command, label, reraise=(DatabaseBusyError,))
        )
        if result is not None:
            self._select(result.value)

    def _view_index(self, row: int, column: int = Col.TEXT) -> QModelIndex:
        """The table's index of the model's ``row`` (invalid when filtered out)."""
        return self.bands.mapFromSource(self.proxy.mapFromSource(self.model.index(row, column)))

    def _select(self, outcome_id: UUID) -> None:
        row = self.model.row_of(outcome_id)
        if row >= 0:
            index = self._view_index(row)
            if index.isValid():
                self.table.scrollTo(index)

    def show_outcome(self, outcome_id: UUID) -> None:
        """Select one entry, clearing filters that hide it (e.g. from a search hit)."""
        if self.model.loading:
            self._to_show = outcome_id  # once the entries are there
            return
        row = self.model.row_of(outcome_id)
        if row < 0:
            return
        if not self._view_index(row).isValid():
            self.filter_bar.clear()
        index = self._view_index(row)
        self.table.setCurrentIndex(index)
        self.table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        self.table.setFocus()

    # --- review -----------------------------------------------------------------------

    def _selected_rows(self) -> list[EntryRow]:
        rows = sorted(
            {
                self.proxy.mapToSource(self.bands.mapToSource(i)).row()
                for i in self.table.selectionModel().selectedRows()
                if not self.bands.is_band(i.row())
            }
        )
        return [self.model.outcome(row) for row in rows]

    def selected_ids(self) -> list[UUID]:
        return [row.id for row in self._selected_rows()]

    def _item_choices(self) -> list[tuple[UUID | None, str]]:
        """The places an entry may be filed: no item, then every item of the event."""
        combo = self.item_combo
        return [
            (UUID(data) if (data := combo.itemData(row)) else None, combo.itemText(row))
            for row in range(combo.count())
        ]

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        outcome = self.model.record(ids[0])  # the full entry: its rows are light
        from forum_desktop.ui.outcome_dialog import OutcomeDialog  # loads when first opened

        dialog = OutcomeDialog(outcome, self._item_choices(), self)
        if dialog.exec():
            changes = dialog.changes()
            if changes:
                command = UpdateOutcome(outcome_id=outcome.id, **changes)
                execute_amendable(self._context, self, command, self.tr("Edit entry"))
            if dialog.chosen_item() != outcome.item_id:
                self._move(ids, dialog.chosen_item())

    def move_selected(self) -> None:
        """File the selected entries under an agenda item chosen from the list."""
        ids = self.selected_ids()
        if not ids:
            return
        choices = self._item_choices()
        index = prompts.pick(
            self,
            self.tr("Move to item"),
            self.tr("File the %n selected entries under:", "", len(ids)),
            [label for _, label in choices],
        )
        if index is not None:
            self._move(ids, choices[index][0])

    def _move(self, ids: list[UUID], item_id: UUID | None) -> None:
        command = MoveEntries(outcome_ids=tuple(ids), item_id=item_id)
        label = self.tr("Move %n entries", "", len(ids))
        execute_amendable(self._context, self, command, label)

    def set_language_of_selected(self) -> None:
        """Say which language the selected entries were said in (the minutes tag an entry
        said in another language than theirs); their texts stay as typed."""
        ids = self.selected_ids()
        event = self._context.store.get(Event, self._event_id) if self._event_id else None
        if not ids or event is None:
            return
        names = language_names()
        # the event's working languages first, then the others, then "not known"
        choices: list[Language | None] = [*dict.fromkeys((*event.working_languages, *Language))]
        choices.append(None)
        index = prompts.pick(
            self,
            self.tr("Language"),
            self.tr("The %n selected entries were said in:", "", len(ids)),
            [names[choice] if choice else self.tr("Not known") for choice in choices],
        )
        if index is not None:
            command = SetEntryLanguage(outcome_ids=tuple(ids), language=choices[index])
            label = self.tr("Set the language of %n entries", "", len(ids))
            execute_amendable(self._context, self, command, label)

    def resolve_selected(self) -> None:
        """Open the resolve view on the selected entry's sync conflict."""
        ids = self.selected_ids()
        if len(ids) == 1 and self.model.in_conflict(ids[0]):
            self.resolve_requested.emit(ids[0])

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            command = DeleteOutcomes(outcome_ids=tuple(ids))
            execute_amendable(self._context, self, command, self.tr("Delete entries"))

    def set_review(self, state: ReviewState) -> None:
        ids = self.selected_ids()
        if ids:
            label = (
                self.tr("Approve entries")
                if state is ReviewState.APPROVED
                else self.tr("Entries back to draft")
            )
            command = SetReview(outcome_ids=tuple(ids), state=state)
            execute_amendable(self._context, self, command, label)

    def merge_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) < 2:
            return
        command = MergeOutcomes(keep_id=ids[0], merged_ids=tuple(ids[1:]))
        execute_amendable(self._context, self, command, self.tr("Merge entries"))

    def final_session(self) -> tuple[Session | None, str]:
        """The session "Minutes final" acts on, or (None, why there is none).

        The session the selected entries are filed under; else that of the item the room
        is on; else the one whose minutes were last marked here (marking them reloads the
        entries, which clears the selection); else the session being run or, once it has
        ended, the one run last; else the event's only session. Entries of several
        sessions name none: marking another session's minutes final would be a surprise."""
        store = self._context.store
        items = {row.item_id for row in self._selected_rows() if row.item_id is not None}
        chosen = {item.session_id for i in items if (item := store.get(AgendaItem, i))}
        if len(chosen) > 1:
            return None, self.tr(
                "The selected entries belong to several sessions: select entries of one "
                "session to mark its minutes final."
            )
        sessions = {s.id: s for s in sessions_of(store, self._event_id)} if self._event_id else {}
        item = self.current_item()
        candidates = itertools.chain(
            chosen,
            (item.session_id,) if item else (),
            (self._final_marked,),
            self._run_last(set(sessions)),
            sessions if len(sessions) == 1 else (),
        )
        found = next((sessions[c] for c in candidates if c in sessions), None)
        if found is None:
            return None, self.tr(
                "Select entries of a session, or choose in “We are on” an item of the "
                "session whose minutes are final."
            )
        return found, ""

    def _run_last(self, session_ids: set[UUID]) -> Iterator[UUID]:
        """The session of these being run, else the one whose run ended last."""
        runs = [
            run
            for run in self._context.store.select(SessionRun, order_by="saved_at")
            if run.session_id in session_ids
        ]
        live = [run for run in runs if run.status is not RunStatus.FINISHED]
        ended = sorted(runs, key=lambda run: run.ended_at or run.saved_at)
        yield from (run.session_id for run in (live or ended)[-1:])

    def toggle_final(self) -> None:
        session, _ = self.final_session()
        if session is None:  # the action is disabled then; its tooltip says why
            return
        self._final_marked = session.id
        final = session.final_at is None
        label = self.tr("Minutes of %1 final") if final else self.tr("Reopen minutes of %1")
        command = SetSessionFinal(session_id=session.id, final=final)
        self._context.execute(command, label.replace("%1", session.title))

    # --- photos -----------------------------------------------------------------------

    def photo_target(self) -> Target | None:
        """The one selected entry, else the item the room is on; ``None`` if neither."""
        if self._event_id is None:
            return None
        ids = self.selected_ids()
        if len(ids) == 1:
            outcome = self.model.outcome(self.model.row_of(ids[0]))
            first = outcome.text.split("\n", 1)[0]
            text = first if len(first) <= 60 else first[:60] + "…"
            return Target(
                self._event_id,
                outcome.item_id,
                outcome.id,
                self.tr("the entry “%1”").replace("%1", text),
            )
        item = self.current_item()
        if item is None:
            return None
        return Target(self._event_id, item.id, None, self.model.item_label(item.id))

    def _describe_photo_target(self, photo: Photo) -> str:
        row = self.model.row_of(photo.outcome_id) if photo.outcome_id else -1
        if row >= 0:
            text = self.model.outcome(row).text.split("\n", 1)[0][:80]
            return self.tr("Entry: %1").replace("%1", text)
        label = self.model.item_label(photo.item_id)
        return self.tr("Item: %1").replace("%1", label) if label else ""

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._event_id is not None and dropped_files(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._event_id is not None and dropped_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.photos.attach_files(paths)

    # --- state ------------------------------------------------------------------------

    def _apply_filters(self, *_: object) -> None:
        # Clearing a filter inserts rows range by range (a thousand signals for 10,000
        # entries): refresh the counts and actions once, after.
        self._filtering = True
        try:
            with self.bands.bulk():
                self.proxy.set_filters(self.filter_bar.filters())
        finally:
            self._filtering = False
        self._refresh()

    def _loaded(self) -> None:
        to_show, self._to_show = self._to_show, None
        if to_show is not None:
            self.show_outcome(to_show)

    def _span_bands(self, *_: object) -> None:
        """Each agenda-item band spans the table's width."""
        self.table.clearSpans()
        for row in self.bands.band_rows():
            self.table.setSpan(row, 0, 1, Col.COUNT)

    def _apply_order(self, *_: object) -> None:
        """Timeline or grouped: the model holds that order; a header click sorts otherwise."""
        self.model.set_grouped(self.filter_bar.by_item.isChecked())
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)

    def _refresh(self, *_: object) -> None:
        if self._filtering:
            return
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if self.model.loading:
            self.count_label.setText(self.tr("Loading entries…"))
        elif shown != total:
            self.count_label.setText(fill(self.tr("%1 of %2"), str(shown), str(total)))
        else:
            self.count_label.setText(self.tr("%n entries", "", total))
        selected = len(self.selected_ids())
        self.edit_action.setEnabled(selected == 1)
        ids = self.selected_ids() if selected == 1 else []
        self.resolve_action.setEnabled(bool(ids) and self.model.in_conflict(ids[0]))
        for action in (self.delete_action, self.approve_action, self.draft_action):
            action.setEnabled(selected > 0)
        self.merge_action.setEnabled(selected > 1)
        self.move_action.setEnabled(selected > 0)
        self.language_action.setEnabled(selected > 0)
        self.bar.setEnabled(self._event_id is not None)
        session = self._refresh_final()
        is_final = session is not None and session.final_at is not None
        target = self.photo_target()
        self.photo_model.show(self._event_id, target.item_id if target else None)
        self.photos.refresh()
        self.final_label.setVisible(is_final)
        if is_final and session is not None:
            self.final_label.setText(
                self.tr(
                    "The minutes of “%1” are final: new entries and changes are recorded as "
                    "amendments."
                ).replace("%1", session.title)
            )

    def _refresh_final(self) -> Session | None:
        """ "Minutes final" names the session it acts on, or says why it cannot act; that
        session (the banner says when its minutes are final)."""
        session, why = self.final_session()
        self.final_action.setEnabled(session is not None)
        self.final_action.setChecked(session is not None and session.final_at is not None)
        if session is None:
            tip = why
        elif session.final_at is None:
            tip = self.tr("Mark the minutes of “%1” final (the DRAFT mark goes)").replace(
                "%1", session.title
            )
        else:
            tip = self.tr("Reopen the minutes of “%1”").replace("%1", session.title)
        self.final_action.setToolTip(tip)
        self.final_action.setStatusTip(tip)
        return session
