"""The run clock follows the monotonic clock, except after a sleep; the file clock for tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from forum_desktop.clock import FakeClock, SystemClock
from forum_desktop.timing.clocks import (
    CLOCK_FILE_VARIABLE,
    FileClock,
    RunClock,
    clock_from_environment,
)


def test_a_wall_clock_set_back_does_not_move_the_run_clock(clock: FakeClock) -> None:
    run_clock = RunClock(clock)
    start = run_clock.now()
    clock.advance(10)
    clock.jump_wall(-3600)  # someone sets the laptop's clock back
    assert run_clock.now() == start + dt.timedelta(seconds=10)
    assert run_clock.slept_seconds == 0


def test_small_wall_clock_corrections_are_ignored(clock: FakeClock) -> None:
    run_clock = RunClock(clock)
    start = run_clock.now()
    clock.jump_wall(1.5)  # an NTP nudge
    assert run_clock.now() == start


def test_the_file_clock_reads_the_time_a_test_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "clock.json"
    instant = dt.datetime(2022, 2, 23, 10, 30, tzinfo=dt.UTC)
    FileClock.write(path, instant, 42.5)
    monkeypatch.setenv(CLOCK_FILE_VARIABLE, str(path))
    clock = clock_from_environment()
    assert (clock.now(), clock.monotonic()) == (instant, 42.5)
    FileClock.write(path, instant + dt.timedelta(minutes=5), 342.5)
    assert clock.now() == instant + dt.timedelta(minutes=5)
    monkeypatch.delenv(CLOCK_FILE_VARIABLE)
    assert isinstance(clock_from_environment(), SystemClock)


def test_a_file_clock_without_a_zone_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "clock.json"
    path.write_text('{"now": "2022-02-23T10:30:00", "monotonic": 1}', encoding="utf-8")
    with pytest.raises(ValueError, match="time zone"):
        FileClock(path).now()
