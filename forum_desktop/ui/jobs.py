"""Work the window must not wait for, on a worker thread: a large file copied (a
rehearsal's), a large document imported. A ``Job`` is made on the UI thread, so its
signals arrive there; the caller connects them, then starts it on a pool."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
"""Told (done, in all) as the work goes."""


class Job(QObject):
    progress = Signal(int, int)
    """(done, in all), as the work reports it."""
    done = Signal(object)
    """What the work returned."""
    failed = Signal(object)
    """The exception it raised; one not ``expected`` is a bug, already logged."""

    def __init__(
        self, work: Callable[[Progress], object], expected: tuple[type[Exception], ...]
    ) -> None:
        super().__init__()
        self._work = work
        self._expected = expected
        self.ended = False
        """Whether the window has heard how the work ended: set after the slots the
        caller connected have run (``start`` connects it last)."""

    def _end(self, _: object) -> None:
        self.ended = True

    def start(self, pool: QThreadPool) -> None:
        # Slots run in the order they were connected: the caller's have run when this runs.
        self.done.connect(self._end)
        self.failed.connect(self._end)

        # The closure keeps this object alive until the worker has sent its last signal.
        def run() -> None:
            try:
                result = self._work(self.progress.emit)
            except Exception as error:
                if not isinstance(error, self._expected):
                    log.exception("work off the window's thread failed")
                self.failed.emit(error)
                return
            self.done.emit(result)

        pool.start(run)
