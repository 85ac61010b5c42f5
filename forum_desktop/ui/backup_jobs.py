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
from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal

from forum_desktop.storage import BackupReason, Backups, StorageError

log = logging.getLogger(__name__)

_pool: QThreadPool | None = None


def _backup_pool() -> QThreadPool:
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

    _backup_pool().start(copy)


Progress = Callable[[int, int], None]
"""Told (done, in all) as a copy goes."""

KNOWN_FAILURES = (OSError, sqlite3.Error, StorageError)
"""What a copy meets that is not a bug: a full disk, a busy or unreadable file."""


class CopyJob(QObject):
    """A copy of pinned content and what follows it (a rehearsal's), on the backups' pool.
    Made on the UI thread, so its signals arrive there."""

    progress = Signal(int, int)
    """(done, in all), as the work reports it."""
    done = Signal(object)
    """What the work returned."""
    failed = Signal(object)
    """The exception it raised; one not in ``KNOWN_FAILURES`` is a bug, already logged."""

    def __init__(self, work: Callable[[Progress], object]) -> None:
        super().__init__()
        self._work = work

    def start(self) -> None:
        # The closure keeps this object alive until the worker has sent its last signal.
        def run() -> None:
            try:
                result = self._work(self.progress.emit)
            except Exception as error:
                if not isinstance(error, KNOWN_FAILURES):
                    log.exception("a copy of the database failed")
                self.failed.emit(error)
                return
            self.done.emit(result)

        _backup_pool().start(run)


def wait_for_backups() -> None:
    if _pool is not None:
        _pool.waitForDone()
