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

Texts people type are single lines and unique, so two concurrent edits of one field never
merge line by line: they conflict.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from unittest.mock import patch
from uuid import UUID

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from forum_desktop.models import AgendaItem, AttendanceStatus, Participant, Session
from forum_desktop.models.agenda import parents_first
from forum_desktop.models.base import Record
from forum_desktop.models.journal import Change, ChangeKind
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
from forum_desktop.services.conflicts import ResolveConflict
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.operations import OpResult, UndoRefusedError, redo, undo
from forum_desktop.services.participants import (
    AddParticipant,
    CheckIn,
    DeleteParticipants,
    UpdateParticipant,
)
from forum_desktop.sync.engine import sync_event
from tests.sync.laptops import (
    Laptop,
    carry_a_file,
    duplicate_a_file,
    everything_travels,
    fix_device_ids,
    open_laptop,
    snapshot,
)

pytestmark = pytest.mark.slow

picks = st.integers(0, 11)  # uniform modulo 2, 3 and 4 laptops

TYPED: dict[type[Record], tuple[str, ...]] = {
    AgendaItem: ("title", "description", "guiding_question", "materials", "notes"),
    Session: ("title", "description"),
    Participant: ("name", "organisation", "notes"),
}
"""The texts people type, per kind of record: what the rule is about."""

Version = tuple[UUID, str]
"""A version of a text: the change that wrote it and the field."""


@dataclass(frozen=True)
class Act:
    """One change a laptop made to a record: the texts it wrote, the versions it replaced
    knowingly."""

    change_id: UUID
    texts: dict[str, str] = field(default_factory=dict)
    replaced: frozenset[Version] = frozenset()
    deletes: bool = False
    undoes: UUID | None = None  # an undo's: the change it took back counts for nothing
    redoes: UUID | None = None  # a redo's: the change whose texts it shows again
    chooses: frozenset[UUID] = frozenset()  # a resolution's: the versions it chose


@dataclass
class Tracked:
    cls: type[Record]
    id: UUID
    acts: list[Act] = field(default_factory=list)


Seen = dict[tuple[UUID, str], frozenset[str]]
"""What a laptop shows of every tracked text: the value and the open conflict versions."""


@dataclass
class Step:
    """A laptop's last act, as its undo stack holds it."""

    result: OpResult  # what an undo reverts: the act, or its latest redo
    resolves: bool
    before: Seen  # what the laptop showed of every text before the act
    after: Seen  # and right after it
    undone: OpResult | None = None  # the undo's changes, while the act is undone

    def retyped(self) -> set[tuple[UUID, str]]:
        """The texts the act set on records that stayed: undo and redo show them as the
        laptop saw them before and after the act."""
        return {
            (change.record_id, name)
            for change in self.result.changes
            if change.kind is ChangeKind.UPDATE
            for name in change.fields
            if (change.record_id, name) in self.before
        }


