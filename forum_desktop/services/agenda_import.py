"""Importing a programme read from text (``agenda.programme_text``) into an event.

Items take the durations the text gives (0 when it gives none; a parent without one, the
sum of its children's). Times become locked starts only where the text's time differs
from where the items before would end, so a programme whose times simply follow one
another imports without locks; the session starts where the first item does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import time
from uuid import UUID

from forum_desktop.agenda.programme_file import check_item_count
from forum_desktop.agenda.programme_text import ParsedDay, ParsedItem, ParsedProgramme
from forum_desktop.agenda.programme_times import (
    MINUTES_PER_DAY,
    format_time,
    minute_of_day,
    time_at,
)
from forum_desktop.agenda.programme_tree import quote
from forum_desktop.agenda.schedule import compute_schedule
from forum_desktop.methods.library import builtin_library
from forum_desktop.models import (
    AgendaItem,
    Change,
    Event,
    Language,
    Objective,
    Participant,
    Role,
    Session,
)
from forum_desktop.models.agenda import ItemKind
from forum_desktop.models.base import TITLE_MAX_LENGTH
from forum_desktop.models.method import MethodDefinition
from forum_desktop.notices import NoticeError, NoticeKind
from forum_desktop.services.agenda import items_of, sessions_of
from forum_desktop.services.commands import Command
from forum_desktop.services.operations import OpResult, Recorder
from forum_desktop.services.participants import roster
from forum_desktop.services.programme_again import WantedDay, WantedItem, already_imported
from forum_desktop.services.programme_event import in_event_zone, programme_dates
from forum_desktop.storage import Store

MAX_ITEM_MINUTES = 24 * 60
METHOD_FOUND = NoticeKind(
    "programme.method_found", "line {line}: {title} is the library method “{method}”"
)
OTHER_EVENTS_SESSION = NoticeKind(
    "programme.other_events_session",
    "That session belongs to another event: choose one of this event's sessions, or none "
    "to add new ones.",
)


class AgendaImportError(NoticeError):
    """A programme that cannot go where it was asked to; nothing was written."""


@dataclass(frozen=True)
class PlannedItem:
    """An item as it will be imported: its planned minutes, where the schedule will
    start it (minutes after the session day's midnight, None when unknown) and its lock."""

    source: ParsedItem
    depth: int
    minutes: int
    start: int | None
    locked_start: time | None
    children: tuple[PlannedItem, ...]

    def walk(self) -> list[PlannedItem]:
        return [self, *(entry for child in self.children for entry in child.walk())]


@dataclass(frozen=True)
class PlannedDay:
    day: ParsedDay
    start: time | None
    end: time | None
    items: tuple[PlannedItem, ...]


def plan_day(day: ParsedDay) -> PlannedDay:
    """A day as a new session: its times, and its items from its start."""
    start = _day_start(day)
    origin = None if start is None else minute_of_day(start)
    items, end = _plan(day.items, origin, origin, 0)
    return PlannedDay(day, start, _day_end(day, items, end), tuple(items))


def _day_start(day: ParsedDay) -> time | None:
    """The heading's start, else the first timed item's less the items before it."""
    if day.start is not None:
        return day.start
    elapsed = 0
    for item in day.items:
        if item.start is not None:
            return time_at(minute_of_day(item.start) - elapsed)
        known = _known_minutes(item)
        if known is None:
            return None
        elapsed += known
    return None


def _known_minutes(item: ParsedItem) -> int | None:
    if item.minutes is not None:
        return item.minutes
    if not item.children:
        return None
    children = [_known_minutes(child) for child in item.children]
    return None if None in children else sum(m for m in children if m is not None)


def _day_end(day: ParsedDay, items: Sequence[PlannedItem], end: int | None) -> time | None:
    if day.end is not None:
        return day.end
    if not items or end is None or _known_minutes(items[-1].source) is None:
        return None
    return time_at(end)


def _plan(
    items: Sequence[ParsedItem], cursor: int | None, origin: int | None, depth: int
) -> tuple[list[PlannedItem], int | None]:
    """Lay ``items`` out one after another from ``cursor`` as the schedule will; an item
    whose stated start is not the cursor gets it as its locked start."""
    planned: list[PlannedItem] = []
    for item in items:
        stated = None if item.start is None else _on_session_clock(item.start, origin)
        lock = (
            item.start if stated is not None and cursor is not None and stated != cursor else None
        )
        start = stated if cursor is None or stated is None else max(cursor, stated)
        start = cursor if start is None else start
        children, children_end = _plan(item.children, start, origin, depth + 1)
        minutes = _planned_minutes(item, children)
        span = minutes
        if start is not None and children_end is not None and children:
            span = max(minutes, children_end - start)  # children may run past their parent
        planned.append(PlannedItem(item, depth, minutes, start, lock, tuple(children)))
        cursor = None if start is None else start + span
    return planned, cursor


def _on_session_clock(moment: time, origin: int | None) -> int:
    """Minutes after the session day's midnight; times before the start are after midnight."""
    minute = minute_of_day(moment)
    return minute + MINUTES_PER_DAY if origin is not None and minute < origin else minute


def _planned_minutes(item: ParsedItem, children: Sequence[PlannedItem]) -> int:
    minutes = item.minutes if item.minutes is not None else sum(c.minutes for c in children)
    return min(minutes, MAX_ITEM_MINUTES)


_DRY_RUN_KINDS = {ItemKind.BREAK: "break", ItemKind.GROUP_METHOD: "method"}


def dry_run_lines(programme: ParsedProgramme) -> list[str]:
    """One line per item: ``DATE<TAB>HH:MM<TAB>N min<TAB>KIND<TAB>title`` (``-`` when
    unknown, ``to confirm`` for a time still open; the kind ``break``, ``method`` or
    ``item``), sub-items' titles indented by two spaces a level; times as the schedule
    will give them."""
    lines: list[str] = []
    for day in programme.days:
        when = day.date.isoformat() if day.date else "-"
        for entry in (e for item in plan_day(day).items for e in item.walk()):
            start = "-" if entry.start is None else format_time(time_at(entry.start))
            if entry.source.time_to_confirm:
                start = "to confirm"
            minutes = "-" if _known_minutes(entry.source) is None else f"{entry.minutes} min"
            kind = _DRY_RUN_KINDS.get(entry.source.kind, "item")
            title = f"{'  ' * entry.depth}{entry.source.title}"
            lines.append(f"{when}\t{start}\t{minutes}\t{kind}\t{title}")
    return lines


def recognise_methods(
    programme: ParsedProgramme,
    methods: Sequence[MethodDefinition] | None = None,
    *,
    language: Language = Language.EN,
) -> ParsedProgramme:
    """Note on each item the library method its title or description names, in any of
    its languages (``Méthodologie de l'aquarium`` is the fishbowl), with a notice naming
    the method in ``language`` (the event's: as the agenda will name it)."""
    names = _method_names(builtin_library().methods if methods is None else methods)
    for item in programme.items():
        for method, pattern in names:
            if pattern.search(item.title) or pattern.search(item.description):
                item.method, item.kind = method.id, ItemKind.GROUP_METHOD
                notice = METHOD_FOUND(
                    line=item.line, title=quote(item.title), method=method.name.text(language)
                )
                programme.warnings.append(notice)
                break
    return programme


def _method_names(
    methods: Sequence[MethodDefinition],
) -> list[tuple[MethodDefinition, re.Pattern[str]]]:
    """Each method's names (and the parts of ``Pecera (fishbowl)`` or ``A / B``)."""
    found = []
    for method in methods:
        names: set[str] = set()
        for name in (method.name.en, method.name.fr, method.name.es):
            names.update(part.strip() for part in re.split(r"[()/]", name) if len(part.strip()) > 3)
        words = "|".join(
            sorted((re.escape(n).replace("'", "['’]") for n in names), key=len, reverse=True)
        )
        found.append((method, re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)))
    return found


