"""Helpers shared by the storage and service tests."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from forum_desktop.models import RECORD_TYPES
from forum_desktop.storage import Store

Snapshot = dict[str, list[dict[str, Any]]]

OLD_MTIME_NS = 1_500_000_000 * 10**9
"""A modification time long past, set before a check so an unchanged one means something."""


def snapshot(store: Store) -> Snapshot:
    """Every record of every record type, as dumped by the model, sorted by id."""
    return {
        name: [record.model_dump() for record in store.select(cls, order_by="id")]
        for name, cls in RECORD_TYPES.items()
    }


def file_state(path: Path) -> tuple[bytes, int]:
    """The bytes and modification time of a file."""
    return path.read_bytes(), path.stat().st_mtime_ns


def age(path: Path) -> tuple[bytes, int]:
    """Give ``path`` an old modification time and return its state."""
    os.utime(path, ns=(OLD_MTIME_NS, OLD_MTIME_NS))
    return file_state(path)


def read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def user_version(path: Path) -> int:
    conn = read_only(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def tables(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {row[0] for row in rows}


def count(conn: sqlite3.Connection, table: str) -> int:
    (n,) = conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()
    return int(n)
