"""The hybrid logical clock that orders changes made on different laptops.

A value is the wall-clock milliseconds since 1970 shifted left 16 bits, plus a counter
in the low bits. A laptop's next value is after every value it has seen (its own and
every change it received), and not before its own wall clock: so a change made on top
of another always sorts after it, whatever the laptops' clocks say, and values still
read as times when clocks agree.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

COUNTER_BITS = 16
AHEAD_LIMIT = timedelta(hours=24)
"""A received value further ahead of this laptop's clock is flagged: a laptop's clock is wrong."""


def next_hlc(latest: int, now: datetime) -> int:
    """The value for a new change, given the latest value seen and the wall clock."""
    return max(int(now.timestamp() * 1000) << COUNTER_BITS, latest + 1)


def hlc_time(value: int) -> datetime:
    """The wall-clock instant a value carries."""
    return datetime.fromtimestamp((value >> COUNTER_BITS) / 1000, UTC)


def is_far_ahead(value: int, now: datetime) -> bool:
    return hlc_time(value) - now > AHEAD_LIMIT
