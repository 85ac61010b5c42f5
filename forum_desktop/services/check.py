"""``forum-desktop check``: SQLite's integrity check plus the app's own consistency rules."""

from __future__ import annotations

from pydantic import ValidationError

from forum_desktop.models import RECORD_TYPES, AgendaItem, Event
from forum_desktop.storage import Store


def run_checks(store: Store) -> list[str]:
    """Every problem found, as a sentence; an empty list means the database is sound."""
    problems = [
        f"SQLite integrity: {row[0]}"
        for row in store.conn.execute("PRAGMA integrity_check")
        if row[0] != "ok"
    ]
    problems += [
        f"{table} row {rowid} points to a missing {parent}"
        for table, rowid, parent, _ in store.conn.execute("PRAGMA foreign_key_check")
    ]
    for record_type, cls in RECORD_TYPES.items():
        try:
            store.select(cls, order_by="created_at")
        except ValidationError as error:
            problems.append(f"a {record_type} row does not load: {error.errors()[0]['msg']}")
    problems += _journal_problems(store)
    problems += _agenda_problems(store)
    problems += _reference_problems(store)
    for event in _safe_events(store):
        if event.start_date and event.end_date and event.end_date < event.start_date:
            problems.append(f"event {event.title!r} ends before it starts")
    return problems


def _safe_events(store: Store) -> list[Event]:
    try:
        return store.select(Event, order_by="title")
    except ValidationError:
        return []


def _journal_problems(store: Store) -> list[str]:
    """This laptop numbers its own changes 1, 2, 3…; another laptop's arrive only for the
    events shared with this one, so gaps in theirs are expected."""
    numbers = [
        sequence
        for (sequence,) in store.conn.execute(
            "SELECT sequence FROM journal WHERE device_id = ? ORDER BY sequence",
            (str(store.device_id),),
        )
    ]
    if numbers == list(range(1, len(numbers) + 1)):
        return []
    return [f"the journal of device {store.device_id} has gaps in its sequence numbers"]


SOFT_REFERENCES = (
    ("outcome", "session_id", "session"),
    ("outcome", "item_id", "agenda_item"),
    ("photo", "item_id", "agenda_item"),
    ("photo", "outcome_id", "outcome"),
    ("session_run", "current_item_id", "agenda_item"),
    ("item_run", "item_id", "agenda_item"),
    ("speaker_turn", "item_id", "agenda_item"),
    ("speaker_turn", "participant_id", "participant"),
    ("method_run", "session_id", "session"),
    ("method_run", "item_id", "agenda_item"),
)
"""References without a foreign key: deleting what they name keeps the record (an entry
outlives its item), so they may name a deleted record or one a sync still waits for, but
never one this database never had."""


def _reference_problems(store: Store) -> list[str]:
    problems = []
    for table, column, target in SOFT_REFERENCES:
        rows = store.conn.execute(
            f"SELECT id, {column} FROM {table} WHERE {column} IS NOT NULL "
            f"AND {column} NOT IN (SELECT id FROM {target}) AND {column} NOT IN "
            "(SELECT record_id FROM journal WHERE record_type = ? AND kind = 'delete') "
            f"AND {column} NOT IN (SELECT record_id FROM sync_held) ORDER BY id",
            (target,),
        )
        problems += [
            f"{table} {record_id}: {column} {value} names no {target}" for record_id, value in rows
        ]
    return problems


def _agenda_problems(store: Store) -> list[str]:
    try:
        items = {item.id: item for item in store.select(AgendaItem, order_by="created_at")}
    except ValidationError:
        return []
    return [
        f"agenda item {item.title!r} has a parent in another session"
        for item in items.values()
        if item.parent_id is not None
        and item.parent_id in items
        and items[item.parent_id].session_id != item.session_id
    ]
