"""An act's time keeps it after every act the laptop has seen."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from forum_desktop.clock import after_known

NOW = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)


def test_a_clock_ahead_of_what_is_known_keeps_its_time() -> None:
    assert after_known(NOW, [NOW - timedelta(seconds=5)]) == NOW
    assert after_known(NOW, []) == NOW


def test_a_clock_behind_or_in_the_same_tick_comes_just_after_the_latest_known() -> None:
    ahead = NOW + timedelta(minutes=3)
    assert after_known(NOW, [NOW - timedelta(1), ahead]) == ahead + timedelta(microseconds=1)
    assert after_known(NOW, [NOW]) == NOW + timedelta(microseconds=1)
