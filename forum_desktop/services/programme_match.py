"""Pair a programme read from a second note with the agenda an event already has (issue 25).

The note is the same programme in another working language, so its days and items are
the event's sessions and items in the same places: a day goes with the session on its
date (by order when the note gives no date), and siblings go by start time when the note
and the agenda both give one, else by order. Sub-items pair the same way under their
paired parent. Nothing here reads or writes the store: the matcher takes the records
and returns the pairs and what is left on either side, each with its reason.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TypeVar
from uuid import UUID

from forum_desktop.agenda.programme_model import ParsedDay, ParsedProgramme
from forum_desktop.agenda.programme_times import format_time, minute_of_day, time_at
from forum_desktop.agenda.schedule import ScheduledItem, compute_schedule
from forum_desktop.models import AgendaItem, Event, Session
from forum_desktop.models.translation import TranslatedField
from forum_desktop.notices import Notice, NoticeKind
from forum_desktop.services.agenda_import import PlannedItem, fitting_title, plan_day

NO_SESSION_ON = NoticeKind("programme_match.no_session_on", "no session of the event is on {date}")
NO_SESSION_LEFT = NoticeKind(
    "programme_match.no_session_left", "the event has no session left to pair it with"
)
NO_DAY = NoticeKind("programme_match.no_day", "the note has no day for this session")
NO_ITEM_AT = NoticeKind("programme_match.no_item_at", "no item of the agenda starts at {time} here")
NO_ITEM_LEFT = NoticeKind(
    "programme_match.no_item_left", "the agenda has no item left here to pair it with"
)
NOT_IN_NOTE_AT = NoticeKind("programme_match.not_in_note_at", "the note has no item at {time} here")
NOT_IN_NOTE = NoticeKind(
    "programme_match.not_in_note", "the note has no item left here to pair it with"
)
PARENT_UNMATCHED = NoticeKind(
    "programme_match.parent_unmatched", "the item it belongs to is not paired"
)


class Side(StrEnum):
    AGENDA = "agenda"
    """A session or item of the event that the note has nothing for."""
    NOTE = "note"
    """A day or item of the note that the agenda has nothing for."""


@dataclass(frozen=True)
class MatchedPair:
    """A session or item of the agenda and the note's texts for it (only those it gives)."""

    record: Session | AgendaItem
    depth: int
    """0 for a session, 1 for a top-level item, 2 for its sub-items …"""
    start: int | None
    """The agenda's start, minutes after the session day's midnight; None when unknown."""
    texts: tuple[tuple[TranslatedField, str], ...]

    def text(self, field: TranslatedField) -> str:
        return dict(self.texts).get(field, "")


@dataclass(frozen=True)
class Unmatched:
    side: Side
    title: str
    depth: int
    start: int | None
    """Minutes after the day's midnight on that side; None when unknown (or a session)."""
    reason: Notice


@dataclass(frozen=True)
class ProgrammeMatch:
    pairs: tuple[MatchedPair, ...]
    """In the agenda's order: each session, then its items depth-first."""
    unmatched: tuple[Unmatched, ...]

    def items(self) -> tuple[MatchedPair, ...]:
        return tuple(pair for pair in self.pairs if isinstance(pair.record, AgendaItem))


def match_programme(
    event: Event,
    sessions: Sequence[Session],
    items: Sequence[AgendaItem],
    programme: ParsedProgramme,
) -> ProgrammeMatch:
    """Pair ``programme``'s days and items with the event's ``sessions`` and ``items``."""
    days = [day for day in programme.days if day.items or day.heading]
    one_day_title = programme.title if len(days) == 1 else ""
    found = _Found()
    for session, day in _pair_sessions(sessions, days, found):
        texts = _texts(
            (TranslatedField.TITLE, (day.title or one_day_title).strip()),
            (TranslatedField.DESCRIPTION, day.description),
        )
        found.pairs.append(MatchedPair(session, 0, None, texts))
        agenda = compute_schedule(
            session, [i for i in items if i.session_id == session.id], event.timezone
        )
        origin = None if session.start_time is None else minute_of_day(session.start_time)
        _pair_items(_tree(agenda.items, origin), list(plan_day(day).items), 1, found)
    return ProgrammeMatch(tuple(found.pairs), tuple(found.unmatched))


