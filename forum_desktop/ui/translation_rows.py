"""A record's texts in the event's other working languages, each under the main language's
field (issue 25): the item editor (a narrow panel, so a translation sits below what it
translates rather than beside it), the event's details and the session dialog. An empty
translation shows the main text as its grey placeholder and a "not translated" mark; in
the editor and the details each edit is one ``SetTranslation``."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast
from uuid import UUID

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from forum_desktop.models import Language
from forum_desktop.models.translation import TranslatedField
from forum_desktop.services.translations import (
    EventTexts,
    SetTranslation,
    Translatable,
    target_type,
    typed_text,
)
from forum_desktop.ui.commit_text import CommitPlainTextEdit
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.messages import fill
from forum_desktop.ui.working_languages import language_names


class TranslationRow(QObject):
    """One field in one other language: its label (the language, and the mark while it is
    not translated) and its edit."""

    def __init__(
        self,
        parent: QWidget,
        language: Language,
        field: TranslatedField,
        on_commit: Callable[[TranslationRow], None] | None,
        *,
        multiline: bool,
    ) -> None:
        super().__init__(parent)
        self.language, self.field = language, field
        name = language_names()[language]
        self.label = QWidget(parent)
        self.name = QLabel(self.tr("%1:").replace("%1", name), self.label)
        self.mark = QLabel(self.tr("not translated"), self.label)
        self.mark.setToolTip(
            self.tr("The main language's text shows in its place until you type one.")
        )
        self.mark.setEnabled(False)  # greyed, as the placeholder it explains
        font = self.mark.font()
        font.setItalic(True)
        self.mark.setFont(font)
        column = QVBoxLayout(self.label)
        column.setContentsMargins(12, 0, 0, 0)  # indented under the main field's label
        column.setSpacing(0)
        column.addWidget(self.name)
        column.addWidget(self.mark)
        self.edit: QLineEdit | CommitPlainTextEdit
        commit = (lambda: on_commit(self)) if on_commit else (lambda: None)
        if multiline:
            self.edit = CommitPlainTextEdit(commit, parent)
            self.edit.setMaximumHeight(60)
        else:
            self.edit = QLineEdit(parent)
            self.edit.editingFinished.connect(commit)
        self.edit.setAccessibleName(
            {
                TranslatedField.TITLE: self.tr("Title in %1"),
                TranslatedField.GUIDING_QUESTION: self.tr("Guiding question in %1"),
                TranslatedField.DESCRIPTION: self.tr("Description in %1"),
                TranslatedField.CONTEXT: self.tr("Context in %1"),
            }[field].replace("%1", name)
        )
        self.name.setBuddy(self.edit)

    def text(self) -> str:
        edit = self.edit
        return edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()

    def fill(self, translated: str, main: str) -> None:
        """Show the translation (empty: none), the main text as the placeholder."""
        edit = self.edit
        edit.setPlaceholderText(main)
        if self.text() != translated:
            if isinstance(edit, QLineEdit):
                edit.setText(translated)
                edit.setCursorPosition(0)
            else:
                edit.setPlainText(translated)
        self.mark.setVisible(not translated and bool(main))


class TranslationRows(QObject):
    """The translation rows of an editor's form, one per other working language under
    each of the record's translated fields, saved as they are left."""

    def __init__(
        self,
        context: AppContext,
        form: QFormLayout,
        editor: QWidget,
        under: dict[TranslatedField, QWidget],
    ) -> None:
        super().__init__(editor)
        self._context = context
        self._form = form
        self._editor = editor
        self._under = under
        """The main language's edit of each field, under which its translations go."""
        self._languages: tuple[Language, ...] = ()
        self._record: Translatable | None = None
        self._saved: dict[tuple[Language, TranslatedField], str] = {}
        self.rows: dict[tuple[Language, TranslatedField], TranslationRow] = {}
        self.filling = False

    def fill(self, record: Translatable, event_id: UUID) -> None:
        texts = EventTexts.load(self._context.store, event_id)
        self._record = record
        self._lay_out(texts.languages[1:])
        self.filling = True
        try:
            for (language, field), row in self.rows.items():
                translated = typed_text(texts, record, field, language)
                main = str(getattr(record, field.value))
                self._saved[(language, field)] = translated
                row.fill(translated, main)
        finally:
            self.filling = False

    def _lay_out(self, languages: tuple[Language, ...]) -> None:
        """Rows for these languages (rebuilt only when they change, so focus stays)."""
        if languages == self._languages:
            return
        for row in self.rows.values():
            self._form.removeRow(row.edit)  # deletes the row's widgets
            row.deleteLater()
        self.rows = {}
        self._languages = languages
        for field, main_edit in self._under.items():
            # PySide6's stub types the (row, role) pair it returns as object.
            placed = cast(tuple[int, QFormLayout.ItemRole], self._form.getWidgetPosition(main_edit))
            position = placed[0]
            for offset, language in enumerate(languages, start=1):
                multiline = field is not TranslatedField.TITLE
                row = TranslationRow(
                    self._editor, language, field, self._commit, multiline=multiline
                )
                self._form.insertRow(position + offset, row.label, row.edit)
                self.rows[(language, field)] = row

    def _commit(self, row: TranslationRow) -> None:
        record = self._record
        if self.filling or record is None:
            return
        text = row.text()
        saved = self._saved.get((row.language, row.field), "")
        if text == saved or (row.field is TranslatedField.TITLE and text.strip() == saved):
            return
        command = SetTranslation(
            target_type=target_type(record),
            target_id=record.id,
            field=row.field,
            language=row.language,
            text=text,
        )
        label = fill(
            self.tr("Translate “%1” into %2"), record.title, language_names()[row.language]
        )
        if self._context.execute(command, label) is None:
            row.fill(saved, str(getattr(record, row.field.value)))  # refused: what is saved
