"""The breakout groups as a tree: each group with its members, and the people present who
are in no group. People are dragged onto another group with the mouse, or moved with
Alt+Up / Alt+Down; a group moves earlier or later in the report-back with the same keys."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QDropEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from forum_desktop.models import AttendanceStatus, Participant
from forum_desktop.models.screens import BreakoutGroup, BreakoutsState

ROLE = Qt.ItemDataRole.UserRole
"""Group rows hold ("group", group id or "" for nobody's group); people ("person", id)."""
NO_GROUP = ""


def by_name(people: list[Participant]) -> list[Participant]:
    return sorted(people, key=lambda person: person.name.casefold())


class GroupTree(QTreeWidget):
    moved = Signal(list, str)
    """People's ids, and the group they go to (``NO_GROUP``: out of every group)."""
    reordered = Signal(str, int)
    """A group's id, and how many places later (negative: earlier) it reports back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        self.setHeaderLabels(
            [
                self.tr("Group / person"),
                self.tr("Organisation"),
                self.tr("Country"),
            ]
        )
        self.setAccessibleName(self.tr("Groups and their members"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setRootIsDecorated(False)
        self.earlier_action = self._action(
            self.tr("Move up: previous group, or report earlier"), "Alt+Up", -1
        )
        self.later_action = self._action(
            self.tr("Move down: next group, or report later"), "Alt+Down", 1
        )

    def _action(self, text: str, keys: str, step: int) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda: self.step(step))
        self.addAction(action)
        return action

    # --- showing the groups -----------------------------------------------------------

    def show_groups(
        self,
        state: BreakoutsState,
        people: dict[UUID, Participant],
        unplaced: list[Participant],
        labels: dict[UUID, str],
    ) -> None:
        """Rebuild the rows, keeping the selection; ``labels`` words each group's row."""
        chosen = {self._key(item) for item in self.selectedItems()}
        current_item = self.currentItem()
        current = self._key(current_item) if current_item else None
        self.clear()
        rows: list[tuple[UUID | None, str, list[Participant]]] = [
            (group.id, labels[group.id], self._members(group, people)) for group in state.in_order()
        ]
        if unplaced:
            text = self.tr("Not in a group (%n)", "", len(unplaced))
            rows.append((None, text, by_name(unplaced)))
        for group_id, text, members in rows:
            row = QTreeWidgetItem(self, [text])
            row.setData(0, ROLE, ("group", str(group_id) if group_id else NO_GROUP))
            row.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDropEnabled
            )
            row.setFirstColumnSpanned(True)
            font = row.font(0)
            font.setBold(True)
            row.setFont(0, font)
            for person in members:
                name = person.name
                if person.attendance is AttendanceStatus.ABSENT:  # checked absent since
                    name = self.tr("%1 (absent)").replace("%1", person.name)
                child = QTreeWidgetItem(row, [name, person.organisation, person.country])
                child.setData(0, ROLE, ("person", str(person.id)))
                child.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsDragEnabled
                    | Qt.ItemFlag.ItemIsDropEnabled
                )
        self.expandAll()
        for item in self._all_items():
            key = self._key(item)
            if key == current:
                self.setCurrentItem(item, 0, QItemSelectionModel.SelectionFlag.NoUpdate)
            item.setSelected(key in chosen)
        self._fit_columns(unplaced + list(people.values()))

    def _fit_columns(self, people: list[Participant]) -> None:
        """Names in full; organisations up to a third of the width; countries get the rest.
        (Qt would size the first column by the group rows, which span every column.)"""
        metrics = self.fontMetrics()
        pad = 2 * metrics.averageCharWidth()
        names = max((metrics.horizontalAdvance(p.name) for p in people), default=0)
        orgs = max((metrics.horizontalAdvance(p.organisation) for p in people), default=0)
        self.setColumnWidth(0, names + self.indentation() + pad)
        self.setColumnWidth(1, min(orgs + pad, max(self.viewport().width() // 3, 8 * pad)))

    @staticmethod
    def _members(group: BreakoutGroup, people: dict[UUID, Participant]) -> list[Participant]:
        return by_name([people[person] for person in group.member_ids if person in people])

    def _rows(self) -> list[QTreeWidgetItem]:
        """The group rows (Qt types them optional; an index in range is never None)."""
        rows = [self.topLevelItem(index) for index in range(self.topLevelItemCount())]
        return [row for row in rows if row is not None]

    def _all_items(self) -> list[QTreeWidgetItem]:
        found = []
        for row in self._rows():
            found.append(row)
            children = [row.child(n) for n in range(row.childCount())]
            found += [child for child in children if child is not None]
        return found

    @staticmethod
    def _key(item: QTreeWidgetItem) -> tuple[str, str]:
        kind, value = item.data(0, ROLE)
        return kind, value

    # --- what is selected -------------------------------------------------------------

    def selected_people(self) -> list[UUID]:
        keys = [self._key(item) for item in self.selectedItems()]
        return [UUID(value) for kind, value in keys if kind == "person"]

    def current_group(self) -> UUID | None:
        """The group of the current row (a group, or one of its members)."""
        item = self.currentItem()
        return self.group_of_item(item) if item else None

    def group_of_item(self, item: QTreeWidgetItem) -> UUID | None:
        parent = item.parent()
        row = item if parent is None else parent
        value = self._key(row)[1]
        return UUID(value) if value else None

    def select_group(self, group_id: UUID) -> None:
        for row in self._rows():
            if self._key(row) == ("group", str(group_id)):
                self.setCurrentItem(row)
                return

    def select_person(self, person_id: UUID) -> None:
        for item in self._all_items():
            if self._key(item) == ("person", str(person_id)):
                self.setCurrentItem(item)
                return

    # --- moving -------------------------------------------------------------------------

    def step(self, step: int) -> None:
        """Alt+Up / Alt+Down: selected people to the previous or next group; a group row
        alone, earlier or later in the report-back."""
        people = self.selected_people()
        item = self.currentItem()
        if not people:
            group = self.current_group()
            if item is not None and item.parent() is None and group is not None:
                self.reordered.emit(str(group), step)
            return
        rows = [self._key(row)[1] for row in self._rows()]
        source = self.group_of_item(item) if item is not None and item.parent() else None
        index = rows.index(str(source) if source else NO_GROUP)
        target = index + step
        if 0 <= target < len(rows):
            self.moved.emit(people, rows[target])

    def dropEvent(self, event: QDropEvent) -> None:
        """Dropped people go to the group dropped on; the tree is rebuilt from the stored
        state afterwards, so the view itself moves nothing."""
        target = self.itemAt(event.position().toPoint())
        people = self.selected_people()
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if target is None or not people:
            return
        group = self.group_of_item(target)
        # After the drag has finished: storing rebuilds the rows the drag started from.
        QTimer.singleShot(
            0, self, lambda: self.moved.emit(people, str(group) if group else NO_GROUP)
        )