@dataclass
class _Found:
    pairs: list[MatchedPair] = field(default_factory=list)
    unmatched: list[Unmatched] = field(default_factory=list)


def _pair_sessions(
    sessions: Sequence[Session], days: Sequence[ParsedDay], found: _Found
) -> list[tuple[Session, ParsedDay]]:
    """Dated days with the session on their date; undated ones in order with those left."""
    taken: dict[int, int] = {}  # day index -> session index
    for d, day in enumerate(days):
        if day.date is None:
            continue
        s = next(
            (
                s
                for s, session in enumerate(sessions)
                if session.date == day.date and s not in taken.values()
            ),
            None,
        )
        if s is None:
            found.unmatched.append(_day_left(day, NO_SESSION_ON(date=day.date.isoformat())))
        else:
            taken[d] = s
    left = iter(s for s in range(len(sessions)) if s not in taken.values())
    for d, day in enumerate(days):
        if day.date is None:
            s = next(left, None)
            if s is None:
                found.unmatched.append(_day_left(day, NO_SESSION_LEFT()))
            else:
                taken[d] = s
    for s, session in enumerate(sessions):
        if s not in taken.values():
            found.unmatched.append(Unmatched(Side.AGENDA, session.title, 0, None, NO_DAY()))
    by_session = sorted(taken.items(), key=lambda entry: entry[1])
    return [(sessions[s], days[d]) for d, s in by_session]


def _day_left(day: ParsedDay, reason: Notice) -> Unmatched:
    return Unmatched(Side.NOTE, day.title or _day_name(day.date), 0, None, reason)


def _day_name(day: date | None) -> str:
    return day.isoformat() if day else ""


@dataclass(frozen=True)
class _Existing:
    entry: ScheduledItem
    start: int | None
    children: tuple[_Existing, ...]


def _tree(entries: Sequence[ScheduledItem], origin: int | None) -> list[_Existing]:
    """The schedule's top-level items with their sub-items, each with its start."""
    children: dict[UUID | None, list[ScheduledItem]] = {}
    for entry in entries:  # depth-first, so siblings stay in order
        parent = None if entry.depth == 0 else entry.item.parent_id
        children.setdefault(parent, []).append(entry)

    def build(parent: UUID | None) -> list[_Existing]:
        return [
            _Existing(
                entry,
                None if origin is None else origin + entry.offset,
                tuple(build(entry.item.id)),
            )
            for entry in children.get(parent, [])
        ]

    return build(None)


def _planned_start(item: PlannedItem) -> int | None:
    """The note's time for an item: only one the text states (a computed one is a guess)."""
    return item.start if item.source.start is not None else None


def _pair_items(
    existing: Sequence[_Existing], planned: Sequence[PlannedItem], depth: int, found: _Found
) -> None:
    pairs = _align(existing, planned, lambda e: e.start, _planned_start)
    paired_planned = {p for _, p in pairs}
    note_timed = any(_planned_start(p) is not None for p in planned)
    agenda_timed = any(e.start is not None for e in existing)
    by_existing = dict(pairs)
    for e, mine in enumerate(existing):
        if e in by_existing:
            item = planned[by_existing[e]]
            title, description = fitting_title(item.source.title, item.source.description)
            texts = _texts(
                (TranslatedField.TITLE, title),
                (TranslatedField.GUIDING_QUESTION, item.source.guiding_question),
                (TranslatedField.DESCRIPTION, description),
            )
            found.pairs.append(MatchedPair(mine.entry.item, depth, mine.start, texts))
            _pair_items(mine.children, item.children, depth + 1, found)
            continue
        reason = NOT_IN_NOTE()
        if mine.start is not None and note_timed:
            reason = NOT_IN_NOTE_AT(time=_clock(mine.start))
        _agenda_left(mine, depth, reason, found)
    for p, item in enumerate(planned):
        if p in paired_planned:
            continue
        start = _planned_start(item)
        timed = start is not None and agenda_timed
        reason = NO_ITEM_AT(time=_clock(start)) if timed and start is not None else NO_ITEM_LEFT()
        _note_left(item, depth, reason, found)


