"""A programme read for one event: its times in the event's zone, its dates against the
event's.

A session's times are wall-clock times in the event's zone (docs/architecture.md, Agenda):
the Run tab, the schedule and the minutes read them so. A note that writes ``10h00 (CET)``
for an event in Africa/Dakar means 09:00 there, so its times are converted; what was done
is a notice, shown before anything is imported (first: it concerns the whole programme).
An undated day cannot be converted (the offset depends on the date), so its times are
kept and the notice says to check them. A title that writes the converted times (a day
heading ``Mardi 16 juin 2026, 10h00-11h00 (heure de Paris)`` with no label) loses them, so
the session's title does not contradict its times.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from forum_desktop.agenda.programme_dates import without_times
from forum_desktop.agenda.programme_model import ParsedDay, ParsedProgramme
from forum_desktop.agenda.programme_spans import SHARED
from forum_desktop.agenda.programme_times import format_time, minute_of_day, time_at
from forum_desktop.agenda.programme_tree import SLOT_MISMATCH
from forum_desktop.agenda.programme_zones import WrittenZone
from forum_desktop.models import Event
from forum_desktop.notices import Notice, NoticeKind

ZONE_CONVERTED = NoticeKind(
    "programme.zone_converted",
    "The programme gives its times in {zone}; this event is in {event_zone}: the times "
    "were converted to {times}.",
)
ZONE_KEPT = NoticeKind(
    "programme.zone_kept",
    "The programme gives its times in {zone}; this event is in {event_zone}: the times were "
    "kept as written; check them.",
)
EVENT_DATED = NoticeKind(
    "programme.event_dated", "The event, undated so far, takes the programme's dates: {dates}."
)
EVENT_DATES_KEPT = NoticeKind(
    "programme.event_dates_kept",
    "The event keeps its dates ({event_dates}); the programme's sessions are on {dates}.",
)

_NAMING_TIMES = (SHARED, SLOT_MISMATCH)
"""Notices whose ``start`` and ``end`` are times of the programme (``HH:MM``)."""


def for_event(
    programme: ParsedProgramme, event: Event, *, new_sessions: bool = True
) -> ParsedProgramme:
    """``programme`` with its times in ``event``'s zone and, when it makes new sessions
    (not appended to one), a notice on what its dates do to the event's."""
    converted = in_event_zone(programme, event.timezone)
    dates = programme_dates(converted)
    if not dates or not new_sessions:
        return converted
    written = _dates_text(dates[0], dates[-1])
    zone_said = bool(converted.warnings) and converted.warnings[0].kind in (
        ZONE_CONVERTED,
        ZONE_KEPT,
    )
    at = 1 if zone_said else 0  # after the zone's notice
    if event.start_date is None and event.end_date is None:
        converted.warnings.insert(at, EVENT_DATED(dates=written))
    elif (event.start_date or dates[0]) > dates[0] or (event.end_date or dates[-1]) < dates[-1]:
        kept = _dates_text(event.start_date or event.end_date, event.end_date or event.start_date)
        converted.warnings.insert(at, EVENT_DATES_KEPT(event_dates=kept, dates=written))
    return converted


def programme_dates(programme: ParsedProgramme) -> list[date]:
    """The dates of the sessions the programme makes, earliest first."""
    return sorted({day.date for day in programme.days if day.date and (day.items or day.heading)})


def _dates_text(first: date | None, last: date | None) -> str:
    if first is None or last is None or first == last:
        return (first or last or date.min).isoformat()
    return f"{first.isoformat()} – {last.isoformat()}"


def in_event_zone(programme: ParsedProgramme, event_zone: str) -> ParsedProgramme:
    """``programme`` (a copy when anything changes) with the times of a zone it names
    converted into ``event_zone``; without a zone, ``programme`` itself."""
    zone = programme.zone
    if zone is None:
        return programme
    converted = copy.deepcopy(programme)
    converted.zone = None  # converted once: importing it does not convert it again
    timed = [day for day in converted.days if _first_time(day) is not None]
    if not timed:
        return converted
    if any(day.date is None for day in timed):
        converted.warnings.insert(0, ZONE_KEPT(zone=zone.written, event_zone=event_zone))
        return converted
    source = _source_zone(zone)
    shifts = [_shift_day(day, source, ZoneInfo(event_zone)) for day in timed]
    converted.warnings = [_notice_moved(n, timed, shifts) for n in converted.warnings]
    if any(shifts):
        converted.title = without_times(converted.title)  # a one-day session's title
        times = _times_text(timed[0])
        notice = ZONE_CONVERTED(zone=zone.written, event_zone=event_zone, times=times)
        converted.warnings.insert(0, notice)
    return converted


def _source_zone(zone: WrittenZone) -> tzinfo:
    if zone.key:
        return ZoneInfo(zone.key)
    assert zone.offset is not None  # an abbreviation's
    return timezone(timedelta(minutes=zone.offset))


def _notice_moved(notice: Notice, days: Sequence[ParsedDay], shifts: Sequence[int]) -> Notice:
    """A notice naming a day's times (``the 90 min from 10:00 to 11:30 are shared``) with
    them as converted, so it does not contradict the preview; others as they are."""
    if notice.kind not in _NAMING_TIMES or "line" not in notice.values:
        return notice
    line = int(notice.values["line"])
    moved = [shift for day, shift in zip(days, shifts, strict=True) if day.line <= line]
    if not moved or not moved[-1]:
        return notice
    values = dict(notice.values)
    for name in ("start", "end"):
        hours, minutes = values[name].split(":")
        values[name] = format_time(time_at(int(hours) * 60 + int(minutes) + moved[-1]))
    return Notice(notice.kind, values)


def _first_time(day: ParsedDay) -> time | None:
    if day.start is not None:
        return day.start
    return next((item.start for item in day.walk() if item.start is not None), None)


def _shift_day(day: ParsedDay, source: tzinfo, target: ZoneInfo) -> int:
    """Move the day's times (and its date, past midnight) from ``source`` to ``target``;
    the minutes they moved by."""
    first, written = _first_time(day), day.date
    assert first is not None and written is not None  # only timed, dated days come here
    there = datetime.combine(written, first, tzinfo=source)
    here = there.astimezone(target)
    shift = round((here.replace(tzinfo=None) - there.replace(tzinfo=None)).total_seconds() / 60)
    day.date = here.date()
    if shift and day.heading and not day.label:  # no heading: the note's title names it
        _title_without_times(day, moved=day.date != written)
    day.start, day.end = _moved(day.start, shift), _moved(day.end, shift)
    for item in day.walk():
        item.start, item.end = _moved(item.start, shift), _moved(item.end, shift)
    return shift


def _title_without_times(day: ParsedDay, *, moved: bool) -> None:
    """A heading that is the session's title (no label of its own) loses the times and
    zone it writes, which no longer are the session's; past midnight its day is not the
    session's either, so the title is the date the session moved to."""
    day.label = day.date.isoformat() if moved and day.date else without_times(day.heading)


def _moved(moment: time | None, shift: int) -> time | None:
    return None if moment is None else time_at(minute_of_day(moment) + shift)


def _times_text(day: ParsedDay) -> str:
    start = _first_time(day)
    assert start is not None  # a timed day
    return format_time(start) + ("" if day.end is None else f"–{format_time(day.end)}")
