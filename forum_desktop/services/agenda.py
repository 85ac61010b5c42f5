"""Commands on sessions and their agenda trees.

Siblings (items with the same session and parent) keep positions 0..n-1 in order; every
command that moves items renumbers what it disturbs, through the journaled store.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import StrEnum
from uuid import UUID, uuid4

from forum_desktop.models import AgendaItem, Event, ItemRun, Session, SessionRun, SpeakerTurn
from forum_desktop.models.agenda import ItemKind, Priority, SessionMode, parents_first
from forum_desktop.services.commands import Command
from forum_desktop.services.operations import OpResult, Recorder
from forum_desktop.storage import Store


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


class AddSession(Command):
    """Add a session at the end of the event's; the result's value is its id."""

    event_id: UUID
    title: str
    description: str = ""
    date: dt.date | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    timezone: str = ""
    place: str = ""
    link: str = ""
    mode: SessionMode = SessionMode.ONSITE
    warning_percent: int = 20
    warning_max_minutes: int = 2
    chatham_house: bool = False

    def apply(self, store: Store) -> OpResult:
        store.require(Event, self.event_id)
        # Only what the caller gave: the rest keeps the record's own defaults.
        given = {name: getattr(self, name) for name in self.model_fields_set - {"event_id"}}
        session = Session(
            event_id=self.event_id, position=len(sessions_of(store, self.event_id)), **given
        )
        recorder = Recorder()
        recorder.add(store.insert(store.fresh(session)))
        return recorder.result(session.id)


class UpdateSession(Command):
    """Change the fields given of a session (a None given clears a date or a time)."""

    session_id: UUID
    title: str | None = None
    description: str | None = None
    date: dt.date | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    timezone: str | None = None
    place: str | None = None
    link: str | None = None
    mode: SessionMode | None = None
    warning_percent: int | None = None
    warning_max_minutes: int | None = None
    chatham_house: bool | None = None

    def apply(self, store: Store) -> OpResult:
        given = {name: getattr(self, name) for name in self.model_fields_set - {"session_id"}}
        recorder = Recorder()
        recorder.add(store.update(Session, self.session_id, **given))
        return recorder.result(self.session_id)


class DeleteSession(Command):
    """Delete a session with its agenda; the sessions after it move up."""

    session_id: UUID

    def apply(self, store: Store) -> OpResult:
        session = store.require(Session, self.session_id)
        recorder = Recorder()
        for record_type in (SpeakerTurn, ItemRun, SessionRun):  # its run, if it ever ran
            for record in store.select(
                record_type, {"session_id": self.session_id}, order_by="created_at"
            ):
                recorder.add(store.delete(record_type, record.id))
        for item in reversed(items_of(store, self.session_id)):
            recorder.add(store.delete(AgendaItem, item.id))
        recorder.add(store.delete(Session, self.session_id))
        _renumber_sessions(store, recorder, session.event_id)
        return recorder.result(self.session_id)


def _renumber_sessions(store: Store, recorder: Recorder, event_id: UUID) -> None:
    for position, session in enumerate(sessions_of(store, event_id)):
        if session.position != position:
            recorder.add(store.update(Session, session.id, position=position))


# --- items -----------------------------------------------------------------------------


class AddItem(Command):
    """Insert an item among ``parent_id``'s children, after ``after_id`` or at the end."""

    session_id: UUID
    title: str
    parent_id: UUID | None = None
    after_id: UUID | None = None
    description: str = ""
    planned_minutes: int = 0
    kind: ItemKind = ItemKind.OTHER
    method: str = ""
    guiding_question: str = ""
    locked_start: dt.time | None = None
    min_minutes: int | None = None
    priority: Priority = Priority.FLEXIBLE
    facilitator_ids: tuple[UUID, ...] = ()
    rapporteur_ids: tuple[UUID, ...] = ()
    speaker_ids: tuple[UUID, ...] = ()
    objective_ids: tuple[UUID, ...] = ()
    materials: str = ""
    notes: str = ""

    def apply(self, store: Store) -> OpResult:
        store.require(Session, self.session_id)
        siblings = _siblings(store, self.session_id, self.parent_id)
        index = len(siblings)
        if self.after_id is not None:
            index = next((i + 1 for i, s in enumerate(siblings) if s.id == self.after_id), index)
        # Only what the caller gave: the rest keeps the record's own defaults.
        given = {name: getattr(self, name) for name in self.model_fields_set - {"after_id"}}
        item = AgendaItem.model_validate({**given, "position": index})
        recorder = Recorder()
        _renumber(store, recorder, [*siblings[:index], item, *siblings[index:]])
        recorder.add(store.insert(store.fresh(item)))
        return recorder.result(item.id)


