"""The agenda tab: choose a session, edit its agenda tree, see the schedule and its flags."""

from __future__ import annotations

from itertools import pairwise
from uuid import UUID

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.agenda.durations import format_duration
from forum_desktop.models import AgendaItem, ChangeKind, Event, Session
from forum_desktop.services.agenda import (
    AddItem,
    AddSession,
    DeleteItems,
    DeleteSession,
    Direction,
    DuplicateItem,
    IndentItem,
    OutdentItem,
    ShiftItem,
    UpdateSession,
    sessions_of,
)
from forum_desktop.services.open_conflicts import fields_in_conflict
from forum_desktop.services.operations import OpResult
from forum_desktop.services.session_edit import EditSession, SessionText
from forum_desktop.services.translations import EventTexts, typed_text
from forum_desktop.ui import prompts
from forum_desktop.ui.agenda_columns import AgendaColumns
from forum_desktop.ui.agenda_model import AgendaModel, Col, kind_labels, time_text
from forum_desktop.ui.agenda_split import StackWhenNarrow
from forum_desktop.ui.conflict_note import ConflictNote
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.delegates import ChoiceDelegate
from forum_desktop.ui.flow_layout import FlowLayout
from forum_desktop.ui.item_editor import EditorScroll, ItemEditor
from forum_desktop.ui.messages import fill
from forum_desktop.ui.qt_dates import qdate
from forum_desktop.ui.toolbar_actions import toolbar_action


