"""Operations on sessions and their agenda trees.

Siblings (items with the same session and parent) keep positions 0..n-1 in order; every
operation that moves items renumbers what it disturbs, through the journaled store.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Any
from uuid import UUID, uuid4

from forum_desktop.models import AgendaItem, Event, ItemRun, Session, SessionRun, SpeakerTurn
from forum_desktop.models.agenda import parents_first
from forum_desktop.services.operations import OpResult, Recorder, operation
from forum_desktop.storage import Store

EDITABLE_SESSION_FIELDS = frozenset(
    {
        "title",
        "description",
        "date",
        "start_time",
        "end_time",
        "timezone",
        "place",
        "link",
        "mode",
        "warning_percent",
        "warning_max_minutes",
        "chatham_house",
    }
)
EDITABLE_ITEM_FIELDS = frozenset(
    {
        "title",
        "description",
        "planned_minutes",
        "kind",
        "method",
        "guiding_question",
        "locked_start",
        "min_minutes",
        "priority",
        "facilitator_ids",
        "rapporteur_ids",
        "speaker_ids",
        "objective_ids",
        "materials",
        "notes",
    }
)


class Direction(StrEnum):
    UP = "up"
    DOWN = "down"


def sessions_of(store: Store, event_id: UUID) -> list[Session]:
    return store.select(Session, {"event_id": event_id})


def items_of(store: Store, session_id: UUID) -> list[AgendaItem]:
    """A session's items, parents before children, siblings in order."""
    return parents_first(store.select(AgendaItem, {"session_id": session_id}))


def _siblings(store: Store, session_id: UUID, parent_id: UUID | None) -> list[AgendaItem]:
    return store.select(AgendaItem, {"session_id": session_id, "parent_id": parent_id})


def _descendants(store: Store, item: AgendaItem) -> list[AgendaItem]:
    """``item``'s subtree below it, parents first."""
    found: list[AgendaItem] = []
    frontier = [item.id]
    while frontier:
        parent = frontier.pop(0)
        for child in _siblings(store, item.session_id, parent):
            found.append(child)
            frontier.append(child.id)
    return found


def _renumber(store: Store, recorder: Recorder, ordered: Sequence[AgendaItem]) -> None:
    for position, item in enumerate(ordered):
        if item.position != position:
            recorder.add(store.update(AgendaItem, item.id, position=position))


# --- sessions --------------------------------------------------------------------------


@operation("add_session")
def add_session(store: Store, /, *, event_id: UUID, title: str, **fields: Any) -> OpResult:
    """A new session at the end of the event's; the result's value is its id."""
    store.require(Event, event_id)
    position = len(sessions_of(store, event_id))
    session = Session(event_id=event_id, title=title, position=position, **fields)
    recorder = Recorder()
    recorder.add(store.insert(store.fresh(session)))
    return recorder.result(session.id)


@operation("update_session")
def update_session(store: Store, /, *, session_id: UUID, **fields: Any) -> OpResult:
    unknown = set(fields) - EDITABLE_SESSION_FIELDS
    if unknown:
        raise ValueError(f"not editable on a session: {', '.join(sorted(unknown))}")
    recorder = Recorder()
    recorder.add(store.update(Session, session_id, **fields))
    return recorder.result(session_id)


@operation("delete_session")
def delete_session(store: Store, /, *, session_id: UUID) -> OpResult:
    """Delete a session with its agenda; the sessions after it move up."""
    session = store.require(Session, session_id)
    recorder = Recorder()
    for record_type in (SpeakerTurn, ItemRun, SessionRun):  # its run, if it ever ran
        for record in store.select(record_type, {"session_id": session_id}, order_by="created_at"):
            recorder.add(store.delete(record_type, record.id))
    for item in reversed(items_of(store, session_id)):
        recorder.add(store.delete(AgendaItem, item.id))
    recorder.add(store.delete(Session, session_id))
    _renumber_sessions(store, recorder, session.event_id)
    return recorder.result(session_id)


def _renumber_sessions(store: Store, recorder: Recorder, event_id: UUID) -> None:
    for position, session in enumerate(sessions_of(store, event_id)):
        if session.position != position:
            recorder.add(store.update(Session, session.id, position=position))


# --- items -----------------------------------------------------------------------------


@operation("add_item")
def add_item(
    store: Store,
    /,
    *,
    session_id: UUID,
    title: str,
    parent_id: UUID | None = None,
    after_id: UUID | None = None,
    **fields: Any,
) -> OpResult:
    """Insert an item among ``parent_id``'s children, after ``after_id`` or at the end."""
    store.require(Session, session_id)
    siblings = _siblings(store, session_id, parent_id)
    index = len(siblings)
    if after_id is not None:
        index = next((i + 1 for i, s in enumerate(siblings) if s.id == after_id), index)
    item = AgendaItem(
        session_id=session_id, parent_id=parent_id, title=title, position=index, **fields
    )
    recorder = Recorder()
    _renumber(store, recorder, [*siblings[:index], item, *siblings[index:]])
    recorder.add(store.insert(store.fresh(item)))
    return recorder.result(item.id)


