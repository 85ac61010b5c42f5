"""Importing a programme read from text (``agenda.programme_text``) into an event.

Items take the durations the text gives (0 when it gives none; a parent without one, the
sum of its children's). Times become locked starts only where the text's time differs
from where the items before would end, so a programme whose times simply follow one
another imports without locks; the session starts where the first item does.
"""

from __future__ import annotations

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
from forum_desktop.agenda.schedule import compute_schedule
from forum_desktop.models import AgendaItem, Change, Event, Objective, Session
from forum_desktop.models.base import TITLE_MAX_LENGTH
from forum_desktop.services.agenda import items_of, sessions_of
from forum_desktop.services.operations import OpResult, Recorder, operation
from forum_desktop.storage import Store

MAX_ITEM_MINUTES = 24 * 60


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


def dry_run_lines(programme: ParsedProgramme) -> list[str]:
    """One line per item: ``DAY<TAB>HH:MM<TAB>title<TAB>N min`` (``-`` when unknown),
    sub-items' titles indented by two spaces a level; times as the schedule will give them."""
    lines: list[str] = []
    for day in programme.days:
        when = day.date.isoformat() if day.date else "-"
        for entry in (e for item in plan_day(day).items for e in item.walk()):
            start = "-" if entry.start is None else format_time(time_at(entry.start))
            minutes = "-" if _known_minutes(entry.source) is None else f"{entry.minutes} min"
            lines.append(f"{when}\t{start}\t{'  ' * entry.depth}{entry.source.title}\t{minutes}")
    return lines


# --- the operation ---------------------------------------------------------------------


@operation("import_agenda")
def import_agenda(
    store: Store,
    /,
    *,
    event_id: UUID,
    programme: ParsedProgramme,
    session_id: UUID | None = None,
    take_context: bool = False,
    take_objectives: bool = False,
) -> OpResult:
    """Add a programme's items to a session, or one new session per day without one;
    optionally the context and objectives to the event. The value: the new sessions' ids."""
    check_item_count(programme)
    event = store.require(Event, event_id)
    recorder = Recorder()
    created: list[UUID] = []
    if session_id is None:
        created = _add_sessions(store, recorder, event_id, programme.days)
    else:
        _append_to_session(store, recorder, event, session_id, programme.days)
    recorder.add(_event_update(store, event, programme, take_context, take_objectives))
    return recorder.result(created)


def _add_sessions(
    store: Store, recorder: Recorder, event_id: UUID, days: Sequence[ParsedDay]
) -> list[UUID]:
    position = len(sessions_of(store, event_id))
    created: list[UUID] = []
    for day in days:
        if not day.items and not day.heading:
            continue  # the text's unnamed day with nothing in it
        plan = plan_day(day)
        session = Session(
            event_id=event_id,
            title=(day.title or f"Session {position + 1}")[:TITLE_MAX_LENGTH],
            date=day.date,
            start_time=plan.start,
            end_time=plan.end,
            position=position,
        )
        recorder.add(store.insert(store.fresh(session)))
        _insert_items(store, recorder, session.id, None, plan.items, first_position=0)
        created.append(session.id)
        position += 1
    return created


def _append_to_session(
    store: Store, recorder: Recorder, event: Event, session_id: UUID, days: Sequence[ParsedDay]
) -> None:
    session = store.require(Session, session_id)
    if session.event_id != event.id:
        raise ValueError("the session belongs to another event")
    existing = items_of(store, session_id)
    position = sum(1 for item in existing if item.parent_id is None)
    origin = cursor = None
    if session.start_time is not None:
        origin = minute_of_day(session.start_time)
        cursor = origin + compute_schedule(session, existing, event.timezone).total_minutes
    for day in days:
        items, cursor = _plan(day.items, cursor, origin, 0)
        _insert_items(store, recorder, session_id, None, items, first_position=position)
        position += len(items)


def _insert_items(
    store: Store,
    recorder: Recorder,
    session_id: UUID,
    parent_id: UUID | None,
    items: Sequence[PlannedItem],
    *,
    first_position: int,
) -> None:
    for position, entry in enumerate(items, start=first_position):
        title, description = _fitting_title(entry.source.title, entry.source.description)
        item = AgendaItem(
            session_id=session_id,
            parent_id=parent_id,
            position=position,
            title=title,
            description=description,
            planned_minutes=entry.minutes,
            kind=entry.source.kind,
            locked_start=entry.locked_start,
        )
        recorder.add(store.insert(store.fresh(item)))
        _insert_items(store, recorder, session_id, item.id, entry.children, first_position=0)


def _fitting_title(title: str, description: str) -> tuple[str, str]:
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
) -> Change | None:
    changes: dict[str, object] = {}
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
