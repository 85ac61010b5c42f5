"""Choosing a template to start a session from: built-in ones and the user's own."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.agenda.durations import format_duration
from forum_desktop.models import Event, SessionTemplate, TemplateItem
from forum_desktop.models.base import TITLE_MAX_LENGTH
from forum_desktop.services.templates import (
    DeleteTemplate,
    builtin_templates,
    in_language_first,
    template_minutes,
    user_templates,
)
from forum_desktop.ui import prompts
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.date_edit import DateEdit
from forum_desktop.ui.qt_dates import pydate, qdate
from forum_desktop.ui.working_languages import language_choices

TEMPLATE_ROLE = Qt.ItemDataRole.UserRole + 1


class TemplateDialog(QDialog):
    def __init__(self, context: AppContext, event: Event, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._language = event.language.value
        self.setWindowTitle(self.tr("New session from a template"))
        self.resize(920, 480)  # room for the names with their language marks
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Templates"))
        self.preview = QTreeWidget(self)
        self.preview.setAccessibleName(self.tr("Template agenda"))
        self.preview.setHeaderLabels([self.tr("Item"), self.tr("Duration"), self.tr("Method")])
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.delete_button = QPushButton(self.tr("&Delete template"), self)
        self.delete_button.clicked.connect(self._delete_selected)
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(TITLE_MAX_LENGTH)  # a title longer is refused
        self.title_edit.setAccessibleName(self.tr("Title of the new session"))
        self.dated = QCheckBox(self.tr("On"), self)
        self.date_edit = DateEdit(self)
        self.date_edit.setAccessibleName(self.tr("Date of the new session"))
        self.dated.setChecked(event.start_date is not None)
        self.date_edit.setDate(qdate(event.start_date or date.today()))
        self.date_edit.setEnabled(self.dated.isChecked())
        self.dated.toggled.connect(self.date_edit.setEnabled)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.description)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignRight)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([420, 500])
        when = QHBoxLayout()
        when.addWidget(self.dated)
        when.addWidget(self.date_edit, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("Date:"), when)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.list.currentItemChanged.connect(self._show_selected)
        self.title_edit.textChanged.connect(self._validate)
        self._fill()

    def _fill(self) -> None:
        """Templates in the event's language first, so the first one suits its minutes."""
        self.list.clear()
        found = [*builtin_templates(), *user_templates(self._context.store)]
        for template in in_language_first(found, self._language):
            self._add(template, self._label(template))
        self.list.setCurrentRow(0)

    def _label(self, template: SessionTemplate) -> str:
        """The name, marked "built-in" and with its language when not the event's."""
        marks = [self.tr("built-in")] if self._is_builtin(template) else []
        if template.language not in ("", self._language):
            names = {str(code): name for code, name in language_choices()}
            marks.append(names.get(template.language, template.language))
        return f"{template.name} ({', '.join(marks)})" if marks else template.name

    def _add(self, template: SessionTemplate, label: str) -> None:
        minutes = format_duration(template_minutes(template))
        entry = QListWidgetItem(f"{label} — {minutes}", self.list)
        entry.setToolTip(entry.text())  # in full, should a narrow list clip it
        entry.setData(TEMPLATE_ROLE, template)

    def chosen(self) -> SessionTemplate | None:
        entry = self.list.currentItem()
        if entry is None:
            return None
        template: SessionTemplate = entry.data(TEMPLATE_ROLE)
        return template

    def select(self, name: str) -> None:
        for row in range(self.list.count()):
            template = self.list.item(row).data(TEMPLATE_ROLE)
            if template.name == name:
                self.list.setCurrentRow(row)
                return

    def _is_builtin(self, template: SessionTemplate) -> bool:
        return any(t.id == template.id for t in builtin_templates())

    def _show_selected(self, *_: object) -> None:
        template = self.chosen()
        self.preview.clear()
        self.description.setText(template.description if template else "")
        self.delete_button.setEnabled(template is not None and not self._is_builtin(template))
        if template is not None:
            self.title_edit.setText(template.name)
            self._add_items(self.preview.invisibleRootItem(), template.items)
            self.preview.expandAll()
            self.preview.resizeColumnToContents(0)
        self._validate()

    def _add_items(self, parent: QTreeWidgetItem, items: list[TemplateItem]) -> None:
        for item in items:
            row = QTreeWidgetItem(
                parent, [item.title, format_duration(item.planned_minutes), item.method]
            )
            self._add_items(row, item.children)

    def _delete_selected(self) -> None:
        template = self.chosen()
        if template is None or self._is_builtin(template):
            return
        if prompts.confirm(
            self,
            self.tr("Delete template"),
            self.tr("Delete the template “%1”?").replace("%1", template.name),
            action=self.tr("Delete"),
        ):
            self._context.execute(
                DeleteTemplate(template_id=template.id),
                self.tr("Delete template %1").replace("%1", template.name),
            )
            self._fill()

    def _validate(self) -> None:
        ok = self.chosen() is not None and bool(self.title_edit.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def session_date(self) -> date | None:
        return pydate(self.date_edit.date()) if self.dated.isChecked() else None
