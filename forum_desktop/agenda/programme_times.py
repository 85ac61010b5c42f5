"""Times of day, time slots and durations as people write them in a programme's lines.

A slot is one time or a range: ``09.00``, ``10:20``, ``10h00-11h30``, ``10h-11h``,
``9am``, ``9:30 am``, ``14h``, ``09.30 – 09.45``, ``10:00 to 10:45``, ``10-11h``. A bare
hour (``10``) counts only as the first end of a range whose other end says what it is.
Durations are found here but read by ``parse_duration``, so both read the same forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

from forum_desktop.agenda.durations import DurationError, parse_duration

MINUTES_PER_DAY = 24 * 60
LONGEST_ITEM_MINUTES = 12 * 60
"""A "duration" above this is a time of day (``(14h)``) or a typo, not an item's length."""

_TAIL = 160
"""How far from a line's end trailing slots and durations are looked for (bounds the work)."""


def _time(name: str) -> str:
    """A time of day, its parts in groups ``{name}_h`` (hours), ``_m`` (minutes), ``_unit``
    (the ``h`` of ``10h30``), ``_hour`` (the ``h`` of ``14h``) and ``_ap`` (am/pm)."""
    return (
        rf"(?P<{name}_h>[01]?\d|2[0-3])"
        rf"(?:(?:[:.]|\s?(?P<{name}_unit>h)\s?)(?P<{name}_m>[0-5]\d)"
        rf"|\s?(?P<{name}_hour>h)(?![^\W\d_]))?"
        rf"(?:\s?(?P<{name}_ap>[ap])\.?\s?m\.?(?![^\W\d_]))?"
    )


_RANGE_SEPARATOR = (
    r"(?:\s*[-\u2010\u2011\u2012\u2013\u2014]\s*|\s+(?:to|till|until|à|a|au|al|hasta)\s+)"
)
_SLOT = rf"{_time('a')}(?:{_RANGE_SEPARATOR}{_time('b')})?"
_NOT_CONTINUED = r"(?![\w]|[.:,]\d)"
_LEADING_SLOT = re.compile(rf"\s*(?:{_SLOT}){_NOT_CONTINUED}", re.IGNORECASE)
_AFTER_LEADING_SLOT = re.compile(r"\s*[-\u2013\u2014:|,]?\s*")

_DURATION = (
    r"\d+(?:[.,]\d+)?\s?(?:hours?|hrs?|heures?|horas?|h)"
    r"(?:\s?\d{1,2}\s?(?:minutes?|minutos?|mins?|mn|m|['\u2019\u2032])?)?(?![\w'])"
    r"|\d+\s?(?:minutes?|minutos?|mins?|mn|m|['\u2019\u2032])(?![\w'])"
)
_OPEN = r"[(\[]"
_CLOSE = r"[)\]]"
_TRAILING_DURATION = re.compile(
    rf"(?:\s*{_OPEN}\s*(?P<p>{_DURATION})\s*{_CLOSE}"
    rf"|\s*[-\u2013\u2014:,]\s*(?P<d>{_DURATION})"
    rf"|\s+(?P<s>{_DURATION}))\s*$",
    re.IGNORECASE,
)
_TRAILING_SLOT = re.compile(
    rf"(?:\s*(?P<open>{_OPEN})|\s*[-\u2013\u2014:,])\s*(?:{_SLOT})\s*(?P<close>{_CLOSE})?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Slot:
    """A time slot: a start, and an end when the range gave one."""

    start: time
    end: time | None = None

    @property
    def minutes(self) -> int | None:
        """end − start, across midnight when the end is earlier; None without an end."""
        if self.end is None:
            return None
        return minutes_between(self.start, self.end)


def minute_of_day(moment: time) -> int:
    return moment.hour * 60 + moment.minute


def time_at(minute: int) -> time:
    """The wall-clock time ``minute`` minutes after a midnight (wrapping past 24 h)."""
    hours, minutes = divmod(minute % MINUTES_PER_DAY, 60)
    return time(hours, minutes)


def minutes_between(start: time, end: time) -> int:
    return (minute_of_day(end) - minute_of_day(start)) % MINUTES_PER_DAY


def format_time(moment: time) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


@dataclass(frozen=True)
class _Clock:
    hour: int
    minute: int
    meridiem: str | None
    explicit: bool
    """Whether the text says it is a time (minutes, ``h`` or am/pm), unlike a bare ``10``."""


def _clock(match: re.Match[str], name: str) -> _Clock | None:
    if match[f"{name}_h"] is None:
        return None
    meridiem = match[f"{name}_ap"]
    explicit = any(match[f"{name}_{part}"] for part in ("m", "unit", "hour", "ap"))
    return _Clock(
        int(match[f"{name}_h"]),
        int(match[f"{name}_m"] or 0),
        meridiem.lower() if meridiem else None,
        explicit,
    )


def _to_time(clock: _Clock, meridiem: str | None) -> time | None:
    hour = clock.hour
    if meridiem is not None:
        if not 1 <= hour <= 12:
            return None  # "13pm" is no time
        hour = hour % 12 + (12 if meridiem == "p" else 0)
    return time(hour, clock.minute)


def _slot(match: re.Match[str], *, range_only: bool = False) -> Slot | None:
    first, second = _clock(match, "a"), _clock(match, "b")
    if first is None:
        return None
    if second is None:
        if range_only or not first.explicit:
            return None
        start = _to_time(first, first.meridiem)
        return None if start is None else Slot(start)
    if not second.explicit:
        return None
    end = _to_time(second, second.meridiem)
    start = _to_time(first, first.meridiem or second.meridiem)
    if start is not None and end is not None and first.meridiem is None and start > end:
        start = _to_time(first, "a") if second.meridiem == "p" else start  # "11-1pm"
    if start is None or end is None:
        return None
    return Slot(start, end)


def leading_slot(text: str) -> tuple[Slot, str] | None:
    """The slot ``text`` starts with and the text after it (separators dropped)."""
    match = _LEADING_SLOT.match(text)
    if match is None:
        return None
    slot = _slot(match)
    if slot is None:
        return None
    rest = text[match.end() :]
    separator = _AFTER_LEADING_SLOT.match(rest)
    return slot, rest[separator.end() if separator else 0 :]


def _tail_match(pattern: re.Pattern[str], text: str) -> tuple[re.Match[str], int] | None:
    offset = max(0, len(text) - _TAIL)
    match = pattern.search(text, offset)
    return None if match is None else (match, match.start())


def trailing_duration(text: str) -> tuple[int, str] | None:
    """The duration ``text`` ends with, in minutes, and the text before it."""
    found = _tail_match(_TRAILING_DURATION, text)
    if found is None:
        return None
    match, start = found
    written = match["p"] or match["d"] or match["s"]
    try:
        minutes = parse_duration(written)
    except DurationError:
        return None
    if minutes > LONGEST_ITEM_MINUTES:
        return None
    return minutes, text[:start]


def trailing_slot(text: str) -> tuple[Slot, str] | None:
    """The slot ``text`` ends with, in parentheses or after a dash, and the text before it."""
    found = _tail_match(_TRAILING_SLOT, text)
    if found is None:
        return None
    match, start = found
    if bool(match["open"]) != bool(match["close"]):
        return None
    slot = _slot(match)
    return None if slot is None else (slot, text[:start])
