"""The actions captured at events, as a follow-up list: CSV for spreadsheets, iCalendar
to-dos (VTODO) for calendar and task apps.

``action_rows`` reads every action (an outcome of kind "action") of one event or of all,
with its owners by name, due date, status and whether it is overdue; the two writers turn
the rows into a file::

    rows = action_rows(store, event_id=event_id, today=date.today())
    save_export(path, actions_csv(rows, language="fr"))

The CSV is written like the roster export (UTF-8 with a BOM, every formula-like cell
neutralised); the calendar like the sessions calendar (escaped, folded, CRLF). An owner
whose participant was deleted from the roster shows as ``UNKNOWN_OWNER``. An anonymous
action names nobody (no owners, no author), as in the minutes. The files are shared with
others, so they also follow ``services.naming``: an action of a session under the Chatham
House rule names nobody either, and an owner who asked not to be named is "(not named)";
the tracker's ``owners`` stay the rapporteur's own view.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final
from uuid import UUID
from zoneinfo import ZoneInfo

from forum_desktop.export.ical import UID_DOMAIN, escape_text, utc_value, vcalendar
from forum_desktop.export.labels import Labels, labels
from forum_desktop.interchange.roster_csv import spreadsheet_csv
from forum_desktop.models import (
    ActionFields,
    ActionStatus,
    AgendaItem,
    Event,
    Language,
    Outcome,
    OutcomeKind,
    Participant,
    Session,
)
from forum_desktop.services.naming import chatham_house, may_name, names_shown
from forum_desktop.storage import Store

UNKNOWN_OWNER: Final = "?"
"""An owner chosen from the roster who has since been deleted from it."""

SUMMARY_MAX_CHARS: Final = 200
"""A to-do's title is the action's first line, cut to this many characters."""

OWNERS_SEPARATOR: Final = "; "
"""Between owners in a CSV cell (a name may hold a comma)."""

OPEN_STATUSES: Final = frozenset({ActionStatus.OPEN, ActionStatus.IN_PROGRESS})
"""Statuses of an action still to be done (so it can be overdue)."""

VTODO_STATUS: Final[dict[ActionStatus, str]] = {
    ActionStatus.OPEN: "NEEDS-ACTION",
    ActionStatus.IN_PROGRESS: "IN-PROCESS",
    ActionStatus.DONE: "COMPLETED",
    ActionStatus.DROPPED: "CANCELLED",
}


@dataclass(frozen=True)
class ActionRow:
    """One action with what a follow-up list shows of it."""

    outcome: Outcome
    event: Event
    owners: list[str]
    """Roster owners by name (``UNKNOWN_OWNER`` if deleted), then owners typed as text."""
    due: dt.date | None
    status: ActionStatus
    overdue: bool
    """Due before ``today`` and still open or in progress."""
    session: Session | None = None
    """The session it was captured in, if any (and not deleted)."""
    item: AgendaItem | None = None
    """The agenda item it was captured at, if any (and not deleted)."""
    named: bool = True
    """Whether a file shared with others names people beside it (``names_shown``)."""
    shared_owners: tuple[str | None, ...] = ()
    """The owners such a file shows: none unless ``named``; ``None`` in place of a person
    who asked not to be named."""


def action_rows(store: Store, *, event_id: UUID | None = None, today: dt.date) -> list[ActionRow]:
    """Every action of the event ``event_id`` (default: of all events), by due date (undated
    last), then by capture time.

    Raises ``RecordNotFoundError`` when ``event_id`` names no event.
    """
    where: dict[str, object] = {"kind": OutcomeKind.ACTION.value}
    if event_id is not None:
        store.require(Event, event_id)
        where["event_id"] = event_id
    lookup = _Lookup(store)
    rows = [
        _row(lookup, outcome, today)
        for outcome in store.select(Outcome, where, order_by="captured_at")
    ]
    found = [row for row in rows if row is not None]
    found.sort(key=_order)
    return found


def action_row(store: Store, outcome: Outcome, *, today: dt.date) -> ActionRow | None:
    """One action as ``action_rows`` shows it (``None`` if ``outcome`` is no action)."""
    if outcome.kind != OutcomeKind.ACTION:
        return None
    return _row(_Lookup(store), outcome, today)


def _row(lookup: _Lookup, outcome: Outcome, today: dt.date) -> ActionRow | None:
    event = lookup.event(outcome.event_id)
    if event is None:  # cannot happen while events are deleted with their outcomes
        return None
    fields = outcome.kind_fields()
    assert isinstance(fields, ActionFields)
    late = fields.due is not None and fields.due < today
    session = lookup.session(outcome.session_id)
    rule = chatham_house(session)
    named = names_shown(outcome.session_id, rule, anonymous=outcome.anonymous)
    return ActionRow(
        outcome=outcome,
        event=event,
        owners=[] if outcome.anonymous else lookup.owners(event.id, fields),
        named=named,
        shared_owners=lookup.shared_owners(event.id, fields) if named else (),
        due=fields.due,
        status=fields.status,
        overdue=late and fields.status in OPEN_STATUSES,
        session=session,
        item=lookup.item(outcome.item_id),
    )


def _order(row: ActionRow) -> tuple[bool, dt.date, dt.datetime, str]:
    return (row.due is None, row.due or dt.date.min, row.outcome.captured_at, str(row.outcome.id))


class _Lookup:
    """Events, rosters, sessions and items, each read from the store once."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._events: dict[UUID, Event | None] = {}
        self._rosters: dict[UUID, dict[UUID, Participant]] = {}
        self._sessions: dict[UUID, Session | None] = {}
        self._items: dict[UUID, AgendaItem | None] = {}

    def event(self, event_id: UUID) -> Event | None:
        if event_id not in self._events:
            self._events[event_id] = self._store.get(Event, event_id)
        return self._events[event_id]

    def session(self, session_id: UUID | None) -> Session | None:
        if session_id is None:
            return None
        if session_id not in self._sessions:
            self._sessions[session_id] = self._store.get(Session, session_id)
        return self._sessions[session_id]

    def item(self, item_id: UUID | None) -> AgendaItem | None:
        if item_id is None:
            return None
        if item_id not in self._items:
            self._items[item_id] = self._store.get(AgendaItem, item_id)
        return self._items[item_id]

    def roster(self, event_id: UUID) -> dict[UUID, Participant]:
        if event_id not in self._rosters:
            people = self._store.select(Participant, {"event_id": event_id})
            self._rosters[event_id] = {person.id: person for person in people}
        return self._rosters[event_id]

    def owners(self, event_id: UUID, fields: ActionFields) -> list[str]:
        roster = self.roster(event_id)
        named = [
            person.name if (person := roster.get(owner_id)) else UNKNOWN_OWNER
            for owner_id in fields.owner_ids
        ]
        return [*named, *_typed(fields)]

    def shared_owners(self, event_id: UUID, fields: ActionFields) -> tuple[str | None, ...]:
        """The owners as shared files show them (``None``: asked not to be named)."""
        roster = self.roster(event_id)
        named: list[str | None] = []
        for owner_id in fields.owner_ids:
            person = roster.get(owner_id)
            if person is None:
                named.append(UNKNOWN_OWNER)
            else:
                named.append(person.name if may_name(person) else None)
        return (*named, *_typed(fields))


