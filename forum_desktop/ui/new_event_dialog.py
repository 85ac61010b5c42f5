"""Asks for what a new event needs before it exists: title, language, time zone."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from forum_desktop.models import Language
from forum_desktop.models.base import TITLE_MAX_LENGTH
from forum_desktop.models.event import is_timezone
from forum_desktop.services.events import CreateEvent
from forum_desktop.ui.timezone_combo import TimeZoneCombo
from forum_desktop.ui.working_languages import language_choices


def local_timezone_name() -> str:
    """The laptop's IANA time zone when it can be known, else UTC."""
    from PySide6.QtCore import QTimeZone

    name = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    return name if is_timezone(name) else "UTC"


class NewEventDialog(QDialog):
    def __init__(self, default_language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New event"))
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(TITLE_MAX_LENGTH)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(self.tr("Language of documents"))
        for value, label in language_choices():
            self.language_combo.addItem(label, value)
        self.language_combo.setCurrentIndex(self.language_combo.findData(default_language))
        self.timezone_combo = TimeZoneCombo(self)
        self.timezone_combo.setCurrentText(local_timezone_name())
        self.timezone_combo.setAccessibleName(self.tr("Time zone"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        # Enter in the title creates the event, once the title is there.
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(self._validate)
        self.timezone_combo.currentTextChanged.connect(self._validate)
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Language of documents:"), self.language_combo)
        form.addRow(self.tr("Time &zone:"), self.timezone_combo)
        form.addRow(self.buttons)
        self._validate()

    def _validate(self) -> None:
        ok = bool(self.title_edit.text().strip()) and (self.timezone_combo.is_valid())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def command(self) -> CreateEvent:
        """The event asked for; call once accepted (the title and time zone are valid)."""
        return CreateEvent(
            title=self.title_edit.text(),
            language=Language(self.language_combo.currentData()),
            timezone=self.timezone_combo.currentText(),
        )
