"""The content of the minutes as plain blocks, before it becomes PDF or Markdown.

Section builders return these; ``minutes_pdf`` turns them into reportlab flowables and
``minutes_md`` into Markdown, so both formats always carry the same content. Every text
in a block is plain text as typed or a label: the renderers escape it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from forum_desktop.export.labels import Labels
from forum_desktop.export.minutes_data import MinutesData


@dataclass(frozen=True)
class Heading:
    text: str
    level: int
    """1 a section, 2 a session, 3 an agenda item: in the outline and bookmarks (1–2 in
    the table of contents); 4 a heading inside an item (a kind of outcomes), 5 one inside
    that (a peer-review case, a breakout group, a fishbowl topic): in neither."""


@dataclass(frozen=True)
class Text:
    text: str
    label: str = ""
    """Printed before the text ("Guiding question: …")."""
    tone: Literal["body", "muted", "emphasis"] = "body"
    prose: bool = False
    """Prose written for print (the event's context): ``*words*`` in it print in italics
    (``export.emphasis``)."""


@dataclass(frozen=True)
class Entry:
    """One bulleted entry: an outcome, an objective, a key message."""

    text: str
    detail: str = ""
    """Printed after the text, muted: owners and due date, a quote's speaker, "(draft)"."""


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    weights: tuple[float, ...]
    """Share of the width of each column."""


@dataclass(frozen=True)
class Bar:
    """One agenda item on a timeline: minutes from the session's start."""

    label: str
    planned: tuple[float, float]
    """(start, length) as planned."""
    actual: tuple[float, float] | None
    """(start, length) as it ran; None when it did not run."""


@dataclass(frozen=True)
class Timeline:
    """Planned against actual times as a chart (PDF only: the table next to it says the
    same in words, which is what Markdown and DOCX carry)."""

    bars: tuple[Bar, ...]
    caption: str
    start_label: str
    """The clock time at minute 0."""


@dataclass(frozen=True)
class VoteChart:
    """A vote's options and their votes: bars in the PDF; Markdown and DOCX print the same
    numbers as the table ``as_table`` gives."""

    options: tuple[tuple[str, int], ...]
    """(option, votes), most votes first; tied options keep the order they were offered."""
    header: tuple[str, str, str]
    """The table's column labels: rank, option, votes."""

    def ranks(self) -> list[int]:
        """Each option's rank; tied options share one ("1, 1, 3")."""
        ranks: list[int] = []
        for position, (_, votes) in enumerate(self.options):
            tied = position and votes == self.options[position - 1][1]
            ranks.append(ranks[-1] if tied else position + 1)
        return ranks

    def as_table(self) -> Table:
        rows = tuple(
            (str(rank), option, str(votes))
            for rank, (option, votes) in zip(self.ranks(), self.options, strict=True)
        )
        return Table(self.header, rows, (1, 7, 1.4))


@dataclass(frozen=True)
class Picture:
    """A photo (a flipchart, a sticky-note wall) with its caption; sized to fit the page."""

    image: Callable[[], bytes]
    """Its bytes for print, asked for only when a document draws it: the photos are scaled
    on worker threads meanwhile (``print_images``)."""
    width: int
    height: int
    caption: str
    place: str = ""
    """Where it was taken ("3. Title of the item"), for the list of photos."""

    @property
    def data(self) -> bytes:
        """Its bytes for print (waits until they are scaled)."""
        return self.image()


@dataclass(frozen=True)
class PhotoIndex:
    """The list of photos: each one's caption and place; the PDF adds the page it is on
    (reportlab fills it in as it does the table of contents)."""

    entries: tuple[tuple[str, str], ...]


Block = Heading | Text | Entry | Table | Timeline | VoteChart | Picture | PhotoIndex

SectionBuilder = Callable[[MinutesData, Labels], list[Block]]
"""Builds one section of the minutes (its first block is its level-1 heading), or
nothing when the section has nothing to say."""
