"""Writing one's own method: its texts in English, French and Spanish, and its steps.

The form shows one language at a time (English first, as every method needs it); what
is typed in one language is kept while another is shown. The result is validated by
``MethodDefinition`` before anything is saved.
"""

from __future__ import annotations

import re

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.models import OutcomeKind
from forum_desktop.models.base import TITLE_MAX_LENGTH
from forum_desktop.models.method import METHOD_LANGUAGES, MethodDefinition
from forum_desktop.ui import prompts
from forum_desktop.ui.invalid_input import describe_invalid
from forum_desktop.ui.language import AUTONYMS
from forum_desktop.ui.messages import fill
from forum_desktop.ui.outcome_model import kind_labels

TEXT_FIELDS = ("description", "purpose", "when_to_use", "roles", "setup", "materials")
MINUTES, NAME, INSTRUCTIONS = range(3)


def new_method(name: str) -> MethodDefinition:
    """A blank method to start from: one ten-minute phase."""
    return MethodDefinition.model_validate(
        {
            "id": "my-method",
            "name": {"en": name},
            "description": {},
            "steps": [{"name": {"en": "1"}, "minutes": 10}],
        }
    )


def slug(text: str) -> str:
    """A method id from its English name ("Our Fishbowl!" → "our-fishbowl")."""
    words = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
    return (words or "method")[:60]


