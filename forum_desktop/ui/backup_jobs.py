"""Backups copied on Qt's thread pool: copying a large file takes seconds, which the window
must not wait for (at start-up, or after the change that makes an hourly backup due).

The backup's content is fixed on the UI thread before anything else is written
(``Backups.pin``), so a start-up backup holds the file as it was when the app started.
``image_jobs.wait_for_jobs`` (the app's exit) waits for the copy too.
"""

from __future__ import annotations

import logging
import sqlite3

from PySide6.QtCore import QThreadPool

from forum_desktop.storage import BackupReason, Backups

log = logging.getLogger(__name__)


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

    QThreadPool.globalInstance().start(copy)
