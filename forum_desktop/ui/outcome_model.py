"""An event's captured entries as a Qt table model (no widget per row: 10,000 stay fast)."""

from __future__ import annotations

import bisect
import itertools
import logging
from collections.abc import Hashable
from pathlib import Path
from typing import Any, cast
from uuid import UUID
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from forum_desktop.clock import Clock
from forum_desktop.models import (
    AgendaItem,
    ChangeKind,
    Event,
    Outcome,
    OutcomeKind,
    Participant,
    ReviewState,
    Session,
)
from forum_desktop.services.agenda import items_of, sessions_of
from forum_desktop.services.open_conflicts import conflict_texts
from forum_desktop.services.operations import OpResult
from forum_desktop.storage import Store, connect_read_only
from forum_desktop.storage.light_rows import (
    ACTION_KINDS,
    SPEAKER_KINDS,
    EntryRow,
    light_rows,
    light_rows_by_id,
)
from forum_desktop.ui.clock_times import hour_minute
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.image_jobs import relay, start_job
from forum_desktop.ui.messages import fill
from forum_desktop.ui.qt_dates import qdate

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

READ_OFF_THREAD_FROM = 500
"""Events with this many entries or more read them on a worker: 5,000 entries held the
window for a quarter of a second. Fewer are read at once, so a small event never shows
a loading state (and a capture's row is there when the call returns)."""

_loads = itertools.count(1)
"""Each load's key: a newer load makes an older one's result stale."""

Entries = tuple[list[EntryRow], dict[UUID, list[str]]]


def read_entries(store: Store, event_id: UUID) -> Entries:
    """The event's entries in capture order as light rows (the shown columns, no pydantic:
    validating 5,000 ``Outcome`` records was half of the tab's read), and the other
    versions of texts in conflict."""
    return light_rows(store, event_id), conflict_texts(store, event_id)


def read_entries_apart(database: Path, clock: Clock, event_id: UUID) -> Entries:
    """``read_entries`` over a read-only connection of its own (on a worker thread)."""
    conn = connect_read_only(database)
    try:
        return read_entries(Store(conn, clock), event_id)
    finally:
        conn.close()


Index = QModelIndex | QPersistentModelIndex
OUTCOME_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


def kind_labels() -> dict[str, str]:
    return {
        OutcomeKind.NOTE: translate("OutcomeModel", "Note"),
        OutcomeKind.DECISION: translate("OutcomeModel", "Decision"),
        OutcomeKind.ACTION: translate("OutcomeModel", "Action"),
        OutcomeKind.INSIGHT: translate("OutcomeModel", "Insight"),
        OutcomeKind.QUESTION: translate("OutcomeModel", "Question"),
        OutcomeKind.QUOTE: translate("OutcomeModel", "Quote"),
        OutcomeKind.RECOMMENDATION: translate("OutcomeModel", "Recommendation"),
        OutcomeKind.RISK: translate("OutcomeModel", "Risk"),
        OutcomeKind.SUMMARY: translate("OutcomeModel", "Summary"),
        OutcomeKind.ANSWER: translate("OutcomeModel", "Answer"),
        OutcomeKind.CONTRIBUTION: translate("OutcomeModel", "Contribution"),
        OutcomeKind.FEEDBACK: translate("OutcomeModel", "Peer feedback"),
        OutcomeKind.RESPONSE: translate("OutcomeModel", "Presenter's response"),
        OutcomeKind.SYNTHESIS: translate("OutcomeModel", "Case synthesis"),
        OutcomeKind.VOTE_RESULT: translate("OutcomeModel", "Vote result"),
        OutcomeKind.REPORT: translate("OutcomeModel", "Group report"),
        OutcomeKind.IDEA: translate("OutcomeModel", "Idea"),
    }


def status_labels() -> dict[str, str]:
    return {
        "open": translate("OutcomeModel", "Open"),
        "in_progress": translate("OutcomeModel", "In progress"),
        "done": translate("OutcomeModel", "Done"),
        "dropped": translate("OutcomeModel", "Dropped"),
    }


class Col:
    TIME = 0
    ITEM = 1
    KIND = 2
    TEXT = 3
    PEOPLE = 4
    TAGS = 5
    DUE = 6
    STATUS = 7
    AUTHOR = 8
    REVIEW = 9
    COUNT = 10


