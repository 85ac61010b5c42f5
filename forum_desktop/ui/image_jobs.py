"""Image work (decoding, scaling, encoding) on Qt's thread pool, results back on the UI thread.

A decoded 12-megapixel photo takes a few hundred milliseconds: done on the UI thread it
would freeze the window. Jobs run in the global ``QThreadPool``; each result (or the
exception it raised) comes back through one long-lived relay's ``finished`` signal,
with the key the job was started under, so a listener that has gone away misses nothing
that matters and a running job never talks to a deleted object.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable

from PySide6.QtCore import QObject, QThreadPool, Signal

log = logging.getLogger(__name__)


class JobRelay(QObject):
    finished = Signal(object, object)
    """(key, result): the job's return value, or the exception it raised."""


_relay: JobRelay | None = None


def relay() -> JobRelay:
    """The relay, created on first use by the UI thread (so its signals arrive there)."""
    global _relay
    if _relay is None:
        _relay = JobRelay()
    return _relay


def start_job(key: Hashable, work: Callable[[], object]) -> None:
    finished = relay().finished

    def run() -> None:
        try:
            result: object = work()
        except Exception as error:  # logged here, handed to the UI thread, which shows it
            log.exception("image job %r failed", key)
            result = error
        finished.emit(key, result)

    QThreadPool.globalInstance().start(run)


def wait_for_jobs() -> None:
    """Let running jobs end (before the app exits or a test's widgets go)."""
    QThreadPool.globalInstance().waitForDone()
