"""Choosing what the exported minutes hold: sections, one session or all, names or
anonymised, approved entries only, page size and language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.cli_input import ALL_LANGUAGES
from forum_desktop.export.minutes_options import SECTIONS
from forum_desktop.models import Event, Language, Session
from forum_desktop.ui.language import AUTONYMS


class MinutesDialog(QDialog):
    """The options of ``forum-desktop export-minutes``, as its arguments."""

    def __init__(self, event: Event, sessions: list[Session], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export minutes"))
        names = {
            "context": self.tr("Context and objectives"),
            "summary": self.tr("Executive summary"),
            "attendance": self.tr("Attendance"),
            "agenda": self.tr("Agenda"),
            "proceedings": self.tr("Proceedings, item by item"),
            "actions": self.tr("Actions"),
            "questions": self.tr("Open questions"),
        }
        sections_box = QGroupBox(self.tr("Sections"), self)
        sections_layout = QVBoxLayout(sections_box)
        self.section_boxes: dict[str, QCheckBox] = {}
        for name in SECTIONS:
            box = QCheckBox(names[name], sections_box)
            box.setChecked(True)
            box.toggled.connect(self._update_ok)
            sections_layout.addWidget(box)
            self.section_boxes[name] = box

        self.session_combo = QComboBox(self)
        self.session_combo.setAccessibleName(self.tr("Sessions"))
        self.session_combo.addItem(self.tr("All sessions"), None)
        for session in sessions:
            self.session_combo.addItem(session.title, str(session.id))
        self.anonymous_box = QCheckBox(self.tr("Leave out people's &names"), self)
        self.approved_box = QCheckBox(self.tr("Approved entries &only"), self)
        self.page_combo = QComboBox(self)
        self.page_combo.setAccessibleName(self.tr("Page size"))
        for size, label in (("A4", self.tr("A4")), ("Letter", self.tr("Letter"))):
            self.page_combo.addItem(label, size)
        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(self.tr("Language of the minutes"))
        # the event's working languages first (main one chosen), then the others
        for language in dict.fromkeys((*event.working_languages, *Language)):
            self.language_combo.addItem(AUTONYMS[language.value], language.value)
        if len(event.working_languages) > 1:
            self.language_combo.addItem(
                self.tr("All working languages (one file each)"), ALL_LANGUAGES
            )
        self.language_combo.setCurrentIndex(self.language_combo.findData(event.language.value))

        form = QFormLayout()
        form.addRow(self.tr("Sessions:"), self.session_combo)
        form.addRow(self.tr("Language:"), self.language_combo)
        form.addRow(self.tr("Page size:"), self.page_combo)
        form.addRow(self.anonymous_box)
        form.addRow(self.approved_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(sections_box)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _update_ok(self) -> None:
        """At least one section, or there is nothing to export."""
        chosen = any(box.isChecked() for box in self.section_boxes.values())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(chosen)

    def arguments(self) -> list[str]:
        """The command-line options these choices stand for."""
        arguments = [
            "--lang",
            str(self.language_combo.currentData()),
            "--page-size",
            str(self.page_combo.currentData()),
        ]
        sections = [name for name, box in self.section_boxes.items() if box.isChecked()]
        if len(sections) < len(SECTIONS):
            arguments += ["--sections", ",".join(sections)]
        session = self.session_combo.currentData()
        if session is not None:
            arguments += ["--session", str(session)]
        if self.anonymous_box.isChecked():
            arguments.append("--anonymous")
        if self.approved_box.isChecked():
            arguments.append("--approved-only")
        return arguments
