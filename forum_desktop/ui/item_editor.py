"""The details of the selected agenda item; each field is saved when it is left."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from typing import Any
from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QTimeEdit,
    QWidget,
)

from forum_desktop.agenda.durations import DurationError, format_duration, parse_duration
from forum_desktop.agenda.schedule import compute_schedule
from forum_desktop.models import AgendaItem, Event, Participant, Priority, Session, Translation
from forum_desktop.models.base import TITLE_MAX_LENGTH
from forum_desktop.models.translation import TranslatedField
from forum_desktop.services.agenda import UpdateItem, items_of
from forum_desktop.services.methods import all_methods
from forum_desktop.services.open_conflicts import fields_in_conflict, translations_in_conflict
from forum_desktop.services.operations import OpResult
from forum_desktop.ui import prompts
from forum_desktop.ui.agenda_model import kind_labels
from forum_desktop.ui.clock_times import clock_format
from forum_desktop.ui.combo_line import line_edit
from forum_desktop.ui.commit_text import CommitPlainTextEdit
from forum_desktop.ui.conflict_note import ConflictNote
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.line_undo import AppUndoInFields
from forum_desktop.ui.method_apply import apply_method
from forum_desktop.ui.notice_texts import notice_text
from forum_desktop.ui.qt_dates import qtime
from forum_desktop.ui.translation_rows import TranslationRows

ID_ROLE = Qt.ItemDataRole.UserRole + 1
FIELD_LETTERS = 30


class CheckList(QListWidget):
    """Checkable choices (people, objectives); saved whenever a box changes."""

    def __init__(self, name: str, on_change: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setMaximumHeight(110)
        self._on_change = on_change
        self._filling = False
        self.itemChanged.connect(self._changed)

    def fill(self, choices: list[tuple[UUID, str]], checked: list[UUID]) -> None:
        self._filling = True
        self.clear()
        for value, label in choices:
            entry = QListWidgetItem(label, self)
            entry.setData(ID_ROLE, str(value))
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked
            )
        self._filling = False

    def checked(self) -> list[UUID]:
        return [
            UUID(self.item(row).data(ID_ROLE))
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _changed(self, _: QListWidgetItem) -> None:
        if not self._filling:
            self._on_change()


class ItemEditor(QWidget):
    resolve_requested = Signal(object)
    """The id of the item whose sync conflict to resolve."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._item: AgendaItem | None = None
        self._loading = False

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.conflict_note = ConflictNote(self)
        self._in_conflict: UUID | None = None
        """The record the conflicts dialog opens on: the item, or one of its translations."""
        self.conflict_note.resolve_requested.connect(
            lambda: self.resolve_requested.emit(self._in_conflict) if self._in_conflict else None
        )
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(TITLE_MAX_LENGTH)  # a title longer is refused
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.editingFinished.connect(self._save_title)
        self.duration_edit = QLineEdit(self)
        self.duration_edit.setAccessibleName(self.tr("Planned duration"))
        self.duration_edit.setToolTip(self.tr("Type 15, 15 min, 1h30, 1:30 or 90'"))
        self.duration_edit.editingFinished.connect(
            lambda: self._save_duration("planned_minutes", self.duration_edit)
        )
        self.minimum_edit = QLineEdit(self)
        self.minimum_edit.setAccessibleName(self.tr("Minimum duration when running late"))
        self.minimum_edit.setPlaceholderText(self.tr("half, if flexible"))
        self.minimum_edit.editingFinished.connect(
            lambda: self._save_duration("min_minutes", self.minimum_edit)
        )
        self.priority_combo = QComboBox(self)
        self.priority_combo.setAccessibleName(self.tr("Priority when running late"))
        for value, label in (
            (Priority.FIXED, self.tr("Fixed: never shortened")),
            (Priority.FLEXIBLE, self.tr("Flexible: may be shortened")),
            (Priority.OPTIONAL, self.tr("Optional: may be dropped")),
        ):
            self.priority_combo.addItem(label, value)
        self.priority_combo.activated.connect(
            lambda _: self._save(priority=Priority(self.priority_combo.currentData()))
        )
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        for kind, label in kind_labels():
            self.kind_combo.addItem(label, kind)
        self.kind_combo.activated.connect(lambda _: self._save(kind=self.kind_combo.currentData()))
        self.locked = QCheckBox(self.tr("&Locked start at"), self)
        self.locked.setAccessibleName(self.tr("Locked start"))
        self.locked_time = QTimeEdit(self)
        self.locked_time.setDisplayFormat(clock_format())
        self.locked_time.setAccessibleName(self.tr("Locked start time"))
        self.locked.toggled.connect(self._save_lock)
        self.locked_time.editingFinished.connect(self._save_lock)
        lock_row = QHBoxLayout()
        lock_row.addWidget(self.locked)
        lock_row.addWidget(self.locked_time, 1)
        # A method from the library brings its timed phases (apply_method); free text
        # only names the method.
        self.method_combo = QComboBox(self)
        self.method_combo.setEditable(True)
        self.method_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.method_combo.setAccessibleName(self.tr("Group method"))
        self.method_combo.setToolTip(
            self.tr(
                "Choose a method from the library to add its steps as timed phases, "
                "or type any name."
            )
        )
        self.method_combo.activated.connect(self._choose_method)
        self.method_edit = line_edit(self.method_combo)
        self.method_edit.editingFinished.connect(
            lambda: self._save(method=self.method_edit.text().strip())
        )
        # Saved on Enter or when left, then refilled: Ctrl+Z there undoes the saved edit.
        AppUndoInFields(self.title_edit, self.duration_edit, self.minimum_edit, self.method_edit)
        self.question_edit = self._text(self.tr("Guiding question"), "guiding_question")
        self.description_edit = self._text(self.tr("Description"), "description")
        self.facilitators = CheckList(self.tr("Facilitators"), self._save_roles, self)
        self.rapporteurs = CheckList(self.tr("Rapporteurs"), self._save_roles, self)
        self.speakers = CheckList(self.tr("Speakers"), self._save_roles, self)
        self.objectives = CheckList(self.tr("Objectives"), self._save_objectives, self)
        self.materials_edit = self._text(self.tr("Materials"), "materials")
        self.notes_edit = self._text(self.tr("Facilitator notes (private)"), "notes")

        self.form = form = QFormLayout(self)
        form.addRow(self.heading)
        form.addRow(self.conflict_note)
        # Letters apart from the menus' (Alt+E opens Edit, Alt+M Minutes, Alt+N Run).
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Duration:"), self.duration_edit)
        form.addRow(self.tr("M&inimum:"), self.minimum_edit)
        form.addRow(self.tr("P&riority:"), self.priority_combo)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("Start:"), lock_row)
        form.addRow(self.tr("Meth&od:"), self.method_combo)
        form.addRow(self.tr("&Guiding question:"), self.question_edit)
        form.addRow(self.tr("Des&cription:"), self.description_edit)
        form.addRow(self.tr("Facilitators:"), self.facilitators)
        form.addRow(self.tr("Rapporteurs:"), self.rapporteurs)
        form.addRow(self.tr("Speakers:"), self.speakers)
        form.addRow(self.tr("Objectives:"), self.objectives)
        form.addRow(self.tr("M&aterials:"), self.materials_edit)
        form.addRow(self.tr("&Private notes:"), self.notes_edit)
        self.translations = TranslationRows(
            context,
            form,
            self,
            {
                TranslatedField.TITLE: self.title_edit,
                TranslatedField.GUIDING_QUESTION: self.question_edit,
                TranslatedField.DESCRIPTION: self.description_edit,
            },
        )
        context.changed.connect(self._on_changed)
        self.set_item(None)

    def fit_width(self, width: int) -> None:
        """Labels above their fields when beside them a field would keep fewer than
        FIELD_LETTERS letters: at 1024×768 the agenda's tree needs the room more."""
        form = self.form
        labels = [
            form.itemAt(row, QFormLayout.ItemRole.LabelRole) for row in range(form.rowCount())
        ]
        widest = max((label.sizeHint().width() for label in labels if label is not None), default=0)
        margins = form.contentsMargins()
        beside = widest + form.horizontalSpacing() + margins.left() + margins.right()
        narrow = width < beside + FIELD_LETTERS * self.fontMetrics().averageCharWidth()
        policy = (
            QFormLayout.RowWrapPolicy.WrapAllRows
            if narrow
            else QFormLayout.RowWrapPolicy.DontWrapRows
        )
        if form.rowWrapPolicy() != policy:
            form.setRowWrapPolicy(policy)
        margins = form.contentsMargins()
        self.conflict_note.fit_width(width - margins.left() - margins.right())

    def _text(self, name: str, field: str) -> CommitPlainTextEdit:
        edit: CommitPlainTextEdit = CommitPlainTextEdit(
            lambda: self._save(**{field: edit.toPlainText()}), self
        )
        edit.setAccessibleName(name)
        edit.setMaximumHeight(70)
        return edit

    # --- showing ----------------------------------------------------------------------

    def set_item(self, item_id: UUID | None) -> None:
        self._item = self._context.store.get(AgendaItem, item_id) if item_id else None
        self._fill()

    def _on_changed(self, result: OpResult) -> None:
        if self._item and (
            self._item.id in result.records(AgendaItem.record_type)
            or result.touches(Participant.record_type, Event.record_type, Translation.record_type)
        ):
            self.set_item(self._item.id)

    def _fill(self) -> None:
        item = self._item
        self.setEnabled(item is not None)
        self._show_conflict(item)
        if item is None:
            self.heading.setText(self.tr("Select an agenda item to see its details."))
            return
        self._loading = True
        try:
            self.heading.setText(self.tr("<b>Item details</b>"))
            self.title_edit.setText(item.title)
            self.title_edit.setCursorPosition(0)  # a long title shows its beginning
            self.duration_edit.setText(format_duration(item.planned_minutes))
            self.minimum_edit.setText(
                "" if item.min_minutes is None else format_duration(item.min_minutes)
            )
            self.priority_combo.setCurrentIndex(self.priority_combo.findData(item.priority))
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(item.kind))
            self.locked.setChecked(item.locked_start is not None)
            self.locked_time.setEnabled(item.locked_start is not None)
            self.locked_time.setTime(qtime(item.locked_start or self._scheduled_start(item)))
            self._fill_methods(item)
            for edit, value in (
                (self.question_edit, item.guiding_question),
                (self.description_edit, item.description),
                (self.materials_edit, item.materials),
                (self.notes_edit, item.notes),
            ):
                if edit.toPlainText() != value:
                    edit.setPlainText(value)
            self._fill_choices(item)
            session = self._context.store.require(Session, item.session_id)
            self.translations.fill(item, session.event_id)
        finally:
            self._loading = False

    def _show_conflict(self, item: AgendaItem | None) -> None:
        """Which of the item's texts two laptops typed differently, until it is resolved."""
        store = self._context.store
        own = fields_in_conflict(store, "agenda_item", item.id) if item is not None else []
        translated = translations_in_conflict(store, item.id) if item is not None else []
        self._in_conflict = item.id if item is not None and own else None
        if translated and not own:
            self._in_conflict = translated[0][0]
        names = {
            "title": self.tr("Title"),
            "description": self.tr("Description"),
            "guiding_question": self.tr("Guiding question"),
            "materials": self.tr("Materials"),
            "notes": self.tr("Facilitator notes (private)"),
        }
        texts = [names.get(field, field) for field in own]
        texts += [f"{names.get(field, field)} ({language})" for _, field, language in translated]
        self.conflict_note.show_texts(texts)

    def _event_language(self, item: AgendaItem) -> str:
        store = self._context.store
        session = store.require(Session, item.session_id)
        return store.require(Event, session.event_id).language.value

    def _fill_methods(self, item: AgendaItem) -> None:
        """The library's methods named in the event's language (what the item will print)."""
        language = self._event_language(item)
        self.method_combo.clear()
        self.method_combo.addItem(self.tr("(none)"), "")
        for entry in all_methods(self._context.store):
            self.method_combo.addItem(entry.definition.name.text(language), entry.definition.id)
        self.method_edit.setText(item.method)
        self.method_edit.setCursorPosition(0)

    def _fill_choices(self, item: AgendaItem) -> None:
        store = self._context.store
        session = store.require(Session, item.session_id)
        people = [
            (p.id, f"{p.name} — {p.organisation}" if p.organisation else p.name)
            for p in store.select(Participant, {"event_id": session.event_id})
        ]
        self.facilitators.fill(people, item.facilitator_ids)
        self.rapporteurs.fill(people, item.rapporteur_ids)
        self.speakers.fill(people, item.speaker_ids)
        event = store.require(Event, session.event_id)
        self.objectives.fill([(o.id, o.text) for o in event.objectives], item.objective_ids)

    # --- saving -----------------------------------------------------------------------

    def _save(self, **fields: Any) -> None:
        item = self._item
        if self._loading or item is None:
            return
        if all(getattr(item, name) == value for name, value in fields.items()):
            return
        label = self.tr("Edit “%1”").replace("%1", item.title)
        if self._context.execute(UpdateItem(item_id=item.id, **fields), label) is None:
            self._fill()  # refused: show what is saved

    def _choose_method(self, index: int) -> None:
        item = self._item
        if self._loading or item is None:
            return
        method_id = self.method_combo.itemData(index)
        if item.method and item.method == self.method_combo.itemText(index):
            return  # Enter in the field after choosing in the list reports it once more
        if not method_id:  # "(none)": the item keeps its phases, loses the method's name
            self.method_edit.setText("")
            self._save(method="")
            return
        language = self._event_language(item)
        if apply_method(self, self._context, item.id, method_id, language) is None:
            self._fill()

    def _save_title(self) -> None:
        if self.title_edit.text().strip():
            self._save(title=self.title_edit.text())
        else:
            self._fill()

    def _save_duration(self, field: str, edit: QLineEdit) -> None:
        if self._loading or self._item is None:
            return
        text = edit.text().strip()
        if field == "min_minutes" and not text:
            self._save(min_minutes=None)
            return
        try:
            minutes = parse_duration(text)
        except DurationError as error:
            prompts.error(self, self.tr("Not a duration"), notice_text(error.notice))
            self._fill()
            return
        self._save(**{field: minutes})

    def _scheduled_start(self, item: AgendaItem) -> time:
        """Where the schedule puts the item now: what locking it keeps (09:00 if untimed)."""
        store = self._context.store
        session = store.get(Session, item.session_id)
        event = store.get(Event, session.event_id) if session else None
        if session is None or event is None or session.start_time is None:
            return time(9, 0)
        schedule = compute_schedule(session, items_of(store, session.id), event.timezone)
        try:
            start = schedule.item(item.id).start
        except KeyError:
            return time(9, 0)
        if start is not None:
            return start.time()
        offset = schedule.item(item.id).offset  # an undated session: from its start time
        minutes = session.start_time.hour * 60 + session.start_time.minute + offset
        return time((minutes // 60) % 24, minutes % 60)

    def _save_lock(self, *_: object) -> None:
        self.locked_time.setEnabled(self.locked.isChecked())
        value = self.locked_time.time().toPython() if self.locked.isChecked() else None
        self._save(locked_start=value)

    def _save_roles(self) -> None:
        self._save(
            facilitator_ids=self.facilitators.checked(),
            rapporteur_ids=self.rapporteurs.checked(),
            speaker_ids=self.speakers.checked(),
        )

    def _save_objectives(self) -> None:
        self._save(objective_ids=self.objectives.checked())


class EditorScroll(QScrollArea):
    """The item editor, scrolled; its labels go above the fields when it is narrow."""

    def __init__(self, editor: ItemEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.setWidget(editor)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._editor.fit_width(self.viewport().width())
