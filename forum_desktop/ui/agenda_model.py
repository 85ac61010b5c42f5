"""A session's agenda as a Qt tree model over its computed schedule.

Titles, durations and kinds are edited in place; rows are dragged to move items. Every
edit is a command, so it is saved at once and can be undone.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from forum_desktop.agenda.durations import DurationError, format_duration, parse_duration
from forum_desktop.agenda.schedule import Flag, FlagKind, Schedule, ScheduledItem, compute_schedule
from forum_desktop.models import AgendaItem, Event, ItemKind, Session
from forum_desktop.services.agenda import MoveItem, UpdateItem, items_of
from forum_desktop.services.open_conflicts import records_in_conflict
from forum_desktop.services.operations import OpResult
from forum_desktop.ui import prompts
from forum_desktop.ui.clock_times import hour_minute
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.messages import fill
from forum_desktop.ui.notice_texts import notice_text

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MIME_TYPE = "application/x-forum-desktop-agenda-item"


class Col:
    NUMBER = 0
    START = 1
    TITLE = 2
    DURATION = 3
    KIND = 4
    METHOD = 5
    NOTICE = 6
    COUNT = 7


def column_titles() -> list[str]:
    return [
        translate("AgendaModel", "No."),
        translate("AgendaModel", "Start"),
        translate("AgendaModel", "Title"),
        translate("AgendaModel", "Duration"),
        translate("AgendaModel", "Kind"),
        translate("AgendaModel", "Method"),
        translate("AgendaModel", "Notice"),
    ]


def kind_labels() -> list[tuple[ItemKind, str]]:
    return [
        (ItemKind.PRESENTATION, translate("AgendaModel", "Presentation")),
        (ItemKind.DISCUSSION, translate("AgendaModel", "Discussion")),
        (ItemKind.GROUP_METHOD, translate("AgendaModel", "Group method")),
        (ItemKind.BREAK, translate("AgendaModel", "Break")),
        (ItemKind.ENERGISER, translate("AgendaModel", "Energiser")),
        (ItemKind.OTHER, translate("AgendaModel", "Other")),
    ]


def flag_text(flag: Flag) -> str:
    """The one-line reason for a schedule flag, in the interface language."""
    texts = {
        FlagKind.PAST_SESSION_END: translate("AgendaModel", "ends %1 min after the session's end"),
        FlagKind.LOCKED_START_MISSED: translate(
            "AgendaModel", "starts %1 min after its locked time"
        ),
        FlagKind.OVERFLOWS_PARENT: translate(
            "AgendaModel", "runs %1 min past the end of its parent"
        ),
        FlagKind.CROSSES_MIDNIGHT: translate("AgendaModel", "runs past midnight"),
    }
    return texts[flag.kind].replace("%1", str(flag.minutes))


FLAGS_FIRST = (
    FlagKind.LOCKED_START_MISSED,
    FlagKind.OVERFLOWS_PARENT,
    FlagKind.PAST_SESSION_END,
    FlagKind.CROSSES_MIDNIGHT,
)
"""Which of an item's flags its notice cell names when it has several: the one most
its own first (the session's overrun is on every later item and in the summary line);
the tooltip holds them all."""


def flag_short_text(flag: Flag) -> str:
    """A flag in a few letters, whole in the agenda's narrow notice column: its full
    sentence (``flag_text``) is in the cell's tooltip."""
    texts = {
        FlagKind.PAST_SESSION_END: translate("AgendaModel", "end +%1 min"),
        FlagKind.LOCKED_START_MISSED: translate("AgendaModel", "🔒 +%1 min"),
        FlagKind.OVERFLOWS_PARENT: translate("AgendaModel", "parent +%1 min"),
        FlagKind.CROSSES_MIDNIGHT: translate("AgendaModel", "past midnight"),
    }
    return texts[flag.kind].replace("%1", str(flag.minutes))


def notice_cell_text(flags: tuple[Flag, ...]) -> str:
    """What an item's notice cell shows: its first flag in ``FLAGS_FIRST``, short."""
    if not flags:
        return ""
    return flag_short_text(min(flags, key=lambda flag: FLAGS_FIRST.index(flag.kind)))


def time_text(value: Any) -> str:
    return hour_minute(value.time()) if value else ""


@dataclass(eq=False)
class Node:
    scheduled: ScheduledItem | None  # None for the invisible root
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)

    def row(self) -> int:
        return 0 if self.parent is None else self.parent.children.index(self)


