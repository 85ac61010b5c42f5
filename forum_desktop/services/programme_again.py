"""Recognising a programme imported again: the same whole programme is already where it
would put it.

``ImportAgenda`` then adds no session or item (the context and the objectives it adds
only when missing), so importing the same file again changes nothing: before, it
doubled the agenda without a word. Only the same programme counts — the same titles in
order with the same durations and times, all of them: a programme whose titles merely
appear in a row (a one-item ``Coffee break`` appended to ``Welcome, Coffee break, Panel``)
is new and imported.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from uuid import UUID

from forum_desktop.agenda.programme_times import MINUTES_PER_DAY, minute_of_day
from forum_desktop.agenda.schedule import compute_schedule
from forum_desktop.models import Event, Session
from forum_desktop.services.agenda import items_of, sessions_of
from forum_desktop.storage import Store


@dataclass(frozen=True)
class WantedItem:
    """A top-level item as the import would make it."""

    title: str
    minutes: int
    stated: dt.time | None
    """The start the programme writes, None when it writes none."""
    planned: int | None
    """Where a new session would start it: minutes after its day's midnight."""


@dataclass(frozen=True)
class WantedDay:
    """A day of the programme with items: its date and its top-level items."""

    date: dt.date | None
    items: list[WantedItem]


@dataclass(frozen=True)
class _Present:
    """A session's top-level item: title, planned minutes, start (minutes after the
    session day's midnight, None when the session has no start time) and the start the
    import locked it at (the programme's written time, kept when earlier items run past
    it)."""

    title: str
    minutes: int
    start: int | None
    locked: dt.time | None = None


def already_imported(
    store: Store, event_id: UUID, days: Sequence[WantedDay], session_id: UUID | None
) -> bool:
    """Whether the programme whose days with items are ``days`` is already imported.

    Appended to a session: that session holds all its top-level items in a row, with
    their durations and the times the programme writes — at least two items, or one
    whose written time it has (one untimed item proves nothing: agendas repeat breaks).
    As new sessions: each day has a session of its own, of its date, holding exactly
    its top-level items where a new session would start them."""
    if not days:
        return False
    if session_id is not None:
        session = store.require(Session, session_id)
        if session.event_id != event_id:
            return False  # refused as another event's session
        wanted = [item for day in days for item in day.items]
        return _appended(_present(store, session), wanted)
    left = list(sessions_of(store, event_id))
    for day in days:
        match = next((s for s in left if s.date == day.date and _holds(store, s, day)), None)
        if match is None:
            return False
        left.remove(match)  # two same days need two sessions
    return True


def _appended(present: Sequence[_Present], wanted: Sequence[WantedItem]) -> bool:
    if not wanted:
        return False
    if len(wanted) == 1 and wanted[0].stated is None:
        return False
    for start in range(len(present) - len(wanted) + 1):
        run = present[start : start + len(wanted)]
        if len(wanted) == 1 and run[0].start is None:
            continue  # one item's written time, which an untimed session cannot confirm
        if all(_same_appended(have, item) for have, item in zip(run, wanted, strict=True)):
            return True
    return False


def _same_appended(have: _Present, item: WantedItem) -> bool:
    """The same item; its written time checked when the session has times (appended to
    an untimed session, the import keeps none)."""
    if (have.title, have.minutes) != (item.title, item.minutes):
        return False
    if item.stated is None or have.start is None:
        return True
    return have.locked == item.stated or have.start % MINUTES_PER_DAY == minute_of_day(item.stated)


def _holds(store: Store, session: Session, day: WantedDay) -> bool:
    """The session is the day's: exactly its items, durations and starts (none on
    either side when the day has no time)."""
    wanted = [_Present(item.title, item.minutes, item.planned) for item in day.items]
    present = [_Present(have.title, have.minutes, have.start) for have in _present(store, session)]
    return present == wanted


def _present(store: Store, session: Session) -> list[_Present]:
    """The session's top-level items, each with its start as the schedule places it."""
    event = store.require(Event, session.event_id)
    schedule = compute_schedule(session, items_of(store, session.id), event.timezone)
    origin = None if session.start_time is None else minute_of_day(session.start_time)
    return [
        _Present(
            entry.item.title,
            entry.item.planned_minutes,
            None if origin is None else origin + entry.offset,
            entry.item.locked_start,
        )
        for entry in schedule.items
        if entry.depth == 0
    ]
