"""The computed schedule of one session's agenda: when each item starts and ends, and why
an item needs the facilitator's attention.

Rules
-----
- Top-level items run one after another from the session's start; a parent's children run
  one after another from the parent's start. Siblings go by ``position`` (ties keep the
  order they were given in).
- A leaf lasts its ``planned_minutes``. A parent with children lasts
  max(its planned_minutes, the span of its children), the span being from the parent's
  start to the end of its last child (the sum of the children's minutes plus any idle time
  before a locked child). When the children run past the parent's planned end, the first
  child that does gets OVERFLOWS_PARENT (minutes: how far its end is past the parent's
  planned end). A parent planned at 0 minutes simply lasts its children's span, unflagged.
- An item with ``locked_start`` starts at that wall-clock time (in the session's zone, on
  the session's date — or the next day when the session crosses midnight and the time is
  before the start time) when that is later than where the cascade would put it; the gap
  is idle time. When the cascade puts it later than its lock, it starts there and gets
  LOCKED_START_MISSED (minutes late).
- An item ending after the session's planned end gets PAST_SESSION_END (minutes over). A
  session whose end time is earlier than its start time ends the next day; an end that
  still falls before the start (only around a daylight-saving change) counts as the start.
- An item that starts on one calendar day and ends on a later one gets CROSSES_MIDNIGHT
  (minutes: elapsed time from the midnight after its start to its end). An item ending at
  exactly 00:00 does not cross.
- Durations are real elapsed minutes: arithmetic is done in UTC and converted back to the
  session's zone, so a 60-minute item starting at 01:30 on a spring-forward night in
  Europe/Paris ends at 03:30 local. A wall time that a daylight-saving change skips or
  repeats is read as zoneinfo does with ``fold=0`` (the offset in force before the change).
  Times are read to the minute (seconds are dropped).
- The effective zone is the session's ``timezone``, or else the event's.
- A session without a date still gets offsets, locks and every flag, on a plain wall clock
  without daylight-saving changes; its datetimes are None. A session without a start time
  gets offsets and minutes only: locks are not applied and no flag needs a time
  (OVERFLOWS_PARENT is still given). Without an end time nothing is PAST_SESSION_END.
- Items of other sessions are ignored, items whose parent is missing count as top-level,
  and items unreachable from the top (a parent cycle) are left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from uuid import UUID
from zoneinfo import ZoneInfo

from forum_desktop.agenda.durations import format_duration
from forum_desktop.models.agenda import AgendaItem, Session
from forum_desktop.models.event import check_timezone

_MINUTE = dt.timedelta(minutes=1)
_DAY = dt.timedelta(days=1)
_UNDATED = dt.date(2001, 1, 1)  # stands in for a missing date on a zone-free wall clock


class FlagKind(StrEnum):
    PAST_SESSION_END = "past_session_end"
    LOCKED_START_MISSED = "locked_start_missed"
    OVERFLOWS_PARENT = "overflows_parent"
    CROSSES_MIDNIGHT = "crosses_midnight"


_REASONS = {
    FlagKind.PAST_SESSION_END: "ends {} after the session's end",
    FlagKind.LOCKED_START_MISSED: "starts {} after its locked start",
    FlagKind.OVERFLOWS_PARENT: "ends {} after the end planned for the item it belongs to",
    FlagKind.CROSSES_MIDNIGHT: "ends {} after midnight",
}


@dataclass(frozen=True)
class Flag:
    """Something to look at on one item; ``minutes`` says by how much."""

    kind: FlagKind
    minutes: int

    def reason(self) -> str:
        """One English line; the UI words its own from ``kind`` and ``minutes``."""
        return _REASONS[self.kind].format(format_duration(self.minutes))


@dataclass(frozen=True)
class ScheduledItem:
    item: AgendaItem
    depth: int
    """0 for a top-level item."""
    number: str
    """"1", "1.1", "1.2", "2", …"""
    offset: int
    """Minutes from the session's start."""
    start: dt.datetime | None
    end: dt.datetime | None
    """Aware, in the session's zone; None when the session has no date or start time."""
    minutes: int
    """The effective duration: planned_minutes, or longer for a parent of longer children."""
    flags: tuple[Flag, ...] = ()
    has_children: bool = False

    @property
    def end_offset(self) -> int:
        return self.offset + self.minutes

    def flag(self, kind: FlagKind) -> Flag | None:
        return next((flag for flag in self.flags if flag.kind == kind), None)


