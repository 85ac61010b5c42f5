"""Where a running session stands at one instant — computed, never counted.

Given the schedule, the run records and ``now``, ``snapshot`` says which item is on, how
much of it is left (negative: over), whether to warn, and when everything still to come
is projected to start and end. Nothing here keeps state between calls: a UI that ticks
late, twice, or not at all for a minute still shows the right numbers on its next tick.

The items a run steps through are the schedule's leaves (an item with sub-items runs as
its sub-items). Upcoming items are projected one after another from the end of the
current one (at least ``now``); an item with a locked start never starts before it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from uuid import UUID

from forum_desktop.agenda.schedule import FlagKind, Schedule, ScheduledItem
from forum_desktop.models import ItemRun, RunStatus, Session, SessionRun


class Phase(StrEnum):
    """What the console and the projector show; each has its own words, not only a colour."""

    NOT_STARTED = "not_started"
    RUNNING = "running"
    WARNING = "warning"
    OVERTIME = "overtime"
    PAUSED = "paused"
    FINISHED = "finished"


class ItemState(StrEnum):
    DONE = "done"
    CURRENT = "current"
    UPCOMING = "upcoming"
    SKIPPED = "skipped"
    NOT_RUN = "not_run"
    """Passed over (the facilitator jumped ahead) without being skipped or run."""


@dataclass(frozen=True)
class ItemTiming:
    entry: ScheduledItem
    state: ItemState
    allotted_seconds: int
    """Planned minutes plus any extension."""
    elapsed_seconds: float
    start: dt.datetime | None
    """Actual for items that ran, projected for upcoming ones (None when unknowable)."""
    end: dt.datetime | None
    run: ItemRun | None

    @property
    def item_id(self) -> UUID:
        return self.entry.item.id


@dataclass(frozen=True)
class Snapshot:
    now: dt.datetime
    phase: Phase
    items: list[ItemTiming]
    """The run's items in agenda order."""
    current: ItemTiming | None
    remaining_seconds: float
    """Of the current item; negative when it runs over."""
    warning_seconds: float
    """The current item warns when ``remaining_seconds`` drops to this."""
    planned_end: dt.datetime | None
    projected_end: dt.datetime | None

    @property
    def progress(self) -> float:
        """How much of the current item's time is used, 0 to 1."""
        if self.current is None or self.current.allotted_seconds <= 0:
            return 0.0
        return min(1.0, self.current.elapsed_seconds / self.current.allotted_seconds)

    @property
    def upcoming(self) -> list[ItemTiming]:
        return [timing for timing in self.items if timing.state is ItemState.UPCOMING]

    @property
    def end_delta_seconds(self) -> float | None:
        """Projected minus planned end: positive when the session runs late."""
        if self.planned_end is None or self.projected_end is None:
            return None
        return (self.projected_end - self.planned_end).total_seconds()

    def timing(self, item_id: UUID) -> ItemTiming:
        return next(timing for timing in self.items if timing.item_id == item_id)


def runnable_items(schedule: Schedule) -> list[ScheduledItem]:
    """The items a run steps through: the leaves, in agenda order."""
    return [entry for entry in schedule.items if not entry.has_children]


def lock_instant(entry: ScheduledItem) -> dt.datetime | None:
    """When a locked item is meant to start; None without a lock or a dated schedule."""
    if entry.item.locked_start is None or entry.start is None:
        return None
    missed = entry.flag(FlagKind.LOCKED_START_MISSED)
    return entry.start - dt.timedelta(minutes=missed.minutes if missed else 0)


def warning_seconds(session: Session, allotted_seconds: int) -> float:
    """min(percent of the allotted time, the session's cap) — the issue's default 20 %, 2 min."""
    return min(allotted_seconds * session.warning_percent / 100, session.warning_max_minutes * 60)


def allotted(entry: ScheduledItem, run: ItemRun | None) -> int:
    return max(0, entry.item.planned_minutes * 60 + (run.extension_seconds if run else 0))


