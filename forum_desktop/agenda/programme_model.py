"""What reading a programme's text gives: days of items, context and objectives."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, time

from forum_desktop.agenda.programme_zones import WrittenZone
from forum_desktop.models.agenda import ItemKind
from forum_desktop.notices import Notice


@dataclass
class ParsedItem:
    """One item of a programme; ``minutes`` None when the text gives no duration."""

    title: str
    description: str = ""
    minutes: int | None = None
    start: time | None = None
    end: time | None = None
    kind: ItemKind = ItemKind.OTHER
    children: list[ParsedItem] = field(default_factory=list)
    line: int = 0
    """1-based line of the text the item starts on."""
    speakers: list[str] = field(default_factory=list)
    """Names as the text gives them (``C. Huser``), in order."""
    guiding_question: str = ""
    method: str = ""
    """The id of the library method the item's words name, "" for none."""
    time_to_confirm: bool = False
    """An untimed line standing alone under its day: an item whose time is still open."""

    def walk(self) -> Iterator[ParsedItem]:
        """This item and everything under it, parents first."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class ParsedDay:
    """The items under one day heading (``date`` None for an undated or unnamed day)."""

    date: date | None
    heading: str
    """The heading as typed, "" when the text has no day headings."""
    items: list[ParsedItem] = field(default_factory=list)
    label: str = ""
    """The heading's words besides the day and its times: ``Opening`` in ``Day 1 – Opening``."""
    start: time | None = None
    end: time | None = None
    """Times the heading itself gives (``Day 1 (09:00–17:00)``), or the end an
    ``End of day`` line gives."""
    line: int = 0
    description: str = ""
    """The day's theme: the lines between its heading and its first item."""

    @property
    def title(self) -> str:
        """A session title for the day: its label, else its heading ("" for neither)."""
        return self.label or self.heading

    def walk(self) -> Iterator[ParsedItem]:
        for item in self.items:
            yield from item.walk()


@dataclass
class ParsedProgramme:
    days: list[ParsedDay]
    """At least one; a single undated day when the text has no day headings."""
    context: str
    """The paragraphs outside the programme and the objectives, "" if none."""
    objectives: list[tuple[str, str]]
    """(heading, text) of each objective, the heading being the lead-in sentence of its
    list or else the objectives heading."""
    warnings: list[Notice]
    """What needs a look, each starting with ``line N:``; nothing is dropped silently."""
    programme_found: bool
    """Whether a programme heading (Programme, Agenda, Ordre du jour …) was found."""
    title: str = ""
    """The note's title (its first heading-like line), "" when it has none."""
    zone: WrittenZone | None = None
    """The time zone the text writes after its times (``(CET)``, ``(heure de Paris)``),
    None when it names none (or several); ``services.programme_event`` reads the times
    into the event's."""

    def items(self) -> Iterator[ParsedItem]:
        """Every item of every day, parents first."""
        for day in self.days:
            yield from day.walk()
