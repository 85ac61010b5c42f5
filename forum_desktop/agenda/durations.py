"""Durations as facilitators type them, in whole minutes.

``parse_duration`` reads ``15``, ``15 min``, ``15'``, ``1h``, ``1h30``, ``1 h 30 min``,
``1:30``, ``1.5h``, ``1,5 h``, ``2 heures``, ``1 hora``, ``45 minutos``, ``1 hr 15`` … in
any case and with any spacing. A bare number is minutes. Fractional hours are rounded to
the nearest minute (``0.33h`` is 20). Durations run from 0 to 24 hours, like
``AgendaItem.planned_minutes``.

``format_duration`` writes the compact form that reads the same in English, French and
Spanish (``15 min``, ``1 h 30``, ``2 h``) and that ``parse_duration`` reads back.
"""

from __future__ import annotations

import re
import unicodedata
from fractions import Fraction

from forum_desktop.notices import NoticeError, NoticeKind

MAX_MINUTES = 24 * 60

_HOUR_WORDS = r"h|hr|hrs|hour|hours|heure|heures|hora|horas"
_MINUTE_WORDS = r"m|mn|min|mins|minute|minutes|minuto|minutos|'|’|′"  # noqa: RUF001 - typed apostrophes

_HOURS_MINUTES = re.compile(
    rf"(?:(?P<hours>\d+(?:\.\d+)?|\.\d+) ?(?:{_HOUR_WORDS}))?"
    rf" ?(?:(?P<minutes>\d+) ?(?P<unit>{_MINUTE_WORDS})?)?",
    re.ASCII,
)
_CLOCK = re.compile(r"(?P<hours>\d+):(?P<minutes>\d\d)", re.ASCII)

NO_DURATION = NoticeKind("duration.missing", "no duration given: type minutes (15), 1h30 or 1:30")
NOT_A_DURATION = NoticeKind(
    "duration.not_one", "{typed} is not a duration: type minutes (15), 1h30 or 1:30"
)
NEGATIVE = NoticeKind("duration.negative", "{typed} is negative: a duration is 0 minutes or more")
TOO_LONG = NoticeKind("duration.too_long", "{typed} is longer than 24 hours")


class DurationError(NoticeError):
    """Text that is not a duration; the message says what to type instead."""


def parse_duration(text: str) -> int:
    """The number of minutes ``text`` stands for; raises DurationError otherwise."""
    # NFKC folds full-width digits; collapsing whitespace turns the no-break spaces common
    # in French into plain ones.
    normal = " ".join(unicodedata.normalize("NFKC", text).split()).lower().replace(",", ".")
    if not normal:
        raise DurationError(NO_DURATION)
    body = normal.replace("\u2212", "-").removeprefix("-").lstrip()  # U+2212 minus sign
    # The length cap keeps int() far below its digit limit on pasted garbage.
    minutes = _read(body) if len(body) <= 40 else None
    if minutes is None:
        raise DurationError(NOT_A_DURATION, typed=_quote(text))
    if minutes and body != normal:  # "-0" is still 0
        raise DurationError(NEGATIVE, typed=_quote(text))
    if minutes > MAX_MINUTES:
        raise DurationError(TOO_LONG, typed=_quote(text))
    return minutes


def _quote(text: str) -> str:
    shown = text.strip()
    return f'"{shown[:30]}…"' if len(shown) > 30 else f'"{shown}"'


def _read(normal: str) -> int | None:
    clock = _CLOCK.fullmatch(normal)
    if clock:
        return _hours_and_minutes(Fraction(clock["hours"]), clock["minutes"])
    match = _HOURS_MINUTES.fullmatch(normal)
    if match is None or (match["hours"] is None and match["minutes"] is None):
        return None
    if match["hours"] is None:
        return int(match["minutes"])
    hours = Fraction(match["hours"])
    if match["minutes"] is not None and hours.denominator != 1:
        return None  # "1.5h 30" has no sensible reading
    return _hours_and_minutes(hours, match["minutes"])


def _hours_and_minutes(hours: Fraction, minutes_text: str | None) -> int | None:
    minutes = int(minutes_text) if minutes_text is not None else 0
    if minutes >= 60:
        return None  # "1h75" or "1:75" is a typo, not 2 h 15
    return int(hours * 60 + Fraction(1, 2)) + minutes  # nearest minute, halves up


def format_duration(minutes: int) -> str:
    """``minutes`` as ``15 min``, ``1 h 30``, ``1 h 05`` or ``2 h``."""
    if minutes < 0:
        raise ValueError(f"a duration is 0 minutes or more, not {minutes}")
    hours, rest = divmod(minutes, 60)
    if hours == 0:
        return f"{rest} min"
    if rest == 0:
        return f"{hours} h"
    return f"{hours} h {rest:02d}"
