"""Re-planning a session that runs late: three strategies, each previewed before it applies.

Only the items still to come change; the one running keeps its time (the facilitator
extends or shortens it by hand). Items with a locked start keep it: the items before a
locked one must end by its lock, so the upcoming items are cut into segments at each
locked item, and each segment must fit before the next lock (the last one before the
session's planned end).

- SHRINK: in each segment that runs over, the *flexible* items give up time in
  proportion to what they can spare (planned minus minimum; without a minimum set, half
  their time), in whole minutes, never below their minimum.
- DROP: in each segment that runs over, *optional* items are dropped from the last one
  backwards until the segment fits.
- MOVE_END: the session ends when the agenda does.

A strategy that cannot make everything fit still says what it would do and by how much
the session would still run over (``fits`` False), so the console can say so honestly.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from enum import StrEnum
from uuid import UUID

from forum_desktop.models import AgendaItem, Priority
from forum_desktop.timing.snapshot import ItemTiming, Snapshot, lock_instant

_MINUTE = 60.0
DEFAULT_FLEXIBLE_SHARE = 0.5
"""A flexible item without a minimum may shrink to this share of its time."""


class Strategy(StrEnum):
    SHRINK = "shrink"
    DROP = "drop"
    MOVE_END = "move_end"


@dataclass(frozen=True)
class Plan:
    strategy: Strategy
    minutes: dict[UUID, int] = field(default_factory=dict)
    """New planned minutes of the items that shrink."""
    dropped: tuple[UUID, ...] = ()
    new_end: dt.datetime | None = None
    """The session's new end (MOVE_END only)."""
    projected_end: dt.datetime | None = None
    late_locks: tuple[UUID, ...] = ()
    """Locked items that would still start after their lock."""
    overrun_seconds: float = 0.0
    """How far past the planned end the session would still run."""

    @property
    def fits(self) -> bool:
        return self.overrun_seconds <= 0 and not self.late_locks

    @property
    def changes_anything(self) -> bool:
        return bool(self.minutes or self.dropped or self.new_end)


def is_late(snapshot: Snapshot) -> bool:
    """When the console offers a re-plan: the agenda is projected past its planned end."""
    delta = snapshot.end_delta_seconds
    return delta is not None and delta > 0


def plan(snapshot: Snapshot, strategy: Strategy) -> Plan:
    """What ``strategy`` would do to the upcoming items of ``snapshot``."""
    upcoming = snapshot.upcoming
    start = snapshot.now + dt.timedelta(seconds=max(0.0, snapshot.remaining_seconds))
    if strategy is Strategy.MOVE_END:
        return _move_end(snapshot, upcoming)
    minutes: dict[UUID, int] = {}
    dropped: list[UUID] = []
    for segment, deadline in _segments(upcoming, snapshot.planned_end):
        seg_start = start
        lock = lock_instant(segment[0].entry)
        if lock is not None:
            seg_start = max(start, lock)
        if deadline is not None:
            over = _length(segment) - (deadline - seg_start).total_seconds()
            if over > 0 and strategy is Strategy.SHRINK:
                minutes.update(_shrink(segment, over))
            elif over > 0:
                dropped += _drop(segment, over)
        kept = [t for t in segment if t.item_id not in dropped]
        start = seg_start + dt.timedelta(seconds=_length(kept, minutes))
    return _outcome(snapshot, Plan(strategy, minutes, tuple(dropped)), upcoming)


def _segments(
    upcoming: list[ItemTiming], planned_end: dt.datetime | None
) -> list[tuple[list[ItemTiming], dt.datetime | None]]:
    """Upcoming items cut before each locked one, each with the instant it must end by."""
    segments: list[list[ItemTiming]] = []
    for timing in upcoming:
        if not segments or lock_instant(timing.entry) is not None:
            segments.append([])
        segments[-1].append(timing)
    if not segments:
        return []
    deadlines: list[dt.datetime | None] = [
        lock_instant(following[0].entry) for following in segments[1:]
    ]
    return list(zip(segments, [*deadlines, planned_end], strict=True))