class MethodEditDialog(QDialog):
    def __init__(self, method: MethodDefinition, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Method"))
        self.resize(820, 700)
        self._base = method
        self._data = method.model_dump(mode="json")
        self._result: MethodDefinition | None = None

        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(self.tr("Language of the texts"))
        for code in METHOD_LANGUAGES:
            self.language_combo.addItem(AUTONYMS.get(code, code), code)
        self._language = language if language in METHOD_LANGUAGES else "en"
        self.language_combo.setCurrentIndex(METHOD_LANGUAGES.index(self._language))
        self.language_combo.currentIndexChanged.connect(self._switch_language)

        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(TITLE_MAX_LENGTH)
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.texts: dict[str, QPlainTextEdit] = {}
        names = {
            "description": self.tr("Description"),
            "purpose": self.tr("Purpose"),
            "when_to_use": self.tr("When to use it"),
            "roles": self.tr("Roles"),
            "setup": self.tr("Set-up"),
            "materials": self.tr("Materials"),
        }
        for field in TEXT_FIELDS:
            edit = QPlainTextEdit(self)
            edit.setAccessibleName(names[field])
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(56)
            self.texts[field] = edit

        self.minimum_spin = QSpinBox(self)
        self.minimum_spin.setRange(1, 10_000)
        self.minimum_spin.setAccessibleName(self.tr("Fewest people"))
        self.maximum_spin = QSpinBox(self)
        self.maximum_spin.setRange(0, 10_000)
        self.maximum_spin.setSpecialValueText(self.tr("no limit"))
        self.maximum_spin.setAccessibleName(self.tr("Most people"))
        size = method.group_size
        self.minimum_spin.setValue(size.minimum)
        self.maximum_spin.setValue(size.maximum or 0)

        self.produces_list = QListWidget(self)
        self.produces_list.setAccessibleName(self.tr("What it produces"))
        self.produces_list.setFlow(QListWidget.Flow.LeftToRight)
        self.produces_list.setWrapping(True)
        self.produces_list.setFixedHeight(64)
        labels = kind_labels()
        for kind in OutcomeKind:
            item = QListWidgetItem(labels.get(kind, kind))
            item.setData(Qt.ItemDataRole.UserRole, kind.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = kind in method.produces
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.produces_list.addItem(item)

        first_source = method.source[0] if method.source else None
        self.source_edit = QLineEdit(first_source.title if first_source else "", self)
        self.source_edit.setAccessibleName(self.tr("Source"))
        self.url_edit = QLineEdit(first_source.url if first_source else "", self)
        self.url_edit.setAccessibleName(self.tr("Source's web address"))

        self.steps_table = QTableWidget(0, 3, self)
        self.steps_table.setAccessibleName(self.tr("Steps"))
        self.steps_table.setHorizontalHeaderLabels(
            [self.tr("Minutes"), self.tr("Step"), self.tr("Instructions")]
        )
        self.steps_table.horizontalHeader().setSectionResizeMode(
            INSTRUCTIONS, QHeaderView.ResizeMode.Stretch
        )
        self.steps_table.setColumnWidth(MINUTES, 70)
        self.steps_table.setColumnWidth(NAME, 200)
        self.steps_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_step_button = QPushButton(self.tr("&Add step"), self)
        self.add_step_button.setAccessibleName(self.tr("Add step"))
        self.add_step_button.clicked.connect(self.add_step)
        self.remove_step_button = QPushButton(self.tr("&Remove step"), self)
        self.remove_step_button.setAccessibleName(self.tr("Remove step"))
        self.remove_step_button.clicked.connect(self.remove_step)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Language of the texts:"), self.language_combo)
        form.addRow(self.tr("&Name:"), self.name_edit)
        for field in TEXT_FIELDS:
            form.addRow(fill(self.tr("%1:", "a field's label"), names[field]), self.texts[field])
        size_row = QHBoxLayout()
        size_row.addWidget(self.minimum_spin)
        size_row.addWidget(self.maximum_spin)
        form.addRow(self.tr("People (fewest, most):"), size_row)
        form.addRow(self.tr("What it produces:"), self.produces_list)
        form.addRow(self.tr("Source:"), self.source_edit)
        form.addRow(self.tr("Web address:"), self.url_edit)
        step_buttons = QHBoxLayout()
        step_buttons.addWidget(self.add_step_button)
        step_buttons.addWidget(self.remove_step_button)
        step_buttons.addStretch(1)
        # The texts scroll so the steps table always has room beneath them.
        form_widget = QWidget(self)
        form_widget.setLayout(form)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 3)
        layout.addWidget(self.steps_table, 2)
        layout.addLayout(step_buttons)
        layout.addWidget(buttons)
        self._load_language()

    # --- one language at a time -------------------------------------------------------

    def _load_language(self) -> None:
        lang = self._language
        self.name_edit.setText(self._data["name"].get(lang, ""))
        for field in TEXT_FIELDS:
            self.texts[field].setPlainText(self._data[field].get(lang, ""))
        self.steps_table.setRowCount(0)
        for step in self._data["steps"]:
            self._append_row(
                step["minutes"],
                step["name"].get(lang, ""),
                step.get("instructions", {}).get(lang, ""),
            )

    def _keep_language(self) -> None:
        """What the form shows, back into the draft under the language shown."""
        lang = self._language
        self._data["name"][lang] = self.name_edit.text()
        for field in TEXT_FIELDS:
            self._data[field][lang] = self.texts[field].toPlainText()
        steps = []
        for row in range(self.steps_table.rowCount()):
            old = self._data["steps"][row] if row < len(self._data["steps"]) else {}
            name = dict(old.get("name", {}))
            instructions = dict(old.get("instructions", {}))
            name[lang] = self._cell(row, NAME)
            instructions[lang] = self._cell(row, INSTRUCTIONS)
            minutes = self._cell(row, MINUTES)
            steps.append(
                {
                    "name": name,
                    "instructions": instructions,
                    "minutes": int(minutes) if minutes.isdigit() else minutes,
                }
            )
        self._data["steps"] = steps

    def _switch_language(self, *_: object) -> None:
        self._keep_language()
        self._language = self.language_combo.currentData()
        self._load_language()

    def _cell(self, row: int, column: int) -> str:
        item = self.steps_table.item(row, column)
        return item.text().strip() if item else ""

    def _append_row(self, minutes: int, name: str, instructions: str) -> None:
        row = self.steps_table.rowCount()
        self.steps_table.insertRow(row)
        for column, text in ((MINUTES, str(minutes)), (NAME, name), (INSTRUCTIONS, instructions)):
            self.steps_table.setItem(row, column, QTableWidgetItem(text))

    def add_step(self) -> None:
        self._keep_language()
        self._data["steps"].append({"name": {}, "instructions": {}, "minutes": 10})
        self._append_row(10, "", "")
        self.steps_table.setCurrentCell(self.steps_table.rowCount() - 1, NAME)

    def remove_step(self) -> None:
        row = self.steps_table.currentRow()
        if row < 0:
            return
        self._keep_language()
        del self._data["steps"][row]
        self.steps_table.removeRow(row)

    # --- saving -----------------------------------------------------------------------

    def method(self) -> MethodDefinition | None:
        return self._result

    def accept(self) -> None:
        self._keep_language()
        data = dict(self._data)
        maximum = self.maximum_spin.value()
        data["group_size"] = {"minimum": self.minimum_spin.value(), "maximum": maximum or None}
        data["produces"] = [
            self.produces_list.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.produces_list.count())
            if self.produces_list.item(n).checkState() == Qt.CheckState.Checked
        ]
        title = self.source_edit.text().strip()
        rest = self._base.model_dump(mode="json")["source"][1:]
        data["source"] = [{"title": title, "url": self.url_edit.text().strip()}] if title else []
        data["source"] += rest
        if self._base.id == "my-method":  # a new method is named after its English name
            names = data["name"]
            typed = [text for lang, text in names.items() if lang != "en" and text.strip()]
            if names.get("en") == self._base.name.en and typed:
                # No English name typed: the one typed in another language stands for it
                # (else an English event would show the starting placeholder).
                names["en"] = typed[0]
            data["id"] = slug(names.get("en", ""))
        try:
            self._result = MethodDefinition.model_validate(data)
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(part) for part in first["loc"])
            missing = first["type"] == "missing" or "en" in first["loc"]
            prompts.error(
                self,
                self.tr("Not saved"),
                fill(
                    self.tr("%1: %2 (English is needed for the name and every step's name)"),
                    where,
                    first["msg"],
                )
                if missing
                else describe_invalid(error),
            )
            return
        super().accept()
