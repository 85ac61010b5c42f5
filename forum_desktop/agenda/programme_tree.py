"""Reading a programme section's lines into days and trees of items.

Each item line has a list marker (``1.``, ``a)``, ``-``, ``###`` …) or, unmarked, a time
slot, a duration, or break words. Its marker's list decides where it goes: a line of a
list already open (at about the same indentation) is a sibling in it, any other a child of
the item above. Unmarked break lines go to the top level. A line that is no item describes
the item above it, or the context before any item: nothing is dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import time

from forum_desktop.agenda.programme_dates import DayHeading, parse_day_heading
from forum_desktop.agenda.programme_kinds import guess_kind, is_break, split_kind_tag
from forum_desktop.agenda.programme_lines import Marker, indent_of, read_marker
from forum_desktop.agenda.programme_model import ParsedDay, ParsedItem
from forum_desktop.agenda.programme_sections import Line, heading_text
from forum_desktop.agenda.programme_times import (
    Slot,
    format_time,
    leading_slot,
    minutes_between,
    trailing_duration,
    trailing_slot,
)
from forum_desktop.agenda.programme_words import (
    ends_the_day,
    guiding_question,
    is_cut,
    speakers_in,
)
from forum_desktop.models.agenda import ItemKind
from forum_desktop.notices import Notice, NoticeKind

SLOT_MISMATCH = NoticeKind(
    "programme.slot_mismatch",
    "line {line}: {title} says {minutes} min but its slot {start}–{end} lasts {slot} min; "
    "{minutes} min kept",
)
NO_DURATION = NoticeKind("programme.no_duration", "line {line}: no duration for {title}")
TIME_TO_CONFIRM = NoticeKind(
    "programme.time_to_confirm", "line {line}: {title} has no time; its time is to be confirmed"
)

MAX_ITEM_LINE = 1000
"""Longer lines are prose: they only ever describe."""
MAX_BREAK_LINE = 60
_TITLE_EDGES = " \t-\u2013\u2014:,|"
_UNMARKED = "unmarked"
"""The list of item lines without a marker (a time slot, a duration or break words)."""
_INDENT_TOLERANCE = 1
"""Messy spacing: list lines one column apart are still the same list."""


@dataclass(frozen=True)
class ItemText:
    """An item line's words: its title and what the line says about its time."""

    title: str
    minutes: int | None = None
    slot: Slot | None = None
    kind: ItemKind | None = None


def read_item_text(text: str) -> ItemText:
    """Split ``09:00 – 09:30 Welcome (15 min) [break]`` into its parts."""
    kind, rest = split_kind_tag(text)
    slot = None
    found = leading_slot(rest)
    if found is not None:
        slot, rest = found
    minutes = None
    trimmed = kind is not None
    for _ in range(2):  # "Lunch (12:30–13:30) (1 h)" and "Lunch (1 h) (12:30–13:30)"
        duration = trailing_duration(rest) if minutes is None else None
        if duration is not None:
            minutes, rest = duration
        slot_found = trailing_slot(rest) if slot is None else None
        if slot_found is not None:
            slot, rest = slot_found
        if duration is None and slot_found is None:
            break
        trimmed = True
    title = rest.strip()
    if trimmed:
        title = title.rstrip(_TITLE_EDGES)
    return ItemText(title, minutes, slot, kind)


def quote(text: str, limit: int = 60) -> str:
    shown = " ".join(text.split())
    return f"“{shown}”" if len(shown) <= limit else f"“{shown[: limit - 1]}…”"


@dataclass
class _Frame:
    """An open list: its marker's key, the last item's ordinal and indentation."""

    key: str
    ordinal: int | None
    indent: int
    item: ParsedItem


@dataclass
class _PendingSlot:
    """A time slot on a line of its own, waiting for the title on the next line."""

    line: Line
    slot: Slot


@dataclass
class ProgrammeReading:
    days: list[ParsedDay]
    unplaced: list[Line]
    """Lines before any item: they go to the context."""
    warnings: list[tuple[int, Notice]]


