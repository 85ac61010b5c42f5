"""Rotating copies of the database, made with SQLite's backup API (never a file copy).

A backup is named ``<stem>-<UTC time>-<reason>.sqlite3`` in the backups folder beside
the database; names carry no ``:`` so they survive FAT-formatted USB sticks.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path

from forum_desktop.clock import Clock
from forum_desktop.paths import backup_dir_for


class BackupReason(StrEnum):
    START = "start"
    HOURLY = "hourly"
    MIGRATION = "before-migration"
    RESTORE = "before-restore"


KEEP: dict[BackupReason, int] = {
    BackupReason.START: 5,
    BackupReason.HOURLY: 24,
    BackupReason.MIGRATION: 10,
    BackupReason.RESTORE: 5,
}
"""How many backups of each reason are kept; older ones are deleted."""

HOURLY_INTERVAL = timedelta(hours=1)
_STAMP = "%Y%m%dT%H%M%S%fZ"


@dataclass(frozen=True)
class Backup:
    path: Path
    created_at: datetime
    reason: BackupReason


class Backups:
    """The backups of one database file."""

    def __init__(self, database: Path, clock: Clock) -> None:
        self.database = database
        self.folder = backup_dir_for(database)
        self._clock = clock
        self._last_hourly: datetime | None = None

    def create(
        self, source: sqlite3.Connection, reason: BackupReason, created: datetime | None = None
    ) -> Backup:
        """Copy the open database ``source`` consistently, then rotate old copies.
        ``created`` names the copy (default: now)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        created = (created or self._clock.now()).astimezone(UTC)
        target = self._path_for(created, reason)
        while target.exists():  # never overwrite a backup made in the same instant
            created += timedelta(microseconds=1)
            target = self._path_for(created, reason)
        copy_database(source, target)
        self._rotate(reason)
        return Backup(target, created, reason)

    def _path_for(self, created: datetime, reason: BackupReason) -> Path:
        return self.folder / f"{self.database.stem}-{created.strftime(_STAMP)}-{reason}.sqlite3"

    def create_from_file(self, reason: BackupReason) -> Backup:
        """Back up the database file itself, opened read-only (used before migrating)."""
        source = _open_read_only(self.database)
        try:
            return self.create(source, reason)
        finally:
            source.close()

    def pin(self, reason: BackupReason) -> PendingBackup:
        """A backup of the file as it is now, to be copied later on any thread: a read-only
        connection holds this moment's content (WAL: writes go on meanwhile, unseen)."""
        return PendingBackup(self, pin(self.database), reason, self._clock.now())

    def hourly_due(self) -> bool:
        """Whether the last hourly backup is an hour old (call after each change); a
        true answer counts as the hour's backup made."""
        now = self._clock.now()
        if self._last_hourly is None:
            existing = [b for b in self.list() if b.reason is BackupReason.HOURLY]
            self._last_hourly = (
                existing[0].created_at if existing else datetime.min.replace(tzinfo=UTC)
            )
        if now - self._last_hourly < HOURLY_INTERVAL:
            return False
        self._last_hourly = now
        return True

    def list(self) -> list[Backup]:
        """Every backup of this database, newest first."""
        found = []
        prefix = f"{self.database.stem}-"
        for path in self.folder.glob(f"{prefix}*.sqlite3"):
            stamp, _, reason = path.stem[len(prefix) :].partition("-")
            try:
                created = datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
                found.append(Backup(path, created, BackupReason(reason)))
            except ValueError:
                continue  # not one of ours
        return sorted(found, key=lambda b: b.created_at, reverse=True)

    def restore_into(self, live: sqlite3.Connection, backup: Backup) -> Backup:
        """Replace the open database's content with ``backup``; the current state is kept aside."""
        kept = self.create(live, BackupReason.RESTORE)
        source = _open_read_only(backup.path)
        try:
            source.backup(live)
        finally:
            source.close()
        return kept

    def restore_over_unreadable(self, backup: Backup) -> Path:
        """Put ``backup`` in place of a database that cannot be opened.

        The unreadable file (and its WAL files) is renamed aside, never deleted;
        returns where it went.
        """
        stamp = self._clock.now().astimezone(UTC).strftime(_STAMP)
        aside = self.database.with_name(f"{self.database.name}.unreadable-{stamp}")
        if self.database.exists():
            self.database.replace(aside)
        for suffix in ("-wal", "-shm"):
            sidecar = self.database.with_name(self.database.name + suffix)
            if sidecar.exists():
                sidecar.replace(aside.with_name(aside.name + suffix))
        source = _open_read_only(backup.path)
        target = sqlite3.connect(self.database)
        try:
            source.backup(target)
        finally:
            target.close()
            source.close()
        return aside

    def _rotate(self, reason: BackupReason) -> None:
        same = [b for b in self.list() if b.reason is reason]
        for old in same[KEEP[reason] :]:
            with contextlib.suppress(FileNotFoundError):
                old.path.unlink()


