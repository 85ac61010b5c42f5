"""Simulated laptops for sync tests: each its own database, clock and device id."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar
from unittest.mock import patch
from uuid import UUID

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from forum_desktop.clock import FakeClock
from forum_desktop.models import RECORD_TYPES
from forum_desktop.models.base import Record
from forum_desktop.models.journal import Change, ChangeKind
from forum_desktop.notices import NoticeError
from forum_desktop.services.commands import Command, execute
from forum_desktop.services.conflicts import ResolveConflict
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.operations import OpResult, UndoRefusedError, redo, undo
from forum_desktop.storage import Store, open_database
from forum_desktop.sync.changefile import UNSYNCED_TYPES, change_files
from forum_desktop.sync.engine import sync_event

START = datetime(2022, 2, 23, 9, 0, tzinfo=UTC)
SYNCED_TABLES = sorted(set(RECORD_TYPES) - UNSYNCED_TYPES)
CLOCK_SKEWS = (0, 0, -90, 3600, -86_400)
"""How far a laptop's clock may be ahead (behind, if negative), in seconds: right, a
minute and a half slow, an hour fast, a day slow."""


@dataclass
class Laptop:
    name: str
    clock: FakeClock
    conn: sqlite3.Connection
    store: Store

    def close(self) -> None:
        self.conn.close()


def open_laptop(directory: Path, name: str, skew_seconds: float = 0) -> Laptop:
    directory.mkdir(parents=True, exist_ok=True)
    clock = FakeClock(START)
    clock.jump_wall(skew_seconds)
    conn = open_database(directory / f"{name}.sqlite3", clock)
    store = Store(conn, clock)
    store.set_profile(name=name)
    return Laptop(name, clock, conn, store)


def shared_from_elsewhere(root: Path, folder: Path, title: str = "Atelier de Thiès") -> UUID:
    """Awa, on another laptop under ``root``, makes an event and writes its changes into
    ``folder`` (what this laptop then joins); her laptop is closed again."""
    awa = open_laptop(root / "facilitator", "Awa")
    try:
        event_id: UUID = execute(awa.store, CreateEvent(title=title)).value
        sync_event(awa.store, event_id, folder)
    finally:
        awa.close()
    return event_id


def snapshot(store: Store, event_id: UUID) -> dict[str, list[tuple[Any, ...]]]:
    """Every synced table's rows, and the merge's conflict and held lists, sorted."""
    found = {
        table: sorted(store.conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
        for table in SYNCED_TABLES
    }
    for table in ("sync_conflict", "sync_held", "sync_revived"):
        found[table] = sorted(
            store.conn.execute(f"SELECT * FROM {table} WHERE event_id = ?", (str(event_id),)),
            key=repr,
        )
    return found


def fix_device_ids(laptops: Sequence[Laptop]) -> None:
    """Device ids 1, 2, 3…: clock ties break the same way when Hypothesis replays."""
    for i, laptop in enumerate(laptops):
        laptop.store.device_id = UUID(int=i + 1)
        laptop.store.set_setting("device_id", str(laptop.store.device_id))


def files_of(folder: Path) -> list[Path]:
    """The change files in a laptop's copy of the shared folder, relative to it."""
    return sorted(p.relative_to(folder) for p in folder.rglob("*.jsonl"))


def carry_a_file(origin: Path, target: Path, pick: int, cut: int | None) -> None:
    """A sync tool moves one file (the ``pick``-th) from one folder copy to another, whenever
    it likes; with ``cut``, only its start (that many bytes short). A file the target holds
    whole already is left alone."""
    available = files_of(origin)
    if not available or origin == target:
        return
    name = available[pick % len(available)]
    data = (origin / name).read_bytes()
    destination = target / name
    if destination.exists() and len(destination.read_bytes()) >= len(data):
        return
    destination.parent.mkdir(parents=True, exist_ok=True)
    destination.write_bytes(data if cut is None else data[: max(0, len(data) - cut)])


def duplicate_a_file(folder: Path, pick: int) -> None:
    """A sync tool's conflict copy: the same changes again under another name."""
    available = [p for p in files_of(folder) if ".copy" not in p.name]
    if not available:
        return
    name = available[pick % len(available)]
    copy = (folder / name).with_name(name.stem + ".copy.jsonl")
    shutil.copyfile(folder / name, copy)


def everything_travels(laptops: Sequence[Laptop], event_id: UUID, folders: Sequence[Path]) -> None:
    """Every laptop syncs with its folder and every folder gets every file, twice over, then
    each laptop syncs once more: after this, each laptop holds every change made anywhere."""
    for _ in range(2):
        for laptop, folder in zip(laptops, folders, strict=True):
            sync_event(laptop.store, event_id, folder)
        for source in folders:
            for target in folders:
                if source != target:
                    shutil.copytree(source, target, dirs_exist_ok=True)
    for laptop, folder in zip(laptops, folders, strict=True):
        sync_event(laptop.store, event_id, folder)


