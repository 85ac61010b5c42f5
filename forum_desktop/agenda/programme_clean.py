"""What text copied from a page or a Markdown file carries besides the programme.

Markdown emphasis (``*word*``, ``**word**``, ``_word_``) is taken off everywhere; link
labels a web page glues to names (``pdf-xsC. Huser``, a lone ``pdf-xs``) are dropped;
so is page furniture: a short block of lines repeated between blank lines (a header or
footer such as ``21-25 FEB 2022`` / ``#UCLGMEETS``). A dropped line is left out of the
list, and the line after it counts it in ``joins``, so readers that tell paragraphs by
line numbers still see the text around it as one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from forum_desktop.agenda.programme_kinds import is_break
from forum_desktop.agenda.programme_lines import read_marker
from forum_desktop.agenda.programme_sections import Line
from forum_desktop.agenda.programme_times import leading_slot, trailing_duration, trailing_slot

MAX_FURNITURE_LINES = 3
MAX_FURNITURE_LENGTH = 60
_EMPHASIS = re.compile(
    r"(?<![\w*])(\*\*|\*)(?=[^\s*])(?P<a>.+?)(?<=[^\s*])\1(?![\w*])"
    r"|(?<![\w_])(__|_)(?=[^\s_])(?P<b>.+?)(?<=[^\s_])\3(?![\w_])"
)
_LINK_LABEL = re.compile(
    r"(?<![\w-])(?:pdf|pptx?|docx?|xlsx?|zip|mp[34]|video|audio)-(?:xs|sm|md|lg|xl|s|m|l)"
    r"(?=[A-ZÀ-Ý\s,.;:]|$)",
    re.IGNORECASE,
)


def strip_emphasis(text: str) -> str:
    """``*Que fais-je ?*`` → ``Que fais-je ?``; bullets (``* item``) stay."""
    previous = None
    while previous != text:  # "***both***" and nested emphasis
        previous = text
        text = _EMPHASIS.sub(lambda m: m["a"] if m["a"] is not None else m["b"], text)
    return text


def strip_link_labels(text: str) -> str:
    return _LINK_LABEL.sub(" ", text).strip() if _LINK_LABEL.search(text) else text


def clean_lines(lines: Sequence[Line]) -> list[Line]:
    """``lines`` without emphasis, link labels and page furniture (see the module)."""
    furniture = _furniture(lines)
    kept: list[Line] = []
    joins = 0
    for index, line in enumerate(lines):
        if index in furniture:
            joins += 1
            continue
        text = strip_link_labels(strip_emphasis(line.text))
        if not text.strip() and line.text.strip():
            joins += 1  # a line that was only a label
            continue
        indent = line.text[: len(line.text) - len(line.text.lstrip())]
        cleaned = indent + text.lstrip() if text.strip() else text
        kept.append(replace(line, text=cleaned, joins=joins))
        joins = 0
    return kept


def _blocks(lines: Sequence[Line]) -> list[tuple[int, int]]:
    """(start, end) of each run of non-blank lines."""
    blocks: list[tuple[int, int]] = []
    start = None
    for index, line in enumerate([*lines, Line(0, "")]):
        if not line.blank and start is None:
            start = index
        elif line.blank and start is not None:
            blocks.append((start, index))
            start = None
    return blocks


def _furniture(lines: Sequence[Line]) -> set[int]:
    """Indexes of furniture lines, and of the blank lines around them when the text on
    both sides is one list (a footer splitting a numbered list)."""
    candidates = [
        (start, end)
        for start, end in _blocks(lines)
        if end - start <= MAX_FURNITURE_LINES
        and all(_could_be_furniture(line.text) for line in lines[start:end])
    ]
    texts = Counter(_block_text(lines, block) for block in candidates)
    dropped: set[int] = set()
    for start, end in candidates:
        if texts[_block_text(lines, (start, end))] < 2:
            continue
        dropped.update(range(start, end))
        before, after = _neighbour(lines, start, -1), _neighbour(lines, end - 1, 1)
        if before is not None and after is not None and _is_listed(lines, before, after):
            dropped.update(range(before + 1, after))
    return dropped


def _could_be_furniture(text: str) -> bool:
    words = text.strip()
    return (
        len(words) <= MAX_FURNITURE_LENGTH
        and read_marker(text) is None
        and leading_slot(words) is None
        and trailing_slot(words) is None
        and trailing_duration(words) is None
        and not is_break(words)
        and any(char.isalnum() for char in words)
    )


def _block_text(lines: Sequence[Line], block: tuple[int, int]) -> tuple[str, ...]:
    return tuple(" ".join(line.text.split()).casefold() for line in lines[block[0] : block[1]])


def _neighbour(lines: Sequence[Line], index: int, step: int) -> int | None:
    index += step
    while 0 <= index < len(lines):
        if not lines[index].blank:
            return index
        index += step
    return None


def _is_listed(lines: Sequence[Line], before: int, after: int) -> bool:
    first, second = read_marker(lines[before].text), read_marker(lines[after].text)
    return first is not None and second is not None and not first.heading and not second.heading
