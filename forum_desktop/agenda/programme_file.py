"""A programme file someone sent: text within documented limits, or a clear refusal.

A concept note's programme is a few pages: 1 MB of text and 2,000 agenda items are far
beyond any real one, and keep a wrong file (a log, a dump) from taking minutes and
gigabytes to read.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable

from forum_desktop.agenda.programme_model import ParsedItem, ParsedProgramme
from forum_desktop.notices import NoticeError, NoticeKind

MAX_BYTES = 1024 * 1024
MAX_ITEMS = 2000

NOT_TEXT = NoticeKind(
    "programme.not_text",
    "This file does not contain text, so it is not a programme. Save it as plain text "
    "(.txt) or Markdown (.md) and try again.",
)
TOO_LARGE = NoticeKind(
    "programme.too_large",
    "The file is larger than {megabytes} MB, far more than a programme. Check that you "
    "chose the right file, or split it into smaller files.",
)
TOO_MANY_ITEMS = NoticeKind(
    "programme.too_many_items",
    "The programme has {count} agenda items; at most {limit} are imported at once. "
    "Split it into smaller files.",
)

_BINARY = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")  # controls that text files lack


class ProgrammeFileError(NoticeError):
    """A programme that cannot be imported; ``str()`` tells the user what to do."""


def decode_programme(data: bytes) -> str:
    """The text of a programme file: UTF-8 (with or without BOM), else Windows-1252."""
    if len(data) > MAX_BYTES:
        raise ProgrammeFileError(TOO_LARGE, megabytes=MAX_BYTES // (1024 * 1024))
    if b"\x00" in data or data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ProgrammeFileError(NOT_TEXT)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise ProgrammeFileError(NOT_TEXT) from None
    # Real text has at most a stray control character; binary data is full of them.
    if len(_BINARY.findall(text)) * 10 > len(text):
        raise ProgrammeFileError(NOT_TEXT)
    return text


def check_item_count(programme: ParsedProgramme) -> None:
    """Refuse a programme of more than ``MAX_ITEMS`` items, nested ones included."""
    count = sum(_count(day.items) for day in programme.days)
    if count > MAX_ITEMS:
        raise ProgrammeFileError(TOO_MANY_ITEMS, count=count, limit=MAX_ITEMS)


def _count(items: Iterable[ParsedItem]) -> int:
    return sum(1 + _count(item.children) for item in items)