@dataclass(frozen=True)
class Schedule:
    items: list[ScheduledItem]
    """Depth-first in agenda order: parents before their children, siblings by position."""
    timezone: str
    start: dt.datetime | None
    planned_end: dt.datetime | None
    projected_end: dt.datetime | None
    """When the agenda as planned ends."""
    total_minutes: int
    """From the session's start to the end of the last top-level item, idle time included."""
    available_minutes: int | None
    """From the session's start to its planned end; None without both times."""
    _index: dict[UUID, ScheduledItem] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", {entry.item.id: entry for entry in self.items})

    def overrun_minutes(self) -> int:
        """By how much the agenda runs past the session's end; 0 when the end is unknown."""
        if self.available_minutes is None:
            return 0
        return max(0, self.total_minutes - self.available_minutes)

    def item(self, item_id: UUID) -> ScheduledItem:
        """The scheduled entry of an item; KeyError when the schedule left it out."""
        try:
            return self._index[item_id]
        except KeyError:
            raise KeyError(f"agenda item {item_id} is not in this schedule") from None


def effective_timezone(session: Session, event_timezone: str) -> str:
    """The session's own zone, or else its event's."""
    return session.timezone or event_timezone


@dataclass(frozen=True)
class _Clock:
    """Turns minute offsets from the session's start into instants, and back."""

    zone: ZoneInfo
    origin: dt.datetime
    """The session's start, in UTC."""
    day: dt.date
    start_time: dt.time
    crosses_midnight: bool

    def at(self, offset: int) -> dt.datetime:
        # Adding in UTC keeps elapsed time right across daylight-saving changes.
        return (self.origin + offset * _MINUTE).astimezone(self.zone)

    def wall(self, day: dt.date, time: dt.time) -> dt.datetime:
        return dt.datetime.combine(day, time, tzinfo=self.zone)

    def offset_of(self, time: dt.time) -> int:
        """The offset of a wall-clock time within the session (ceiling, so never early)."""
        late = self.crosses_midnight and time < self.start_time
        moment = self.wall(self.day + _DAY if late else self.day, time)
        return -(-(moment - self.origin) // _MINUTE)

    def end_offset(self, end_time: dt.time) -> int:
        day = self.day + _DAY if self.crosses_midnight else self.day
        return max(0, (self.wall(day, end_time) - self.origin) // _MINUTE)

    def past_midnight(self, start: int, end: int) -> int:
        """How long [start, end) runs past the midnight after its start (0 if it doesn't)."""
        midnight = self.wall(self.at(start).date() + _DAY, dt.time())
        return max(0, (self.origin + end * _MINUTE - midnight) // _MINUTE)


def _plain_time(time: dt.time) -> dt.time:
    return time.replace(second=0, microsecond=0, tzinfo=None, fold=0)


def _clock(session: Session, zone: ZoneInfo) -> _Clock | None:
    if session.start_time is None:
        return None
    start_time = _plain_time(session.start_time)
    day, zone = (session.date, zone) if session.date else (_UNDATED, ZoneInfo("UTC"))
    ends_early = session.end_time is not None and _plain_time(session.end_time) < start_time
    origin = dt.datetime.combine(day, start_time, tzinfo=zone).astimezone(dt.UTC)
    return _Clock(zone, origin, day, start_time, ends_early)


def _children_by_parent(
    session_id: UUID, items: Sequence[AgendaItem]
) -> dict[UUID | None, list[AgendaItem]]:
    mine = [item for item in items if item.session_id == session_id]
    ids = {item.id for item in mine}
    groups: dict[UUID | None, list[AgendaItem]] = {}
    for item in mine:
        parent = item.parent_id if item.parent_id in ids else None
        groups.setdefault(parent, []).append(item)
    for group in groups.values():
        group.sort(key=lambda item: item.position)  # stable: ties keep the given order
    return groups


@dataclass
class _Placer:
    """Lays out the tree depth-first, offsets in minutes from the session's start."""

    children: dict[UUID | None, list[AgendaItem]]
    clock: _Clock | None
    dated: bool
    available: int | None

    def place(
        self, parent_id: UUID | None, begin: int, depth: int, prefix: str, limit: int | None
    ) -> tuple[list[ScheduledItem], int]:
        """Places the children of ``parent_id`` from ``begin``; returns them and their end.

        ``limit`` is the parent's planned end (None when it has none), for OVERFLOWS_PARENT.
        """
        placed: list[ScheduledItem] = []
        cursor = begin
        for number, item in enumerate(self.children.get(parent_id, []), start=1):
            entry, subtree = self._place_item(item, cursor, depth, f"{prefix}{number}", limit)
            if entry.flag(FlagKind.OVERFLOWS_PARENT):
                limit = None  # only the first child past the parent's end is flagged
            placed += [entry, *subtree]
            cursor = entry.end_offset
        return placed, cursor

    def _place_item(
        self, item: AgendaItem, cascade: int, depth: int, number: str, limit: int | None
    ) -> tuple[ScheduledItem, list[ScheduledItem]]:
        lock = self._lock_offset(item)
        start = cascade if lock is None else max(cascade, lock)
        planned_end = start + item.planned_minutes if item.planned_minutes else None
        subtree, children_end = self.place(item.id, start, depth + 1, f"{number}.", planned_end)
        minutes = item.planned_minutes
        if subtree:
            minutes = max(minutes, children_end - start)
        flags: list[Flag] = []
        if lock is not None and cascade > lock:
            flags.append(Flag(FlagKind.LOCKED_START_MISSED, cascade - lock))
        if limit is not None and start + minutes > limit:
            flags.append(Flag(FlagKind.OVERFLOWS_PARENT, start + minutes - limit))
        flags += self._time_flags(start, start + minutes)
        entry = ScheduledItem(
            item=item,
            depth=depth,
            number=number,
            offset=start,
            start=self.moment(start),
            end=self.moment(start + minutes),
            minutes=minutes,
            flags=tuple(flags),
            has_children=bool(subtree),
        )
        return entry, subtree

    def _lock_offset(self, item: AgendaItem) -> int | None:
        if self.clock is None or item.locked_start is None:
            return None
        return self.clock.offset_of(_plain_time(item.locked_start))

    def _time_flags(self, start: int, end: int) -> list[Flag]:
        flags: list[Flag] = []
        if self.available is not None and end > self.available:
            flags.append(Flag(FlagKind.PAST_SESSION_END, end - self.available))
        past_midnight = self.clock.past_midnight(start, end) if self.clock else 0
        if past_midnight:
            flags.append(Flag(FlagKind.CROSSES_MIDNIGHT, past_midnight))
        return flags

    def moment(self, offset: int) -> dt.datetime | None:
        """The instant ``offset`` minutes after the start; None for an undated session."""
        return self.clock.at(offset) if self.clock and self.dated else None


def compute_schedule(
    session: Session, items: Sequence[AgendaItem], event_timezone: str
) -> Schedule:
    """The schedule of ``session``'s items (see the module's rules).

    Raises ValueError when the effective time zone is unknown.
    """
    timezone = check_timezone(effective_timezone(session, event_timezone))
    clock = _clock(session, ZoneInfo(timezone))
    available = None
    if clock is not None and session.end_time is not None:
        available = clock.end_offset(_plain_time(session.end_time))
    dated = session.date is not None
    placer = _Placer(_children_by_parent(session.id, items), clock, dated, available)
    placed, total = placer.place(None, 0, 0, "", None)
    return Schedule(
        items=placed,
        timezone=timezone,
        start=placer.moment(0),
        planned_end=placer.moment(available) if available is not None else None,
        projected_end=placer.moment(total),
        total_minutes=total,
        available_minutes=available,
    )
