"""The versions of texts still in sync conflict (``sync_conflict``), as screens and the
minutes show them beside the version shown: read, never written (``ResolveConflict``
settles one)."""

from __future__ import annotations

from uuid import UUID

from forum_desktop.storage import Store


def conflict_versions(
    store: Store, event_id: UUID, record_type: str
) -> dict[tuple[UUID, str], list[str]]:
    """The open conflict versions of each text of the event's records of ``record_type``,
    by record and field, oldest first."""
    rows = store.conn.execute(
        "SELECT record_id, field, value FROM sync_conflict WHERE event_id = ? "
        "AND record_type = ? ORDER BY hlc, change_id",
        (str(event_id), record_type),
    )
    found: dict[tuple[UUID, str], list[str]] = {}
    for record_id, field, value in rows:
        found.setdefault((UUID(record_id), field), []).append(value)
    return found


def conflict_texts(
    store: Store, event_id: UUID, record_type: str = "outcome", field: str = "text"
) -> dict[UUID, list[str]]:
    """The open conflict versions of each record's ``field`` (an entry's text unless told
    otherwise), oldest first."""
    versions = conflict_versions(store, event_id, record_type)
    return {record: kept for (record, name), kept in versions.items() if name == field}


def fields_in_conflict(store: Store, record_type: str, record_id: UUID) -> list[str]:
    """Which texts of one record are in conflict (a screen showing the record marks them)."""
    rows = store.conn.execute(
        "SELECT DISTINCT field FROM sync_conflict WHERE record_type = ? AND record_id = ? "
        "ORDER BY field",
        (record_type, str(record_id)),
    )
    return [field for (field,) in rows]


def translations_in_conflict(store: Store, target_id: UUID) -> list[tuple[UUID, str, str]]:
    """The translations of one record in conflict: (translation id, field, language)."""
    rows = store.conn.execute(
        "SELECT DISTINCT t.id, t.field, t.language FROM sync_conflict c "
        "JOIN translation t ON t.id = c.record_id "
        "WHERE c.record_type = 'translation' AND t.target_id = ? ORDER BY t.field, t.language",
        (str(target_id),),
    )
    return [(UUID(record_id), field, language) for record_id, field, language in rows]


def records_in_conflict(store: Store, event_id: UUID, record_type: str) -> set[UUID]:
    """The event's records of ``record_type`` with a text, or a translation of one, in
    conflict."""
    rows = store.conn.execute(
        "SELECT record_id FROM sync_conflict WHERE event_id = ? AND record_type = ? "
        "UNION SELECT t.target_id FROM sync_conflict c JOIN translation t ON t.id = c.record_id "
        "WHERE c.event_id = ? AND c.record_type = 'translation' AND t.target_type = ?",
        (str(event_id), record_type, str(event_id), record_type),
    )
    return {UUID(record_id) for (record_id,) in rows}


def texts_in_conflict(store: Store, event_id: UUID) -> set[tuple[str, UUID, str]]:
    """The event's texts in conflict: (record type, record id, field), once each."""
    rows = store.conn.execute(
        "SELECT DISTINCT record_type, record_id, field FROM sync_conflict WHERE event_id = ?",
        (str(event_id),),
    )
    return {(record_type, UUID(record_id), field) for record_type, record_id, field in rows}
