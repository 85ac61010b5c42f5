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

from forum_desktop.clock import FakeClock
from forum_desktop.models import RECORD_TYPES
from forum_desktop.storage import Store, open_database
from forum_desktop.sync.changefile import UNSYNCED_TYPES
from forum_desktop.sync.engine import sync_event

START = datetime(2022, 2, 23, 9, 0, tzinfo=UTC)
SYNCED_TABLES = sorted(set(RECORD_TYPES) - UNSYNCED_TYPES)


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