def share_event(laptops: Sequence[Laptop], event_id: UUID, folders: Sequence[Path]) -> None:
    """The first laptop's event reaches every laptop's folder copy and database."""
    for folder in folders:
        folder.mkdir(exist_ok=True)
    sync_event(laptops[0].store, event_id, folders[0])
    for laptop, folder in zip(laptops[1:], folders[1:], strict=True):
        shutil.copytree(folders[0], folder, dirs_exist_ok=True)
        sync_event(laptop.store, event_id, folder)


def carry_one_file(
    event_id: UUID, source: Path, target: Path, pick: int, twice: bool = False
) -> None:
    """A sync tool brings one change file from ``source`` to ``target``, in any order
    (again, if it had already); ``twice``: it also leaves a conflict copy of it (the same
    changes in a file of another name)."""
    available = sorted(path for _, path in change_files(source, event_id, []))
    if not available or source == target:
        return
    path = available[pick % len(available)]
    destination = target / path.relative_to(source)
    destination.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, destination)
    if twice:
        shutil.copyfile(path, destination.with_name(f"9{path.name[1:8]}-{'f' * 8}.jsonl"))


def pass_along(
    laptops: Sequence[Laptop], event_id: UUID, folders: Sequence[Path], source: int, to: int
) -> None:
    """Laptop ``source`` syncs, its whole folder reaches laptop ``to``'s, which syncs: two
    laptops then work on what both know (the races worth trying)."""
    source, to = source % len(laptops), to % len(laptops)
    sync_event(laptops[source].store, event_id, folders[source])
    if source != to:
        shutil.copytree(folders[source], folders[to], dirs_exist_ok=True)
    sync_event(laptops[to].store, event_id, folders[to])


@dataclass
class Step:
    """A laptop's last undoable act, as its undo stack holds it."""

    result: OpResult
    undone: OpResult | None = None
    """The undo's own changes while the act stands undone."""


class UndoStacks:
    """Each laptop's last act, undone and redone as the app's Edit menu does: a refused
    undo or redo (another laptop changed what it wrote since) must change nothing, and
    the step then leaves the stack."""

    def __init__(self) -> None:
        self.steps: dict[str, Step] = {}

    def act(self, laptop: Laptop, command: Command) -> OpResult | None:
        """Run ``command`` as one undo step; a refusal (a notice) writes nothing."""
        before = len(laptop.store.journal())
        try:
            result = execute(laptop.store, command)
        except NoticeError:
            assert len(laptop.store.journal()) == before
            return None
        if result.changes:
            self.steps[laptop.name] = Step(result)
        return result

    def undo(self, laptop: Laptop, event_id: UUID) -> OpResult | None:
        """Undo the laptop's last act; its result, or None when there was none to undo or
        the undo was refused."""
        step = self.steps.get(laptop.name)
        if step is None or step.undone is not None:
            return None
        before = snapshot(laptop.store, event_id)
        try:
            step.undone = undo(laptop.store, step.result)
        except UndoRefusedError:
            assert snapshot(laptop.store, event_id) == before
            del self.steps[laptop.name]
            return None
        return step.result

    def redo(self, laptop: Laptop, event_id: UUID) -> OpResult | None:
        """Redo the laptop's act it last undid; the redone changes, or None."""
        step = self.steps.get(laptop.name)
        if step is None or step.undone is None:
            return None
        before = snapshot(laptop.store, event_id)
        try:
            redone = redo(laptop.store, step.result, step.undone)
        except UndoRefusedError:
            assert snapshot(laptop.store, event_id) == before
            del self.steps[laptop.name]
            return None
        self.steps[laptop.name] = Step(redone)
        return redone


LAPTOP_PICK = st.integers(0, 3)
"""A laptop's index, taken modulo how many there are (2 to 4)."""


class FilesTravel(RuleBasedStateMachine):
    """The file rules every acts machine shares: a laptop syncs with its copy of the shared
    folder, a folder is passed along whole, one change file is carried in any order, late
    or twice. A machine sets ``laptops``, ``folders`` and ``event_id`` when it starts."""

    laptops: list[Laptop]
    folders: list[Path]
    event_id: UUID

    def laptop(self, index: int) -> Laptop:
        return self.laptops[index % len(self.laptops)]

    @rule(laptop=LAPTOP_PICK)
    def sync(self, laptop: int) -> None:
        index = laptop % len(self.laptops)
        sync_event(self.laptops[index].store, self.event_id, self.folders[index])

    @rule(source=LAPTOP_PICK, to=LAPTOP_PICK)
    def pass_along(self, source: int, to: int) -> None:
        pass_along(self.laptops, self.event_id, self.folders, source, to)

    @rule(source=LAPTOP_PICK, to=LAPTOP_PICK, which=st.integers(0, 1000), twice=st.booleans())
    def carry_a_file(self, source: int, to: int, which: int, twice: bool) -> None:
        origin = self.folders[source % len(self.folders)]
        carry_one_file(self.event_id, origin, self.folders[to % len(self.folders)], which, twice)


