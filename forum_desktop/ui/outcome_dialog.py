"""Editing one captured entry: text, kind, tags, anonymity, and an action's owners, due, status."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from forum_desktop.models import ActionFields, ActionStatus, Outcome, OutcomeKind
from forum_desktop.ui.date_edit import DateEdit
from forum_desktop.ui.outcome_model import kind_labels, status_labels
from forum_desktop.ui.qt_dates import qdate


class OutcomeDialog(QDialog):
    def __init__(
        self,
        outcome: Outcome,
        items: list[tuple[UUID | None, str]],
        parent: QWidget | None = None,
    ) -> None:
        """``items``: where the entry may be filed (None: no particular item), labelled."""
        super().__init__(parent)
        self.outcome = outcome
        self.setWindowTitle(self.tr("Edit entry"))
        self.resize(560, 380)
        self.text_edit = QPlainTextEdit(outcome.text, self)
        self.text_edit.setAccessibleName(self.tr("Text"))
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        for kind, label in kind_labels().items():
            self.kind_combo.addItem(label, kind)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(outcome.kind))
        self.item_combo = QComboBox(self)
        self.item_combo.setAccessibleName(self.tr("Agenda item"))
        for item_id, label in items:
            self.item_combo.addItem(label, str(item_id) if item_id else None)
        found = self.item_combo.findData(str(outcome.item_id)) if outcome.item_id else 0
        self.item_combo.setCurrentIndex(max(found, 0))
        self.tags_edit = QLineEdit(" ".join(outcome.tags), self)
        self.tags_edit.setAccessibleName(self.tr("Tags, separated by spaces"))
        self.anonymous = QCheckBox(self.tr("&Anonymous (no name in the minutes)"), self)
        self.anonymous.setChecked(outcome.anonymous)
        fields = outcome.kind_fields()
        action = fields if isinstance(fields, ActionFields) else ActionFields()
        self.owners_edit = QLineEdit(", ".join(action.owner_names), self)
        self.owners_edit.setAccessibleName(self.tr("Owners not on the roster, separated by commas"))
        self.has_due = QCheckBox(self.tr("Due"), self)
        self.due_edit = DateEdit(self)
        self.due_edit.setAccessibleName(self.tr("Due date"))
        self.has_due.setChecked(action.due is not None)
        if action.due:
            self.due_edit.setDate(qdate(action.due))
        else:
            self.due_edit.setDate(QDate.currentDate())
        self.due_edit.setEnabled(action.due is not None)
        self.has_due.toggled.connect(self.due_edit.setEnabled)
        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Status"))
        for status, label in status_labels().items():
            self.status_combo.addItem(label, status)
        self.status_combo.setCurrentIndex(self.status_combo.findData(action.status.value))
        self._owner_ids = action.owner_ids
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due_edit, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Text:"), self.text_edit)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("Agenda &item:"), self.item_combo)
        form.addRow(self.tr("T&ags:"), self.tags_edit)
        form.addRow(self.anonymous)
        form.addRow(self.tr("&Other owners:"), self.owners_edit)
        form.addRow(self.tr("Due date:"), due_row)
        form.addRow(self.tr("&Status:"), self.status_combo)
        form.addRow(self.buttons)
        self.kind_combo.currentIndexChanged.connect(self._show_action_fields)
        self._show_action_fields()

    def _show_action_fields(self) -> None:
        is_action = self.kind_combo.currentData() == OutcomeKind.ACTION
        for widget in (self.owners_edit, self.has_due, self.due_edit, self.status_combo):
            widget.setEnabled(
                is_action and (widget is not self.due_edit or self.has_due.isChecked())
            )

    def chosen_item(self) -> UUID | None:
        """The agenda item the entry is to be filed under (moved by ``MoveEntries``)."""
        data = self.item_combo.currentData()
        return UUID(data) if data else None

    def changes(self) -> dict[str, Any]:
        """The fields that differ from the entry as it was."""
        kind = str(self.kind_combo.currentData())
        values: dict[str, Any] = {
            "text": self.text_edit.toPlainText(),
            "kind": kind,
            "tags": [t.lstrip("#") for t in self.tags_edit.text().split() if t.lstrip("#")],
            "anonymous": self.anonymous.isChecked(),
        }
        if kind == OutcomeKind.ACTION:
            names = [n.strip() for n in self.owners_edit.text().split(",") if n.strip()]
            values["fields"] = ActionFields(
                owner_ids=self._owner_ids,
                owner_names=names,
                due=self.due_edit.date().toPython() if self.has_due.isChecked() else None,
                status=ActionStatus(self.status_combo.currentData()),
            ).model_dump(mode="json")
        elif kind != self.outcome.kind:
            values["fields"] = {}  # another kind's fields do not carry over
        return {k: v for k, v in values.items() if getattr(self.outcome, k) != v}