# --- the command -----------------------------------------------------------------------


class ImportAgenda(Command):
    """Add a programme's items to a session, or one new session per day without one;
    optionally the context and objectives to the event. Times in a zone the note names are
    converted into the event's (``programme_event``); an undated event takes the new
    sessions' dates, in the same undo step. The value: the new sessions' ids. Imported
    again (its items already there, ``programme_again``), it adds no item."""

    event_id: UUID
    programme: ParsedProgramme
    session_id: UUID | None = None
    take_context: bool = False
    take_objectives: bool = False

    def apply(self, store: Store) -> OpResult:
        check_item_count(self.programme)
        event = store.require(Event, self.event_id)
        programme = in_event_zone(self.programme, event.timezone)
        days = wanted_days(programme)
        recorder = Recorder()
        created: list[UUID] = []
        speakers = _Speakers(store, recorder, event)
        # The same programme again: its items are there already, not added twice.
        fresh = not already_imported(store, self.event_id, days, self.session_id)
        if fresh and self.session_id is None:
            created = _add_sessions(store, recorder, self.event_id, programme, speakers)
        elif fresh and self.session_id is not None:
            _append_to_session(store, recorder, event, self.session_id, programme.days, speakers)
        dated = bool(created) and event.start_date is None and event.end_date is None
        recorder.add(
            _event_update(
                store, event, programme, self.take_context, self.take_objectives, dated=dated
            )
        )
        return recorder.result(created)