class UndoingLaptops(FilesTravel):
    """Also each laptop's undo and redo of its last act (``stacks``); the machine keeps its
    count of what acts made in ``count`` (``kept`` False: the act was undone)."""

    stacks: UndoStacks

    def count(self, result: OpResult, kept: bool) -> None:
        raise NotImplementedError  # each machine counts what its method's acts make

    @rule(laptop=LAPTOP_PICK)
    def undo(self, laptop: int) -> None:
        undone = self.stacks.undo(self.laptop(laptop), self.event_id)
        if undone is not None:
            self.count(undone, kept=False)

    @rule(laptop=LAPTOP_PICK)
    def redo(self, laptop: int) -> None:
        redone = self.stacks.redo(self.laptop(laptop), self.event_id)
        if redone is not None:
            self.count(redone, kept=True)

    @rule(laptop=LAPTOP_PICK, again=st.booleans())
    def undo_then_redo(self, laptop: int, again: bool) -> None:
        """Undo and redo at once (a redo rarely follows its undo when rules come at random),
        and with ``again`` undo once more: undo, redo, undo."""
        self.undo(laptop)
        self.redo(laptop)
        if again:
            self.undo(laptop)


# --- typed texts: "nothing anyone typed is lost" ------------------------------------------

PICK = st.integers(0, 11)
"""A choice among laptops or records, uniform modulo 2, 3 and 4 laptops."""

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
class TypedStep:
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


