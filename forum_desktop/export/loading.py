"""What the exporters need, read from the store in one call; and saving what they make.

The command line and the UI both do::

    event, sessions, people = load_agenda(store, event_id)
    save_export(path, run_sheet_pdf(event, sessions, people, language="fr"))
"""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from forum_desktop.files import write_atomically
from forum_desktop.models import AgendaItem, Event, Participant, Session
from forum_desktop.services.agenda import items_of, sessions_of
from forum_desktop.storage import Store


def load_agenda(
    store: Store, event_id: UUID
) -> tuple[Event, list[tuple[Session, list[AgendaItem]]], list[Participant]]:
    """The event, its sessions in order each with all its items, and its roster.

    Raises ``RecordNotFoundError`` when there is no such event.
    """
    event = store.require(Event, event_id)
    sessions = [(session, items_of(store, session.id)) for session in sessions_of(store, event_id)]
    participants = store.select(Participant, {"event_id": event_id})
    return event, sessions, participants


def items_by_session(
    sessions: list[tuple[Session, list[AgendaItem]]],
) -> dict[UUID, list[AgendaItem]]:
    """``load_agenda``'s sessions as the mapping ``sessions_ical`` takes."""
    return {session.id: items for session, items in sessions}


def save_export(path: Path, data: bytes | str) -> None:
    """Write an export atomically (text as UTF-8, its line endings kept)."""
    write_atomically(path, data.encode("utf-8") if isinstance(data, str) else data)