class PlanningLaptops(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.temp = tempfile.TemporaryDirectory()
        self.root = Path(self.temp.name)
        self.laptops: list[Laptop] = []
        self.folders: list[Path] = []
        self.records: dict[UUID, Tracked] = {}
        self.typed = 0
        self.steps: dict[int, Step] = {}
        # Durability is tested elsewhere; here fsync would only make the disk the limit.
        self.no_fsync = patch("forum_desktop.sync.changefile.os.fsync")
        self.no_fsync.start()

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

    # --- what the laptops see ---------------------------------------------------------

    def laptop(self, pick: int) -> tuple[int, Laptop]:
        index = pick % len(self.laptops)
        return index, self.laptops[index]

    def new_text(self, laptop: Laptop) -> str:
        self.typed += 1
        return f"{laptop.name} typed {self.typed}"

    def holds(self, laptop: Laptop, change_id: UUID) -> bool:
        found = laptop.conn.execute(
            "SELECT 1 FROM journal WHERE change_id = ?", (str(change_id),)
        ).fetchone()
        return found is not None

    def held(self, laptop: Laptop, record: Tracked) -> bool:
        found = laptop.conn.execute(
            "SELECT 1 FROM sync_held WHERE record_id = ?", (str(record.id),)
        ).fetchone()
        return found is not None

    def visible(self, laptop: Laptop, record: Tracked, name: str) -> frozenset[str] | None:
        """The text shown and its open conflict versions; None when the record is not."""
        shown = laptop.store.get(record.cls, record.id)
        if shown is None:
            return None
        kept = laptop.conn.execute(
            "SELECT value FROM sync_conflict WHERE record_id = ? AND field = ?",
            (str(record.id), name),
        ).fetchall()
        return frozenset([getattr(shown, name), *(value for (value,) in kept)])

    def seen(self, laptop: Laptop) -> Seen:
        found: Seen = {}
        for record in self.records.values():
            for name in TYPED[record.cls]:
                versions = self.visible(laptop, record, name)
                if versions is not None:
                    found[(record.id, name)] = versions
        return found

    def shown_versions(
        self, laptop: Laptop, record: Tracked, name: str, seen: frozenset[str]
    ) -> frozenset[Version]:
        """The versions the laptop holds whose text it shows: what replacing ``seen``
        replaces knowingly."""
        return frozenset(
            (act.change_id, name)
            for act in record.acts
            if act.texts.get(name) in seen and self.holds(laptop, act.change_id)
        )

    def shown(self, laptop: Laptop, cls: type[Record]) -> list[Tracked]:
        return [
            record
            for record in self.records.values()
            if record.cls is cls and laptop.store.get(cls, record.id) is not None
        ]

    def state(self, laptop: Laptop) -> tuple[object, ...]:
        """Everything the laptop holds: an act refused must leave it as it was."""
        (journal,) = laptop.conn.execute("SELECT count(*) FROM journal").fetchone()
        return (snapshot(laptop.store, self.event_id), journal)

    # --- acts, as the laptop's changes ------------------------------------------------

    def act(
        self,
        index: int,
        command: Command,
        *,
        resolves: bool = False,
        chooses: frozenset[UUID] = frozenset(),
    ) -> OpResult:
        laptop = self.laptops[index]
        before = self.seen(laptop)
        result = execute(laptop.store, command)
        self.record(laptop, before, result.changes, resolves=resolves, chooses=chooses)
        self.steps[index] = Step(result, resolves, before, self.seen(laptop))
        return result

    def record(
        self,
        laptop: Laptop,
        before: Seen,
        changes: tuple[Change, ...],
        *,
        resolves: bool = False,
        redoes: tuple[Change, ...] = (),
        chooses: frozenset[UUID] = frozenset(),
    ) -> None:
        """The acts ``changes`` made (``redoes``: the changes they make again)."""
        for i, change in enumerate(changes):
            cls = next((c for c in TYPED if c.record_type == change.record_type), None)
            if cls is None:
                continue
            record = self.records.setdefault(change.record_id, Tracked(cls, change.record_id))
            names = TYPED[cls]
            if change.kind is ChangeKind.DELETE:
                replaced = frozenset().union(
                    *(
                        self.shown_versions(laptop, record, name, before[(record.id, name)])
                        for name in names
                        if (record.id, name) in before
                    )
                )
                record.acts.append(Act(change.change_id, replaced=replaced, deletes=True))
                continue
            texts = {
                name: value
                for name, value in change.new_values().items()
                if name in names and isinstance(value, str) and value
            }
            replaced_now: set[Version] = set()
            for name in texts:
                seen = before.get((record.id, name))
                # An ordinary edit replaces the text only when it was the only version
                # shown; a resolution replaces every version shown.
                if seen is not None and (resolves or len(seen) == 1):
                    replaced_now |= self.shown_versions(laptop, record, name, seen)
            redone = redoes[i].change_id if redoes else None
            record.acts.append(
                Act(
                    change.change_id, texts, frozenset(replaced_now), redoes=redone, chooses=chooses
                )
            )

    def pick_record(self, laptop: Laptop, cls: type[Record], which: int) -> Tracked | None:
        shown = self.shown(laptop, cls)
        return shown[which % len(shown)] if shown else None

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
        """Two laptops that hold the same record both edit one of its texts before either
        has seen the other's edit, then meet: a conflict, which random travel rarely makes."""
        i, j = self.meet(first, second)
        shared = [
            record
            for record in self.shown(self.laptops[i], kind)
            if self.laptops[j].store.get(kind, record.id) is not None
        ]
        if not shared:
            return
        record = shared[which % len(shared)]
        for k in (i, j):
            self.edit(k, record, TYPED[kind][name % len(TYPED[kind])])
        self.meet(i, j)

    @rule(who=picks, which=picks)
    def edit_in_conflict(self, who: int, which: int) -> None:
        """An ordinary edit of a text in conflict: it keeps every version open."""
        index, laptop = self.laptop(who)
        open_ = [key for key, seen in self.seen(laptop).items() if len(seen) > 1]
        if open_:
            record_id, name = open_[which % len(open_)]
            self.edit(index, self.records[record_id], name)

    @rule(who=picks, which=picks, choose=st.booleans())
    def resolve(self, who: int, which: int, choose: bool) -> None:
        """A laptop resolves a conflict, choosing one version or typing its own text."""
        index, laptop = self.laptop(who)
        open_ = [(key, seen) for key, seen in self.seen(laptop).items() if len(seen) > 1]
        if not open_:
            return
        (record_id, name), seen = open_[which % len(open_)]
        record = self.records[record_id]
        text = sorted(seen)[which % len(seen)] if choose else self.new_text(laptop)
        command = ResolveConflict(
            record_type=record.cls.record_type, record_id=record_id, field=name, value=text
        )
        chosen = self.shown_versions(laptop, record, name, frozenset({text}))
        self.act(index, command, resolves=True, chooses=frozenset(v for v, _ in chosen))
        assert self.visible(laptop, record, name) == frozenset({text})

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

    # --- undo and redo ------------------------------------------------------------------

    @rule(who=picks)
    def undo_last(self, who: int) -> None:
        """A laptop undoes its last act. It types nothing: the act counts for nothing. The
        texts it set show as they did before it (the versions it kept or closed too)."""
        index, laptop = self.laptop(who)
        step = self.steps.get(index)
        if step is None or step.undone is not None:
            return
        before = self.state(laptop)
        try:
            undone = undo(laptop.store, step.result)
        except UndoRefusedError:
            assert self.state(laptop) == before  # another laptop changed it: nothing changes
            del self.steps[index]
            return
        for original, change in zip(reversed(step.result.changes), undone.changes, strict=True):
            record = self.records.get(change.record_id)
            if record is not None:
                # Undoing an addition takes the record away: it counts for nothing.
                deletes = change.kind is ChangeKind.DELETE
                record.acts.append(
                    Act(change.change_id, deletes=deletes, undoes=original.change_id)
                )
        step.undone = undone
        shown = self.seen(laptop)
        for key in step.retyped():
            assert shown[key] == step.before[key], (laptop.name, key, shown[key])

    @rule(who=picks)
    def redo_last(self, who: int) -> None:
        """Redo shows again what the act showed (the texts it set, exactly as right after
        it): it replaces what the act replaced."""
        index, laptop = self.laptop(who)
        step = self.steps.get(index)
        if step is None or step.undone is None:
            return
        before = self.state(laptop)
        seen = self.seen(laptop)
        try:
            redone = redo(laptop.store, step.result, step.undone)
        except UndoRefusedError:
            assert self.state(laptop) == before
            del self.steps[index]
            return
        self.record(
            laptop, seen, redone.changes, resolves=step.resolves, redoes=step.result.changes
        )
        step.result, step.undone = redone, None
        shown = self.seen(laptop)
        for key in step.retyped():
            assert shown[key] == step.after[key], (laptop.name, key, shown[key])

    # --- travel -----------------------------------------------------------------------

    @rule(who=picks)
    def sync(self, who: int) -> None:
        index, laptop = self.laptop(who)
        sync_event(laptop.store, self.event_id, self.folders[index])

    @rule(source=picks, to=picks)
    def pass_along(self, source: int, to: int) -> None:
        """One laptop syncs, its whole folder reaches another's, which syncs."""
        index, laptop = self.laptop(source)
        target, other = self.laptop(to)
        sync_event(laptop.store, self.event_id, self.folders[index])
        if index != target:
            shutil.copytree(self.folders[index], self.folders[target], dirs_exist_ok=True)
        sync_event(other.store, self.event_id, self.folders[target])

    def meet(self, first: int, second: int) -> tuple[int, int]:
        """Two different laptops (``second`` moved on if it is ``first``) pass their files
        to each other: after this each holds what the other did."""
        i, _ = self.laptop(first)
        j, _ = self.laptop(second)
        if i == j:
            j = (i + 1) % len(self.laptops)
        self.pass_along(i, j)
        self.pass_along(j, i)
        return i, j

    @rule(source=picks, to=picks, pick=picks, cut=st.one_of(st.none(), st.integers(1, 400)))
    def carry_a_file(self, source: int, to: int, pick: int, cut: int | None) -> None:
        """A sync tool moves one file, whenever it likes; with ``cut``, only its start."""
        origin = self.folders[source % len(self.folders)]
        carry_a_file(origin, self.folders[to % len(self.folders)], pick, cut)

    @rule(where=picks, pick=picks)
    def duplicate_a_file(self, where: int, pick: int) -> None:
        """A sync tool's conflict copy: the same changes again under another name."""
        duplicate_a_file(self.folders[where % len(self.folders)], pick)

    # --- the rules ----------------------------------------------------------------------

    @invariant()
    def nothing_typed_is_lost(self) -> None:
        for laptop in self.laptops:
            for record in self.records.values():
                if self.held(laptop, record):
                    continue  # waits here for its parent: shown once that arrives
                for name in TYPED[record.cls]:
                    self.check(laptop, record, name)

    def check(self, laptop: Laptop, record: Tracked, name: str) -> None:
        received = [act for act in record.acts if self.holds(laptop, act.change_id)]
        if not received or received[0] is not record.acts[0]:
            return  # its insert has not arrived here yet
        undone = {act.undoes for act in received if act.undoes is not None}
        counted = [act for act in received if act.change_id not in undone]
        replaced = {version for act in counted for version in act.replaced}
        for act in counted:
            # A resolution choosing a version types nothing: what replaced that version
            # knowingly (on a laptop that had not seen the conflict) replaced the choice.
            others = {v for other in counted if other is not act for v in other.replaced}
            if any((version, name) in others for version in act.chooses):
                replaced.add((act.change_id, name))
        for act in counted:  # in order: a redo of a redo follows it
            if act.redoes is not None and (act.redoes, name) in replaced:
                # A redo shows the act's text again: what replaced that knowingly (on
                # another laptop, while the act was undone here) replaced the redo's too.
                replaced.add((act.change_id, name))
        deleted = [act for act in counted if act.deletes]
        must_show = {
            act.texts[name]
            for act in counted
            if name in act.texts and (act.change_id, name) not in replaced
        }
        seen = self.visible(laptop, record, name)
        where = (laptop.name, record.cls.record_type, str(record.id), name)
        if seen is None:
            assert deleted and not must_show, (*where, must_show)
            return
        assert must_show <= seen, (*where, must_show - seen)

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

    def teardown(self) -> None:
        try:
            if self.laptops:
                everything_travels(self.laptops, self.event_id, self.folders)
                self.nothing_typed_is_lost()
                self.every_item_is_in_the_agenda()
                expected = snapshot(self.laptops[0].store, self.event_id)
                assert expected["sync_held"] == []
                for laptop in self.laptops[1:]:
                    assert snapshot(laptop.store, self.event_id) == expected
        finally:
            for laptop in self.laptops:
                laptop.close()
            self.temp.cleanup()
            self.no_fsync.stop()


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