def _typed(fields: ActionFields) -> list[str]:
    """Owners typed as text (not on the roster)."""
    return [name.strip() for name in fields.owner_names if name.strip()]


def _shown_owners(row: ActionRow, lab: Labels) -> list[str]:
    """The owners a shared file prints."""
    return [lab["not_named"] if owner is None else owner for owner in row.shared_owners]


# --- CSV ----------------------------------------------------------------------------------


def actions_csv(
    rows: Sequence[ActionRow], *, language: Language | str, delimiter: str = ","
) -> bytes:
    """The actions as CSV, written like the roster export: UTF-8 with a BOM, column names
    and statuses in ``language``, due dates as ISO dates, capture times in the event's
    time zone with their UTC offset, every formula-like cell neutralised. ``delimiter`` may
    be ";" (or a tab) for spreadsheets that expect it."""
    lab = labels(language)
    header = [
        lab[key]
        for key in (
            "col_event",
            "col_session",
            "col_item",
            "col_action",
            "col_owners",
            "col_due",
            "col_status",
            "col_captured_at",
            "col_author",
        )
    ]
    return spreadsheet_csv(header, (_csv_row(row, lab) for row in rows), delimiter=delimiter)


def _csv_row(row: ActionRow, lab: Labels) -> list[str]:
    outcome = row.outcome
    captured = outcome.captured_at.astimezone(ZoneInfo(row.event.timezone))
    return [
        row.event.title,
        row.session.title if row.session else "",
        row.item.title if row.item else "",
        outcome.text,
        OWNERS_SEPARATOR.join(_shown_owners(row, lab)),
        row.due.isoformat() if row.due else "",
        lab.action_status(row.status),
        captured.isoformat(sep=" ", timespec="seconds"),
        outcome.author if row.named else "",
    ]