def _length(segment: list[ItemTiming], minutes: dict[UUID, int] | None = None) -> float:
    """Seconds the items take, with the new minutes of those that shrink."""
    minutes = minutes or {}
    return sum(
        minutes[t.item_id] * _MINUTE if t.item_id in minutes else t.allotted_seconds
        for t in segment
    )


def minimum_minutes(item: AgendaItem, planned: int) -> int:
    """How short an item may become: fixed and optional items not at all, a flexible one
    down to its minimum, or to half its time when no minimum was set."""
    if item.priority is not Priority.FLEXIBLE:
        return planned
    if item.min_minutes is None:
        return math.ceil(planned * DEFAULT_FLEXIBLE_SHARE)
    return min(planned, item.min_minutes)


def _minimum(timing: ItemTiming) -> int:
    return minimum_minutes(timing.entry.item, timing.allotted_seconds // 60)


def _shrink(segment: list[ItemTiming], over_seconds: float) -> dict[UUID, int]:
    """Whole minutes taken from the flexible items, in proportion to what each can spare."""
    spare = {t.item_id: t.allotted_seconds // 60 - _minimum(t) for t in segment}
    total_spare = sum(spare.values())
    need = min(total_spare, math.ceil(over_seconds / _MINUTE))
    if need <= 0:
        return {}
    shares = {key: need * value / total_spare for key, value in spare.items() if value}
    cut = {key: math.floor(share) for key, share in shares.items()}
    # Largest remainders take the minutes rounding left over, earliest item first on ties.
    order = sorted(shares, key=lambda key: cut[key] - shares[key])
    for key in order[: need - sum(cut.values())]:
        cut[key] += 1
    return {
        t.item_id: t.allotted_seconds // 60 - cut[t.item_id] for t in segment if cut.get(t.item_id)
    }


def _drop(segment: list[ItemTiming], over_seconds: float) -> list[UUID]:
    dropped: list[UUID] = []
    for timing in reversed(segment):
        if over_seconds <= 0:
            break
        if timing.entry.item.priority is Priority.OPTIONAL:
            dropped.append(timing.item_id)
            over_seconds -= timing.allotted_seconds
    return dropped


def _move_end(snapshot: Snapshot, upcoming: list[ItemTiming]) -> Plan:
    result = _outcome(snapshot, Plan(Strategy.MOVE_END), upcoming)
    end = result.projected_end
    if end is None or snapshot.planned_end is None or end <= snapshot.planned_end:
        return result
    # Round the new end up to the minute: agendas are planned in minutes.
    rounded = end + dt.timedelta(seconds=(-end.second) % 60, microseconds=-end.microsecond)
    if rounded < end:
        rounded += dt.timedelta(minutes=1)
    return Plan(
        Strategy.MOVE_END,
        new_end=rounded,
        projected_end=end,
        late_locks=result.late_locks,
        overrun_seconds=0.0,
    )


def _outcome(snapshot: Snapshot, proposal: Plan, upcoming: list[ItemTiming]) -> Plan:
    """The projected end and late locks once ``proposal`` is applied."""
    cursor = snapshot.now + dt.timedelta(seconds=max(0.0, snapshot.remaining_seconds))
    late: list[UUID] = []
    for timing in upcoming:
        if timing.item_id in proposal.dropped:
            continue
        lock = lock_instant(timing.entry)
        if lock is not None:
            if cursor > lock + dt.timedelta(seconds=1):  # float sums of seconds
                late.append(timing.item_id)
            cursor = max(cursor, lock)
        cursor += dt.timedelta(seconds=_length([timing], proposal.minutes))
    overrun = 0.0
    if snapshot.planned_end is not None:
        overrun = max(0.0, (cursor - snapshot.planned_end).total_seconds())
    return Plan(
        proposal.strategy,
        proposal.minutes,
        proposal.dropped,
        proposal.new_end,
        projected_end=cursor,
        late_locks=tuple(late),
        overrun_seconds=overrun,
    )
