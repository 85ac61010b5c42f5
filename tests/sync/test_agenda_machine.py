"""A Hypothesis state machine for "nothing typed is lost" in what a facilitator plans: the
agenda (sessions and their item trees) and the roster, over 2 to 4 laptops.

One event, made on one laptop and travelled to all. The laptops add, edit, duplicate,
move, indent, outdent, reorder and delete items and sessions, add, edit, delete and check
people in, resolve conflicts, and undo and redo their last act, with the same typed
commands the screens use; files travel between the laptops' copies of the shared folder
one at a time, in any order, late, cut short or twice.

What is proved after every step, on every laptop:

- Typed text (an item's title, description, guiding question, materials and notes; a
  session's title and description; a person's name, organisation and notes): every text
  a laptop typed and that has reached this laptop shows here, as the value or as an open
  conflict version, unless an act received here replaced it knowingly — an edit made while
  that text was the only version shown, a resolution, a delete — or the record waits here
  for its parent (``sync_held``). An undo types nothing and the act it took back counts
  for nothing; a redo shows the redone act's text again (the rule of the conflicts
  machine, tests/sync/test_conflicts_machine.py, per record and field).
- The agenda is a tree: every item a laptop holds is in its session's agenda (none lost in
  a parent cycle made by two moves that crossed).
- A check-in is whole: someone present or late has a check-in time, anyone else none.

Not typed text, so last writer wins as docs/architecture.md promises for simple fields,
and only agreement is asserted for them: durations, the place of an item (parent and
position among its siblings), a session's place, check-in status. Once everything has
travelled every laptop holds the same sessions, items (same tree and order), people,
conflicts and nothing held back.

The tracking of typed texts, undo, redo, resolutions and travel is shared with the event
machine (``TypingLaptops`` in tests/sync/laptops.py); this module adds the agenda's and
the roster's acts.

Texts people type are single lines and unique, so two concurrent edits of one field never
merge line by line: they conflict.
"""

from __future__ import annotations

import shutil
from uuid import UUID

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import initialize, invariant, rule

from forum_desktop.models import AgendaItem, AttendanceStatus, Participant, Session
from forum_desktop.models.agenda import parents_first
from forum_desktop.models.base import Record
from forum_desktop.services.agenda import (
    AddItem,
    AddSession,
    DeleteItems,
    DeleteSession,
    Direction,
    DuplicateItem,
    IndentItem,
    MoveItem,
    OutdentItem,
    ShiftItem,
    UpdateItem,
    UpdateSession,
)
from forum_desktop.services.commands import Command, execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.participants import (
    AddParticipant,
    CheckIn,
    DeleteParticipants,
    UpdateParticipant,
)
from forum_desktop.sync.engine import sync_event
from tests.sync.laptops import PICK, Laptop, Tracked, TypingLaptops, fix_device_ids, open_laptop

pytestmark = pytest.mark.slow

picks = PICK

TYPED: dict[type[Record], tuple[str, ...]] = {
    AgendaItem: ("title", "description", "guiding_question", "materials", "notes"),
    Session: ("title", "description"),
    Participant: ("name", "organisation", "notes"),
}
"""The texts people type, per kind of record: what the rule is about."""