def _agenda_left(mine: _Existing, depth: int, reason: Notice, found: _Found) -> None:
    found.unmatched.append(Unmatched(Side.AGENDA, mine.entry.item.title, depth, mine.start, reason))
    for child in mine.children:
        _agenda_left(child, depth + 1, PARENT_UNMATCHED(), found)


def _note_left(item: PlannedItem, depth: int, reason: Notice, found: _Found) -> None:
    found.unmatched.append(Unmatched(Side.NOTE, item.source.title, depth, item.start, reason))
    for child in item.children:
        _note_left(child, depth + 1, PARENT_UNMATCHED(), found)


A = TypeVar("A")
B = TypeVar("B")


def _align(
    left: Sequence[A],
    right: Sequence[B],
    left_start: Callable[[A], int | None],
    right_start: Callable[[B], int | None],
) -> list[tuple[int, int]]:
    """Index pairs, in order on both sides: first the same start times, then between
    those, by order where one side has no time (two different times never pair)."""
    anchors: list[tuple[int, int]] = []
    last = -1
    for r, entry in enumerate(right):
        start = right_start(entry)
        if start is None:
            continue
        hit = next((i for i in range(last + 1, len(left)) if left_start(left[i]) == start), None)
        if hit is not None:
            anchors.append((hit, r))
            last = hit
    pairs: list[tuple[int, int]] = []
    previous = (-1, -1)
    for anchor in [*anchors, (len(left), len(right))]:
        lefts = list(range(previous[0] + 1, anchor[0]))
        rights = list(range(previous[1] + 1, anchor[1]))
        pairs += _by_order(
            lefts, rights, lambda i: left_start(left[i]), lambda i: right_start(right[i])
        )
        if anchor[0] < len(left):
            pairs.append(anchor)
        previous = anchor
    return pairs


def _by_order(
    lefts: list[int],
    rights: list[int],
    left_start: Callable[[int], int | None],
    right_start: Callable[[int], int | None],
) -> list[tuple[int, int]]:
    """Pair in order; where both sides have (different) times, the earlier stays alone."""
    pairs: list[tuple[int, int]] = []
    li = ri = 0
    while li < len(lefts) and ri < len(rights):
        a, b = left_start(lefts[li]), right_start(rights[ri])
        if a is not None and b is not None:
            if a < b:
                li += 1
            else:
                ri += 1
            continue
        pairs.append((lefts[li], rights[ri]))
        li += 1
        ri += 1
    return pairs


def _texts(*fields: tuple[TranslatedField, str]) -> tuple[tuple[TranslatedField, str], ...]:
    return tuple((field, text) for field, text in fields if text.strip())


def _clock(minute: int) -> str:
    return format_time(time_at(minute))


def pair_lines(match: ProgrammeMatch) -> list[str]:
    """One line per pair, ``WHEN  main title  ->  the note's title`` (the session's date or
    the item's start, ``-`` when unknown; the note's title ``-`` when it gives none),
    sub-items indented by two spaces a level."""
    lines = []
    for pair in match.pairs:
        if isinstance(pair.record, Session):
            when = pair.record.date.isoformat() if pair.record.date else "-"
        else:
            when = "-" if pair.start is None else _clock(pair.start)
        indent = "  " * max(pair.depth - 1, 0)
        new = pair.text(TranslatedField.TITLE) or "-"
        lines.append(f"{when}  {indent}{pair.record.title}  ->  {new}")
    return lines


def unmatched_lines(match: ProgrammeMatch) -> list[str]:
    """``unmatched in the agenda: WHEN  title: reason`` (or ``in the note``) per leftover."""
    return [
        f"unmatched in the {left.side.value}: {'-' if left.start is None else _clock(left.start)}"
        f"  {'  ' * max(left.depth - 1, 0)}{left.title}: {left.reason}"
        for left in match.unmatched
    ]