def column_titles() -> list[str]:
    return [
        translate("OutcomeModel", "Time"),
        translate("OutcomeModel", "Item"),
        translate("OutcomeModel", "Kind"),
        translate("OutcomeModel", "Entry"),
        translate("OutcomeModel", "People"),
        translate("OutcomeModel", "Tags"),
        translate("OutcomeModel", "Due"),
        translate("OutcomeModel", "Status"),
        translate("OutcomeModel", "Author"),
        translate("OutcomeModel", "Review"),
    ]


class OutcomeModel(QAbstractTableModel):
    loaded = Signal()
    """A read on a worker has been shown (``loading`` is false again)."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.loading = False
        """The rows are being read on a worker; the model is empty meanwhile."""
        self._pending: Hashable | None = None
        self._context = context
        self._event_id: UUID | None = None
        self._outcomes: list[EntryRow] = []
        """Light rows: an edit reads the entry's full ``Outcome`` (``record``)."""
        self._zone: ZoneInfo | None = None
        self._main_language: str | None = None
        """The event's main language: an entry said in another one shows its code."""
        self._rows: dict[str, int] = {}  # by ``EntryRow.key``
        self._by_item = False
        self._items: dict[UUID, tuple[int, str]] = {}  # id → (agenda order, "1.2 Title")
        self._people: dict[UUID, str] = {}
        self._conflicts: dict[UUID, list[str]] = {}
        context.changed.connect(self._on_changed)
        context.reset.connect(self.reload)
        relay().finished.connect(self._received)

    def set_event(self, event_id: UUID | None) -> None:
        self._event_id = event_id
        self.reload()

    def reload(self) -> None:
        """Read the event's entries again: at once when few, else on a worker.

        Whatever changes while a worker reads starts a newer read (see ``_on_changed``),
        whose result alone is shown: a capture made meanwhile is neither lost nor doubled.
        """
        self.beginResetModel()
        store = self._context.store
        event_id = self._event_id
        event = store.get(Event, event_id) if event_id else None
        # Times as the room's clock shows them, like the agenda and the Run tab.
        self._zone = ZoneInfo(event.timezone) if event else None
        self._main_language = event.language.value if event else None
        self._load_names()
        self._pending = None
        if event_id is None:
            self._show(([], {}))
        elif store.count(Outcome, {"event_id": event_id}) < READ_OFF_THREAD_FROM:
            self._show(read_entries(store, event_id))
        else:
            self._outcomes, self._rows, self._conflicts = [], {}, {}
            self.loading = True
            key = ("entries", next(_loads))
            self._pending = key
            database, clock = self._context.database, store.clock
            start_job(key, lambda: read_entries_apart(database, clock, event_id))
        self.endResetModel()

    def _follow_main_language(self) -> None:
        event = self._context.store.get(Event, self._event_id) if self._event_id else None
        language = event.language.value if event else None
        if language == self._main_language:
            return
        self._main_language = language
        if self._outcomes:
            last = self.index(len(self._outcomes) - 1, Col.TEXT)
            self.dataChanged.emit(self.index(0, Col.TEXT), last)

    def _show(self, entries: Entries) -> None:
        self._outcomes, self._conflicts = entries
        self.loading = False
        self._order(in_time_order=True)  # read_entries reads them by captured_at

    def _received(self, key: Hashable, result: object) -> None:
        if key != self._pending:
            return  # another model's job, or a read a newer one replaced
        self._pending = None
        self.beginResetModel()
        if isinstance(result, Exception):  # logged by the job; the window can still read
            log.warning("reading entries on a worker failed, reading them here: %s", result)
            assert self._event_id is not None
            result = read_entries(self._context.store, self._event_id)
        self._show(cast(Entries, result))
        self.endResetModel()
        self.loaded.emit()

    def set_grouped(self, by_item: bool) -> None:
        """Hold the rows in time order, or by agenda item then time.

        The model keeps its own order so that views show it without sorting: Qt's sort
        asks Python for a key twice per comparison, over a second for 10,000 entries.
        """
        if by_item != self._by_item:
            self.beginResetModel()
            self._by_item = by_item
            self._order()
            self.endResetModel()

    def _order_key(self, outcome: EntryRow) -> tuple[int, str]:
        return self._item_order(outcome), outcome.captured_at.isoformat()

    def _item_order(self, outcome: EntryRow) -> int:
        return self._items.get(outcome.item_id, (10**9, ""))[0] if self._by_item else 0  # type: ignore[arg-type]

    def _order(self, *, in_time_order: bool = False) -> None:
        """Sort the rows; ``in_time_order`` rows (as read, ordered by the database) only
        need their items' order, if any: formatting 10,000 times took 0.15 s per open."""
        if not in_time_order:
            self._outcomes.sort(key=self._order_key)  # stable: equal times keep capture order
        elif self._by_item:
            self._outcomes.sort(key=self._item_order)  # stable: time order within an item
        self._rows = {o.key: row for row, o in enumerate(self._outcomes)}

    def _load_conflicts(self) -> None:
        event_id = self._event_id
        self._conflicts = conflict_texts(self._context.store, event_id) if event_id else {}

    def in_conflict(self, outcome_id: UUID) -> bool:
        """The entry's text has versions from other laptops no one has resolved yet."""
        return outcome_id in self._conflicts

    def _load_names(self) -> None:
        store = self._context.store
        self._items = {}
        self._people = {}
        if self._event_id is None:
            return
        order = 0
        for session in sessions_of(store, self._event_id):
            numbers: dict[UUID | None, str] = {None: ""}
            counters: dict[UUID | None, int] = {}
            for item in items_of(store, session.id):
                counters[item.parent_id] = counters.get(item.parent_id, 0) + 1
                prefix = numbers[item.parent_id]
                number = (
                    f"{prefix}.{counters[item.parent_id]}"
                    if prefix
                    else str(counters[item.parent_id])
                )
                numbers[item.id] = number
                self._items[item.id] = (order, f"{number} {item.title}")
                order += 1
        for person in store.select(Participant, {"event_id": self._event_id}):
            self._people[person.id] = person.name

    def outcome(self, row: int) -> EntryRow:
        """The entry of ``row`` as the list shows it."""
        return self._outcomes[row]

    def record(self, outcome_id: UUID) -> Outcome:
        """The entry's full record, read now (for an edit or its details)."""
        return self._context.store.require(Outcome, outcome_id)

    def outcomes(self, start: int, stop: int) -> list[EntryRow]:
        """Rows ``start`` to ``stop`` (excluded), for a pass over thousands of them."""
        return self._outcomes[start:stop]

    def row_of(self, outcome_id: UUID) -> int:
        return self._rows.get(str(outcome_id), -1)

    def item_label(self, item_id: UUID | None) -> str:
        return self._items[item_id][1] if item_id in self._items else ""

    def names_of(self, ids: list[UUID]) -> list[str]:
        """Roster names (``?`` for someone since removed from the roster)."""
        return [self._people.get(i, "?") for i in ids]

    def people_of(self, outcome: EntryRow) -> list[str]:
        """Owners, speaker and mentions, by name (an anonymous entry names nobody)."""
        if outcome.anonymous:
            return []
        ids: list[UUID] = list(outcome.mentions)
        names: list[str] = []
        if outcome.kind in ACTION_KINDS:
            ids = [*outcome.owner_ids, *ids]
            names = list(outcome.owner_names)
        elif outcome.kind in SPEAKER_KINDS:
            if outcome.speaker_id:
                ids = [outcome.speaker_id, *ids]
            if outcome.speaker_name:
                names = [outcome.speaker_name]
        return [*(self._people.get(i, "?") for i in dict.fromkeys(ids)), *names]

    # --- Qt model interface -----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._outcomes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else Col.COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = column_titles()
            return titles[section] if 0 <= section < len(titles) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._outcomes):
            return None
        outcome = self._outcomes[index.row()]
        column = index.column()
        if role == OUTCOME_ID_ROLE:
            return str(outcome.id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(outcome, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == Col.TEXT:
            kept = self._conflicts.get(outcome.id)
            if kept:
                template = self.tr(
                    "%1\n\nSync conflict: also kept from another laptop:\n%2\n"
                    "(Resolve conflict… settles it.)"
                )
                return fill(template, outcome.text[:2000], "\n".join(kept)[:2000])
            return outcome.text[:2000]
        if role == SORT_ROLE:
            if column == Col.TIME:
                return outcome.captured_at.isoformat()
            if column == Col.ITEM:
                order = self._items.get(outcome.item_id, (10**9, ""))[0]  # type: ignore[arg-type]
                return f"{order:012d}{outcome.captured_at.isoformat()}"
            if column == Col.TEXT:  # by the text itself, not its language or conflict mark
                return outcome.text.casefold()
            return self._display(outcome, column).casefold()
        if role == Qt.ItemDataRole.FontRole and outcome.kind == OutcomeKind.DECISION:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, outcome: EntryRow, column: int) -> str:
        if column == Col.TIME:
            return hour_minute(outcome.captured_at.astimezone(self._zone).time())
        if column == Col.ITEM:
            return self.item_label(outcome.item_id)
        if column == Col.KIND:
            return kind_labels().get(outcome.kind, outcome.kind)
        if column == Col.TEXT:
            first = outcome.text.split("\n", 1)[0]
            shown = first if len(first) <= 300 else first[:300] + "…"
            if outcome.language and outcome.language != self._main_language:
                shown = f"[{outcome.language}] {shown}"  # as the minutes tag it
            if outcome.id in self._conflicts:
                return self.tr("⚠ In conflict: %1").replace("%1", shown)
            return shown
        if column == Col.PEOPLE:
            return ", ".join(self.people_of(outcome))
        if column == Col.TAGS:
            return " ".join(f"#{tag}" for tag in outcome.tags)
        if column == Col.DUE:
            due = outcome.due
            return QLocale().toString(qdate(due), QLocale.FormatType.ShortFormat) if due else ""
        if column == Col.STATUS:
            return status_labels()[outcome.status] if outcome.status else ""
        if column == Col.AUTHOR:
            return outcome.author
        if column == Col.REVIEW:
            return (
                translate("OutcomeModel", "Approved")
                if outcome.review == ReviewState.APPROVED
                else translate("OutcomeModel", "Draft")
            )
        return ""

    # --- updates ----------------------------------------------------------------------

    def _on_changed(self, result: OpResult) -> None:
        if self._event_id is None:
            return
        if result.touches(AgendaItem.record_type, Session.record_type, Participant.record_type):
            self.reload()
            return
        if self.loading and result.touches(Outcome.record_type):
            self.reload()  # the running read may have started before this change
            return
        if result.touches(Event.record_type):
            self._follow_main_language()
        if not result.touches(Outcome.record_type):
            return
        self._load_conflicts()  # an edit of an entry in conflict keeps its versions open
        changes = [c for c in result.changes if c.record_type == Outcome.record_type]
        if len(changes) == 1 and changes[0].kind is ChangeKind.INSERT:
            self._append(changes[0].record_id)  # the capture path: no reset, no re-read
        elif all(c.kind is ChangeKind.UPDATE and str(c.record_id) in self._rows for c in changes):
            ids = list(dict.fromkeys(c.record_id for c in changes))
            updated = light_rows_by_id(self._context.store, self._event_id, ids)
            if len(updated) != len(ids) or any(
                self._order_key(o) != self._order_key(self._outcomes[self._rows[o.key]])
                for o in updated
            ):
                self.reload()  # moved to another item or event: its place changes
                return
            for outcome in updated:
                row = self._rows[outcome.key]
                self._outcomes[row] = outcome
                self.dataChanged.emit(self.index(row, 0), self.index(row, Col.COUNT - 1))
        else:
            self.reload()

    def _append(self, outcome_id: UUID) -> None:
        assert self._event_id is not None
        found = light_rows_by_id(self._context.store, self._event_id, [outcome_id])
        if not found:
            return  # another event's
        outcome = found[0]
        row = bisect.bisect_right(self._outcomes, self._order_key(outcome), key=self._order_key)
        self.beginInsertRows(QModelIndex(), row, row)
        self._outcomes.insert(row, outcome)
        if row == len(self._outcomes) - 1:  # the usual case, at the end: one more row
            self._rows[outcome.key] = row
        else:
            self._rows = {o.key: i for i, o in enumerate(self._outcomes)}
        self.endInsertRows()
