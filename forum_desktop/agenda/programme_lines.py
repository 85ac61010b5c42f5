"""The list markers and headings that open a programme's item lines.

``1.``, ``1)``, ``(1)``, ``2 -``, ``1.2``, ``I.``, ``a)``, ``b.``, ``(c)``, ``- a)``, bullets
(``-``, ``*``, ``•``, ``–`` …) and Markdown headings. A marker's ``key`` says which list it
belongs to, so the tree builder can tell siblings from children; letters and roman
numerals carry candidate ordinals, checked against the list they would continue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from forum_desktop.agenda.programme_times import leading_slot

TAB_WIDTH = 4

_HEADING = re.compile(r"(?P<hashes>#{1,6})\s+(?P<text>.*?)(?:\s+#+)?\s*$")
_BULLET = re.compile(r"[-*+\u2022\u2013\u2014\u25e6\u25aa\u2023\u25cf\u25cb\u00b7]\s+")
_NUMBER = re.compile(
    r"(?:\((?P<paren>\d{1,3})\)"
    r"|(?P<number>\d{1,3}(?:\.\d{1,3})*)(?:[.)]|\s+[-\u2013\u2014])"
    r"|(?P<outline>\d{1,3}(?:\.\d{1,3})+))\s+"
)
_LETTER = re.compile(r"\(?(?P<letter>[a-z])[.)]\s+|\(?(?P<upper>[A-Z])\)\s+")
_ROMAN = re.compile(r"\(?(?P<roman>[IVX]{1,5})[.)]\s+|\(?(?P<lower>i{1,3}|iv|vi{0,3}|ix|x)\)\s+")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}


@dataclass(frozen=True)
class Marker:
    """A line's marker: which list (``keys`` in order of preference) and the text after it."""

    keys: tuple[tuple[str, int | None], ...]
    """(key, ordinal) candidates; an ordinal is checked against the list it continues."""
    indent: int
    text: str
    heading: bool = False


def indent_of(line: str) -> int:
    expanded = line.expandtabs(TAB_WIDTH)
    return len(expanded) - len(expanded.lstrip())


def read_marker(line: str) -> Marker | None:
    """The marker ``line`` starts with, or None for an unmarked line."""
    indent = indent_of(line)
    text = line.strip()
    heading = _HEADING.fullmatch(text)
    if heading is not None:
        inner = _inner_marker(heading["text"])
        body = inner[1] if inner else heading["text"]
        return Marker(((f"heading{len(heading['hashes'])}", None),), indent, body, heading=True)
    bullet = _BULLET.match(text)
    rest = text[bullet.end() :] if bullet else text
    inner = _inner_marker(rest)
    if inner is not None:
        return Marker(inner[0], indent, inner[1])
    if bullet is not None:
        return Marker((("bullet", None),), indent, rest)
    return None


def _inner_marker(text: str) -> tuple[tuple[tuple[str, int | None], ...], str] | None:
    """A number, letter or roman numeral opening ``text`` (not a time such as ``09.30``)."""
    if leading_slot(text) is not None:
        return None
    number = _NUMBER.match(text)
    if number is not None:
        written = number["paren"] or number["number"] or number["outline"]
        depth = written.count(".") + 1
        key = "number" if depth == 1 else f"number.{depth}"
        return ((key, None),), text[number.end() :]
    keys: list[tuple[str, int | None]] = []
    letter = _LETTER.match(text)
    if letter is not None:
        written = letter["letter"] or letter["upper"]
        key = "letter" if letter["letter"] else "LETTER"
        keys.append((key, ord(written.lower()) - ord("a") + 1))
    roman = _ROMAN.match(text)
    value = _roman_value(roman["roman"] or roman["lower"]) if roman else None
    if roman is not None and value is not None:
        keys.append(("roman" if roman["lower"] else "ROMAN", value))
    found = letter or roman
    if not keys or found is None:
        return None
    return tuple(keys), text[found.end() :]


def _roman_value(written: str) -> int | None:
    values = [_ROMAN_VALUES[char] for char in written.lower()]
    total = 0
    for index, value in enumerate(values):
        following = values[index + 1] if index + 1 < len(values) else 0
        total += -value if value < following else value
    return total if 0 < total <= 20 else None
