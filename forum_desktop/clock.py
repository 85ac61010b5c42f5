"""Injectable time sources: wall clock for timestamps, monotonic clock for durations."""

from __future__ import annotations

import time
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """What the core asks of time; tests pass a fake."""

    def now(self) -> datetime:
        """The current wall-clock instant, timezone-aware (UTC)."""
        ...

    def monotonic(self) -> float:
        """Seconds from an arbitrary origin that never goes backwards."""
        ...


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that only moves when told to."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2022, 2, 23, 9, 0, tzinfo=UTC)
        self._mono = 0.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def advance(self, seconds: float) -> None:
        self._now += timedelta(seconds=seconds)
        self._mono += seconds

    def jump_wall(self, seconds: float) -> None:
        """Move only the wall clock: a laptop waking from sleep, or its clock being set."""
        self._now += timedelta(seconds=seconds)


def after_known(now: datetime, known: Iterable[datetime]) -> datetime:
    """``now``, or just after the latest of ``known`` when ``now`` is not later: an act
    ordered by its time keeps its place after every act this laptop has seen, whatever
    its clock says (a laptop whose clock is behind, or acts within one clock tick)."""
    latest = max(known, default=None)
    return now if latest is None or now > latest else latest + timedelta(microseconds=1)
