"""Events joined through a shared folder that have not arrived yet.

Sharing or joining records the folder as the installation setting ``sync.folder.<event
id>``; that setting is the durable record of a join, so an event joined before any
laptop's changes reached the folder stays awaited across restarts until its changes
arrive (or the user stops waiting). An event this laptop ever held — here now, or
deleted since — is not awaited: its journal holds its changes.
"""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from forum_desktop.models import Event
from forum_desktop.notices import NoticeError, NoticeKind
from forum_desktop.storage import Store

FOLDER_SETTING = "sync.folder."
"""Followed by an event id: the folder the event is shared through on this laptop."""

NOTHING_AWAITED = NoticeKind(
    "sync.nothing_awaited",
    "No shared event is still awaited from {folder}: it may have arrived meanwhile "
    "(see the events list).",
)


def folder_setting(event_id: UUID) -> str:
    return f"{FOLDER_SETTING}{event_id}"


def shared_folders(store: Store) -> dict[UUID, Path]:
    """The folder of every event shared or joined on this laptop, by event id."""
    found = {}
    for key, value in store.settings_with_prefix(FOLDER_SETTING).items():
        try:
            event_id = UUID(key.removeprefix(FOLDER_SETTING))
        except ValueError:  # not written by this app: not a join
            continue
        found[event_id] = Path(value)
    return found


def awaited_events(store: Store) -> dict[UUID, Path]:
    """The events joined whose changes have not come in yet, with their folder."""
    return {
        event_id: folder
        for event_id, folder in shared_folders(store).items()
        if not ever_held(store, event_id)
    }


def stop_waiting(store: Store, folder: Path) -> list[UUID]:
    """Forget the events awaited from ``folder`` (their folder setting); returns them.

    Refuses, changing nothing, when none is awaited from there any more."""
    events = [event_id for event_id, path in awaited_events(store).items() if path == folder]
    if not events:
        raise NoticeError(NOTHING_AWAITED, folder=folder)
    with store.transaction():
        for event_id in events:
            store.forget_setting(folder_setting(event_id))
    return events


def ever_held(store: Store, event_id: UUID) -> bool:
    """Whether this laptop's journal ever held the event (here now, or deleted since)."""
    row = store.conn.execute(
        "SELECT 1 FROM journal WHERE record_type = ? AND record_id = ? LIMIT 1",
        (Event.record_type, str(event_id)),
    ).fetchone()
    return row is not None
