"""Simulated laptops for sync tests: each its own database, clock and device id."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, rule

from forum_desktop.clock import FakeClock
from forum_desktop.models import RECORD_TYPES
from forum_desktop.notices import NoticeError
from forum_desktop.services.commands import Command, execute
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
