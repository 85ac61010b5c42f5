"""Which event a record belongs to here: a record id belongs to one event for good, so
files from outside (documents, bundles) are checked against it before anything is written."""

from __future__ import annotations

from uuid import UUID

from forum_desktop.models import RECORD_TYPES, Change
from forum_desktop.storage.store import Store


def owning_event(store: Store, record_type: str, record_id: UUID) -> UUID | None:
    """The event of the stored record, directly or through its session, else the event
    the journal's latest change of it names (a deleted record); None when unknown here."""
    if record_type == "event":
        return record_id if store.exists(RECORD_TYPES["event"], record_id) else None
    columns = set(RECORD_TYPES[record_type].model_fields)
    if "event_id" in columns or "session_id" in columns:
        column = "event_id" if "event_id" in columns else "session_id"
        row = store.conn.execute(
            f"SELECT {column} FROM {record_type} WHERE id = ?", (str(record_id),)
        ).fetchone()
        if row is not None and row[0] is not None:
            if column == "event_id":
                return UUID(row[0])
            session = store.conn.execute(
                "SELECT event_id FROM session WHERE id = ?", (row[0],)
            ).fetchone()
            if session is not None:
                return UUID(session[0])
    row = store.conn.execute(
        "SELECT event_id FROM journal WHERE record_type = ? AND record_id = ? "
        "AND event_id IS NOT NULL ORDER BY rowid DESC LIMIT 1",
        (record_type, str(record_id)),
    ).fetchone()
    return None if row is None else UUID(row[0])


def other_event_of(store: Store, event_id: UUID, change: Change) -> UUID | None:
    """The other event a change of ``event_id`` reaches into, if any: its record belongs to
    one here, or it sets the record's event (or session) to another event's."""
    owners = [owning_event(store, change.record_type, change.record_id)]
    if (new_event := _new_id(change, "event_id")) is not None:
        owners.append(new_event)
    if (new_session := _new_id(change, "session_id")) is not None:
        owners.append(owning_event(store, "session", new_session))
    return next((owner for owner in owners if owner is not None and owner != event_id), None)


def _new_id(change: Change, name: str) -> UUID | None:
    """The id a change gives a field; None when it sets none (a malformed value is left to
    the merge, which holds records that do not validate)."""
    field = change.fields.get(name)
    try:
        return UUID(field.new) if field is not None and isinstance(field.new, str) else None
    except ValueError:
        return None