class TypingLaptops(RuleBasedStateMachine):
    """2 to 4 laptops type texts into records (``texts``: per kind of record, its typed
    fields), resolve conflicts, undo and redo their last act, while files travel one at a
    time, late, cut or twice. After every step, every text a laptop typed that reached
    another shows there, as the value or as an open conflict version, unless an act
    received there replaced it knowingly (an edit made while it was the only version
    shown, a clearing, a resolution, a delete) or the record waits for its parent. An
    undo types nothing and the act it took back counts for nothing; a redo shows the
    redone act's text again. Once everything travelled, all laptops hold the same.
    A machine sets ``event_id`` when it starts, and ``edit`` types into a record."""

    texts: ClassVar[dict[type[Record], tuple[str, ...]]]
    event_id: UUID

    def __init__(self) -> None:
        super().__init__()
        self.temp = tempfile.TemporaryDirectory()
        self.root = Path(self.temp.name)
        self.laptops: list[Laptop] = []
        self.folders: list[Path] = []
        self.records: dict[UUID, Tracked] = {}
        self.typed = 0
        self.steps: dict[int, TypedStep] = {}
        # Durability is tested elsewhere; here fsync would only make the disk the limit.
        self.no_fsync = patch("forum_desktop.sync.changefile.os.fsync")
        self.no_fsync.start()

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
            for name in self.texts[record.cls]:
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
        moves: bool = False,
    ) -> OpResult:
        """``moves``: the command moves texts typed before (a working language's swap): a
        text put back where it was before is no new typing (for the merge, a text back at
        its earlier value is no change, so another laptop's edit of it meanwhile wins)."""
        laptop = self.laptops[index]
        before = self.seen(laptop)
        noted = self.note(laptop)
        result = execute(laptop.store, command)
        self.record(laptop, before, result.changes, resolves=resolves, chooses=chooses, moves=moves)
        self.steps[index] = TypedStep(result, resolves, before, self.seen(laptop))
        self.acted(laptop, noted, typing=True)
        return result

    def note(self, laptop: Laptop) -> object:
        """What a machine notes on ``laptop`` before its own act, undo or redo, to compare
        with after it (``acted``): for what the per-field text rule does not cover."""
        return None

    def acted(self, laptop: Laptop, noted: object, typing: bool) -> None:
        """After the laptop's own act (``typing``), or its undo or redo; ``noted``: what
        ``note`` gave before it."""

    def record(
        self,
        laptop: Laptop,
        before: Seen,
        changes: tuple[Change, ...],
        *,
        resolves: bool = False,
        redoes: tuple[Change, ...] = (),
        chooses: frozenset[UUID] = frozenset(),
        moves: bool = False,
    ) -> None:
        """The acts ``changes`` made (``redoes``: the changes they make again; ``moves``:
        see ``act``)."""
        for i, change in enumerate(changes):
            cls = next((c for c in self.texts if c.record_type == change.record_type), None)
            if cls is None:
                continue
            record = self.records.setdefault(change.record_id, Tracked(cls, change.record_id))
            names = self.texts[cls]
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
            written = {
                name: value
                for name, value in change.new_values().items()
                if name in names and isinstance(value, str)
            }
            texts = {name: value for name, value in written.items() if value}
            if moves:  # a text put back where it was is no new typing
                texts = {
                    name: value
                    for name, value in texts.items()
                    if all(act.texts.get(name) != value for act in record.acts)
                }
            replaced_now: set[Version] = set()
            for name in written:
                seen = before.get((record.id, name))
                # An ordinary edit (a clearing too) replaces the text only when it was the
                # only version shown; a resolution replaces every version shown.
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

    def edit(self, index: int, record: Tracked, name: str) -> None:
        """Laptop ``index`` types a new text into field ``name`` of ``record``."""
        raise NotImplementedError  # each machine edits its records with their own commands

    def conflict_on(
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
            self.edit(k, record, self.texts[kind][name % len(self.texts[kind])])
        self.meet(i, j)

    @rule(who=PICK, which=PICK)
    def edit_in_conflict(self, who: int, which: int) -> None:
        """An ordinary edit of a text in conflict: it keeps every version open."""
        index, laptop = self.laptop(who)
        open_ = [key for key, seen in self.seen(laptop).items() if len(seen) > 1]
        if open_:
            record_id, name = open_[which % len(open_)]
            self.edit(index, self.records[record_id], name)

    @rule(who=PICK, which=PICK, choose=st.booleans())
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

    # --- undo and redo ------------------------------------------------------------------

    @rule(who=PICK)
    def undo_last(self, who: int) -> None:
        """A laptop undoes its last act. It types nothing: the act counts for nothing. The
        texts it set show as they did before it (the versions it kept or closed too)."""
        index, laptop = self.laptop(who)
        step = self.steps.get(index)
        if step is None or step.undone is not None:
            return
        before = self.state(laptop)
        noted = self.note(laptop)
        try:
            undone = undo(laptop.store, step.result)
        except UndoRefusedError:
            assert self.state(laptop) == before  # another laptop changed it: nothing changes
            del self.steps[index]
            return
        self.acted(laptop, noted, typing=False)
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

    @rule(who=PICK)
    def redo_last(self, who: int) -> None:
        """Redo shows again what the act showed (the texts it set, exactly as right after
        it): it replaces what the act replaced."""
        index, laptop = self.laptop(who)
        step = self.steps.get(index)
        if step is None or step.undone is None:
            return
        before = self.state(laptop)
        seen = self.seen(laptop)
        noted = self.note(laptop)
        try:
            redone = redo(laptop.store, step.result, step.undone)
        except UndoRefusedError:
            assert self.state(laptop) == before
            del self.steps[index]
            return
        self.acted(laptop, noted, typing=False)
        self.record(
            laptop, seen, redone.changes, resolves=step.resolves, redoes=step.result.changes
        )
        step.result, step.undone = redone, None
        shown = self.seen(laptop)
        for key in step.retyped():
            assert shown[key] == step.after[key], (laptop.name, key, shown[key])

    # --- travel -----------------------------------------------------------------------

    @rule(who=PICK)
    def sync(self, who: int) -> None:
        index, laptop = self.laptop(who)
        sync_event(laptop.store, self.event_id, self.folders[index])

    @rule(source=PICK, to=PICK)
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

    @rule(source=PICK, to=PICK, pick=PICK, cut=st.one_of(st.none(), st.integers(1, 400)))
    def carry_a_file(self, source: int, to: int, pick: int, cut: int | None) -> None:
        """A sync tool moves one file, whenever it likes; with ``cut``, only its start."""
        origin = self.folders[source % len(self.folders)]
        carry_a_file(origin, self.folders[to % len(self.folders)], pick, cut)

    @rule(where=PICK, pick=PICK)
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
                for name in self.texts[record.cls]:
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

    def after_travel(self) -> None:
        """What a machine also checks once everything has travelled."""

    def teardown(self) -> None:
        try:
            if self.laptops:
                everything_travels(self.laptops, self.event_id, self.folders)
                self.nothing_typed_is_lost()
                self.after_travel()
                expected = snapshot(self.laptops[0].store, self.event_id)
                assert expected["sync_held"] == []
                for laptop in self.laptops[1:]:
                    assert snapshot(laptop.store, self.event_id) == expected
        finally:
            for laptop in self.laptops:
                laptop.close()
            self.temp.cleanup()
            self.no_fsync.stop()
