"""A rehearsal: a session run on a copy of the database, timed from when it starts.

Everything a rehearsal records (its run, turns, captures, a method's acts) goes to the
copy, which the rehearsal throws away when it ends: nothing of it reaches the event, its
minutes or another laptop. On the copy the session is dated today and starts at the
minute the rehearsal does, so the console's projected end means something.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from uuid import UUID
from zoneinfo import ZoneInfo

from forum_desktop.models import Event, Session
from forum_desktop.storage import Store, open_database

REHEARSAL_FILE = "rehearsal.sqlite3"


def rehearsal_copy(store: Store, session_id: UUID, folder: Path) -> Store:
    """A store over a copy of ``store``'s database in ``folder``, with the session moved
    to now (today, this minute, in its time zone); the caller closes it."""
    path = folder / REHEARSAL_FILE
    target = sqlite3.connect(path)
    try:
        store.conn.backup(target)
    finally:
        target.close()
    copy = Store(open_database(path, store.clock), store.clock)
    session = copy.require(Session, session_id)
    zone = ZoneInfo(session.timezone or copy.require(Event, session.event_id).timezone)
    now = store.clock.now().astimezone(zone)
    start = now.time().replace(second=0, microsecond=0)
    moved: dict[str, object] = {"date": now.date(), "start_time": start}
    if session.start_time is not None and session.end_time is not None:
        planned = _minutes(session.end_time) - _minutes(session.start_time)
        end = (dt.datetime.combine(now.date(), start) + dt.timedelta(minutes=planned)).time()
        moved["end_time"] = end if end > start else dt.time(23, 59)
    copy.update(Session, session_id, **moved)
    return copy


def _minutes(moment: dt.time) -> int:
    return moment.hour * 60 + moment.minute
