"""Copies of the database made on a thread pool of their own: copying a large file takes
seconds, which the window must not wait for (a backup at start-up or after the change that
makes an hourly backup due, a rehearsal's copy).

The copy's content is fixed on the UI thread (``Backups.pin``, ``backups.pin``), so a
start-up backup holds the file as it was when the app started. Copies run one at a time
in their own pool, so photo work does not wait behind them and two never rotate the same
folder at once; ``wait_for_backups`` (the app's exit, a test's end) lets the last finish.
"""

from __future__ import annotations

import logging
import sqlite3

from PySide6.QtCore import QThreadPool

from forum_desktop.storage import BackupReason, Backups, StorageError

log = logging.getLogger(__name__)

_pool: QThreadPool | None = None


def backup_pool() -> QThreadPool:
    """One thread: copies run one at a time (``jobs.Job`` runs a rehearsal's here too)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


def back_up_in_background(backups: Backups, reason: BackupReason) -> None:
    """A failed backup is logged: it must not stop the day's work."""
    try:
        pending = backups.pin(reason)
    except (OSError, sqlite3.Error) as error:
        log.warning("%s backup failed: %s", reason, error)
        return

    def copy() -> None:
        try:
            pending.copy()
        except (OSError, sqlite3.Error) as error:
            log.warning("%s backup failed: %s", reason, error)

    backup_pool().start(copy)


KNOWN_FAILURES = (OSError, sqlite3.Error, StorageError)
"""What a copy meets that is not a bug: a full disk, a busy or unreadable file."""


def wait_for_backups() -> None:
    if _pool is not None:
        _pool.waitForDone()
