"""Keeping shared events merged: on demand, when files arrive, and after local changes.

A merge runs on a worker thread with its own database connection (SQLite lets the
window keep reading and writing meanwhile); the window reloads when it brought changes.
Whatever a job raises is logged on the worker and reported on the UI thread (the status
line, and the error dialog for a bug); the event goes on syncing.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import QFileSystemWatcher, QObject, QRunnable, QThreadPool, QTimer, Signal

from forum_desktop.clock import Clock
from forum_desktop.files import WriteError, read_at_most, write_atomically
from forum_desktop.storage import StorageError, Store, open_database
from forum_desktop.sync.awaited import (
    awaited_events,
    ever_held,
    folder_setting,
    shared_folders,
)
from forum_desktop.sync.changefile import event_dir
from forum_desktop.sync.share import prepare_folder
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.errors import show_unexpected
from forum_desktop.ui.messages import fill
from forum_desktop.ui.notice_texts import notice_text

if TYPE_CHECKING:
    from forum_desktop.sync.engine import SyncReport

log = logging.getLogger(__name__)

QUIET_MS = 1500
"""Files and edits come in bursts: merge once they pause."""


def index_quietly(store: Store) -> None:
    """Index, on a worker, the entries a merge or an import brought, rather than in the
    window's pauses; the work is done and committed whatever happens here (a busy or full
    disk: the next pause or search indexes them)."""
    try:
        store.index_search()
    except (StorageError, sqlite3.OperationalError) as error:
        log.warning("search index not updated after the merge: %s", error)


class _Signals(QObject):
    done = Signal(object, object)  # event id, SyncReport
    failed = Signal(object, str)  # event id, message
    crashed = Signal(object, object)  # event id, the exception (a bug), already logged


class _SyncJob(QRunnable):
    def __init__(self, database: Path, clock: Clock, event_id: UUID, folder: Path) -> None:
        super().__init__()
        self.signals = _Signals()
        self._database, self._clock = database, clock
        self._event_id, self._folder = event_id, folder

    def run(self) -> None:
        # The merge's code loads with the first merge, on this worker: start-up skips it.
        from forum_desktop.sync.engine import sync_event

        try:
            conn = open_database(self._database, self._clock)
            try:
                store = Store(conn, self._clock)
                report = sync_event(store, self._event_id, self._folder)
                index_quietly(store)  # the entries merged in, here rather than in the window
            finally:
                conn.close()
        except (OSError, StorageError) as error:
            log.warning("sync of %s failed: %s", self._event_id, error)
            self.signals.failed.emit(self._event_id, str(error))
            return
        except Exception as error:  # a bug: the UI thread shows it, the event syncs again
            log.exception("sync of %s failed", self._event_id)
            self.signals.crashed.emit(self._event_id, error)
            return
        self.signals.done.emit(self._event_id, report)


class _BundleSignals(QObject):
    done = Signal(object, object)  # event id, SyncReport (None for an export)
    failed = Signal(str)
    crashed = Signal(object)  # the exception (a bug), already logged


class _BundleJob(QRunnable):
    """Export an event to a bundle file, or import one, on its own connection."""

    def __init__(self, database: Path, clock: Clock, path: Path, event_id: UUID | None) -> None:
        super().__init__()
        self.signals = _BundleSignals()
        self._database, self._clock = database, clock
        self._path, self._event_id = path, event_id

    def run(self) -> None:
        from forum_desktop.sync.bundle import (
            MAX_BUNDLE_BYTES,
            BundleError,
            export_bundle,
            import_bundle,
        )

        try:
            conn = open_database(self._database, self._clock)
            try:
                store = Store(conn, self._clock)
                if self._event_id is not None:
                    write_atomically(self._path, export_bundle(store, self._event_id))
                    self.signals.done.emit(self._event_id, None)
                    return
                data = read_at_most(self._path, MAX_BUNDLE_BYTES)
                event_id, report = import_bundle(store, data)
                index_quietly(store)  # the entries brought in, here rather than in the window
            finally:
                conn.close()
        # A refused bundle, or its file not written (why, naming it): the UI's language;
        # translate() is thread-safe.
        except (BundleError, WriteError) as error:
            self.signals.failed.emit(notice_text(error.notice))
            return
        except (OSError, StorageError) as error:
            message = error.strerror if isinstance(error, OSError) else None
            self.signals.failed.emit(f"{self._path}: {message or error}")
            return
        except Exception as error:  # a bug: the UI thread shows it
            log.exception("bundle job on %s failed", self._path)
            self.signals.crashed.emit(error)
            return
        self.signals.done.emit(event_id, report)


class SyncController(QObject):
    """The shared folder of each shared event, its watcher, and the last merge's report."""

    status_changed = Signal(object)
    """An event id whose sync status changed."""
    bundle_done = Signal(object, object)
    """A bundle written (event id, None) or imported (event id, SyncReport)."""
    bundle_failed = Signal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.reports: dict[UUID, SyncReport] = {}
        self.errors: dict[UUID, str] = {}
        self.moved: dict[UUID, tuple[int, int]] = {}
        """Changes in and out per event since the window opened."""
        self.awaited = awaited_events(context.store)
        """Events joined before this window opened whose changes had not come in, with
        their folder (those joined since are awaited too: ``sync_all`` reads them)."""
        self._closed = False
        self._running: set[UUID] = set()
        self._again: set[UUID] = set()
        self._jobs: dict[UUID, _SyncJob] = {}
        self._bundles: set[_BundleJob] = set()
        self._pool = QThreadPool(self)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._arrived)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(QUIET_MS)
        self._timer.timeout.connect(self.sync_all)
        context.changed.connect(self._changed)
        # Every event shared here, also one deleted here: its delete goes out like any
        # change, and an edit another laptop made meanwhile brings it back here.
        for event_id, folder in shared_folders(context.store).items():
            if event_id in self.awaited:
                if self._watch_if_there(event_id, folder):  # a stick not plugged in: not yet
                    self.sync(event_id)  # changes may have come while the app was closed
            elif folder.is_dir():
                self._watch(event_id, folder)

    def forget(self, folder: Path, event_ids: list[UUID]) -> None:
        """Stop watching events no longer awaited from ``folder`` (their setting is gone)."""
        for event_id in event_ids:
            self.awaited.pop(event_id, None)
            ops = str(event_dir(folder, event_id) / "ops")
            watched = [p for p in self._watcher.directories() if p.startswith(ops)]
            if watched:
                self._watcher.removePaths(watched)

    def merging(self, event_ids: list[UUID]) -> bool:
        """Whether a merge of one of ``event_ids`` is running (or queued) now."""
        return any(event_id in self._running for event_id in event_ids)

    def folder_of(self, event_id: UUID) -> Path | None:
        value = self.context.store.setting(folder_setting(event_id))
        return None if value is None else Path(value)

    def share(self, event_id: UUID, folder: Path) -> None:
        """Share the event through ``folder`` from now on, and merge at once."""
        self.context.store.set_setting(folder_setting(event_id), str(folder))
        prepare_folder(folder)
        self._watch(event_id, folder)
        self.sync(event_id)

    def sync(self, event_id: UUID) -> None:
        folder = self.folder_of(event_id)
        if folder is None or self._closed:
            return
        if event_id in self._running:
            self._again.add(event_id)
            return
        self._running.add(event_id)
        job = _SyncJob(self.context.database, self.context.store.clock, event_id, folder)
        job.setAutoDelete(False)
        job.signals.done.connect(self._done)
        job.signals.failed.connect(self._failed)
        job.signals.crashed.connect(self._crashed)
        self._jobs[event_id] = job
        self._pool.start(job)

    def export_bundle(self, event_id: UUID, path: Path) -> None:
        self._start_bundle(
            _BundleJob(self.context.database, self.context.store.clock, path, event_id)
        )

    def import_bundle(self, path: Path) -> None:
        self._start_bundle(_BundleJob(self.context.database, self.context.store.clock, path, None))

    def _start_bundle(self, job: _BundleJob) -> None:
        job.setAutoDelete(False)  # kept until it reports, so its signals outlive run()
        job.signals.done.connect(lambda event_id, report: self._bundle_done(job, event_id, report))
        job.signals.failed.connect(lambda message: self._bundle_failed(job, message))
        job.signals.crashed.connect(lambda error: self._bundle_crashed(job, error))
        self._bundles.add(job)
        self._pool.start(job)

    def _bundle_done(self, job: _BundleJob, event_id: UUID, report: SyncReport | None) -> None:
        self._bundles.discard(job)
        if report is not None and report.received:
            self.context.merged()
        self.bundle_done.emit(event_id, report)

    def _bundle_failed(self, job: _BundleJob, message: str) -> None:
        self._bundles.discard(job)
        self.bundle_failed.emit(message)

    def _bundle_crashed(self, job: _BundleJob, error: Exception) -> None:
        self._bundles.discard(job)
        self.bundle_failed.emit(str(error) or type(error).__name__)
        show_unexpected(error)

    def sync_all(self) -> None:
        # Every event shared here, not only those listed: one joined before any laptop's
        # changes reached the folder is not listed yet (its merges go on until they bring
        # it in, in this window or a later one), nor is one deleted here. An awaited
        # event's folder missing (a stick not plugged in) is no error: nothing can come.
        store = self.context.store
        for event_id, folder in shared_folders(store).items():
            if folder.is_dir() or ever_held(store, event_id):
                self.sync(event_id)

    def status(self, event_id: UUID) -> str:
        """One line for the user: laptops seen, changes in and out, open conflicts."""
        if event_id in self.errors:
            return self.tr("Could not sync: %1").replace("%1", self.errors[event_id])
        report = self.reports.get(event_id)
        if report is None:
            return self.tr("Not merged yet.") if self.folder_of(event_id) else ""
        text = fill(
            self.tr("Laptops seen: %1 · changes in: %2, out: %3 · unresolved conflicts: %4"),
            str(len(report.devices)),
            str(self.moved[event_id][0]),
            str(self.moved[event_id][1]),
            str(report.conflicts),
        )
        if report.held:
            text += " · " + self.tr("waiting for records: %1").replace("%1", str(report.held))
        if report.problems:
            # What the folder should not hold (a bad line, a link, a pipe) was passed by;
            # the first one is named so that someone can remove it.
            text += "\n" + self.tr(
                "%n thing(s) in the shared folder skipped, such as: %1", "", len(report.problems)
            ).replace("%1", report.problems[0])
        for warning in report.clock_warnings[:1]:
            text += "\n" + notice_text(warning)
        return text

    def wait(self) -> None:
        """Closing the window: stop watching and let running merges finish. A closed
        window merges no more (a file arriving later would reach a closed database)."""
        self._closed = True
        self._timer.stop()
        watched = self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        self._pool.waitForDone()

    def _changed(self, _result: object) -> None:
        self._soon()  # write this laptop's edits out once they pause

    def _soon(self) -> None:
        if not self._closed:
            self._timer.start()

    def _watch(self, event_id: UUID, folder: Path) -> None:
        ops = event_dir(folder, event_id) / "ops"
        ops.mkdir(parents=True, exist_ok=True)
        wanted = [str(ops), *(str(p) for p in ops.iterdir() if p.is_dir())]
        missing = [path for path in wanted if path not in self._watcher.directories()]
        if missing:
            self._watcher.addPaths(missing)

    def _watch_if_there(self, event_id: UUID, folder: Path) -> bool:
        """Watch the event's folder when it is there; whether it is."""
        if not folder.is_dir():
            return False
        if self._closed:
            return True
        try:
            self._watch(event_id, folder)
        except OSError as error:  # a read-only share: merges on edits and on demand still run
            log.warning("not watching %s: %s", folder, error)
        return True

    def _arrived(self, path: str) -> None:
        if self._closed:  # reported just before the window closed
            return
        directory = Path(path)
        if directory.name == "ops" and directory.is_dir():  # a new laptop's folder appeared
            new = [str(p) for p in directory.iterdir() if p.is_dir()]
            missing = [p for p in new if p not in self._watcher.directories()]
            if missing:
                self._watcher.addPaths(missing)
        self._soon()

    def _finish(self, event_id: UUID) -> None:
        self._running.discard(event_id)
        self._jobs.pop(event_id, None)
        if event_id in self._again:
            self._again.discard(event_id)
            self.sync(event_id)

    def _done(self, event_id: UUID, report: SyncReport) -> None:
        self.reports[event_id] = report
        self.errors.pop(event_id, None)
        moved_in, moved_out = self.moved.get(event_id, (0, 0))
        self.moved[event_id] = (moved_in + report.received, moved_out + report.sent)
        if report.reidentified is not None:
            self.context.store.device_id = report.reidentified
        if report.received:
            self.context.merged()  # undo steps stay; each checks for others' changes
        folder = self.folder_of(event_id)
        if folder is not None:  # perhaps missing when the window opened
            self._watch_if_there(event_id, folder)
        self._finish(event_id)
        self.status_changed.emit(event_id)

    def _failed(self, event_id: UUID, message: str) -> None:
        self.errors[event_id] = message
        self._finish(event_id)
        self.status_changed.emit(event_id)

    def _crashed(self, event_id: UUID, error: Exception) -> None:
        message = str(error) or type(error).__name__
        repeated = self.errors.get(event_id) == message
        self._failed(event_id, message)
        if not repeated:  # the same bug at every merge shows its dialog once
            show_unexpected(error)
