"""The clocks a running session reads.

``RunClock`` counts with the monotonic clock (immune to the wall clock being set back)
but catches up with the wall clock when it jumps ahead — which is what a laptop that
slept over the lunch break sees: its monotonic clock stood still while the room's time
went on. ``FileClock`` lets a test hold a subprocess's time in a file, so crash tests can
assert exact remaining times.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

from forum_desktop.clock import Clock, SystemClock

CLOCK_FILE_VARIABLE = "FORUM_DESKTOP_CLOCK_FILE"
"""Names a JSON file ``{"now": ISO instant, "monotonic": seconds}`` that replaces the clock."""

CATCH_UP_SECONDS = 2.0
"""A wall clock further ahead of the monotonic count than this means the laptop slept."""


class RunClock:
    """The run's notion of now: monotonic between anchors, the wall clock after a sleep."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._anchor_wall = clock.now()
        self._anchor_mono = clock.monotonic()
        self.slept_seconds = 0.0
        """How far the last catch-up moved time forward; the console says so."""

    def now(self) -> dt.datetime:
        counted = self._anchor_wall + dt.timedelta(
            seconds=self._clock.monotonic() - self._anchor_mono
        )
        wall = self._clock.now()
        ahead = (wall - counted).total_seconds()
        if ahead > CATCH_UP_SECONDS:
            self.slept_seconds = ahead
            self._anchor_wall, self._anchor_mono = wall, self._clock.monotonic()
            return wall
        return counted


class FileClock:
    """A clock read from a JSON file on every call; a test moves it by rewriting the file."""

    def __init__(self, path: Path) -> None:
        self._path = path

    def _read(self) -> tuple[dt.datetime, float]:
        data = json.loads(self._path.read_text(encoding="utf-8"))
        now = dt.datetime.fromisoformat(data["now"])
        if now.tzinfo is None:
            raise ValueError(f"{self._path}: 'now' must carry a time zone")
        return now.astimezone(dt.UTC), float(data["monotonic"])

    def now(self) -> dt.datetime:
        return self._read()[0]

    def monotonic(self) -> float:
        return self._read()[1]

    @staticmethod
    def write(path: Path, now: dt.datetime, monotonic: float) -> None:
        """Set the time atomically, so a reader never sees half a file."""
        temporary = path.with_suffix(".tmp")
        temporary.write_text(
            json.dumps({"now": now.isoformat(), "monotonic": monotonic}), encoding="utf-8"
        )
        os.replace(temporary, path)


def clock_from_environment() -> Clock:
    """The system clock, or the file clock a test named in the environment."""
    path = os.environ.get(CLOCK_FILE_VARIABLE)
    return FileClock(Path(path)) if path else SystemClock()
