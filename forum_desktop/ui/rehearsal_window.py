"""Run ▸ Rehearse: the same console and projector on a copy of the database, timed from
the rehearsal's start (``services/rehearsal.py``); closing the window throws the copy
away, so nothing rehearsed reaches the event or its minutes.

The copy takes seconds for a large file: ``RehearsalStart`` pins the content on the UI
thread and copies it on the backups' pool, the window waiting behind a progress dialog;
the rehearsal opens when the copy is ready. The dialog's Cancel stops the copy at its next
step (a MiB) and deletes what was written: the database itself is only ever read.
"""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QProgressDialog, QVBoxLayout, QWidget

from forum_desktop.models import Session
from forum_desktop.services.rehearsal import REHEARSAL_FILE, rehearsal_copy
from forum_desktop.storage import DatabaseBusyError, DiskFullError, Store
from forum_desktop.storage.backups import CopyCancelledError, pin
from forum_desktop.ui import prompts
from forum_desktop.ui.backup_jobs import KNOWN_FAILURES, backup_pool
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.errors import show_unexpected
from forum_desktop.ui.jobs import Job, Progress
from forum_desktop.ui.messages import fill
from forum_desktop.ui.run_page import RunPage


class RehearsalStart(QObject):
    """Copies the database for a rehearsal of ``session_id`` off the UI thread, then
    opens the rehearsal's window; a failed copy says why and leaves nothing behind."""

    opened = Signal(object)
    """The ``RehearsalWindow``, shown."""
    failed = Signal(str)
    """The sentence the user was shown."""
    cancelled = Signal(str)
    """The user cancelled the copy: the sentence for the status line."""

    def __init__(self, context: AppContext, session_id: UUID, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._session_id = session_id
        self._parent = parent
        self._ended = False
        self._folder = tempfile.TemporaryDirectory(prefix="forum-rehearsal-")
        self._cancel = threading.Event()  # read by the copy between two of its steps
        self.progress = QProgressDialog(
            self.tr("Preparing the rehearsal: copying the database…"),
            self.tr("Cancel"),
            0,
            0,
            parent,
        )
        self.progress.setWindowTitle(self.tr("Rehearsal"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)  # a small file never flashes a dialog
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.reset()
        self.progress.canceled.connect(self._cancel.set)

    def start(self) -> None:
        try:  # the content is the file's as it is now, whatever is written meanwhile
            source = pin(self._context.database)
        except KNOWN_FAILURES as error:
            self._failed(error)
            return
        folder, session_id = Path(self._folder.name), self._session_id
        clock = self._context.store.clock

        def copy(progress: Progress) -> Store:
            return rehearsal_copy(source, session_id, folder, clock, progress, cancel)

        cancel = self._cancel
        self.job = Job(copy, (*KNOWN_FAILURES, CopyCancelledError))
        self.job.progress.connect(self._progress)
        self.job.done.connect(self._copied)
        self.job.failed.connect(self._failed)
        self.progress.setValue(0)
        self.job.start(backup_pool())

    def _progress(self, done: int, total: int) -> None:
        # A modal dialog's setValue() may have handled the end already; after Cancel it
        # would show the dialog again.
        if self._ended or self._cancel.is_set():
            return
        if self.progress.maximum() != total:
            self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _copied(self, store: Store) -> None:
        if self._cancel.is_set():  # cancelled as the copy's last step ended
            store.conn.close()
            self._cancelled(self.tr("Rehearsal cancelled: the copy was deleted."))
            return
        self._end()
        window = RehearsalWindow(store, self._folder, self._session_id, self._parent)
        window.page.rehearse_action.setEnabled(False)  # not a rehearsal's rehearsal
        window.show()
        self.opened.emit(window)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, CopyCancelledError):
            self._cancelled(self.tr("Rehearsal cancelled: nothing was copied."))
            return
        self._end()
        self._folder.cleanup()
        if not isinstance(error, KNOWN_FAILURES):  # a bug, logged on the copy's thread
            show_unexpected(error)
            self.failed.emit(str(error) or type(error).__name__)
            return
        if isinstance(error, DiskFullError):
            message = self.tr(
                "The rehearsal did not start: the disk is full. Free some space and try "
                "again; the event is unchanged."
            )
        elif isinstance(error, DatabaseBusyError):
            message = self.tr(
                "The rehearsal did not start: another program is writing to the database. "
                "Try again in a moment; the event is unchanged."
            )
        else:
            message = fill(
                self.tr("The rehearsal did not start (%1). The event is unchanged."),
                str(error) or type(error).__name__,
            )
        prompts.error(self._parent, self.tr("Rehearsal"), message)
        self.failed.emit(message)

    def _cancelled(self, message: str) -> None:
        """``message`` says whether the copy was made (and deleted with its folder)."""
        self._end()
        self._folder.cleanup()
        self.cancelled.emit(message)

    def _end(self) -> None:
        self._ended = True
        self.progress.reset()
        self.progress.deleteLater()
        self.deleteLater()


class RehearsalWindow(QWidget):
    """The rehearsal over ``store``, a copy in ``folder``, which closing deletes."""

    def __init__(
        self,
        store: Store,
        folder: tempfile.TemporaryDirectory[str],
        session_id: UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._folder = folder
        self.store = store
        # A copy thrown away at the end: backing it up would only copy the file again.
        self.context = AppContext(
            store, Path(folder.name) / REHEARSAL_FILE, self, hourly_backups=False
        )
        session = store.require(Session, session_id)
        self.setWindowTitle(self.tr("Rehearsal — %1").replace("%1", session.title))
        banner = QLabel(
            self.tr(
                "Rehearsal: timed from now, on a copy. Nothing done here is kept, synced or "
                "in the minutes; close this window to end it."
            ),
            self,
        )
        banner.setWordWrap(True)
        banner.setAccessibleName(self.tr("Rehearsal"))
        self.page = RunPage(self.context, store.clock, self)
        self.page.set_event(session.event_id)
        combo = self.page.session_combo
        combo.setCurrentIndex(combo.findData(str(session_id)))
        layout = QVBoxLayout(self)
        layout.addWidget(banner)
        layout.addWidget(self.page, 1)
        if parent is not None:
            self.resize(parent.window().size())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.page.shut_down()
        self.page.controller.set_session(None)
        self.context.close()
        self._folder.cleanup()
        super().closeEvent(event)
