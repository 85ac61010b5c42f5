"""``*emphasis*`` in prose written for print (the event's context), as italic spans.

The context is written like an e-mail: "three blocks, namely *Peer learning* and
*Learning Forum*". Printing the asterisks looked like a mistake. Only a pair around
words (``*`` then a non-space … a non-space then ``*``, not inside a word) counts; any
other asterisk prints as typed. Entries, names and titles never go through here.
"""

from __future__ import annotations

import re
from typing import Final

_EMPHASIS: Final = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")


def emphasis_spans(text: str) -> list[tuple[str, bool]]:
    """``text`` as (part, emphasised) spans, the asterisks of each pair left out."""
    spans: list[tuple[str, bool]] = []
    position = 0
    for match in _EMPHASIS.finditer(text):
        if match.start() > position:
            spans.append((text[position : match.start()], False))
        spans.append((match.group(1), True))
        position = match.end()
    if position < len(text) or not spans:
        spans.append((text[position:], False))
    return spans


def plain(text: str) -> str:
    """``text`` without the asterisks of its emphasis."""
    return "".join(part for part, _ in emphasis_spans(text))
