"""An event's objectives, in lists under their headings; every change is saved at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.models import Event, Objective
from forum_desktop.services.events import UpdateEvent
from forum_desktop.ui import prompts
from forum_desktop.ui.context import AppContext

OBJECTIVE_ROLE = Qt.ItemDataRole.UserRole + 1
HEADING_ROLE = Qt.ItemDataRole.UserRole + 2


class ObjectivesEditor(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._event: Event | None = None
        self._filling = False
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Objectives"))
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.tree.itemChanged.connect(self._on_item_changed)
        self.add_button = QPushButton(self.tr("Add ob&jective"), self)
        self.add_button.clicked.connect(self.add_objective)
        self.add_list_button = QPushButton(self.tr("Add &list…"), self)
        self.add_list_button.clicked.connect(self.add_list)
        self.remove_button = QPushButton(self.tr("Remo&ve"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.add_list_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)

    def set_event(self, event: Event | None) -> None:
        self._event = event
        self._filling = True
        try:
            self.tree.clear()
            headings: dict[str, QTreeWidgetItem] = {}
            for objective in event.objectives if event else []:
                parent: QTreeWidget | QTreeWidgetItem = self.tree
                if objective.heading:
                    if objective.heading not in headings:
                        group = QTreeWidgetItem(self.tree, [objective.heading])
                        group.setData(0, HEADING_ROLE, objective.heading)
                        group.setFlags(group.flags() | Qt.ItemFlag.ItemIsEditable)
                        headings[objective.heading] = group
                    parent = headings[objective.heading]
                entry = QTreeWidgetItem(parent, [objective.text])
                entry.setData(0, OBJECTIVE_ROLE, str(objective.id))
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsEditable)
            self.tree.expandAll()
        finally:
            self._filling = False

    # --- edits ------------------------------------------------------------------------

    def _save(self, objectives: list[Objective], label: str) -> None:
        if self._event is not None:
            command = UpdateEvent(event_id=self._event.id, objectives=tuple(objectives))
            self._context.execute(command, label)

    def _objectives(self) -> list[Objective]:
        return list(self._event.objectives) if self._event else []

    def _on_item_changed(self, entry: QTreeWidgetItem, _column: int) -> None:
        if self._filling or self._event is None:
            return
        text = entry.text(0).strip()
        objective_id = entry.data(0, OBJECTIVE_ROLE)
        if objective_id is not None:
            if not text:
                self.set_event(self._event)  # an objective is never blank
                return
            updated = [
                o.model_copy(update={"text": text}) if str(o.id) == objective_id else o
                for o in self._objectives()
            ]
            self._save(updated, self.tr("Edit objective"))
            return
        old_heading = entry.data(0, HEADING_ROLE)
        renamed = [
            o.model_copy(update={"heading": text}) if o.heading == old_heading else o
            for o in self._objectives()
        ]
        self._save(renamed, self.tr("Rename list of objectives"))

    def _heading_at_selection(self) -> str:
        entry = self.tree.currentItem()
        if entry is None:
            return ""
        if entry.data(0, HEADING_ROLE) is not None:
            return str(entry.data(0, HEADING_ROLE))
        parent = entry.parent()
        return str(parent.data(0, HEADING_ROLE)) if parent is not None else ""

    def add_objective(self) -> None:
        text = prompts.ask_text(self, self.tr("Add objective"), self.tr("Objective:"))
        if text and text.strip():
            heading = self._heading_at_selection()
            objectives = self._objectives()
            # Keep a list's objectives together: insert after the last one of that heading.
            index = max(
                (i + 1 for i, o in enumerate(objectives) if o.heading == heading),
                default=len(objectives),
            )
            objectives.insert(index, Objective(text=text.strip(), heading=heading))
            self._save(objectives, self.tr("Add objective"))

    def add_list(self) -> None:
        heading = prompts.ask_text(self, self.tr("Add a list of objectives"), self.tr("Heading:"))
        if not heading or not heading.strip():
            return
        text = prompts.ask_text(self, self.tr("Add objective"), self.tr("First objective:"))
        if text and text.strip():
            objectives = [
                *self._objectives(),
                Objective(text=text.strip(), heading=heading.strip()),
            ]
            self._save(objectives, self.tr("Add a list of objectives"))

    def remove_selected(self) -> None:
        entry = self.tree.currentItem()
        if entry is None:
            return
        objective_id = entry.data(0, OBJECTIVE_ROLE)
        if objective_id is not None:
            keep = [o for o in self._objectives() if str(o.id) != objective_id]
        else:
            heading = entry.data(0, HEADING_ROLE)
            keep = [o for o in self._objectives() if o.heading != heading]
        self._save(keep, self.tr("Remove objectives"))
