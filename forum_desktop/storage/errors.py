"""Storage problems a user can act on, each with a message saying what to do.

Anything else that goes wrong in storage is a bug and is left to propagate.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

SQLITE_BUSY_CODES = frozenset({5, 6})
"""SQLITE_BUSY and SQLITE_LOCKED (extended codes keep them in their low byte)."""
SQLITE_READONLY = 8
SQLITE_FULL = 13


def _primary_code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def is_busy(error: sqlite3.Error) -> bool:
    """Whether SQLite gave up waiting for another connection's lock (after the busy
    timeout: ``database.BUSY_TIMEOUT_MS``)."""
    return _primary_code(error) in SQLITE_BUSY_CODES


def is_disk_full(error: sqlite3.Error) -> bool:
    """Whether SQLite could not write for want of space."""
    return _primary_code(error) == SQLITE_FULL


def is_read_only(error: sqlite3.Error) -> bool:
    """Whether SQLite refused a write because the file (or its folder) cannot be written."""
    return _primary_code(error) == SQLITE_READONLY


class StorageError(Exception):
    """A known storage problem; ``str()`` is the message for the user."""


class NotADatabaseError(StorageError):
    """Not ours: not SQLite at all, or another program's SQLite file (``foreign``)."""

    def __init__(self, path: Path, *, foreign: bool = False) -> None:
        what = "another program's SQLite file" if foreign else "it is not an SQLite file"
        super().__init__(
            f"{path} is not a Forum Desktop database ({what}). "
            "Choose another file with --db, or restore a backup. The file was not changed."
        )
        self.path = path
        self.foreign = foreign


class CorruptDatabaseError(StorageError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            f"The database {path} is damaged ({detail}). Restore a backup "
            "(File ▸ Restore backup, or copy one from the backups folder). "
            "The damaged file was not changed."
        )
        self.path = path
        self.detail = detail


class DatabaseTooNewError(StorageError):
    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(
            f"The database {path} was written by a newer version of Forum Desktop "
            f"(schema {found}; this version knows up to {supported}). Update Forum Desktop "
            "to open it. The file was not changed."
        )
        self.path = path
        self.found = found
        self.supported = supported


class DiskFullError(StorageError):
    def __init__(self) -> None:
        super().__init__(
            "The disk is full, so the last change was not saved. Free some space and try "
            "again; everything saved before is intact."
        )


class DatabaseBusyError(StorageError):
    """Another program held the write lock for longer than the retry bound."""

    def __init__(self) -> None:
        super().__init__("the database is busy (another program is writing to it); try again")


class AlreadyRunningError(StorageError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"Forum Desktop is already open on {path}. Switch to that window, or open "
            "another database with --db."
        )
        self.path = path


class RecordNotFoundError(StorageError):
    def __init__(self, record_type: str, record_id: object) -> None:
        super().__init__(f"No {record_type.replace('_', ' ')} with id {record_id} exists.")
        self.record_type = record_type
        self.record_id = record_id


def raise_known(error: sqlite3.Error) -> None:
    """Raise the problem a user can act on that ``error`` is (a full disk, a file another
    program holds); return when it is neither, for the caller to re-raise."""
    if is_disk_full(error):
        raise DiskFullError() from error
    if is_busy(error):
        raise DatabaseBusyError() from error