@dataclass
class _Builder:
    year: int | None
    plain_lines_are_items: bool
    days: list[ParsedDay] = field(default_factory=lambda: [ParsedDay(None, "")])
    stack: list[_Frame] = field(default_factory=list)
    root_key: str | None = None
    unplaced: list[Line] = field(default_factory=list)
    warnings: list[tuple[int, Notice]] = field(default_factory=list)
    stated_kinds: set[int] = field(default_factory=set)
    pending: _PendingSlot | None = None
    after_blank: bool = False
    previous_line: int = 0
    day_lines: list[Line] = field(default_factory=list)
    """Lines under the current day's heading before its first item."""
    cut: ParsedItem | None = None
    """The item just read, when its title stops mid-phrase and the next line ends it."""
    speakers_line: int = -1
    """The last line that listed speakers: a full name under it is one too."""

    @property
    def day(self) -> ParsedDay:
        return self.days[-1]

    def read(self, lines: Sequence[Line]) -> ProgrammeReading:
        for line in lines:
            if line.blank:
                self.after_blank = True
                continue
            if self.previous_line and not line.follows(self.previous_line):
                self.after_blank = True  # lines taken out between (objectives) part paragraphs
            self._read_line(line)
            self.previous_line = line.number
            self.after_blank = False
        self._flush_pending()
        self._close_day()
        for day in self.days:
            self._finish(day.items, day.end)
        return ProgrammeReading(self.days, self.unplaced, self.warnings)

    # --- one line ----------------------------------------------------------------------

    def _read_line(self, line: Line) -> None:
        cut, self.cut = self.cut, None
        stripped = line.text.strip()
        if cut is not None and not self.after_blank and self._ends_title(cut, line):
            return
        if len(stripped) > MAX_ITEM_LINE:
            self._describe(line)
            return
        marker = read_marker(line.text)
        if marker is None or marker.heading:
            heading = parse_day_heading(heading_text(stripped), year=self.year)
            if heading is not None:
                self._start_day(line, heading)
                return
        if marker is not None and self._add_marked(line, marker):
            return
        self._add_unmarked(line)

    def _add_marked(self, line: Line, marker: Marker) -> bool:
        words = read_item_text(marker.text)
        accepted = self._accepted_key(marker)
        if not words.title or accepted is None:
            return False
        number, slot = line.number, words.slot
        pending = self._take_pending()
        if pending is not None and slot is None:
            number, slot = pending.line.number, pending.slot
        elif pending is not None:
            self._describe(pending.line)
        if ends_the_day(words.title):
            self._end_day(slot)
            return True
        item = self._new_item(words, slot, number)
        self._place(item, accepted[0], accepted[1], marker.indent)
        return True

    def _add_unmarked(self, line: Line) -> None:
        words = read_item_text(line.text.strip())
        indent = indent_of(line.text)
        pending = self._take_pending()
        if ends_the_day(words.title):
            self._end_day(words.slot or (pending.slot if pending else None))
            return
        if pending is not None:
            if words.slot is None and words.title:
                self._place_unmarked(
                    self._new_item(words, pending.slot, pending.line.number), indent
                )
                return
            if self._joins_as_end(pending, words):
                assert words.slot is not None
                self.pending = _PendingSlot(
                    pending.line, Slot(pending.slot.start, words.slot.start)
                )
                return
            self._describe(pending.line)
        if words.slot is not None and not words.title:
            self.pending = _PendingSlot(line, words.slot)
        elif words.slot is not None or (words.title and self._is_item_without_marker(words)):
            self._place_unmarked(self._new_item(words, words.slot, line.number), indent)
        elif not words.title and words.minutes is not None and self._gives_duration(words.minutes):
            return
        else:
            self._describe(line)

    def _is_item_without_marker(self, words: ItemText) -> bool:
        return (
            words.minutes is not None
            or self.plain_lines_are_items
            or (is_break(words.title) and len(words.title) <= MAX_BREAK_LINE)
        )

    @staticmethod
    def _joins_as_end(pending: _PendingSlot, words: ItemText) -> bool:
        """``09:00`` then ``09:30`` on lines of their own: one slot from 09:00 to 09:30."""
        return (
            words.slot is not None
            and not words.title
            and pending.slot.end is None
            and words.slot.end is None
        )

    def _gives_duration(self, minutes: int) -> bool:
        """A duration alone on its line (a table's column) is the item above's duration."""
        if not self.stack or self.stack[-1].item.minutes is not None:
            return False
        self.stack[-1].item.minutes = minutes
        return True

    def _take_pending(self) -> _PendingSlot | None:
        pending, self.pending = self.pending, None
        return pending

    def _flush_pending(self) -> None:
        pending = self._take_pending()
        if pending is not None:
            self._describe(pending.line)

    # --- items, descriptions and days --------------------------------------------------

    def _new_item(self, words: ItemText, slot: Slot | None, line_number: int) -> ParsedItem:
        item = ParsedItem(
            title=words.title,
            minutes=words.minutes,
            start=slot.start if slot else None,
            end=slot.end if slot else None,
            kind=words.kind or ItemKind.OTHER,
            line=line_number,
        )
        if words.kind is not None:
            self.stated_kinds.add(id(item))
        if is_cut(item.title):
            self.cut = item
        slot_minutes = slot.minutes if slot else None
        if slot_minutes is not None and item.minutes is None:
            item.minutes = slot_minutes
        elif slot_minutes is not None and slot_minutes != item.minutes:
            assert slot is not None and slot.end is not None
            self.warnings.append(
                (
                    line_number,
                    SLOT_MISMATCH(
                        line=line_number,
                        title=quote(item.title),
                        minutes=item.minutes,
                        start=format_time(slot.start),
                        end=format_time(slot.end),
                        slot=slot_minutes,
                    ),
                )
            )
        return item

    def _accepted_key(self, marker: Marker) -> tuple[str, int | None] | None:
        """The first of the marker's lists it can belong to: ``b)`` needs an ``a)`` above."""
        for key, ordinal in marker.keys:
            if ordinal is None or ordinal == 1:
                return key, ordinal
            if any(frame.key == key and frame.ordinal == ordinal - 1 for frame in self.stack):
                return key, ordinal
        return None

    def _place(self, item: ParsedItem, key: str, ordinal: int | None, indent: int) -> None:
        sibling = self._sibling_index(key, indent)
        if sibling is not None:
            del self.stack[sibling:]
        parent = self.stack[-1].item if self.stack else None
        (parent.children if parent else self.day.items).append(item)
        self.stack.append(_Frame(key, ordinal, indent, item))
        if parent is None and self.root_key is None:
            self.root_key = key

    def _place_unmarked(self, item: ParsedItem, indent: int) -> None:
        if item.kind is ItemKind.BREAK or is_break(item.title):
            # A break is between the programme's items, not part of one.
            self.stack.clear()
            self._place(item, self.root_key or _UNMARKED, None, indent)
        else:
            self._place(item, _UNMARKED, None, indent)

    def _sibling_index(self, key: str, indent: int) -> int | None:
        """Where the stack's list of ``key`` is, if this line continues it."""
        same = [index for index, frame in enumerate(self.stack) if frame.key == key]
        aligned = [i for i in same if abs(self.stack[i].indent - indent) <= _INDENT_TOLERANCE]
        if aligned:
            return aligned[-1]
        deeper = [i for i in same if self.stack[i].indent > indent]
        return deeper[0] if deeper else None

    def _describe(self, line: Line) -> None:
        target = self._description_target(indent_of(line.text))
        if target is None:
            self._outside_items(line)
            return
        text = line.text.strip()
        names = speakers_in(text, after_speakers=line.follows(self.speakers_line))
        if names is not None:
            target.speakers.extend(names)
            self.speakers_line = line.number
            return
        question = guiding_question(text)
        if question is not None:
            text, target.guiding_question = question
        separator = "\n\n" if self.after_blank else "\n"
        target.description = (
            f"{target.description}{separator}{text}" if target.description else text
        )

    def _ends_title(self, item: ParsedItem, line: Line) -> bool:
        """A short plain line right under a cut title is the rest of it."""
        text = line.text.strip()
        if len(text) > MAX_BREAK_LINE or read_marker(line.text) is not None:
            return False
        words = read_item_text(text)
        if words.slot is not None or speakers_in(text) is not None:
            return False
        if parse_day_heading(heading_text(text), year=self.year) is not None:
            return False
        item.title = f"{item.title} {words.title}"
        if words.minutes is not None and item.minutes is None:
            item.minutes = words.minutes
        return True

    def _outside_items(self, line: Line) -> None:
        """A line under a day's heading before its first item waits for the day's end;
        elsewhere a line outside every item goes to the context."""
        if self.day.heading and not self.day.items:
            self.day_lines.append(line)
        else:
            self.unplaced.append(line)

    def _close_day(self) -> None:
        """The lines under a heading: the day's theme when items follow, else items of
        their own whose time is still to be confirmed."""
        lines, self.day_lines = self.day_lines, []
        if not lines:
            return
        if self.day.items:
            self.day.description = "\n".join(line.text.strip() for line in lines)
            return
        for line in lines:
            title = line.text.strip()
            self.day.items.append(ParsedItem(title, line=line.number, time_to_confirm=True))
            self.warnings.append(
                (line.number, TIME_TO_CONFIRM(line=line.number, title=quote(title)))
            )

    def _end_day(self, slot: Slot | None) -> None:
        """``17.30 End of day 1`` ends the day; it is no item."""
        if slot is not None and self.day.end is None:
            self.day.end = slot.start

    def _description_target(self, indent: int) -> ParsedItem | None:
        """The item above, or an outer one when the line is indented less than it."""
        for frame in reversed(self.stack):
            if indent >= frame.indent or frame is self.stack[0]:
                return frame.item
        return None

    def _start_day(self, line: Line, heading: DayHeading) -> None:
        self._flush_pending()
        self._close_day()
        typed = heading_text(line.text)
        if heading.problem is not None:
            values = dict(heading.problem_values)
            warning = heading.problem(line=line.number, heading=quote(typed), **values)
            self.warnings.append((line.number, warning))
        day = ParsedDay(
            heading.date, typed, [], heading.label, heading.start, heading.end, line.number
        )
        if not self.day.heading and not self.day.items:
            self.days[-1] = day  # the unnamed day before any heading stays only if it has items
        else:
            self.days.append(day)
        self.stack.clear()

    # --- once every line is read ------------------------------------------------------

    def _finish(self, items: list[ParsedItem], end: time | None = None) -> None:
        """Kinds from the words (title and description), and durations up to the next
        start (the last top-level item's, up to the day's end)."""
        for index, item in enumerate(items):
            if id(item) not in self.stated_kinds:
                item.kind = guess_kind(item.title, item.description)
            following = items[index + 1] if index + 1 < len(items) else None
            if item.minutes is None and following is not None:
                item.minutes = _minutes_until(item, following.start)
            elif item.minutes is None and end is not None:
                item.minutes = _minutes_until(item, end)
            self._finish(item.children)


def missing_durations(days: Sequence[ParsedDay]) -> list[tuple[int, Notice]]:
    """A notice for each item without children, duration or time still to confirm."""
    return [
        (item.line, NO_DURATION(line=item.line, title=quote(item.title)))
        for day in days
        for item in day.walk()
        if item.minutes is None and not item.children and not item.time_to_confirm
    ]


def _minutes_until(item: ParsedItem, following: time | None) -> int | None:
    """An item with only a start lasts until the next one's start."""
    if item.start is None or item.end is not None or following is None:
        return None
    return minutes_between(item.start, following)


def read_programme_lines(
    lines: Sequence[Line], *, year: int | None, plain_lines_are_items: bool = False
) -> ProgrammeReading:
    """The days and items of a programme section; ``plain_lines_are_items`` reads every
    unmarked line as an item (for a programme heading over a bare list of titles)."""
    return _Builder(year, plain_lines_are_items).read(lines)
