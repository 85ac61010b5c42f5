"""Where a method's records belong: the method's item, its session and its event."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from uuid import UUID

from forum_desktop.models import AgendaItem, Record, Session
from forum_desktop.storage import Store


@dataclass(frozen=True)
class ItemScope:
    event_id: UUID
    session_id: UUID
    item_id: UUID


def item_scope(store: Store, item_id: UUID) -> ItemScope:
    """The method item's session and event (the item must exist)."""
    item = store.require(AgendaItem, item_id)
    session = store.require(Session, item.session_id)
    return ItemScope(session.event_id, session.id, item.id)


def newest_key(record: Record) -> tuple[dt.datetime, str]:
    """How records two laptops made at once are ranked: by creation time, then id, so
    every laptop ranks them the same."""
    return (record.created_at, str(record.id))
