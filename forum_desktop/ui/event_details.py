"""The details tab: an event's title, working languages, time zone, dates, place, context,
objectives, the logo on its minutes' cover (and whether its documents' footer shows it
too) and the footer line."""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.models import Event, Translation
from forum_desktop.models.translation import TranslatedField
from forum_desktop.services.events import UpdateEvent
from forum_desktop.services.open_conflicts import fields_in_conflict, translations_in_conflict
from forum_desktop.services.operations import OpResult
from forum_desktop.ui.combo_line import line_edit
from forum_desktop.ui.commit_text import CommitPlainTextEdit
from forum_desktop.ui.conflict_note import ConflictNote
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.date_edit import DateEdit
from forum_desktop.ui.logo_field import LogoField
from forum_desktop.ui.objectives_editor import ObjectivesEditor
from forum_desktop.ui.qt_dates import pydate, qdate
from forum_desktop.ui.timezone_combo import TimeZoneCombo
from forum_desktop.ui.translation_rows import TranslationRows
from forum_desktop.ui.working_languages import WorkingLanguagesField


class EventDetails(QWidget):
    """Edits are saved as soon as a field is left or a choice is made."""

    resolve_requested = Signal(object)
    """The event's id, whose sync conflict (its title, place, context…) to resolve."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._event: Event | None = None
        self._loading = False

        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.editingFinished.connect(lambda: self._save("title", self.title_edit.text()))

        self.languages = WorkingLanguagesField(context, self)

        self.timezone_combo = TimeZoneCombo(self)
        self.timezone_combo.setAccessibleName(self.tr("Time zone"))
        line_edit(self.timezone_combo).editingFinished.connect(self._save_timezone)
        self.timezone_combo.activated.connect(lambda _: self._save_timezone())

        self.dated = QCheckBox(self.tr("&Dated"), self)
        self.dated.setAccessibleName(self.tr("The event has dates"))
        self.start_edit = DateEdit(self)
        self.start_edit.setAccessibleName(self.tr("First day"))
        self.end_edit = DateEdit(self)
        self.end_edit.setAccessibleName(self.tr("Last day"))
        self.dated.toggled.connect(self._save_dates)
        self.start_edit.editingFinished.connect(self._save_dates)
        self.end_edit.editingFinished.connect(self._save_dates)
        dates = QHBoxLayout()
        dates.addWidget(self.dated)
        dates.addWidget(self.start_edit)
        dates.addWidget(self.end_edit)
        dates.addStretch(1)

        self.place_edit = QLineEdit(self)
        self.place_edit.setAccessibleName(self.tr("Place"))
        self.place_edit.editingFinished.connect(lambda: self._save("place", self.place_edit.text()))
        self.organisers_edit = QLineEdit(self)
        self.organisers_edit.setAccessibleName(self.tr("Organisers"))
        self.organisers_edit.editingFinished.connect(
            lambda: self._save("organisers", self.organisers_edit.text())
        )
        self.footer_edit = QLineEdit(self)
        self.footer_edit.setMaxLength(300)
        self.footer_edit.setAccessibleName(self.tr("Footer line of the documents"))
        self.footer_edit.editingFinished.connect(
            lambda: self._save("footer", self.footer_edit.text())
        )
        self.context_edit: CommitPlainTextEdit = CommitPlainTextEdit(
            lambda: self._save("context", self.context_edit.toPlainText()), self
        )
        self.context_edit.setAccessibleName(self.tr("Context"))
        self.objectives = ObjectivesEditor(context, self)
        self.logo = LogoField(context, self)
        self.footer_logo = QCheckBox(self.tr("Logo in the footer too"), self)
        self.footer_logo.setAccessibleName(self.tr("The logo in the footer of every page too"))
        self.footer_logo.toggled.connect(lambda on: self._save("footer_logo", on))

        # In a scroll area: with its translations and languages the form is taller than a
        # 768-pixel screen leaves, and every tab's minimum is the window's.
        inner = QWidget(self)
        form = QFormLayout(inner)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("Working &languages:"), self.languages)
        form.addRow(self.tr("Time &zone:"), self.timezone_combo)
        form.addRow(self.tr("Dates:"), dates)
        form.addRow(self.tr("&Place:"), self.place_edit)
        form.addRow(self.tr("&Organisers:"), self.organisers_edit)
        form.addRow(self.tr("&Context:"), self.context_edit)
        form.addRow(self.tr("Objectives:"), self.objectives)
        form.addRow(self.tr("Logo:"), self.logo)
        form.addRow("", self.footer_logo)
        form.addRow(self.tr("&Footer line:"), self.footer_edit)
        self.translations = TranslationRows(
            context,
            form,
            self,
            {TranslatedField.TITLE: self.title_edit, TranslatedField.CONTEXT: self.context_edit},
        )

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        self.conflict_note = ConflictNote(self)  # above the form: seen without scrolling
        self.conflict_note.setContentsMargins(9, 6, 9, 0)  # in line with the form's fields
        self._in_conflict: UUID | None = None
        """The record the conflicts dialog opens on: the event, or one of its translations."""
        self.conflict_note.resolve_requested.connect(
            lambda: self.resolve_requested.emit(self._in_conflict) if self._in_conflict else None
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.conflict_note)
        outer.addWidget(scroll)

        context.changed.connect(self._on_changed)
        context.reset.connect(self.reload)

    def set_event(self, event_id: UUID | None) -> None:
        self._event = self._context.store.get(Event, event_id) if event_id else None
        self._fill()

    def reload(self) -> None:
        self.set_event(self._event.id if self._event else None)

    def _on_changed(self, result: OpResult) -> None:
        if self._event and (
            self._event.id in result.records(Event.record_type)
            or result.touches(Translation.record_type)
        ):
            self.reload()

    def _fill(self) -> None:
        event = self._event
        self.setEnabled(event is not None)
        if event is None:
            self.conflict_note.show_texts([])
            return
        self._show_conflict(event)
        self._loading = True
        try:
            self.title_edit.setText(event.title)
            self.languages.set_event(event)
            self.translations.fill(event, event.id)
            self.timezone_combo.setCurrentText(event.timezone)
            self.dated.setChecked(event.start_date is not None)
            today = date.today()
            self.start_edit.setDate(qdate(event.start_date or today))
            self.end_edit.setDate(qdate(event.end_date or event.start_date or today))
            self.start_edit.setEnabled(event.start_date is not None)
            self.end_edit.setEnabled(event.start_date is not None)
            self.place_edit.setText(event.place)
            self.organisers_edit.setText(event.organisers)
            self.footer_edit.setText(event.footer)
            if self.context_edit.toPlainText() != event.context:
                self.context_edit.setPlainText(event.context)
            self.objectives.set_event(event)
            self.logo.set_event(event)
            self.footer_logo.setChecked(event.footer_logo)
            self.footer_logo.setEnabled(event.logo_sha256 is not None)
            self.footer_logo.setToolTip(
                self.tr("Prints the logo small at the left of every page's footer.")
                if event.logo_sha256 is not None
                else self.tr("The event has no logo: set one above first.")
            )
        finally:
            self._loading = False

    def _show_conflict(self, event: Event) -> None:
        """Which of the event's texts two laptops typed differently, until resolved."""
        names = {
            "title": self.tr("Title"),
            "place": self.tr("Place"),
            "organisers": self.tr("Organisers"),
            "context": self.tr("Context"),
            "footer": self.tr("Footer line of the documents"),
        }
        own = fields_in_conflict(self._context.store, "event", event.id)
        translated = translations_in_conflict(self._context.store, event.id)
        self._in_conflict = translated[0][0] if translated and not own else event.id
        texts = [names.get(field, field) for field in own]
        texts += [f"{names.get(field, field)} ({language})" for _, field, language in translated]
        self.conflict_note.show_texts(texts)

    def _save(self, field: str, value: Any) -> None:
        if self._loading or self._event is None:
            return
        if getattr(self._event, field) == value:
            return
        label = {
            "title": self.tr("Rename event"),
            "timezone": self.tr("Change the time zone"),
            "place": self.tr("Edit the place"),
            "organisers": self.tr("Edit the organisers"),
            "context": self.tr("Edit the context"),
            "footer": self.tr("Edit the footer line"),
            "footer_logo": self.tr("Change the logo in the footer"),
        }.get(field, self.tr("Edit the event"))
        command = UpdateEvent(event_id=self._event.id, **{field: value})
        if self._context.execute(command, label) is None:
            self._fill()  # refused: show what is saved

    def _save_timezone(self) -> None:
        self._save("timezone", self.timezone_combo.currentText().strip())

    def _save_dates(self) -> None:
        if self._loading or self._event is None:
            return
        if not self.dated.isChecked():
            values: dict[str, date | None] = {"start_date": None, "end_date": None}
        else:
            start = pydate(self.start_edit.date())
            end = pydate(self.end_edit.date())
            if end < start:  # an event ends on or after its first day: shown as saved
                end = start
                self.end_edit.setDate(qdate(end))
            values = {"start_date": start, "end_date": end}
        if (
            self._event.start_date == values["start_date"]
            and self._event.end_date == values["end_date"]
        ):
            return
        self._context.execute(
            UpdateEvent(event_id=self._event.id, **values), self.tr("Change the dates")
        )