@operation("update_item")
def update_item(store: Store, /, *, item_id: UUID, **fields: Any) -> OpResult:
    unknown = set(fields) - EDITABLE_ITEM_FIELDS
    if unknown:
        raise ValueError(f"not editable on an agenda item: {', '.join(sorted(unknown))}")
    recorder = Recorder()
    recorder.add(store.update(AgendaItem, item_id, **fields))
    return recorder.result(item_id)


@operation("delete_items")
def delete_items(store: Store, /, *, item_ids: Sequence[UUID]) -> OpResult:
    """Delete items with everything under them; siblings close the gaps."""
    recorder = Recorder()
    touched: set[tuple[UUID, UUID | None]] = set()
    for item_id in item_ids:
        item = store.get(AgendaItem, item_id)
        if item is None:  # already gone with a deleted parent
            continue
        for child in reversed(_descendants(store, item)):
            recorder.add(store.delete(AgendaItem, child.id))
        recorder.add(store.delete(AgendaItem, item.id))
        touched.add((item.session_id, item.parent_id))
    for session_id, parent_id in touched:
        if parent_id is None or store.get(AgendaItem, parent_id) is not None:
            _renumber(store, recorder, _siblings(store, session_id, parent_id))
    return recorder.result(len(item_ids))


@operation("duplicate_item")
def duplicate_item(store: Store, /, *, item_id: UUID) -> OpResult:
    """Copy an item and its sub-items right after it; the value is the copy's id."""
    item = store.require(AgendaItem, item_id)
    recorder = Recorder()
    siblings = _siblings(store, item.session_id, item.parent_id)
    index = next(i for i, s in enumerate(siblings) if s.id == item_id) + 1
    new_ids = {item.id: uuid4()}
    copy = item.model_copy(update={"id": new_ids[item.id], "position": index})
    _renumber(store, recorder, [*siblings[:index], copy, *siblings[index:]])
    recorder.add(store.insert(store.fresh(copy)))
    for child in _descendants(store, item):
        new_ids[child.id] = uuid4()
        parent = new_ids[child.parent_id] if child.parent_id else None
        recorder.add(
            store.insert(
                store.fresh(child.model_copy(update={"id": new_ids[child.id], "parent_id": parent}))
            )
        )
    return recorder.result(copy.id)


@operation("move_item")
def move_item(store: Store, /, *, item_id: UUID, parent_id: UUID | None, position: int) -> OpResult:
    """Put an item (with its sub-items) under ``parent_id`` at ``position`` (drag and drop)."""
    item = store.require(AgendaItem, item_id)
    if parent_id is not None:
        parent = store.require(AgendaItem, parent_id)
        if parent.session_id != item.session_id:
            raise ValueError("an item can only move within its session")
        if parent_id == item_id or parent_id in {d.id for d in _descendants(store, item)}:
            raise ValueError("an item cannot move under itself")
    recorder = Recorder()
    old = [s for s in _siblings(store, item.session_id, item.parent_id) if s.id != item_id]
    if parent_id == item.parent_id:
        target = old
    else:
        _renumber(store, recorder, old)
        target = _siblings(store, item.session_id, parent_id)
    position = max(0, min(position, len(target)))
    recorder.add(store.update(AgendaItem, item_id, parent_id=parent_id, position=position))
    moved = store.require(AgendaItem, item_id)
    _renumber(store, recorder, [*target[:position], moved, *target[position:]])
    return recorder.result(item_id)


@operation("shift_item")
def shift_item(store: Store, /, *, item_id: UUID, direction: Direction) -> OpResult:
    """Move an item one place up or down among its siblings (no-op at either end)."""
    item = store.require(AgendaItem, item_id)
    siblings = _siblings(store, item.session_id, item.parent_id)
    index = next(i for i, s in enumerate(siblings) if s.id == item_id)
    target = index - 1 if Direction(direction) is Direction.UP else index + 1
    if not 0 <= target < len(siblings):
        return Recorder().result(item_id)
    return move_item(store, item_id=item_id, parent_id=item.parent_id, position=target)


@operation("indent_item")
def indent_item(store: Store, /, *, item_id: UUID) -> OpResult:
    """Make an item the last sub-item of the sibling above it (no-op for the first)."""
    item = store.require(AgendaItem, item_id)
    siblings = _siblings(store, item.session_id, item.parent_id)
    index = next(i for i, s in enumerate(siblings) if s.id == item_id)
    if index == 0:
        return Recorder().result(item_id)
    new_parent = siblings[index - 1]
    position = len(_siblings(store, item.session_id, new_parent.id))
    return move_item(store, item_id=item_id, parent_id=new_parent.id, position=position)


@operation("outdent_item")
def outdent_item(store: Store, /, *, item_id: UUID) -> OpResult:
    """Move a sub-item up a level, right after its parent (no-op at the top level)."""
    item = store.require(AgendaItem, item_id)
    if item.parent_id is None:
        return Recorder().result(item_id)
    parent = store.require(AgendaItem, item.parent_id)
    return move_item(
        store, item_id=item_id, parent_id=parent.parent_id, position=parent.position + 1
    )