class PlanningLaptops(TypingLaptops):
    texts = TYPED

    @initialize(count=st.integers(2, 4))
    def start(self, count: int) -> None:
        self.folders = [self.root / f"folder{i}" for i in range(count)]
        self.laptops = [open_laptop(self.root / f"laptop{i}", f"L{i}") for i in range(count)]
        fix_device_ids(self.laptops)
        for laptop in self.laptops:
            laptop.conn.execute("PRAGMA synchronous = OFF")
        first = self.laptops[0]
        self.event_id: UUID = execute(first.store, CreateEvent(title="Atelier")).value
        self.act(0, AddSession(event_id=self.event_id, title=self.new_text(first)))
        self.act(0, AddParticipant(event_id=self.event_id, name=self.new_text(first)))
        self.act(0, AddParticipant(event_id=self.event_id, name=self.new_text(first)))
        self.steps.clear()
        self.folders[0].mkdir()
        sync_event(first.store, self.event_id, self.folders[0])
        for folder in self.folders[1:]:
            shutil.copytree(self.folders[0], folder)
        for laptop, folder in zip(self.laptops[1:], self.folders[1:], strict=True):
            sync_event(laptop.store, self.event_id, folder)

    # --- the agenda ---------------------------------------------------------------------

    @rule(who=picks, which=picks, under=picks, described=st.booleans())
    def add_item(self, who: int, which: int, under: int, described: bool) -> None:
        index, laptop = self.laptop(who)
        if len(self.shown(laptop, AgendaItem)) >= 6:
            return  # few items, so laptops often meet on one
        session = self.pick_record(laptop, Session, which)
        if session is None:
            return
        siblings = [
            record
            for record in self.shown(laptop, AgendaItem)
            if laptop.store.require(AgendaItem, record.id).session_id == session.id
        ]
        parent = siblings[under % len(siblings)].id if siblings and under % 3 == 0 else None
        extra = {"description": self.new_text(laptop)} if described else {}
        title = self.new_text(laptop)
        self.act(index, AddItem(session_id=session.id, title=title, parent_id=parent, **extra))

    @rule(who=picks)
    def add_session(self, who: int) -> None:
        index, laptop = self.laptop(who)
        if len(self.shown(laptop, Session)) < 3:
            self.act(index, AddSession(event_id=self.event_id, title=self.new_text(laptop)))

    @rule(who=picks, which=picks, kind=st.sampled_from(list(TYPED)), name=picks)
    def edit_text(self, who: int, which: int, kind: type[Record], name: int) -> None:
        index, laptop = self.laptop(who)
        record = self.pick_record(laptop, kind, which)
        if record is not None:
            self.edit(index, record, TYPED[kind][name % len(TYPED[kind])])

    def edit(self, index: int, record: Tracked, name: str) -> None:
        text = self.new_text(self.laptops[index])
        command: Command
        if record.cls is AgendaItem:
            command = UpdateItem.model_validate({"item_id": record.id, name: text})
        elif record.cls is Session:
            command = UpdateSession.model_validate({"session_id": record.id, name: text})
        else:
            command = UpdateParticipant.model_validate({"participant_id": record.id, name: text})
        self.act(index, command)

    @rule(first=picks, second=picks, which=picks, kind=st.sampled_from(list(TYPED)), name=picks)
    def make_a_conflict(
        self, first: int, second: int, which: int, kind: type[Record], name: int
    ) -> None:
        self.conflict_on(first, second, which, kind, name)

    @rule(who=picks, which=picks, minutes=st.integers(0, 90))
    def edit_duration(self, who: int, which: int, minutes: int) -> None:
        index, laptop = self.laptop(who)
        item = self.pick_record(laptop, AgendaItem, which)
        if item is not None:
            self.act(index, UpdateItem(item_id=item.id, planned_minutes=minutes))

    @rule(who=picks, which=picks, how=st.integers(0, 4), where=picks, position=st.integers(0, 4))
    def move_item(self, who: int, which: int, how: int, where: int, position: int) -> None:
        """Shift up or down, indent, outdent, or drag under another item of its session."""
        index, laptop = self.laptop(who)
        record = self.pick_record(laptop, AgendaItem, which)
        if record is None:
            return
        command: Command
        if how < 2:
            direction = Direction.UP if how == 0 else Direction.DOWN
            command = ShiftItem(item_id=record.id, direction=direction)
        elif how == 2:
            command = IndentItem(item_id=record.id)
        elif how == 3:
            command = OutdentItem(item_id=record.id)
        else:
            targets = self.drag_targets(laptop, record.id)
            command = MoveItem(
                item_id=record.id, parent_id=targets[where % len(targets)], position=position
            )
        self.act(index, command)

    def drag_targets(self, laptop: Laptop, item_id: UUID) -> list[UUID | None]:
        """Where the item may be dragged: the top level, or under an item of its session
        that is not under it."""
        item = laptop.store.require(AgendaItem, item_id)
        tree = parents_first(laptop.store.select(AgendaItem, {"session_id": item.session_id}))
        below = {item.id}
        for other in tree:  # parents first: an item under a moved one follows it
            if other.parent_id in below:
                below.add(other.id)
        return [None, *(other.id for other in tree if other.id not in below)]

    @rule(
        first=picks,
        second=picks,
        which=st.tuples(picks, picks),
        where=st.tuples(picks, picks),
        position=st.integers(0, 4),
        swap=st.booleans(),
    )
    def cross_moves(
        self,
        first: int,
        second: int,
        which: tuple[int, int],
        where: tuple[int, int],
        position: int,
        swap: bool,
    ) -> None:
        """Two laptops that hold the same agenda each drag an item before either has seen
        the other's move, then meet: moves that cross, which random travel rarely makes.
        With ``swap``, the second drags the first one's target under the first one's item."""
        i, j = self.meet(first, second)
        record = self.pick_record(self.laptops[i], AgendaItem, which[0])
        if record is None:
            return
        targets = self.drag_targets(self.laptops[i], record.id)
        target = targets[where[0] % len(targets)]
        self.act(i, MoveItem(item_id=record.id, parent_id=target, position=position))
        other = self.laptops[j].store
        if swap and target is not None and other.get(AgendaItem, record.id) is not None:
            if record.id in self.drag_targets(self.laptops[j], target):
                self.act(j, MoveItem(item_id=target, parent_id=record.id, position=position))
        else:
            self.move_item(j, which[1], 4, where[1], position)
        self.meet(i, j)

    @rule(who=picks, which=picks)
    def duplicate_item(self, who: int, which: int) -> None:
        """A copy of an item and its sub-items: their texts are the copy's own from then on."""
        index, laptop = self.laptop(who)
        if len(self.shown(laptop, AgendaItem)) >= 6:
            return
        item = self.pick_record(laptop, AgendaItem, which)
        if item is not None:
            self.act(index, DuplicateItem(item_id=item.id))

    @rule(who=picks, which=picks)
    def delete_item(self, who: int, which: int) -> None:
        index, laptop = self.laptop(who)
        item = self.pick_record(laptop, AgendaItem, which)
        if item is not None:
            self.act(index, DeleteItems(item_ids=(item.id,)))

    @rule(who=picks, which=picks)
    def delete_session(self, who: int, which: int) -> None:
        index, laptop = self.laptop(who)
        session = self.pick_record(laptop, Session, which)
        if session is not None:
            self.act(index, DeleteSession(session_id=session.id))

    # --- the roster ---------------------------------------------------------------------

    @rule(who=picks, organised=st.booleans())
    def add_participant(self, who: int, organised: bool) -> None:
        index, laptop = self.laptop(who)
        if len(self.shown(laptop, Participant)) >= 4:
            return
        extra = {"organisation": self.new_text(laptop)} if organised else {}
        name = self.new_text(laptop)
        self.act(index, AddParticipant(event_id=self.event_id, name=name, **extra))

    @rule(
        who=picks,
        which=st.lists(picks, min_size=1, max_size=3),
        status=st.sampled_from(AttendanceStatus),
    )
    def check_in(self, who: int, which: list[int], status: AttendanceStatus) -> None:
        index, laptop = self.laptop(who)
        people = self.shown(laptop, Participant)
        if people:
            chosen = tuple(dict.fromkeys(people[w % len(people)].id for w in which))
            self.act(index, CheckIn(participant_ids=chosen, status=status))

    @rule(
        first=picks,
        second=picks,
        which=picks,
        statuses=st.tuples(st.sampled_from(AttendanceStatus), st.sampled_from(AttendanceStatus)),
    )
    def check_in_on_two_laptops(
        self,
        first: int,
        second: int,
        which: int,
        statuses: tuple[AttendanceStatus, AttendanceStatus],
    ) -> None:
        """Two laptops at the door mark the same person before either has seen the other's
        mark, then meet."""
        i, j = self.meet(first, second)
        for k, status in zip((i, j), statuses, strict=True):
            self.check_in(k, [which], status)
        self.meet(i, j)

    @rule(who=picks, which=picks)
    def delete_participant(self, who: int, which: int) -> None:
        index, laptop = self.laptop(who)
        person = self.pick_record(laptop, Participant, which)
        if person is not None:
            self.act(index, DeleteParticipants(participant_ids=(person.id,)))

    @invariant()
    def every_item_is_in_the_agenda(self) -> None:
        for laptop in self.laptops:
            for session in laptop.store.select(Session, {"event_id": self.event_id}):
                items = laptop.store.select(AgendaItem, {"session_id": session.id})
                tree = parents_first(items)
                assert len(tree) == len(items), (
                    laptop.name,
                    {i.title for i in items} - {i.title for i in tree},
                )

    @invariant()
    def a_check_in_is_whole(self) -> None:
        came = (AttendanceStatus.PRESENT, AttendanceStatus.LATE)
        for laptop in self.laptops:
            for person in laptop.store.select(Participant, {"event_id": self.event_id}):
                assert (person.checked_in_at is not None) == (person.attendance in came), (
                    laptop.name,
                    person.attendance,
                    person.checked_in_at,
                )

    def after_travel(self) -> None:
        self.every_item_is_in_the_agenda()


# CI runs 15 examples of up to 30 steps (6 to 12 s on the 2-core development machine,
# shared with other jobs).
# By hand, 200 to 300 examples of 40 to 70 steps under several seeds (Phase.generate, a
# local override of max_examples and stateful_step_count) found five bugs, each kept as a
# plain test: two laptops retyping a title or a name (test_planned_text_conflicts.py)
# within the first examples, a check-in split between two laptops
# (test_check_in_travels_whole.py) within 60, items dragged under each other vanishing,
# then a third laptop recursing for ever on them (test_crossed_moves.py) within 200, and
# an undone delete into a session gone since (test_undo_into_a_deleted_session.py).
PlanningLaptops.TestCase.settings = settings(
    max_examples=15,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_nothing_planned_is_lost_whatever_travels = PlanningLaptops.TestCase
