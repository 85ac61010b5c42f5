"""A programme as text, both ways: read a concept note's programme into days of item trees
(with the context and objectives around it), and write a session's agenda as text that
reads back the same.

Reading never drops a line: what is no item, day, objective or heading ends up in an
item's description or in the context, and what needs a look (an item without a
duration, a date without a year) is listed in ``warnings`` with its line number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import time

from forum_desktop.agenda.durations import format_duration
from forum_desktop.agenda.programme_clean import clean_lines
from forum_desktop.agenda.programme_context import choose_context
from forum_desktop.agenda.programme_dates import heading_year, parse_day_heading
from forum_desktop.agenda.programme_kinds import guess_kind, kind_tag
from forum_desktop.agenda.programme_model import ParsedDay, ParsedItem, ParsedProgramme
from forum_desktop.agenda.programme_sections import (
    Line,
    Sections,
    context_text,
    find_sections,
    heading_text,
    note_title_line,
    programme_headings,
    read_objectives,
    split_lines,
)
from forum_desktop.agenda.programme_spans import share_spans
from forum_desktop.agenda.programme_times import format_time, minute_of_day, time_at
from forum_desktop.agenda.programme_tree import (
    ProgrammeReading,
    missing_durations,
    quote,
    read_programme_lines,
)
from forum_desktop.agenda.programme_zones import WrittenZone, zone_after_times, zones_written
from forum_desktop.agenda.schedule import ScheduledItem, compute_schedule
from forum_desktop.models.agenda import AgendaItem, Session
from forum_desktop.notices import Notice, NoticeKind

SEVERAL_ZONES = NoticeKind(
    "programme.several_zones",
    "The programme gives its times in several time zones ({zones}): they were kept as "
    "written; check them.",
)
DAY_FROM_TEXT = NoticeKind(
    "programme.day_from_text", "line {line}: the programme's day is taken from {heading}"
)

__all__ = [
    "ParsedDay",
    "ParsedItem",
    "ParsedProgramme",
    "parse_programme",
    "programme_to_text",
]

PROGRAMME_HEADING = "Programme"
_YEAR_SCAN_LENGTH = 120
_DIGIT = re.compile(r"\d")


def parse_programme(text: str, *, year: int | None = None) -> ParsedProgramme:
    """Read ``text``'s programme; dates without a year take ``year``, else the first year
    a date in the text states."""
    lines = clean_lines(split_lines(text))
    default_year = year or _first_stated_year(lines)
    sections, reading = _read_programme_section(lines, default_year)
    date_line = None
    if sections.programme_heading is not None:
        before = [
            line for line in sections.outside if line.number < sections.programme_heading.number
        ]
        date_line = _date_from_text_before(reading, before, default_year)
    reading.warnings += share_spans(reading.days)
    reading.warnings += missing_durations(reading.days)
    objectives = [entry for section in sections.objectives for entry in read_objectives(section)]
    title = note_title_line(lines)
    named = [day for day in reading.days if day.items or day.heading]
    title_used = len(named) == 1 and not named[0].title  # the session's title, on import
    context, left_out = choose_context(
        sections.outside, title=title, title_used=title_used, date_line=date_line
    )
    reading.warnings += left_out
    zone = _written_zone(lines, reading, date_line)
    return ParsedProgramme(
        days=reading.days,
        context=context_text([*context, *reading.unplaced]),
        objectives=objectives,
        warnings=_in_line_order(reading),
        programme_found=sections.programme_heading is not None,
        title="" if title is None else heading_text(title.text),
        zone=zone,
    )


def _written_zone(
    lines: Sequence[Line], reading: ProgrammeReading, date_line: int | None
) -> WrittenZone | None:
    """The one zone the text gives its schedule in; several are a notice and none.

    Only where the schedule's times are stated: the day headings and the date line the
    day was taken from, or after most of the timed items. A zone on one item's line
    (``depuis Montréal, 10:30 (EST)``) or in a sentence is that line's remark: converting
    every time by it would move the whole programme.
    """
    text = {line.number: line.text for line in lines}
    headings = [day.line for day in reading.days if day.heading]
    stated = [text[number] for number in [*headings, date_line] if number in text]
    items = [item for day in reading.days for item in day.walk()]
    timed = [text[item.line] for item in items if item.start and item.line in text]
    after_items = [line for line in timed if zone_after_times(line) is not None]
    if 2 * len(after_items) > len(timed):
        stated += after_items
    zones = zones_written(stated)
    if len(zones) < 2:
        return zones[0] if zones else None
    named = ", ".join(zone.written for zone in zones)
    reading.warnings.append((0, SEVERAL_ZONES(zones=named)))
    return None


def _read_programme_section(
    lines: Sequence[Line], year: int | None
) -> tuple[Sections, ProgrammeReading]:
    """The first programme section with items in it (a title "Agenda" at the top of a note
    may head nothing); else the first one, its plain lines read as items."""
    headings = programme_headings(lines)
    for start in headings:
        sections = find_sections(lines, start)
        reading = read_programme_lines(sections.programme, year=year)
        if any(day.items for day in reading.days):
            return sections, reading
    if not headings:
        sections = find_sections(lines, None)
        return sections, read_programme_lines(sections.programme, year=year)
    sections = find_sections(lines, headings[0])
    # Under a programme heading, a bare list of titles is still the programme.
    return sections, read_programme_lines(sections.programme, year=year, plain_lines_are_items=True)


def _first_stated_year(lines: Sequence[Line]) -> int | None:
    for line in lines:
        if len(line.text) <= _YEAR_SCAN_LENGTH and _DIGIT.search(line.text):
            found = heading_year(heading_text(line.text))
            if found is not None:
                return found
    return None


def _date_from_text_before(
    reading: ProgrammeReading, before: Sequence[Line], year: int | None
) -> int | None:
    """A programme without day headings takes its day from the one line above it that
    names a day with its weekday or times (``Mercredi 23 février 2022, 10h00-11h30``);
    the number of that line, None when there is none."""
    if len(reading.days) != 1 or reading.days[0].heading:
        return None
    found = []
    for line in before:
        heading = parse_day_heading(heading_text(line.text), year=year)
        if heading is not None and heading.date and (heading.has_weekday or heading.start):
            found.append((line, heading))
    if len(found) != 1:
        return None
    line, heading = found[0]
    day = reading.days[0]
    day.date, day.start, day.end = heading.date, heading.start, heading.end
    warning = DAY_FROM_TEXT(line=line.number, heading=quote(heading_text(line.text)))
    reading.warnings.append((line.number, warning))
    return line.number


def _in_line_order(reading: ProgrammeReading) -> list[Notice]:
    return [notice for _, notice in sorted(reading.warnings, key=lambda warning: warning[0])]


# --- writing ---------------------------------------------------------------------------


def programme_to_text(
    title: str,
    sessions: Sequence[tuple[Session, Sequence[AgendaItem]]],
    *,
    timezone: str = "UTC",
) -> str:
    """The sessions' agendas as a programme that ``parse_programme`` reads back.

    One day heading per session (its date or ``Day N``, its title and times), then its
    items: top-level ones numbered, sub-items as indented bullets, each with its start
    time (when the session has one), title, duration and, when the words would not tell
    it, its kind as ``[group method]``. Descriptions follow their item, indented.
    ``timezone`` is the event's, for sessions without their own.
    """
    lines = [title.strip(), ""] if title.strip() else []
    lines += [PROGRAMME_HEADING, ""]
    for number, (session, items) in enumerate(sessions, start=1):
        lines += [_session_heading(number, session), ""]
        schedule = compute_schedule(session, items, timezone)
        for entry in schedule.items:
            if entry.depth == 0 and lines[-1]:
                lines.append("")
            lines += _item_lines(entry, session)
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _session_heading(number: int, session: Session) -> str:
    day = session.date.isoformat() if session.date else f"Day {number}"
    heading = f"{day} – {session.title}"
    if session.start_time is None:
        return heading
    times = format_time(session.start_time)
    if session.end_time is not None:
        times += f"–{format_time(session.end_time)}"
    return f"{heading} ({times})"


def _item_lines(entry: ScheduledItem, session: Session) -> list[str]:
    item = entry.item
    indent = "   " * entry.depth
    marker = f"{entry.number}." if entry.depth == 0 else "-"
    start = _start_time(entry, session)
    words = [marker]
    if start is not None:
        words.append(format_time(start))
    words.append(item.title)
    if item.planned_minutes or not entry.has_children:
        words.append(f"({format_duration(item.planned_minutes)})")
    if guess_kind(item.title, item.description) is not item.kind:
        words.append(kind_tag(item.kind))
    lines = [indent + " ".join(words)]
    for text in item.description.splitlines():
        lines.append(f"{indent}   {text.strip()}" if text.strip() else "")
    return lines


def _start_time(entry: ScheduledItem, session: Session) -> time | None:
    if entry.start is not None:
        return entry.start.time()
    if session.start_time is None:
        return None
    return time_at(minute_of_day(session.start_time) + entry.offset)  # undated: plain clock
