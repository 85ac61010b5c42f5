"""Recognising a programme imported again: its items are already where it would put them.

``ImportAgenda`` then adds no session or item (the context and the objectives it adds
only when missing), so importing the same file again changes nothing: before, it
doubled the agenda without a word.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from uuid import UUID

from forum_desktop.models import AgendaItem, Session
from forum_desktop.services.agenda import sessions_of
from forum_desktop.storage import Store

DayTitles = tuple[dt.date | None, list[str]]
"""A day of the programme: its date and the titles its top-level items would get."""


def already_imported(
    store: Store, event_id: UUID, days: Sequence[DayTitles], session_id: UUID | None
) -> bool:
    """Whether the programme whose days with items are ``days`` is already imported:
    appended to a session, that session holds their top-level items in a row; as new
    sessions, each day has a session of its date holding exactly its top-level items."""
    if not days:
        return False
    if session_id is not None:
        session = store.require(Session, session_id)
        if session.event_id != event_id:
            return False  # refused as another event's session
        wanted = [title for _, titles in days for title in titles]
        return _in_a_row(_top_titles(store, session), wanted)
    sessions = sessions_of(store, event_id)
    return all(
        any(s.date == date and _top_titles(store, s) == titles for s in sessions)
        for date, titles in days
    )


def _top_titles(store: Store, session: Session) -> list[str]:
    where = {"session_id": session.id, "parent_id": None}
    return [item.title for item in store.select(AgendaItem, where)]


def _in_a_row(titles: Sequence[str], wanted: Sequence[str]) -> bool:
    return any(
        list(titles[start : start + len(wanted)]) == list(wanted)
        for start in range(len(titles) - len(wanted) + 1)
    )