class AgendaModel(QAbstractItemModel):
    layout_refreshed = Signal()
    """The schedule was recomputed in place (times, totals and flags may have changed)."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self._context = context
        self._session_id: UUID | None = None
        self._root = Node(None)
        self._nodes: dict[UUID, Node] = {}
        self.schedule: Schedule | None = None
        self._in_conflict: set[UUID] = set()
        """Items with a text two laptops typed differently, until someone resolves it."""
        context.changed.connect(self._on_changed)
        context.reset.connect(self.reload)

    # --- contents ---------------------------------------------------------------------

    @property
    def session_id(self) -> UUID | None:
        return self._session_id

    def set_session(self, session_id: UUID | None) -> None:
        self._session_id = session_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._root = Node(None)
        self._nodes = {}
        self.schedule = None
        store = self._context.store
        session = store.get(Session, self._session_id) if self._session_id else None
        if session is not None:
            event = store.require(Event, session.event_id)
            self.schedule = compute_schedule(session, items_of(store, session.id), event.timezone)
            self._load_conflicts(event.id)
            for scheduled in self.schedule.items:
                item = scheduled.item
                parent = self._nodes[item.parent_id] if item.parent_id else self._root
                node = Node(scheduled, parent)
                parent.children.append(node)
                self._nodes[item.id] = node
        else:
            self._session_id = None
        self.endResetModel()

    def _on_changed(self, result: OpResult) -> None:
        # A translation's change can open or settle a conflict the tree marks.
        if not result.touches(
            AgendaItem.record_type, Session.record_type, Event.record_type, "translation"
        ):
            return
        if not self._refresh_in_place():
            self.reload()

    def _refresh_in_place(self) -> bool:
        """Redraw edited fields and new times without a reset, when the tree kept its shape.

        A reset inside ``setData`` would destroy the in-place editor that is committing.
        """
        store = self._context.store
        session = store.get(Session, self._session_id) if self._session_id else None
        if session is None or self.schedule is None:
            return False
        event = store.require(Event, session.event_id)
        schedule = compute_schedule(session, items_of(store, session.id), event.timezone)
        shape = [(s.item.id, s.item.parent_id) for s in schedule.items]
        if shape != [(s.item.id, s.item.parent_id) for s in self.schedule.items]:
            return False
        self.schedule = schedule
        self._load_conflicts(event.id)  # an edit keeps a text's versions; resolving ends them
        for scheduled in schedule.items:
            node = self._nodes[scheduled.item.id]
            node.scheduled = scheduled
            row = node.row()
            self.dataChanged.emit(
                self.createIndex(row, 0, node), self.createIndex(row, Col.COUNT - 1, node)
            )
        self.layout_refreshed.emit()
        return True

    def _load_conflicts(self, event_id: UUID) -> None:
        self._in_conflict = records_in_conflict(self._context.store, event_id, "agenda_item")

    def item_at(self, index: Index) -> AgendaItem | None:
        node = self._node(index)
        return node.scheduled.item if node.scheduled else None

    def index_of(self, item_id: UUID, column: int = Col.TITLE) -> QModelIndex:
        node = self._nodes.get(item_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row(), column, node)

    def _node(self, index: Index) -> Node:
        if not index.isValid():
            return self._root
        node = index.internalPointer()
        assert isinstance(node, Node)
        return node

    # --- Qt model interface -----------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._node(parent).children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self._node(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row(), 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return Col.COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = column_titles()
            return titles[section] if 0 <= section < len(titles) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )
        if index.column() in (Col.TITLE, Col.DURATION, Col.KIND, Col.METHOD):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        scheduled = node.scheduled
        if scheduled is None:
            return None
        item = scheduled.item
        column = index.column()
        if role == ITEM_ID_ROLE:
            return str(item.id)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == Col.NOTICE:
            return "; ".join(flag_text(f) for f in scheduled.flags)  # read whole, not short
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(scheduled, column)
        if role == Qt.ItemDataRole.EditRole:
            return {
                Col.TITLE: item.title,
                Col.DURATION: format_duration(item.planned_minutes),
                Col.KIND: item.kind,
                Col.METHOD: item.method,
            }.get(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Col.NOTICE and scheduled.flags:
                return "\n".join(flag_text(f) for f in scheduled.flags)
            if column == Col.TITLE:  # whole, as a narrow column may cut it
                whole = f"{item.title}\n\n{item.description}" if item.description else item.title
                if item.id in self._in_conflict:
                    note = translate(
                        "AgendaModel",
                        "⚠ Sync conflict: another laptop's version of a text is kept "
                        "(Resolve conflict… in the item's details settles it).",
                    )
                    return f"{whole}\n\n{note}"
                return whole
            if column == Col.METHOD and item.method:
                return item.method
            if (
                column == Col.DURATION
                and node.children
                and scheduled.minutes != item.planned_minutes
            ):
                return fill(
                    translate("AgendaModel", "Planned %1; its sub-items take %2"),
                    format_duration(item.planned_minutes),
                    format_duration(scheduled.minutes),
                )
        if role == Qt.ItemDataRole.ForegroundRole and column == Col.NOTICE and scheduled.flags:
            return Qt.GlobalColor.darkRed
        return None

    def _display(self, scheduled: ScheduledItem, column: int) -> str:
        item = scheduled.item
        if column == Col.NUMBER:
            return scheduled.number
        if column == Col.START:
            text = time_text(scheduled.start)
            return f"🔒 {text}" if item.locked_start and text else text
        if column == Col.TITLE:
            return f"⚠ {item.title}" if item.id in self._in_conflict else item.title
        if column == Col.DURATION:
            return format_duration(scheduled.minutes)
        if column == Col.KIND:
            return dict(kind_labels())[item.kind]
        if column == Col.METHOD:
            return item.method
        if column == Col.NOTICE:
            return notice_cell_text(scheduled.flags)
        return ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.item_at(index)
        if item is None or role != Qt.ItemDataRole.EditRole:
            return False
        column = index.column()
        fields: dict[str, Any]
        if column == Col.TITLE:
            if not str(value).strip():
                return False
            fields = {"title": str(value)}
        elif column == Col.DURATION:
            try:
                fields = {"planned_minutes": parse_duration(str(value))}
            except DurationError as error:
                prompts.error(
                    self._context.window,
                    translate("AgendaModel", "Not a duration"),
                    notice_text(error.notice),
                )
                return False
        elif column == Col.KIND:
            fields = {"kind": ItemKind(value)}
        elif column == Col.METHOD:
            fields = {"method": str(value).strip()}
        else:
            return False
        if all(getattr(item, k) == v for k, v in fields.items()):
            return False
        label = translate("AgendaModel", "Edit “%1”").replace("%1", item.title)
        return self._context.execute(UpdateItem(item_id=item.id, **fields), label) is not None

    # --- drag and drop ----------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        item = self.item_at(indexes[0]) if indexes else None
        if item is not None:
            data.setData(MIME_TYPE, QByteArray(str(item.id).encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        item_id = UUID(bytes(data.data(MIME_TYPE).data()).decode())
        target = self.item_at(parent)
        moving = self._nodes.get(item_id)
        if moving is None or moving.scheduled is None:
            return False
        parent_id = target.id if target else None
        position = row if row >= 0 else len(self._node(parent).children)
        current = moving.scheduled.item
        if current.parent_id == parent_id and position > current.position:
            position -= 1  # the item leaves its old place first
        label = translate("AgendaModel", "Move “%1”").replace("%1", current.title)
        with contextlib.suppress(ValueError):  # dropped onto itself or its own sub-items
            self._context.execute(
                MoveItem(item_id=item_id, parent_id=parent_id, position=position), label
            )
        # The model reloads from the store; False keeps the view from removing a row itself.
        return False
