"""Day headings of a programme in English, French and Spanish.

``Monday, June 15``, ``Monday 15 June 2026``, ``Mardi 16 juin``, ``Martes 16 de junio``,
``1er juin``, ``Day 1``, ``Jour 2``, ``Día 3``, ``2026-06-15``, ``15/06/2026``, any of them
followed by a label and a time slot (``Day 1 – Opening (09:00–17:00)``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time

from forum_desktop.agenda.programme_times import leading_slot, trailing_slot
from forum_desktop.agenda.programme_zones import without_zone
from forum_desktop.notices import NoticeKind

MAX_HEADING_LENGTH = 120
MAX_LABEL_WORDS = 10

_WEEKDAYS = {
    # Monday is 0, as date.weekday() counts.
    0: ("monday", "lundi", "lunes"),
    1: ("tuesday", "mardi", "martes"),
    2: ("wednesday", "mercredi", "miércoles", "miercoles"),
    3: ("thursday", "jeudi", "jueves"),
    4: ("friday", "vendredi", "viernes"),
    5: ("saturday", "samedi", "sábado", "sabado"),
    6: ("sunday", "dimanche", "domingo"),
}
_MONTHS = {
    1: ("january", "janvier", "enero", "jan", "janv", "ene"),
    2: ("february", "février", "fevrier", "febrero", "feb", "févr", "fevr", "fév"),
    3: ("march", "mars", "marzo", "mar"),
    4: ("april", "avril", "abril", "apr", "avr", "abr"),
    5: ("may", "mai", "mayo"),
    6: ("june", "juin", "junio", "jun"),
    7: ("july", "juillet", "julio", "jul", "juil"),
    8: ("august", "août", "aout", "agosto", "aug", "ago"),
    9: ("september", "septembre", "septiembre", "setiembre", "sep", "sept"),
    10: ("october", "octobre", "octubre", "oct"),
    11: ("november", "novembre", "noviembre", "nov"),
    12: ("december", "décembre", "decembre", "diciembre", "dec", "déc", "dic"),
}
_WEEKDAY_NUMBER = {name: number for number, names in _WEEKDAYS.items() for name in names}
_MONTH_NUMBER = {name: number for number, names in _MONTHS.items() for name in names}


def _alternatives(names: dict[str, int]) -> str:
    return "|".join(sorted((re.escape(name) for name in names), key=len, reverse=True))


_END_OF_WORD = r"(?![^\W_])"
_WEEKDAY = rf"(?P<weekday>{_alternatives(_WEEKDAY_NUMBER)}){_END_OF_WORD}\.?"
_MONTH = rf"(?:{_alternatives(_MONTH_NUMBER)}){_END_OF_WORD}\.?"
_ORDINAL = r"(?:st|nd|rd|th|er|ème|º|°)?"
_YEAR = r"(?:,?\s+(?:de\s+|del\s+)?(?P<{}>\d{{4}}))?"
_DATE = (
    r"(?P<iso_y>\d{4})-(?P<iso_m>\d{1,2})-(?P<iso_d>\d{1,2})"
    r"|(?P<num_d>\d{1,2})[/.](?P<num_m>\d{1,2})[/.](?P<num_y>\d{4}|\d{2})(?!\d)"
    r"|(?P<num2_d>\d{1,2})/(?P<num2_m>\d{1,2})(?![\d/])"
    rf"|(?P<dm_d>\d{{1,2}}){_ORDINAL}\s+(?:de\s+)?(?P<dm_m>{_MONTH}){_YEAR.format('dm_y')}"
    rf"|(?P<md_m>{_MONTH})\s+(?P<md_d>\d{{1,2}}){_ORDINAL}{_YEAR.format('md_y')}"
)
_DAY_NUMBER = r"(?P<day_word>day|jour|journée|d[ií]a|jornada)\s+(?P<day_number>\d{1,2})"
_SEPARATOR = r"\s*[-\u2013\u2014:,.]?\s*"
_DAY_HEADING = re.compile(
    rf"(?:{_DAY_NUMBER}{_END_OF_WORD}{_SEPARATOR})?"
    rf"(?:{_WEEKDAY},?\s*)?"
    rf"(?:(?:le\s+|el\s+|the\s+)?(?:{_DATE}){_END_OF_WORD})?",
    re.IGNORECASE,
)
_LABEL_EDGES = " \t-\u2013\u2014:,.;|/"


NO_YEAR = NoticeKind(
    "programme.no_year",
    "line {line}: {heading} has no year; give the year of the programme "
    "(the Year field, or --year)",
)
NOT_A_DATE = NoticeKind(
    "programme.not_a_date", "line {line}: {heading} is not a date in the calendar"
)
WRONG_WEEKDAY = NoticeKind(
    "programme.wrong_weekday", "line {line}: {heading} says “{weekday}” but {date} is a {named}"
)


@dataclass(frozen=True)
class DayHeading:
    """What a day heading says; ``problem`` explains a date it could not read."""

    date: date | None
    label: str
    """The words after the day and date (``Opening`` in ``Day 1 – Opening``), or ""."""
    start: time | None = None
    end: time | None = None
    problem: NoticeKind | None = None
    """What is wrong with the date (its warning needs ``line`` and ``heading``)."""
    problem_values: tuple[tuple[str, str], ...] = ()
    """The warning's other values."""
    has_weekday: bool = False


