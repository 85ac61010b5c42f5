"""A rehearsal: a session run on a copy of the database, timed from when it starts.

Everything a rehearsal records (its run, turns, captures, a method's acts) goes to the
copy, which the rehearsal throws away when it ends: nothing of it reaches the event, its
minutes or another laptop. On the copy the session is dated today and starts at the
minute the rehearsal does, so the console's projected end means something.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from uuid import UUID
from zoneinfo import ZoneInfo

from forum_desktop.clock import Clock
from forum_desktop.models import Event, Session
from forum_desktop.storage import Store, open_database
from forum_desktop.storage.backups import copy_database
from forum_desktop.storage.errors import raise_known

REHEARSAL_FILE = "rehearsal.sqlite3"


def rehearsal_copy(
    source: sqlite3.Connection,
    session_id: UUID,
    folder: Path,
    clock: Clock,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> Store:
    """A store over a copy in ``folder`` of what ``source`` holds (a connection that
    ``storage.backups.pin`` made, closed here), with the session moved to now (today,
    this minute, in its time zone); the caller closes the store. A large file takes
    seconds: this runs off the UI thread, ``progress`` hearing (pages copied, in all);
    ``cancel`` set stops the copy at its next step (``CopyCancelledError``, no file left).
    A full disk or a busy file is a ``DiskFullError`` or ``DatabaseBusyError``."""
    path = folder / REHEARSAL_FILE
    try:
        copy_database(source, path, progress, cancel)
    except sqlite3.OperationalError as error:
        raise_known(error)
        raise
    finally:
        source.close()
    copy = Store(open_database(path, clock), clock)
    try:
        _move_to_now(copy, session_id, clock)
    except BaseException:
        copy.conn.close()
        raise
    return copy


def _move_to_now(copy: Store, session_id: UUID, clock: Clock) -> None:
    session = copy.require(Session, session_id)
    zone = ZoneInfo(session.timezone or copy.require(Event, session.event_id).timezone)
    now = clock.now().astimezone(zone)
    start = now.time().replace(second=0, microsecond=0)
    moved: dict[str, object] = {"date": now.date(), "start_time": start}
    if session.start_time is not None and session.end_time is not None:
        planned = _minutes(session.end_time) - _minutes(session.start_time)
        end = (dt.datetime.combine(now.date(), start) + dt.timedelta(minutes=planned)).time()
        moved["end_time"] = end if end > start else dt.time(23, 59)
    copy.update(Session, session_id, **moved)


def _minutes(moment: dt.time) -> int:
    return moment.hour * 60 + moment.minute