def snapshot(
    session: Session,
    schedule: Schedule,
    run: SessionRun | None,
    item_runs: dict[UUID, ItemRun],
    now: dt.datetime,
) -> Snapshot:
    """The run of ``session`` at ``now`` (see the module's rules)."""
    entries = runnable_items(schedule)
    if run is None:
        return _planned(schedule, entries, now)
    current_index = next(
        (i for i, e in enumerate(entries) if e.item.id == run.current_item_id), None
    )
    timings: list[ItemTiming] = []
    current: ItemTiming | None = None
    cursor = now
    for index, entry in enumerate(entries):
        item_run = item_runs.get(entry.item.id)
        seconds = allotted(entry, item_run)
        elapsed = item_run.elapsed(now) if item_run else 0.0
        ahead = index > current_index if current_index is not None else not elapsed
        start: dt.datetime | None = None
        end: dt.datetime | None = None
        if item_run is not None and item_run.skipped:
            state = ItemState.SKIPPED
        elif index == current_index:
            state = ItemState.CURRENT
            start = item_run.actual_start if item_run else now
            end = now + dt.timedelta(seconds=max(0.0, seconds - elapsed))
            cursor = end
        elif ahead and run.status is not RunStatus.FINISHED:
            state = ItemState.UPCOMING
            lock = lock_instant(entry)
            start = max(cursor, lock) if lock else cursor
            end = start + dt.timedelta(seconds=max(0.0, seconds - elapsed))  # what is left of it
            cursor = end
        elif item_run is not None and item_run.spans:
            state = ItemState.DONE
            start, end = item_run.actual_start, item_run.actual_end
        else:
            state = ItemState.NOT_RUN
        timing = ItemTiming(entry, state, seconds, elapsed, start, end, item_run)
        if state is ItemState.CURRENT:
            current = timing
        timings.append(timing)
    remaining = current.allotted_seconds - current.elapsed_seconds if current else 0.0
    warn = warning_seconds(session, current.allotted_seconds) if current else 0.0
    projected = _projected_end(timings, run, cursor)
    return Snapshot(
        now=now,
        phase=_phase(run, current, remaining, warn),
        items=timings,
        current=current,
        remaining_seconds=remaining,
        warning_seconds=warn,
        planned_end=schedule.planned_end,
        projected_end=projected,
    )


def _projected_end(
    timings: list[ItemTiming], run: SessionRun, cursor: dt.datetime
) -> dt.datetime | None:
    if run.status is RunStatus.FINISHED:
        return run.ended_at
    ends = [t.end for t in timings if t.end is not None and t.state is not ItemState.SKIPPED]
    return max([cursor, *ends])


def _phase(run: SessionRun, current: ItemTiming | None, remaining: float, warn: float) -> Phase:
    if run.status is RunStatus.FINISHED or current is None:
        return Phase.FINISHED
    if run.status is RunStatus.PAUSED:
        return Phase.PAUSED
    if current.allotted_seconds == 0:  # an untimed item only counts up
        return Phase.RUNNING
    if remaining <= 0:
        return Phase.OVERTIME
    if remaining <= warn:
        return Phase.WARNING
    return Phase.RUNNING


def _planned(
    schedule: Schedule,
    entries: list[ScheduledItem],
    now: dt.datetime,
) -> Snapshot:
    """Before the start: the plan as scheduled."""
    timings = [
        ItemTiming(
            entry, ItemState.UPCOMING, allotted(entry, None), 0.0, entry.start, entry.end, None
        )
        for entry in entries
    ]
    return Snapshot(
        now=now,
        phase=Phase.NOT_STARTED,
        items=timings,
        current=None,
        remaining_seconds=0.0,
        warning_seconds=0.0,
        planned_end=schedule.planned_end,
        projected_end=schedule.projected_end,
    )
