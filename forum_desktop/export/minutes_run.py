"""Planned against actual times of a session that was run with the timer: a table and a
timeline chart, for the minutes' agenda section."""

from __future__ import annotations

import datetime as dt

from forum_desktop.agenda.schedule import ScheduledItem
from forum_desktop.export.labels import Labels
from forum_desktop.export.minutes_blocks import Bar, Block, Table, Timeline
from forum_desktop.export.minutes_data import SessionMinutes
from forum_desktop.export.minutes_entries import time_text
from forum_desktop.models import ItemRun


def planned_vs_actual(minutes: SessionMinutes, lab: Labels) -> list[Block]:
    """The agenda with planned and actual times, and the chart of both; nothing when the
    session was never run."""
    if minutes.run is None:
        return []
    origin = minutes.schedule.start or minutes.run.started_at
    zone = origin.tzinfo
    rows = []
    bars = []
    for entry in minutes.schedule.items:
        item_run = minutes.item_runs.get(entry.item.id)
        rows.append(
            (
                time_text(entry, lab),
                entry.number,
                entry.item.title,
                lab.duration(entry.minutes),
                _actual_times(item_run, lab, zone),
                _actual_length(entry, item_run, lab),
            )
        )
        if not entry.has_children:
            bars.append(_bar(entry, item_run, origin))
    table = Table(
        header=(
            lab["col_time"],
            lab["col_number"],
            lab["col_item"],
            lab["col_duration"],
            lab["col_actual"],
            lab["col_actual_duration"],
        ),
        rows=tuple(rows),
        weights=(2.1, 0.8, 4.7, 1.3, 2.1, 2.4),
    )
    start = lab.time(origin.astimezone(zone))
    chart = Timeline(
        bars=tuple(bars), caption=lab.get("timeline_caption", start=start), start_label=start
    )
    return [table, chart]


def _actual_times(item_run: ItemRun | None, lab: Labels, zone: dt.tzinfo | None) -> str:
    if item_run is None or not item_run.spans:
        return lab["run_skipped"] if item_run is not None and item_run.skipped else ""
    start, end = item_run.actual_start, item_run.actual_end
    assert start is not None
    if end is None:
        return lab.get("run_since", start=lab.time(start.astimezone(zone)))
    return lab.time_range(start.astimezone(zone), end.astimezone(zone))


def _actual_length(entry: ScheduledItem, item_run: ItemRun | None, lab: Labels) -> str:
    if item_run is None or not item_run.spans or item_run.actual_end is None:
        return ""
    used = round(item_run.elapsed(item_run.actual_end) / 60)
    difference = used - entry.minutes
    if difference == 0:
        return lab.duration(used)
    sign = "+" if difference > 0 else "-"
    return f"{lab.duration(used)} ({sign}{lab.duration(abs(difference))})"


def _bar(entry: ScheduledItem, item_run: ItemRun | None, origin: dt.datetime) -> Bar:
    actual = None
    if item_run is not None and item_run.spans and item_run.actual_end is not None:
        start = item_run.spans[0].start
        end = item_run.actual_end
        actual = ((start - origin).total_seconds() / 60, (end - start).total_seconds() / 60)
    return Bar(entry.number, (float(entry.offset), float(entry.minutes)), actual)
