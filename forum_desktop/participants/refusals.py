"""The core's refusals in the event's language, for the phones' page.

The page is no Qt window and the server imports no Qt, but the translations of the core's
notices are already in the interface's .qm files (context "Notices", written for
``ui/notice_texts.py``), which the app ships. They are read here, once per language, from
the .qm format (Qt's ``qtranslator.cpp``): 16 bytes of magic, then sections (a tag byte
and a big-endian length); the messages section holds, per message, tagged fields (a
translation in UTF-16BE, the source text and the context in UTF-8) ending with an end tag.
"""

from __future__ import annotations

import struct
from functools import cache

from forum_desktop.notices import Notice
from forum_desktop.paths import resource

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
MESSAGES = 0x69
END, TRANSLATION, OBSOLETE1, SOURCE, CONTEXT, COMMENT = 1, 3, 5, 6, 7, 8
NO_TRANSLATION = 0xFFFFFFFF
CONTEXT_NAME = b"Notices"


class QmError(ValueError):
    """The file is not a .qm file this reader understands."""


def _u32(data: bytes, at: int) -> int:
    if at + 4 > len(data):
        raise QmError("the file ends inside a length")
    return int(struct.unpack_from(">I", data, at)[0])


def _messages(data: bytes) -> bytes:
    if data[:16] != MAGIC:
        raise QmError("not a .qm file")
    at = 16
    while at < len(data):
        tag, length = data[at], _u32(data, at + 1)
        if tag == MESSAGES:
            return data[at + 5 : at + 5 + length]
        at += 5 + length
    return b""


def read_notices(data: bytes) -> dict[str, str]:
    """English template → translation, for the "Notices" of a .qm file's bytes."""
    messages = _messages(data)
    found: dict[str, str] = {}
    fields: dict[int, bytes] = {}
    translation: str | None = None
    at = 0
    while at < len(messages):
        tag = messages[at]
        at += 1
        if tag == END:
            if fields.get(CONTEXT) == CONTEXT_NAME and SOURCE in fields and translation:
                found[fields[SOURCE].decode()] = translation
            fields, translation = {}, None
        elif tag == OBSOLETE1:
            at += 4
        elif tag in (TRANSLATION, SOURCE, CONTEXT, COMMENT):
            length = _u32(messages, at)
            at += 4
            if length == NO_TRANSLATION:
                continue
            value = messages[at : at + length]
            at += length
            if tag == TRANSLATION:
                translation = translation or value.decode("utf-16-be")  # plurals: the first
            else:
                fields[tag] = value
        else:
            raise QmError(f"unknown field tag {tag}")
    return found


@cache
def _templates(language: str) -> dict[str, str]:
    path = resource("translations", f"forum_desktop_{language}.qm")
    if language == "en" or not path.is_file():
        return {}
    return read_notices(path.read_bytes())


def refusal(notice: Notice, language: str) -> str:
    """``notice`` in ``language`` (English when it has no translation)."""
    template = _templates(language).get(notice.kind.english, notice.kind.english)
    return notice.fill(template)
