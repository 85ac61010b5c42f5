"""Sections before the proceedings: context and objectives, attendance and the agenda as
planned (the executive summary is ``minutes_summary``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from forum_desktop.export.labels import Labels
from forum_desktop.export.minutes_blocks import Block, Entry, Heading, Table, Text
from forum_desktop.export.minutes_data import MinutesData
from forum_desktop.export.minutes_entries import session_line, time_text
from forum_desktop.export.minutes_run import planned_vs_actual
from forum_desktop.models import (
    AttendanceMode,
    AttendanceStatus,
    Participant,
)
from forum_desktop.services.naming import may_name


def context_section(data: MinutesData, lab: Labels) -> list[Block]:
    event = data.event
    paragraphs = [part.strip() for part in event.context.split("\n\n") if part.strip()]
    if not paragraphs and not event.objectives:
        return []
    blocks: list[Block] = [Heading(lab["section_context"], 1)]
    if paragraphs:
        blocks.append(Heading(lab["context"], 4))
        blocks += [Text(paragraph, prose=True) for paragraph in paragraphs]
    if event.objectives:
        blocks.append(Heading(lab["objectives"], 4))
        heading: str | None = None
        for objective in event.objectives:
            if objective.heading != heading:
                heading = objective.heading
                if heading.strip():
                    blocks.append(Text(heading, tone="emphasis"))
            blocks.append(Entry(objective.text))
    return blocks


# --- attendance --------------------------------------------------------------------------


def attendance_section(data: MinutesData, lab: Labels) -> list[Block]:
    people = sorted(data.participants, key=lambda person: (person.position, person.name))
    blocks: list[Block] = [Heading(lab["section_attendance"], 1)]
    if not people:
        return [*blocks, Text(lab["no_participants"], tone="muted")]
    blocks.append(_by_status(people, lab))
    for label_key, column_key, values in (
        ("by_organisation", "col_organisation", [p.organisation for p in people]),
        ("by_country", "col_country", [p.country for p in people]),
    ):
        blocks.append(Heading(lab[label_key], 4))
        blocks.append(_counted(values, people, lab, column_key))
    if data.shows_names():
        blocks.append(Heading(lab["people_list"], 4))
        blocks.append(
            Table(
                header=(
                    lab["col_name"],
                    lab["col_organisation"],
                    lab["col_country"],
                    lab["col_attendance"],
                    lab["col_mode"],
                ),
                rows=tuple(
                    (
                        person.name,
                        person.organisation,
                        person.country,
                        lab.attendance(person.attendance),
                        lab.attendance_mode(person.mode),
                    )
                    for person in people
                    if may_name(person)  # counted above, not listed
                ),
                weights=(3, 3, 2, 1.6, 1.4),
            )
        )
        unlisted = sum(person.no_name for person in people)
        if unlisted:  # so the totals above and the names listed agree
            blocks.append(Text(lab.label_value("not_listed", str(unlisted)), tone="muted"))
    return blocks


def _by_status(people: list[Participant], lab: Labels) -> Table:
    counts = Counter((person.attendance, person.mode) for person in people)
    modes = list(AttendanceMode)
    # Not recorded last, and only when someone was not checked in.
    statuses: list[AttendanceStatus] = [
        status for status in AttendanceStatus if status is not AttendanceStatus.UNKNOWN
    ]
    if counts_of(counts, AttendanceStatus.UNKNOWN):
        statuses.append(AttendanceStatus.UNKNOWN)
    rows = [
        (
            lab.attendance(status),
            *(str(counts[(status, mode)]) for mode in modes),
            str(counts_of(counts, status)),
        )
        for status in statuses
    ]
    rows.append(
        (
            lab["col_total"],
            *(str(sum(counts[(status, mode)] for status in AttendanceStatus)) for mode in modes),
            str(len(people)),
        )
    )
    header = (lab["col_attendance"], *(lab.attendance_mode(mode) for mode in modes))
    return Table((*header, lab["col_total"]), tuple(rows), (3, 1.5, 1.5, 1.5))


def counts_of(
    counts: Counter[tuple[AttendanceStatus, AttendanceMode]], status: AttendanceStatus
) -> int:
    return sum(count for (each, _), count in counts.items() if each is status)


def _counted(
    values: Iterable[str], people: list[Participant], lab: Labels, column_key: str
) -> Table:
    """People per value (organisation or country): how many came, how many in all."""
    came = {AttendanceStatus.PRESENT, AttendanceStatus.LATE}
    totals: Counter[str] = Counter()
    present: Counter[str] = Counter()
    for value, person in zip(values, people, strict=True):
        key = value.strip() or lab["not_given"]
        totals[key] += 1
        present[key] += person.attendance in came
    rows = tuple(
        (key, str(present[key]), str(totals[key]))
        for key in sorted(totals, key=lambda key: (-totals[key], key.casefold()))
    )
    header = (lab[column_key], lab["attendance_present"], lab["col_total"])
    return Table(header, rows, (5, 1.5, 1.5))


# --- the agenda as planned -----------------------------------------------------------------


def agenda_section(data: MinutesData, lab: Labels) -> list[Block]:
    if not data.sessions:
        return []
    blocks: list[Block] = [Heading(lab["section_agenda"], 1)]
    for minutes in data.sessions:
        blocks.append(Heading(minutes.session.title, 2))
        blocks.append(Text(session_line(minutes, lab), tone="muted"))
        if not minutes.schedule.items:
            blocks.append(Text(lab["no_items"], tone="muted"))
            continue
        ran = planned_vs_actual(minutes, lab)
        if ran:
            blocks += ran
            continue
        blocks.append(
            Table(
                header=(lab["col_time"], lab["col_number"], lab["col_item"], lab["col_duration"]),
                rows=tuple(
                    (
                        time_text(entry, lab),
                        entry.number,
                        entry.item.title,
                        lab.duration(entry.minutes),
                    )
                    for entry in minutes.schedule.items
                ),
                weights=(2.2, 0.8, 7, 1.4),
            )
        )
    return blocks
