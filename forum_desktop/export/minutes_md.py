"""The minutes as Markdown: the same cover and sections as the PDF, as text.

User text is escaped so that it prints as typed: ``<b>`` stays four characters, a ``*``
never starts emphasis, a ``|`` never splits a table cell.
"""

from __future__ import annotations

import re
from typing import Final

from forum_desktop.export.emphasis import emphasis_spans
from forum_desktop.export.isolation import isolate
from forum_desktop.export.labels import labels
from forum_desktop.export.markup import clean
from forum_desktop.export.minutes_blocks import (
    Block,
    Entry,
    Heading,
    PhotoIndex,
    Picture,
    Table,
    Text,
    Timeline,
    VoteChart,
)
from forum_desktop.export.minutes_data import MinutesData
from forum_desktop.export.minutes_sections import cover, section_blocks

_SPECIAL: Final = re.compile(r"([\\`*_{}\[\]<>|&#~!])")


def md_escape(text: str) -> str:
    """Plain text as Markdown that shows it as typed (line breaks kept as hard breaks),
    each line a bidi isolate when it could reorder what follows it."""
    lines = [_SPECIAL.sub(r"\\\1", isolate(line.strip())) for line in clean(text).split("\n")]
    # A line starting with "1." or "-" or "+" would become a list item.
    lines = [re.sub(r"^(\d+)\.", r"\1\\.", re.sub(r"^([-+])", r"\\\1", line)) for line in lines]
    return "  \n".join(line for line in lines if line)


def minutes_markdown(data: MinutesData) -> str:
    """The minutes of ``data`` as Markdown (CommonMark with pipe tables), LF line ends."""
    lab = labels(data.language)
    front = cover(data, lab)
    out = [f"# {md_escape(front.title)}", "", f"*{md_escape(front.document_name)}*", ""]
    value_line = lab["label_value"]
    out += [
        value_line.format(label=f"**{md_escape(label)}**", value=md_escape(value)) + "  "
        for label, value in front.lines
    ]
    if not data.final:
        out += ["", f"**{md_escape(lab['watermark'])}**"]
    out += ["", *(f"*{md_escape(note)}*" for note in front.notes)]
    levels = _HeadingLevels()
    for block in section_blocks(data, lab):
        out += ["", *_block(block, levels)]
    if data.event.footer.strip():
        out += ["", "---", "", f"*{md_escape(' '.join(data.event.footer.split()))}*"]
    return "\n".join(out).strip() + "\n"


class _HeadingLevels:
    """Markdown heading levels that never skip one: a kind of outcomes (level 4) right
    under a section (level 1) is "###", not "#####". The title is "#"."""

    def __init__(self) -> None:
        self._open: list[tuple[int, int]] = []  # (block level, Markdown level)

    def of(self, level: int) -> int:
        while self._open and self._open[-1][0] >= level:
            self._open.pop()
        markdown = min(6, self._open[-1][1] + 1 if self._open else 2)
        self._open.append((level, markdown))
        return markdown


def _prose(text: str) -> str:
    return "".join(
        f"*{md_escape(part)}*" if emphasised else md_escape(part)
        for part, emphasised in emphasis_spans(text)
    )


def _block(block: Block, levels: _HeadingLevels) -> list[str]:
    if isinstance(block, Heading):
        return [f"{'#' * levels.of(block.level)} {md_escape(block.text)}"]
    if isinstance(block, Text):
        text = _prose(block.text) if block.prose else md_escape(block.text)
        if block.tone == "muted":
            text = f"*{text}*"
        elif block.tone == "emphasis":
            text = f"**{text}**"
        return [f"**{md_escape(block.label)}** — {text}" if block.label else text]
    if isinstance(block, Entry):
        line = f"- {md_escape(block.text)}"
        return [f"{line}  \n  *{md_escape(block.detail)}*" if block.detail else line]
    if isinstance(block, Timeline):
        return []  # a chart; the table before it carries the same times
    if isinstance(block, Picture):  # Markdown is text: the caption says a photo is there
        return [f"*[{md_escape(block.caption or '—')}]*"]
    if isinstance(block, VoteChart):
        return _table(block.as_table())
    if isinstance(block, PhotoIndex):
        return [f"- {md_escape(caption)} — {md_escape(place)}" for caption, place in block.entries]
    return _table(block)


def _table(block: Table) -> list[str]:
    def row(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(md_escape(cell).replace("  \n", "<br>") for cell in cells) + " |"

    return [row(block.header), "|" + "---|" * len(block.header), *map(row, block.rows)]