class PendingBackup:
    """A backup whose content was fixed by ``Backups.pin``; ``copy`` writes it, once,
    from any thread (a large file takes seconds: not on the UI thread)."""

    def __init__(
        self, backups: Backups, source: sqlite3.Connection, reason: BackupReason, at: datetime
    ) -> None:
        self._backups = backups
        self._source = source
        self.reason = reason
        self._at = at

    def copy(self) -> Backup:
        try:
            return self._backups.create(self._source, self.reason, self._at)
        finally:
            self._source.close()  # ends the read that held the content


def pin(database: Path) -> sqlite3.Connection:
    """A read-only connection, usable from any thread, whose open read holds the file's
    content as it is now (WAL: writes go on meanwhile, unseen); ``copy_database`` writes
    that content out later, on another thread, and the caller then closes it."""
    source = _open_read_only(database, any_thread=True)
    try:
        source.execute("BEGIN")
        source.execute("SELECT count(*) FROM sqlite_schema").fetchone()  # fixes the content
    except sqlite3.Error:
        source.close()
        raise
    return source


COPY_STEP_PAGES = 256
"""Pages copied between two progress reports (1 MiB of 4 KiB pages)."""


class CopyCancelledError(Exception):
    """The copy was stopped at the caller's request; nothing of it is left at the target."""


def copy_database(
    source: sqlite3.Connection,
    target: Path,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> None:
    """A consistent copy of the open database ``source`` at ``target`` (SQLite's backup),
    written beside it first, so a failed copy (a full disk) leaves nothing at ``target``.
    ``progress`` hears (pages copied, pages in all) after each step of the copy; ``cancel``
    set (from any thread) stops it at the next step, or discards it if it is done: then
    ``CopyCancelledError``, and nothing is left at ``target`` nor beside it."""
    partial = target.with_suffix(".partial")

    def step(_status: int, left: int, total: int) -> None:
        # Raising here makes sqlite3 abandon the backup between two steps.
        if cancel is not None and cancel.is_set():
            raise CopyCancelledError
        if progress is not None:
            progress(total - left, total)

    try:
        dest = sqlite3.connect(partial)
        try:
            if progress is None and cancel is None:
                source.backup(dest)
            else:
                source.backup(dest, pages=COPY_STEP_PAGES, progress=step)
        finally:
            dest.close()
        if cancel is not None and cancel.is_set():  # after the last step: still unwanted
            raise CopyCancelledError
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _open_read_only(path: Path, *, any_thread: bool = False) -> sqlite3.Connection:
    # A file URI needs an absolute path; the database may be given relative (--db).
    # isolation_level=None: the pinning BEGIN is ours, the module must not add its own.
    return sqlite3.connect(
        f"{path.resolve().as_uri()}?mode=ro",
        uri=True,
        check_same_thread=not any_thread,
        isolation_level=None,
    )
