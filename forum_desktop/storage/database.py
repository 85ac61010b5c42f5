"""Opening the database: checks that never change a file, then pragmas and migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from forum_desktop.clock import Clock
from forum_desktop.storage.backups import BackupReason, Backups
from forum_desktop.storage.errors import (
    CorruptDatabaseError,
    DatabaseTooNewError,
    NotADatabaseError,
)
from forum_desktop.storage.migrations import MIGRATIONS, SCHEMA_VERSION
from forum_desktop.storage.search_index import index_pending_if_free

SQLITE_HEADER = b"SQLite format 3\x00"
WAL_AUTOCHECKPOINT_PAGES = 3000
"""SQLite copies the WAL into the database file (writes and an fsync) at the first commit
that finds it this long; its default is 1000 pages. An entry writes ~16 pages (its row,
its journal change, their indexes), so at 1000 every ~60th Enter paid a checkpoint: the
slowest captures (issue 24). The window checkpoints at each pause in typing instead
(``AppContext.after_pause``); this bounds the WAL (12 MB) when no pause comes. Not more:
while a fresh WAL grows, each commit's fsync also writes the file's new size."""
BUSY_TIMEOUT_MS = 10_000
"""How long a write waits, retrying, for another program's write lock before it gives up
with ``DatabaseBusyError`` (SQLite's busy handler retries with growing sleeps)."""


def inspect_database(path: Path) -> int:
    """Return the schema version of an existing database without changing a byte of it.

    Raises ``NotADatabaseError``, ``CorruptDatabaseError`` or ``DatabaseTooNewError``.
    A missing or empty file is version 0.
    """
    if not path.exists() or path.stat().st_size == 0:
        return 0
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise NotADatabaseError(path)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise CorruptDatabaseError(path, str(error)) from error
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise DatabaseTooNewError(path, version, SCHEMA_VERSION)
        if version == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            raise NotADatabaseError(path, foreign=True)  # tables, but none of ours
        problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as error:
        raise CorruptDatabaseError(path, str(error)) from error
    finally:
        conn.close()
    if problems != ["ok"]:
        raise CorruptDatabaseError(path, "; ".join(problems[:3]))
    return version


def connect(path: Path) -> sqlite3.Connection:
    """A connection with the app's settings. Transactions are managed explicitly.

    ``synchronous=FULL`` makes every commit durable across a power cut, not only a
    killed process (WAL's NORMAL would not be); see docs/performance.md for its cost.
    """
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that can only read ``path`` (an open database): for reads on a worker
    thread beside the window's own connection, which WAL lets go on writing meanwhile."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema up to date, one migration per transaction; returns the old version."""
    start = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if start > SCHEMA_VERSION:
        raise DatabaseTooNewError(Path(conn_path(conn)), start, SCHEMA_VERSION)
    for version in range(start, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in split_statements(MIGRATIONS[version]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return start


def open_database(path: Path, clock: Clock) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the database at ``path``, and index the
    entries whose search text waits.

    A database that needs migrating is backed up first.
    """
    version = inspect_database(path)
    if 0 < version < SCHEMA_VERSION:
        Backups(path, clock).create_from_file(BackupReason.MIGRATION)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = connect(path)
    try:
        migrate(conn)
        index_pending_if_free(conn)  # entries a crash or a capture left queued
    except BaseException:
        conn.close()
        raise
    return conn


def conn_path(conn: sqlite3.Connection) -> str:
    row = conn.execute("PRAGMA database_list").fetchone()
    return str(row[2])


def split_statements(script: str) -> list[str]:
    """Split a migration into statements (triggers hold ``;`` inside BEGIN … END).

    executescript() would commit our transaction, so statements run one by one.
    """
    statements: list[str] = []
    pending = ""
    for part in script.split(";"):
        pending += part + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                statements.append(pending.strip())
            pending = ""
    return statements
