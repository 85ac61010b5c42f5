"""The sessions of an event as an iCalendar file (RFC 5545), for any calendar app.

One VEVENT per dated session, its UID the session's id (so importing the file again
updates the same events), its times in UTC (``Z``), so no VTIMEZONE is needed; the agenda
goes into the DESCRIPTION with times in the session's zone. A dated session without a
start time is an all-day event; an undated session is left out. Nothing private (notes)
is ever written.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Final
from uuid import UUID

from forum_desktop import __version__
from forum_desktop.agenda.schedule import Schedule, compute_schedule
from forum_desktop.export.labels import Labels, labels
from forum_desktop.export.markup import clean
from forum_desktop.models import AgendaItem, Event, Language, Session

CRLF: Final = "\r\n"
MAX_LINE_OCTETS: Final = 75
UID_DOMAIN: Final = "forum-desktop"
PRODID: Final = f"-//Forum Desktop//Forum Desktop {__version__}//EN"

_TOKENS: Final = re.compile(r"\\.|.", re.DOTALL)


def sessions_ical(
    event: Event,
    sessions: Sequence[Session],
    items_by_session: Mapping[UUID, Sequence[AgendaItem]] | None = None,
    *,
    language: Language | str | None = None,
    now: dt.datetime | None = None,
) -> str:
    """An iCalendar file of ``event``'s dated sessions, with CRLF line endings.

    ``items_by_session`` (session id → its agenda items) puts each session's agenda in its
    description. ``language`` (default: the event's) words the description; ``now``
    (default: the current time) is the DTSTAMP. Raises ValueError for an unknown time zone
    or language.
    """
    lab = labels(language if language is not None else event.language)
    stamp = utc_value(now or dt.datetime.now(dt.UTC))
    lines: list[str] = []
    for session in sessions:
        if session.date is None:
            continue
        items = (items_by_session or {}).get(session.id, [])
        schedule = compute_schedule(session, items, event.timezone)
        lines += _vevent(event, session, schedule, lab, stamp, with_agenda=bool(items))
    return vcalendar(event.title, lines)


def vcalendar(name: str, components: Sequence[str]) -> str:
    """A whole iCalendar file named ``name``: the VCALENDAR header, ``components``' content
    lines (unfolded, values already escaped), the footer; folded, with CRLF line endings."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{escape_text(PRODID)}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
        *components,
        "END:VCALENDAR",
    ]
    return "".join(fold(line) + CRLF for line in lines)


def _vevent(
    event: Event,
    session: Session,
    schedule: Schedule,
    lab: Labels,
    stamp: str,
    *,
    with_agenda: bool,
) -> list[str]:
    assert session.date is not None
    lines = [
        "BEGIN:VEVENT",
        f"UID:{session.id}@{UID_DOMAIN}",
        f"DTSTAMP:{stamp}",
        f"LAST-MODIFIED:{utc_value(session.updated_at)}",
    ]
    if schedule.start is None:
        lines.append(f"DTSTART;VALUE=DATE:{session.date:%Y%m%d}")
        lines.append(f"DTEND;VALUE=DATE:{session.date + dt.timedelta(days=1):%Y%m%d}")
    else:
        lines.append(f"DTSTART:{utc_value(schedule.start)}")
        end = schedule.planned_end
        if end is None and schedule.total_minutes:
            end = schedule.projected_end
        if end is not None:
            lines.append(f"DTEND:{utc_value(end)}")
    lines.append(f"SUMMARY:{escape_text(f'{event.title} — {session.title}')}")
    place, link = session.place.strip(), session.link.strip()
    if place or link:
        lines.append(f"LOCATION:{escape_text(place or link)}")
    description = _description(session, schedule, lab, with_agenda=with_agenda)
    if description:
        lines.append(f"DESCRIPTION:{escape_text(description)}")
    lines.append("END:VEVENT")
    return lines


def _description(session: Session, schedule: Schedule, lab: Labels, *, with_agenda: bool) -> str:
    lines = [lab.mode(session.mode)]
    if session.place.strip() and session.link.strip():
        lines.append(lab.label_value("link", session.link.strip()))
    if with_agenda and schedule.items:
        lines.append("")
        heading = lab["calendar_agenda"]
        if schedule.start is not None:
            heading += f" ({schedule.timezone})"
        lines.append(heading)
        for entry in schedule.items:
            indent = "    " * entry.depth
            title = " ".join(entry.item.title.split())
            if entry.start is not None and entry.end is not None:
                when = lab.time_range(entry.start, entry.end)
            else:
                when = lab.duration(entry.minutes)
            number = f"{entry.number}." if entry.depth == 0 else entry.number
            lines.append(f"{indent}{when}  {number} {title}")
    return "\n".join(lines)


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 §3.3.11): ``\\``, ``;`` and ``,`` escaped, newlines as
    ``\\n``, control characters dropped."""
    value = clean(value)
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\n", "\\n")


def fold(line: str) -> str:
    """``line`` folded (RFC 5545 §3.1) so no physical line passes 75 octets of UTF-8.

    Continuation lines start with one space. A fold never cuts a UTF-8 character or an
    escape such as ``\\n`` in two.
    """
    if len(line.encode("utf-8")) <= MAX_LINE_OCTETS:
        return line
    physical: list[str] = []
    current = ""
    size = 0
    for token in _TOKENS.findall(line):
        octets = len(token.encode("utf-8"))
        if size + octets > MAX_LINE_OCTETS:
            physical.append(current)
            current, size = " ", 1
        current += token
        size += octets
    physical.append(current)
    return CRLF.join(physical)


def utc_value(moment: dt.datetime) -> str:
    """A UTC date-time value: 20220223T090000Z."""
    if moment.tzinfo is None:
        raise ValueError("a calendar time needs a time zone")
    return f"{moment.astimezone(dt.UTC):%Y%m%dT%H%M%SZ}"
