"""The time zone a programme writes after its times: ``10h00-11h30 (CET)``, ``9:00 UTC+1``,
``10h (heure de Paris)``, ``9:00 (Dakar time)``.

Only abbreviations that mean one offset are read (``CET`` is UTC+1 all year; ``IST`` or
``CST``, which mean several, are not): those are fixed offsets from UTC. A city's time is
the zone database's zone of that name (``Europe/Paris``), summer time included.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from zoneinfo import available_timezones

_ABBREVIATIONS = {
    "UTC": 0,
    "GMT": 0,
    "WET": 0,
    "WEST": 60,
    "CET": 60,
    "CEST": 120,
    "EET": 120,
    "EEST": 180,
    "MSK": 180,
    "WAT": 60,
    "CAT": 120,
    "EAT": 180,
    "SAST": 120,
    "EST": -300,
    "EDT": -240,
    "CDT": -300,
    "MST": -420,
    "MDT": -360,
    "PST": -480,
    "PDT": -420,
    "JST": 540,
    "KST": 540,
    "AEST": 600,
    "AEDT": 660,
    "NZST": 720,
    "NZDT": 780,
}
_NAME = "|".join(sorted(_ABBREVIATIONS, key=len, reverse=True))
_OFFSET = r"\s?(?P<sign>[+\-\u2212])\s?(?P<hours>\d{1,2})(?::?(?P<minutes>[0-5]\d))?"
_ZONE = re.compile(rf"(?P<name>{_NAME})(?:{_OFFSET})?")
_ANY_ZONE = rf"(?<![^\W\d_])(?:{_NAME})(?![^\W\d_])(?:\s?[+\-\u2212]\s?\d{{1,2}}(?::?[0-5]\d)?)?"
_AFTER_TIMES = re.compile(
    rf"[\s,]*(?:\(\s*(?P<inner>{_ANY_ZONE})\s*\)|(?P<bare>{_ANY_ZONE})\s*(?P<close>\))?)\s*$"
)
_CITY = r"[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]{1,2}[^\W\d_]+){0,3}"
_OPEN, _CLOSE = r"[\s,]*(?P<open>\()?\s*", r"\s*(?P<close>\))?\s*$"
_CITY_TIME = re.compile(
    rf"{_OPEN}(?:heure|hora)\s+(?:de\s+|d['’]\s*)(?P<city>{_CITY}){_CLOSE}", re.IGNORECASE
)
_CITY_TIME_EN = re.compile(rf"{_OPEN}(?P<city>{_CITY})\s+time{_CLOSE}", re.IGNORECASE)
_HINT = re.compile(rf"(?:{_NAME})(?![^\W\d_])")
_CITY_WORDS = ("heure", "hora")
"""Cheap looks first: most lines name no zone, and the patterns above try every start."""
_TIME_AT_END = re.compile(r"\d(?:[:.h]\s?[0-5]\d|\s?h|\s?[ap]\.?m\.?)\s*\(?\s*$", re.IGNORECASE)
_TAIL = 80
"""How far from a line's end a zone is looked for (bounds the work)."""
_LONGEST_OFFSET = 14 * 60


@dataclass(frozen=True)
class WrittenZone:
    """A zone as the text writes it and its offset from UTC in minutes, or for a city's
    time the zone database's key (``Europe/Paris``, also what is written then)."""

    written: str
    offset: int | None
    key: str = ""


def zone_after_times(text: str) -> WrittenZone | None:
    """The zone ``text`` writes right after a time at its end, or None."""
    found = _zone_match(text)
    return None if found is None else found[0]


def without_zone(text: str) -> str:
    """``text`` without the zone written after its times (``(CET)``), if it has one."""
    found = _zone_match(text)
    if found is None:
        return text
    _, start, close = found
    kept = text[:start]
    return f"{kept})" if close else kept  # "(09:00–17:00 CET)": its parenthesis


def _zone_match(text: str) -> tuple[WrittenZone, int, bool] | None:
    """The zone, where its words start in ``text``, and whether a parenthesis opened
    before the times closes after it."""
    tail = text[-_TAIL:]
    lowered = tail.casefold()
    english = lowered.rstrip(" )").endswith(" time")
    if not english and _HINT.search(tail) is None and not any(w in lowered for w in _CITY_WORDS):
        return None
    before = len(text) - len(tail)
    match = _AFTER_TIMES.search(tail)
    if match is not None and _TIME_AT_END.search(tail[: match.start()]) is not None:
        zone = _abbreviation(match["inner"] or match["bare"])
        return None if zone is None else (zone, before + match.start(), bool(match["close"]))
    city = (_CITY_TIME_EN if english else _CITY_TIME).search(tail)
    if city is None or _TIME_AT_END.search(tail[: city.start()]) is None:
        return None
    key = _city_zones().get(_folded(city["city"]))
    if key is None or (city["open"] and not city["close"]):
        return None
    closes = bool(city["close"]) and not city["open"]
    return WrittenZone(key, None, key), before + city.start(), closes


def _abbreviation(written: str) -> WrittenZone | None:
    zone = _ZONE.fullmatch(written)
    if zone is None:
        return None
    offset = _ABBREVIATIONS[zone["name"]]
    if zone["hours"] is not None:
        if zone["name"] not in ("UTC", "GMT"):
            return None  # "CET+1" says nothing clear
        shift = int(zone["hours"]) * 60 + int(zone["minutes"] or 0)
        offset = -shift if zone["sign"] in "-\u2212" else shift
    return WrittenZone(written, offset) if abs(offset) <= _LONGEST_OFFSET else None


def _folded(name: str) -> str:
    """``Montréal`` and ``montreal``, ``New York`` and ``new_york`` alike."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[\s_'’-]+", " ", plain).strip().casefold()


@cache
def _city_zones() -> dict[str, str]:
    """The zone database's zones by their city, folded: ``paris`` is Europe/Paris."""
    zones: dict[str, str] = {}
    for key in sorted(available_timezones()):
        area, _, city = key.rpartition("/")
        if area and area.split("/")[0] not in ("Etc", "SystemV", "US"):
            zones.setdefault(_folded(city), key)
    return zones


def zones_written(texts: Sequence[str]) -> list[WrittenZone]:
    """The zones written after times in ``texts``, each once, in the order first seen."""
    found: list[WrittenZone] = []
    for text in texts:
        zone = zone_after_times(text)
        if zone is not None and (zone.offset, zone.key) not in [
            (known.offset, known.key) for known in found
        ]:
            found.append(zone)
    return found