def wanted_days(programme: ParsedProgramme) -> list[WantedDay]:
    """The programme's days with items as ``programme_again`` compares them with the
    agenda (its times as written: ``ImportAgenda`` passes it in the event's zone)."""
    return [_wanted(day) for day in programme.days if day.items]


def _wanted(day: ParsedDay) -> WantedDay:
    items = [
        WantedItem(
            fitting_title(entry.source.title, entry.source.description)[0],
            entry.minutes,
            entry.source.start,
            entry.start,
        )
        for entry in plan_day(day).items
    ]
    return WantedDay(day.date, items)


def _add_sessions(
    store: Store,
    recorder: Recorder,
    event_id: UUID,
    programme: ParsedProgramme,
    speakers: _Speakers,
) -> list[UUID]:
    position = len(sessions_of(store, event_id))
    created: list[UUID] = []
    days = [day for day in programme.days if day.items or day.heading]
    for day in days:
        plan = plan_day(day)
        # A note with one unnamed day is that session's note: it gives the title.
        named = day.title or (programme.title if len(days) == 1 else "")
        session = Session(
            event_id=event_id,
            title=(named or f"Session {position + 1}")[:TITLE_MAX_LENGTH],
            description=day.description,
            date=day.date,
            start_time=plan.start,
            end_time=plan.end,
            position=position,
        )
        recorder.add(store.insert(store.fresh(session)))
        _insert_items(store, recorder, session.id, None, plan.items, speakers, first_position=0)
        created.append(session.id)
        position += 1
    return created


def _append_to_session(
    store: Store,
    recorder: Recorder,
    event: Event,
    session_id: UUID,
    days: Sequence[ParsedDay],
    speakers: _Speakers,
) -> None:
    session = store.require(Session, session_id)
    if session.event_id != event.id:
        raise AgendaImportError(OTHER_EVENTS_SESSION)
    existing = items_of(store, session_id)
    position = sum(1 for item in existing if item.parent_id is None)
    origin = cursor = None
    if session.start_time is not None:
        origin = minute_of_day(session.start_time)
        cursor = origin + compute_schedule(session, existing, event.timezone).total_minutes
    for day in days:
        items, cursor = _plan(day.items, cursor, origin, 0)
        _insert_items(store, recorder, session_id, None, items, speakers, first_position=position)
        position += len(items)


def _insert_items(
    store: Store,
    recorder: Recorder,
    session_id: UUID,
    parent_id: UUID | None,
    items: Sequence[PlannedItem],
    speakers: _Speakers,
    *,
    first_position: int,
) -> None:
    for position, entry in enumerate(items, start=first_position):
        source = entry.source
        title, description = fitting_title(source.title, source.description)
        item = AgendaItem(
            session_id=session_id,
            parent_id=parent_id,
            position=position,
            title=title,
            description=description,
            planned_minutes=entry.minutes,
            kind=source.kind,
            method=_method_label(source.method, speakers.event.language),
            guiding_question=source.guiding_question,
            locked_start=entry.locked_start,
            speaker_ids=[speakers.id_of(name) for name in source.speakers],
            notes=speakers.time_to_confirm if source.time_to_confirm else "",
        )
        recorder.add(store.insert(store.fresh(item)))
        _insert_items(
            store, recorder, session_id, item.id, entry.children, speakers, first_position=0
        )