def parse_day_heading(text: str, *, year: int | None = None) -> DayHeading | None:
    """The day heading ``text`` is, or None. Dates without a year take ``year``."""
    if len(text) > MAX_HEADING_LENGTH:
        return None
    match = _DAY_HEADING.match(text)
    if match is None or match.end() == 0 or not _says_a_day(match):
        return None
    label, start, end = _label_and_slot(text[match.end() :])
    if len(label.split()) > MAX_LABEL_WORDS:
        return None
    day, problem, values = _date(match, year)
    return DayHeading(day, label, start, end, problem, values, match["weekday"] is not None)


def heading_year(text: str) -> int | None:
    """The year a day heading states, if it states one."""
    if len(text) > MAX_HEADING_LENGTH:
        return None
    match = _DAY_HEADING.match(text)
    if match is None or not _says_a_day(match):
        return None
    return _stated_year(match)


def _says_a_day(match: re.Match[str]) -> bool:
    return any(match[group] for group in ("day_number", "weekday")) or _has_date(match)


def _has_date(match: re.Match[str]) -> bool:
    if match["num2_d"] and not match["weekday"]:
        return False  # "1/2 day" is no date; "Mardi 15/06" is
    return any(match[f"{form}_d"] for form in ("iso", "num", "num2", "dm", "md"))


def _stated_year(match: re.Match[str]) -> int | None:
    written = next(
        (match[g] for g in ("iso_y", "num_y", "dm_y", "md_y") if match[g] is not None), None
    )
    if written is None:
        return None
    return 2000 + int(written) if len(written) == 2 else int(written)


def without_times(text: str) -> str:
    """``text`` without the times and zone it ends with: ``Mardi 16 juin 2026, 10h00-11h00
    (heure de Paris)`` is ``Mardi 16 juin 2026``; ``text`` itself when it ends with none."""
    found = trailing_slot(without_zone(text))
    return text if found is None else found[1].rstrip(_LABEL_EDGES)


def _label_and_slot(rest: str) -> tuple[str, time | None, time | None]:
    start = end = None
    rest = without_zone(rest)
    found = leading_slot(rest.lstrip(_LABEL_EDGES)) or trailing_slot(rest)
    if found is not None:
        slot, rest = found
        start, end = slot.start, slot.end
    label = rest.strip(_LABEL_EDGES)
    if not any(char.isalpha() for char in re.sub(r"\([^)]*\)", "", label)):
        label = ""  # "(CET)" or a stray dash says nothing about the day
    return label, start, end


def _day_month_year(match: re.Match[str]) -> tuple[int, int, int | None]:
    if match["iso_d"]:
        return int(match["iso_d"]), int(match["iso_m"]), int(match["iso_y"])
    if match["num_d"]:
        return int(match["num_d"]), int(match["num_m"]), _stated_year(match)
    if match["num2_d"]:
        return int(match["num2_d"]), int(match["num2_m"]), None
    if match["dm_d"]:
        month = _MONTH_NUMBER[_month_word(match["dm_m"])]
        return int(match["dm_d"]), month, _stated_year(match)
    month = _MONTH_NUMBER[_month_word(match["md_m"])]
    return int(match["md_d"]), month, _stated_year(match)


def _month_word(written: str) -> str:
    return written.rstrip(".").lower()


def _date(
    match: re.Match[str], default_year: int | None
) -> tuple[date | None, NoticeKind | None, tuple[tuple[str, str], ...]]:
    if not _has_date(match):
        return None, None, ()
    day_number, month, stated_year = _day_month_year(match)
    year = stated_year or default_year
    if year is None:
        return None, NO_YEAR, ()
    try:
        found = date(year, month, day_number)
    except ValueError:
        return None, NOT_A_DATE, ()
    weekday = match["weekday"]
    if weekday is not None and _WEEKDAY_NUMBER[weekday.lower()] != found.weekday():
        named = _WEEKDAYS[found.weekday()][0].capitalize()
        values = (("weekday", weekday), ("date", found.isoformat()), ("named", named))
        return found, WRONG_WEEKDAY, values
    return found, None, ()