class AgendaPage(QWidget):
    resolve_requested = Signal(object)
    """The id of the session or item whose sync conflict to resolve."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._event_id: UUID | None = None

        self.session_combo = QComboBox(self)
        self.session_combo.setAccessibleName(self.tr("Session"))
        self.session_combo.activated.connect(self._on_session_chosen)
        session_label = QLabel(self.tr("&Session:"), self)
        session_label.setBuddy(self.session_combo)
        self.new_session_button = QPushButton(self.tr("New session…"), self)
        self.new_session_button.clicked.connect(self.new_session)
        self.edit_session_button = QPushButton(self.tr("Edit session…"), self)
        self.edit_session_button.clicked.connect(self.edit_session)
        self.delete_session_button = QPushButton(self.tr("Delete session"), self)
        self.delete_session_button.clicked.connect(self.delete_session)
        self.import_button = QPushButton(self.tr("Import programme…"), self)
        self.import_button.clicked.connect(self.import_programme)
        self.from_template_button = QPushButton(self.tr("From template…"), self)
        self.from_template_button.clicked.connect(self.new_session_from_template)
        self.save_template_button = QPushButton(self.tr("Save as template…"), self)
        self.save_template_button.clicked.connect(self.save_as_template)
        self.session_conflict = ConflictNote(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = AgendaModel(context)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Agenda"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setAlternatingRowColors(True)
        self.tree.setItemDelegateForColumn(Col.KIND, ChoiceDelegate(kind_labels, self.tree))
        self.columns = AgendaColumns(self.tree, self.model)
        self.tree.setTreePosition(Col.TITLE)
        self.model.modelAboutToBeReset.connect(self._remember_state)
        self.model.modelReset.connect(self._restore_state)
        self.model.layout_refreshed.connect(self._refresh)
        self._current_item: UUID | None = None
        self._tree_had_focus = False

        self.editor = ItemEditor(context, self)
        scroll = EditorScroll(self.editor, self)
        # Narrow enough at 200 % text for the tree to keep its titles readable beside it.
        scroll.setMinimumWidth(26 * self.fontMetrics().averageCharWidth())
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)

        self.toolbar = QToolBar(self.tr("Agenda"), self)
        self.add_action = toolbar_action(
            self.toolbar, self.tree, self.tr("&Add item"), "Ctrl+Return", self.add_item
        )
        self.add_sub_action = toolbar_action(
            self.toolbar,
            self.tree,
            self.tr("Add s&ub-item"),
            "Ctrl+Shift+Return",
            lambda: self.add_item(sub=True),
        )
        self.duplicate_action = toolbar_action(
            self.toolbar, self.tree, self.tr("D&uplicate"), "Ctrl+D", self.duplicate
        )
        self.delete_action = toolbar_action(
            self.toolbar,
            self.tree,
            self.tr("&Delete"),
            QKeySequence.StandardKey.Delete,
            self.delete_item,
        )
        self.toolbar.addSeparator()
        self.up_action = toolbar_action(
            self.toolbar,
            self.tree,
            self.tr("Move &up"),
            "Alt+Up",
            lambda: self._shift(Direction.UP),
        )
        self.down_action = toolbar_action(
            self.toolbar,
            self.tree,
            self.tr("Move do&wn"),
            "Alt+Down",
            lambda: self._shift(Direction.DOWN),
        )
        self.outdent_action = toolbar_action(
            self.toolbar, self.tree, self.tr("&Outdent"), "Alt+Left", self.outdent
        )
        self.indent_action = toolbar_action(
            self.toolbar, self.tree, self.tr("&Indent"), "Alt+Right", self.indent
        )
        # A bar of its own beside the item tools, so it never goes behind their "»".
        self.methods_bar = QToolBar(self.tr("Methods"), self)
        self.methods_action = toolbar_action(
            self.methods_bar, self.tree, self.tr("Method &library…"), None, self.open_methods
        )
        self.methods_action.setToolTip(
            self.tr("Group methods: read about them, write your own, use one for an item")
        )

        self.empty_label = QLabel(
            self.tr("This event has no sessions yet. Create one with “New session…”."), self
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        # The session's buttons wrap under its choice: long French and Spanish labels, and
        # larger text sizes, take more lines rather than more width than the screen has.
        top = QGridLayout()
        top.addWidget(session_label, 0, 0)
        top.addWidget(self.session_combo, 0, 1)
        top.setColumnStretch(1, 1)
        session_buttons = QWidget(self)
        buttons = FlowLayout(session_buttons)
        in_order = (
            self.new_session_button,
            self.from_template_button,
            self.import_button,
            self.edit_session_button,
            self.delete_session_button,
            self.save_template_button,
        )
        for button in in_order:
            buttons.addWidget(button)
        # Tab goes as they are seen, line by line, left to right (not in creation order).
        for before, after in pairwise((self.session_combo, *in_order)):
            QWidget.setTabOrder(before, after)
        top.addWidget(session_buttons, 1, 0, 1, 2)
        # The item tools span the page, not the tree's pane: in French and Spanish the
        # pane's width hid Indent and Outdent behind the toolbar's » menu.
        self.tools = QWidget(self)
        tools = QHBoxLayout(self.tools)
        tools.setContentsMargins(0, 0, 0, 0)
        tools.addWidget(self.toolbar, 1)
        tools.addWidget(self.methods_bar)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        # At 1024×768 the tree keeps its titles and the editor stacks its labels above the
        # fields (ItemEditor.fit_width); at 1366 they are beside them.
        self.splitter.setSizes([660, 360])
        self.stacking = StackWhenNarrow(self.splitter, self.columns.needed)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.session_conflict)
        layout.addWidget(self.tools)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.empty_label, 1)

        self.editor.resolve_requested.connect(self.resolve_requested)
        self.session_conflict.resolve_requested.connect(
            lambda: self.resolve_requested.emit(self.current_session_id())
        )
        context.changed.connect(self._on_changed)
        context.reset.connect(self._reload_sessions)
        self._refresh()

    # --- event and session ------------------------------------------------------------

    def set_event(self, event_id: UUID | None) -> None:
        self._event_id = event_id
        self._reload_sessions()

    def current_session_id(self) -> UUID | None:
        data = self.session_combo.currentData()
        return UUID(data) if data else None

    def _reload_sessions(self, select: UUID | None = None) -> None:
        keep = select or self.current_session_id()
        sessions = sessions_of(self._context.store, self._event_id) if self._event_id else []
        self.session_combo.clear()
        for session in sessions:
            self.session_combo.addItem(self._session_label(session), str(session.id))
        index = self.session_combo.findData(str(keep)) if keep else -1
        self.session_combo.setCurrentIndex(max(index, 0) if sessions else -1)
        self.model.set_session(self.current_session_id())
        self._refresh()

    def _session_label(self, session: Session) -> str:
        if session.date is None:
            return session.title
        day = QLocale().toString(qdate(session.date), QLocale.FormatType.ShortFormat)
        return f"{session.title} — {day}"

    def _on_session_chosen(self, _: int) -> None:
        self.model.set_session(self.current_session_id())
        self._refresh()

    def _on_changed(self, result: OpResult) -> None:
        if result.touches(Session.record_type) or (
            self._event_id and self._event_id in result.records(Event.record_type)
        ):
            # A session that comes (back) is shown: an undone delete looked like a failure.
            arrived = [
                change.record_id
                for change in result.changes
                if change.record_type == Session.record_type and change.kind is ChangeKind.INSERT
            ]
            self._reload_sessions(select=arrived[-1] if arrived else None)
        else:
            self._refresh()

    def _refresh(self) -> None:
        has_session = self.current_session_id() is not None
        self.splitter.setVisible(has_session)
        self.tools.setVisible(has_session)
        self.summary.setVisible(has_session)
        self.empty_label.setVisible(self._event_id is not None and not has_session)
        self.edit_session_button.setEnabled(has_session)
        self.delete_session_button.setEnabled(has_session)
        self.new_session_button.setEnabled(self._event_id is not None)
        self.from_template_button.setEnabled(self._event_id is not None)
        self.import_button.setEnabled(self._event_id is not None)
        self.save_template_button.setEnabled(has_session)
        has_item = self.model.item_at(self.tree.currentIndex()) is not None
        self.add_action.setEnabled(has_session)
        for action in (
            self.add_sub_action,
            self.duplicate_action,
            self.delete_action,
            self.up_action,
            self.down_action,
            self.indent_action,
            self.outdent_action,
        ):
            action.setEnabled(has_item)
        self.summary.setText(self._summary_text())
        self._show_session_conflict()

    def _show_session_conflict(self) -> None:
        """The session's own texts two laptops typed differently, until resolved."""
        session_id = self.current_session_id()
        if session_id is None or self._event_id is None:
            self.session_conflict.show_texts([])
            return
        names = {"title": self.tr("Session title"), "description": self.tr("Session description")}
        fields = fields_in_conflict(self._context.store, "session", session_id)
        self.session_conflict.show_texts([names.get(field, field) for field in fields])

    def _summary_text(self) -> str:
        schedule = self.model.schedule
        if schedule is None:
            return ""
        parts = []
        if schedule.start and schedule.planned_end:
            start, end = time_text(schedule.start), time_text(schedule.planned_end)
            span = f"{start}–{end} ({schedule.timezone})"
            local_start = schedule.start.astimezone()
            if local_start.utcoffset() != schedule.start.utcoffset():
                local_end = schedule.planned_end.astimezone()
                span += " " + fill(
                    self.tr("· %1–%2 on this laptop"), time_text(local_start), time_text(local_end)
                )
            parts.append(span)
        planned = format_duration(schedule.total_minutes)
        if schedule.available_minutes is None:
            parts.append(self.tr("planned: %1").replace("%1", planned))
        else:
            parts.append(
                fill(
                    self.tr("planned: %1 of %2 available"),
                    planned,
                    format_duration(schedule.available_minutes),
                )
            )
            over = schedule.overrun_minutes()
            if over:
                parts.append(
                    self.tr("⚠ %1 over the session's end").replace("%1", format_duration(over))
                )
        return " · ".join(parts)

    # --- keeping the selection across reloads -----------------------------------------

    def _remember_state(self) -> None:
        item = self.model.item_at(self.tree.currentIndex())
        self._current_item = item.id if item else self._current_item
        focus = QApplication.focusWidget()
        self._tree_had_focus = focus is not None and (
            focus is self.tree or self.tree.isAncestorOf(focus)
        )

    def _restore_state(self) -> None:
        self.tree.expandAll()
        index = self.model.index_of(self._current_item) if self._current_item else QModelIndex()
        if index.isValid():
            self.tree.setCurrentIndex(index)
        self.editor.set_item(self._current_item if index.isValid() else None)
        if self._tree_had_focus:  # an in-place edit just ended: keep typing in the tree
            self.tree.setFocus()
        self._refresh()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.model.item_at(current)
        self._current_item = item.id if item else None
        self.editor.set_item(self._current_item)
        self._refresh()

    def select_item(self, item_id: UUID) -> None:
        self._current_item = item_id
        index = self.model.index_of(item_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)

    def show_item(self, item_id: UUID) -> None:
        """Show the item's session with the item selected (e.g. a search hit)."""
        item = self._context.store.get(AgendaItem, item_id)
        if item is None:
            return
        self._reload_sessions(select=item.session_id)
        self.select_item(item_id)
        self.tree.scrollTo(self.tree.currentIndex())
        self.tree.setFocus()

    # --- session actions --------------------------------------------------------------

    def new_session(self) -> None:
        if self._event_id is None:
            return
        event = self._context.store.require(Event, self._event_id)
        from forum_desktop.ui.session_dialog import SessionDialog  # loads when first opened

        dialog = SessionDialog(event, None, self)
        if not dialog.exec():
            return
        values = dialog.values()
        result = self._context.execute(
            AddSession(event_id=self._event_id, **values),
            self.tr("New session %1").replace("%1", values["title"]),
        )
        if result is not None:
            self._reload_sessions(select=result.value)

    def edit_session(self) -> None:
        session_id = self.current_session_id()
        if session_id is None or self._event_id is None:
            return
        store = self._context.store
        from forum_desktop.ui.session_dialog import SessionDialog  # loads when first opened

        session = store.require(Session, session_id)
        texts = EventTexts.load(store, self._event_id)
        dialog = SessionDialog(texts.event, session, self, texts)
        if not dialog.exec():
            return
        command = EditSession(
            session=UpdateSession(session_id=session_id, **dialog.values()),
            texts=tuple(
                SessionText(language=language, field=field, text=text)
                for (language, field), text in dialog.translated().items()
                if text != typed_text(texts, session, field, language)
            ),
        )
        self._context.execute(command, self.tr("Edit session"))  # refused: nothing saved

    def delete_session(self) -> None:
        session_id = self.current_session_id()
        if session_id is None:
            return
        session = self._context.store.require(Session, session_id)
        if prompts.confirm(
            self,
            self.tr("Delete session"),
            self.tr("Delete “%1” and its agenda? Edit ▸ Undo brings it back.").replace(
                "%1", session.title
            ),
            action=self.tr("Delete"),
        ):
            self._context.execute(
                DeleteSession(session_id=session_id),
                self.tr("Delete %1").replace("%1", session.title),
            )

    def new_session_from_template(self) -> None:
        if self._event_id is None:
            return
        from forum_desktop.ui.template_dialog import TemplateDialog  # loads when first opened

        dialog = TemplateDialog(
            self._context, self._context.store.require(Event, self._event_id), self
        )
        if not dialog.exec():
            return
        template = dialog.chosen()
        if template is None:
            return
        from forum_desktop.services.templates import AddSessionFromTemplate

        command = AddSessionFromTemplate(
            event_id=self._event_id,
            template=template,
            title=dialog.title_edit.text().strip(),
            date=dialog.session_date(),
        )
        result = self._context.execute(
            command, self.tr("New session from %1").replace("%1", template.name)
        )
        if result is not None:
            self._reload_sessions(select=result.value)

    def import_programme(self) -> None:
        if self._event_id is None:
            return
        event = self._context.store.require(Event, self._event_id)
        year = event.start_date.year if event.start_date else None
        from forum_desktop.services.agenda_import import ImportAgenda
        from forum_desktop.services.programme_translation import ImportTranslation, match_event
        from forum_desktop.ui.programme_import_dialog import ProgrammeImportDialog

        store, event_id = self._context.store, self._event_id
        dialog = ProgrammeImportDialog(
            sessions_of(store, event_id),
            self,
            year=year,
            languages=event.working_languages,
            pair=lambda programme: match_event(store, event_id, programme),
            event=event,
        )
        if not dialog.exec() or dialog.programme is None:
            return
        language = dialog.translation_language()
        if language is not None and dialog.match is not None:
            translation = ImportTranslation.of(event_id, language, dialog.match)
            self._context.execute(translation, self.tr("Import translation"))
            return
        command = ImportAgenda(
            event_id=event_id,
            programme=dialog.programme,
            session_id=dialog.target.currentData(),
            take_context=dialog.take_context.isChecked(),
            take_objectives=dialog.take_objectives.isChecked(),
        )
        result = self._context.execute(command, self.tr("Import programme"))
        if result is not None:
            if not result.touches("agenda_item") and any(d.items for d in dialog.programme.days):
                prompts.info(
                    self,
                    self.tr("Import programme"),
                    self.tr(
                        "This programme's items are already in the agenda (imported before): "
                        "they were not added again."
                    ),
                )
            created = result.value or []
            self._reload_sessions(select=created[0] if created else dialog.target.currentData())

    def save_as_template(self) -> None:
        session_id = self.current_session_id()
        if session_id is None:
            return
        session = self._context.store.require(Session, session_id)
        name = prompts.ask_text(
            self, self.tr("Save as template"), self.tr("Template name:"), session.title
        )
        if name and name.strip():
            from forum_desktop.services.templates import SaveSessionAsTemplate

            result = self._context.execute(
                SaveSessionAsTemplate(session_id=session_id, name=name.strip()),
                self.tr("Save template %1").replace("%1", name.strip()),
            )
            if result is not None:
                prompts.info(
                    self,
                    self.tr("Template saved"),
                    self.tr("“%1” is now among the templates of “From template…”.").replace(
                        "%1", name.strip()
                    ),
                )

    # --- item actions -----------------------------------------------------------------

    def _current(self) -> UUID | None:
        item = self.model.item_at(self.tree.currentIndex())
        return item.id if item else None

    def add_item(self, *, sub: bool = False) -> None:
        session_id = self.current_session_id()
        if session_id is None:
            return
        current = self.model.item_at(self.tree.currentIndex())
        parent_id: UUID | None
        after_id: UUID | None
        if sub and current is not None:
            parent_id, after_id = current.id, None
        else:
            parent_id = current.parent_id if current else None
            after_id = current.id if current else None
        title = self.tr("New item")
        command = AddItem(
            session_id=session_id,
            title=title,
            parent_id=parent_id,
            after_id=after_id,
            planned_minutes=15,
        )
        result = self._context.execute(command, self.tr("Add item"))
        if result is not None:
            self.select_item(result.value)
            self.tree.edit(self.model.index_of(result.value, Col.TITLE))

    def duplicate(self) -> None:
        item_id = self._current()
        if item_id:
            result = self._context.execute(
                DuplicateItem(item_id=item_id), self.tr("Duplicate item")
            )
            if result is not None:
                self.select_item(result.value)

    def delete_item(self) -> None:
        index = self.tree.currentIndex()
        item = self.model.item_at(index)
        if item is None:
            return
        # The next item takes its place (else the one before, else its parent), so Delete,
        # Alt+arrows and Ctrl+D go on working from the keyboard.
        beside = (index.siblingAtRow(index.row() + step) for step in (1, -1))
        self.tree.setCurrentIndex(
            next((other for other in beside if self.model.item_at(other)), index.parent())
        )
        self._context.execute(
            DeleteItems(item_ids=(item.id,)), self.tr("Delete “%1”").replace("%1", item.title)
        )

    def _shift(self, direction: Direction) -> None:
        item_id = self._current()
        if item_id:
            self._context.execute(
                ShiftItem(item_id=item_id, direction=direction), self.tr("Move item")
            )

    def indent(self) -> None:
        item_id = self._current()
        if item_id:
            self._context.execute(IndentItem(item_id=item_id), self.tr("Indent item"))

    def outdent(self) -> None:
        item_id = self._current()
        if item_id:
            self._context.execute(OutdentItem(item_id=item_id), self.tr("Outdent item"))

    def current_item_id(self) -> UUID | None:
        return self._current_item

    def open_methods(self) -> None:
        """The library; "Use for this item" applies to the item selected here."""
        event = self._context.store.get(Event, self._event_id) if self._event_id else None
        from forum_desktop.ui.method_library_dialog import MethodLibraryDialog

        dialog = MethodLibraryDialog(
            self._context,
            item_id=self.current_item_id(),
            item_language=event.language.value if event else "en",
            parent=self,
        )
        dialog.exec()