def _method_label(recognised: str, language: Language) -> str:
    """What the item's Method field says: a recognised library method (``recognise_methods``
    finds them in the built-in library) by its name in the event's language, as choosing
    it in that field writes (``ApplyMethod``), never its key."""
    found = (m for m in builtin_library().methods if m.id == recognised)
    method = next(found, None) if recognised else None
    return method.name.text(language) if method else recognised


_TIME_TO_CONFIRM = {
    Language.EN: "Time to be confirmed",
    Language.FR: "Horaire à confirmer",
    Language.ES: "Horario por confirmar",
}
"""The run-sheet's words for it, in the private notes of an item the text gave no time."""
_ADDED_NOTE = {
    Language.EN: "added by the programme import",
    Language.FR: "ajouté·e par l'import du programme",
    Language.ES: "añadido/a por la importación del programa",
}


class _Speakers:
    """The roster's people by name; a speaker not on it is added once."""

    def __init__(self, store: Store, recorder: Recorder, event: Event) -> None:
        self.store, self.recorder, self.event = store, recorder, event
        self.people = roster(store, event.id)
        self.time_to_confirm = _TIME_TO_CONFIRM[event.language]

    def id_of(self, name: str) -> UUID:
        for person in self.people:
            if _same_person(name, person.name):
                return person.id
        person = Participant(
            event_id=self.event.id,
            name=name[:TITLE_MAX_LENGTH],
            role=Role.SPEAKER,
            notes=_ADDED_NOTE[self.event.language],
            position=max((known.position for known in self.people), default=-1) + 1,
        )
        self.recorder.add(self.store.insert(self.store.fresh(person)))
        self.people.append(person)
        return person.id


def _same_person(written: str, name: str) -> bool:
    """``Amina Diallo`` is ``amina  diallo``; ``C. Huser`` is ``Claire Huser``."""
    given, known = written.casefold().split(), name.casefold().split()
    if given == known:
        return True
    if len(given) < 2 or len(known) < 2 or given[-1] != known[-1]:
        return False
    initials = [part for part in given[:-1] if part.endswith(".")]
    return len(initials) == len(given) - 1 and all(
        known[index].startswith(initial[0])
        for index, initial in enumerate(initials)
        if index < len(known) - 1
    )


def fitting_title(title: str, description: str) -> tuple[str, str]:
    """A title too long for one is cut, and kept whole at the head of the description."""
    if len(title) <= TITLE_MAX_LENGTH:
        return title, description
    short = title[: TITLE_MAX_LENGTH - 1].rstrip() + "…"
    return short, (f"{title}\n\n{description}" if description else title)


def _event_update(
    store: Store,
    event: Event,
    programme: ParsedProgramme,
    take_context: bool,
    take_objectives: bool,
    *,
    dated: bool,
) -> Change | None:
    """``dated``: the event, undated so far, takes the dates of the sessions made."""
    changes: dict[str, object] = {}
    dates = programme_dates(programme) if dated else []
    if dates:
        changes["start_date"], changes["end_date"] = dates[0], dates[-1]
    if take_context and programme.context and programme.context not in event.context:
        joined = f"{event.context}\n\n{programme.context}" if event.context.strip() else ""
        changes["context"] = joined or programme.context
    if take_objectives:
        added = _new_objectives(event.objectives, programme.objectives)
        if added:
            changes["objectives"] = [*event.objectives, *added]
    return store.update(Event, event.id, **changes) if changes else None


def _new_objectives(
    existing: Sequence[Objective], found: Sequence[tuple[str, str]]
) -> list[Objective]:
    """The objectives not there yet (same heading and text), each once."""
    seen = {(objective.heading, objective.text) for objective in existing}
    added: list[Objective] = []
    for heading, text in found:
        if text.strip() and (heading, text) not in seen:
            seen.add((heading, text))
            added.append(Objective(heading=heading, text=text))
    return added