class UpdateItem(Command):
    """Change the fields given of an agenda item (a None given clears a lock or a minimum)."""

    item_id: UUID
    title: str | None = None
    description: str | None = None
    planned_minutes: int | None = None
    kind: ItemKind | None = None
    method: str | None = None
    guiding_question: str | None = None
    locked_start: dt.time | None = None
    min_minutes: int | None = None
    priority: Priority | None = None
    facilitator_ids: tuple[UUID, ...] | None = None
    rapporteur_ids: tuple[UUID, ...] | None = None
    speaker_ids: tuple[UUID, ...] | None = None
    objective_ids: tuple[UUID, ...] | None = None
    materials: str | None = None
    notes: str | None = None

    def apply(self, store: Store) -> OpResult:
        given = {name: getattr(self, name) for name in self.model_fields_set - {"item_id"}}
        recorder = Recorder()
        recorder.add(store.update(AgendaItem, self.item_id, **given))
        return recorder.result(self.item_id)


class DeleteItems(Command):
    """Delete items with everything under them; siblings close the gaps."""

    item_ids: tuple[UUID, ...]

    def apply(self, store: Store) -> OpResult:
        recorder = Recorder()
        touched: set[tuple[UUID, UUID | None]] = set()
        for item_id in self.item_ids:
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
        return recorder.result(len(self.item_ids))


class DuplicateItem(Command):
    """Copy an item and its sub-items right after it; the value is the copy's id."""

    item_id: UUID

    def apply(self, store: Store) -> OpResult:
        item = store.require(AgendaItem, self.item_id)
        recorder = Recorder()
        siblings = _siblings(store, item.session_id, item.parent_id)
        index = next(i for i, s in enumerate(siblings) if s.id == self.item_id) + 1
        new_ids = {item.id: uuid4()}
        copy = item.model_copy(update={"id": new_ids[item.id], "position": index})
        _renumber(store, recorder, [*siblings[:index], copy, *siblings[index:]])
        recorder.add(store.insert(store.fresh(copy)))
        for child in _descendants(store, item):
            new_ids[child.id] = uuid4()
            parent = new_ids[child.parent_id] if child.parent_id else None
            moved = child.model_copy(update={"id": new_ids[child.id], "parent_id": parent})
            recorder.add(store.insert(store.fresh(moved)))
        return recorder.result(copy.id)


class MoveItem(Command):
    """Put an item (with its sub-items) under ``parent_id`` at ``position`` (drag and drop)."""

    item_id: UUID
    parent_id: UUID | None
    position: int

    def apply(self, store: Store) -> OpResult:
        item_id, parent_id = self.item_id, self.parent_id
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
        position = max(0, min(self.position, len(target)))
        recorder.add(store.update(AgendaItem, item_id, parent_id=parent_id, position=position))
        moved = store.require(AgendaItem, item_id)
        _renumber(store, recorder, [*target[:position], moved, *target[position:]])
        return recorder.result(item_id)


class ShiftItem(Command):
    """Move an item one place up or down among its siblings (no-op at either end)."""

    item_id: UUID
    direction: Direction

    def apply(self, store: Store) -> OpResult:
        item = store.require(AgendaItem, self.item_id)
        siblings = _siblings(store, item.session_id, item.parent_id)
        index = next(i for i, s in enumerate(siblings) if s.id == self.item_id)
        target = index - 1 if self.direction is Direction.UP else index + 1
        if not 0 <= target < len(siblings):
            return Recorder().result(self.item_id)
        return MoveItem(item_id=self.item_id, parent_id=item.parent_id, position=target).apply(
            store
        )


class IndentItem(Command):
    """Make an item the last sub-item of the sibling above it (no-op for the first)."""

    item_id: UUID

    def apply(self, store: Store) -> OpResult:
        item = store.require(AgendaItem, self.item_id)
        siblings = _siblings(store, item.session_id, item.parent_id)
        index = next(i for i, s in enumerate(siblings) if s.id == self.item_id)
        if index == 0:
            return Recorder().result(self.item_id)
        new_parent = siblings[index - 1]
        position = len(_siblings(store, item.session_id, new_parent.id))
        return MoveItem(item_id=self.item_id, parent_id=new_parent.id, position=position).apply(
            store
        )


class OutdentItem(Command):
    """Move a sub-item up a level, right after its parent (no-op at the top level)."""

    item_id: UUID

    def apply(self, store: Store) -> OpResult:
        item = store.require(AgendaItem, self.item_id)
        if item.parent_id is None:
            return Recorder().result(self.item_id)
        parent = store.require(AgendaItem, item.parent_id)
        return MoveItem(
            item_id=self.item_id, parent_id=parent.parent_id, position=parent.position + 1
        ).apply(store)