# --- iCalendar ----------------------------------------------------------------------------


def actions_ical(rows: Sequence[ActionRow], *, language: Language | str, now: dt.datetime) -> str:
    """The dated actions as iCalendar to-dos (RFC 5545), with CRLF line endings.

    One VTODO per action with a due date (undated actions are left out), its UID the
    action's id so importing the file again updates the same to-dos; ``now`` (time-zone
    aware) is the DTSTAMP. ``language`` words the description and the calendar's name.
    """
    lab = labels(language)
    stamp = utc_value(now)
    lines: list[str] = []
    for row in rows:
        if row.due is not None:
            lines += _vtodo(row, row.due, lab, stamp)
    events = {row.event.id: row.event for row in rows}
    name = lab["actions"]
    if len(events) == 1:
        [event] = events.values()
        name = f"{event.title} — {name}"
    return vcalendar(name, lines)


def _vtodo(row: ActionRow, due: dt.date, lab: Labels, stamp: str) -> list[str]:
    outcome = row.outcome
    return [
        "BEGIN:VTODO",
        f"UID:{outcome.id}@{UID_DOMAIN}",
        f"DTSTAMP:{stamp}",
        f"CREATED:{utc_value(outcome.captured_at)}",
        f"LAST-MODIFIED:{utc_value(outcome.updated_at)}",
        f"DUE;VALUE=DATE:{due:%Y%m%d}",
        f"SUMMARY:{escape_text(summary(outcome.text) or lab['col_action'])}",
        f"DESCRIPTION:{escape_text(_description(row, lab))}",
        f"STATUS:{VTODO_STATUS[row.status]}",
        "END:VTODO",
    ]


def summary(text: str) -> str:
    """The first non-blank line of ``text``, spaces collapsed, cut to
    ``SUMMARY_MAX_CHARS`` characters with "…"."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    line = " ".join(first.split())
    if len(line) <= SUMMARY_MAX_CHARS:
        return line
    return line[: SUMMARY_MAX_CHARS - 1].rstrip() + "…"


def _description(row: ActionRow, lab: Labels) -> str:
    details = []
    if owners := _shown_owners(row, lab):
        details.append(lab.label_value("col_owners", lab.join(owners)))
    if row.session is not None:
        details.append(lab.label_value("col_session", row.session.title))
    details.append(lab.label_value("col_event", row.event.title))
    text = row.outcome.text.strip()
    return "\n\n".join(part for part in (text, "\n".join(details)) if part)
