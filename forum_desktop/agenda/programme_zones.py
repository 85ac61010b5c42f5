"""The time zone a programme writes after its times: ``10h00-11h30 (CET)``, ``9:00 UTC+1``.

Only names that mean one offset are read (``CET`` is UTC+1 all year; ``IST`` or ``CST``,
which mean several, are not), so a zone read here is a fixed offset from UTC.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

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
_TIME_AT_END = re.compile(r"\d(?:[:.h]\s?[0-5]\d|\s?h|\s?[ap]\.?m\.?)\s*\(?\s*$", re.IGNORECASE)
_TAIL = 80
"""How far from a line's end a zone is looked for (bounds the work)."""
_LONGEST_OFFSET = 14 * 60


@dataclass(frozen=True)
class WrittenZone:
    """A zone as the text writes it and its offset from UTC in minutes."""

    written: str
    offset: int


def zone_after_times(text: str) -> WrittenZone | None:
    """The zone ``text`` writes right after a time at its end, or None."""
    tail = text[-_TAIL:]
    match = _AFTER_TIMES.search(tail)
    if match is None or _TIME_AT_END.search(tail[: match.start()]) is None:
        return None
    written = match["inner"] or match["bare"]
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


def without_zone(text: str) -> str:
    """``text`` without the zone written after its times (``(CET)``), if it has one."""
    if zone_after_times(text) is None:
        return text
    tail = text[-_TAIL:]
    match = _AFTER_TIMES.search(tail)
    assert match is not None  # zone_after_times found it
    kept = text[: len(text) - len(tail) + match.start()]
    return f"{kept})" if match["close"] else kept  # "(09:00–17:00 CET)": its parenthesis


def zones_written(texts: Sequence[str]) -> list[WrittenZone]:
    """The zones written after times in ``texts``, each once, in the order first seen."""
    found: list[WrittenZone] = []
    for text in texts:
        zone = zone_after_times(text)
        if zone is not None and zone.offset not in [known.offset for known in found]:
            found.append(zone)
    return found
