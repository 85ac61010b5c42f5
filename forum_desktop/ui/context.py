"""The bridge from the UI to the core: runs core commands as undo steps.

Views never write to the store themselves: they hand a typed core command to
``AppContext.execute``, and redraw when ``changed`` tells them a change concerns them.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from forum_desktop.notices import NoticeError
from forum_desktop.services.commands import Command, execute
from forum_desktop.services.operations import OpResult, UndoRefusedError, redo, undo
from forum_desktop.storage import BackupReason, Backups, StorageError, Store
from forum_desktop.storage.search_index import has_pending
from forum_desktop.ui import prompts
from forum_desktop.ui.backup_jobs import back_up_in_background
from forum_desktop.ui.invalid_input import describe_invalid
from forum_desktop.ui.messages import describe, shortened
from forum_desktop.ui.notice_texts import notice_text

log = logging.getLogger(__name__)

INDEX_PAUSE_MS = 1000
"""How long after the last captured entry its search text is indexed."""
INDEX_BATCH = 200
"""Entries indexed per turn of the event loop (~20-40 ms): thousands queued by an import
are indexed a batch at a time, so the window never waits on them all at once."""


UNDO_TEXT_MAX = 80
"""Characters of an undo step's name: a title in it is cut, not the Edit menu widened."""


class UndoStep(QUndoCommand):
    """A command already done once; undo and redo replay its journal entries.

    A step another laptop has changed since is refused with a message and leaves the
    stack (obsolete): it can no longer be undone without overwriting their work.
    """

    def __init__(self, context: AppContext, text: str, result: OpResult) -> None:
        super().__init__(shortened(text, UNDO_TEXT_MAX))  # the Edit menu shows it
        self._context = context
        self._result = result
        self._undone: OpResult | None = None
        self._done_once = False

    def redo(self) -> None:
        if not self._done_once:  # push() calls redo(): the command has already run
            self._done_once = True
            return
        undone = self._undone
        done = self._context.replay(lambda store, result: redo(store, result, undone), self._result)
        if done is None:
            self.setObsolete(True)
        else:
            self._result = done

    def undo(self) -> None:
        self._undone = self._context.replay(undo, self._result)
        if self._undone is None:
            self.setObsolete(True)


class AppContext(QObject):
    """The open database, its undo stack and the change notifications."""

    changed = Signal(object)
    """An ``OpResult``: what a command, an undo or a redo changed."""
    reset = Signal()
    """Everything may have changed (a restored backup): reload all."""
    replayed = Signal(object)
    """An ``OpResult`` an undo or a redo changed (also sent on ``changed``)."""

    def __init__(
        self,
        store: Store,
        database: Path,
        parent: QObject | None = None,
        *,
        hourly_backups: bool = True,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.database = database
        self.backups = Backups(database, store.clock)
        self._hourly_backups = hourly_backups
        self.undo_stack = QUndoStack(self)
        self.window: QWidget | None = None
        # Captured entries are indexed for search at the next pause in typing, and the WAL
        # checkpointed, off the Enter path (storage/search_index.py, WAL_AUTOCHECKPOINT_PAGES);
        # a search indexes them first anyway.
        self.index_timer = QTimer(self)
        self.index_timer.setSingleShot(True)
        self.index_timer.setInterval(INDEX_PAUSE_MS)
        self.index_timer.timeout.connect(self.after_pause)
        self._more_timer = QTimer(self)  # the next batch, at the next turn of the loop
        self._more_timer.setSingleShot(True)
        self._more_timer.setInterval(0)
        self._more_timer.timeout.connect(self.after_pause)

    def execute(
        self,
        command: Command,
        text: str,
        /,
        *,
        reraise: tuple[type[Exception], ...] = (),
        undoable: bool = True,
    ) -> OpResult | None:
        """Run a typed core command as one undo step labelled ``text``; None if refused.

        Refusals (``NoticeError``), values a record refuses and storage errors are shown to
        the user, except those in ``reraise``, which the caller handles. (A value the
        command itself refuses is refused as the screen builds it: ``ui.errors`` shows it.)
        Timer transitions are not ``undoable``: the clock cannot be wound back.
        """
        try:
            result = execute(self.store, command)
        except reraise:
            raise
        except NoticeError as error:  # a refusal: nothing was written, the user is told why
            prompts.error(self.window, self.tr("Not saved"), notice_text(error.notice))
            return None
        except StorageError as error:
            prompts.error(self.window, self.tr("Not saved"), describe(error))
            return None
        except ValidationError as error:
            prompts.error(self.window, self.tr("Not saved"), describe_invalid(error))
            return None
        if undoable:
            self.record(result, text)
        elif result.changes:
            self._after_change(result)
        return result

    def record(self, result: OpResult, text: str) -> None:
        """A command that ran on a connection of its own (a large import, on a worker) as
        one undo step labelled ``text``, every view told: as if ``execute`` had run it."""
        if result.changes:
            self.undo_stack.push(UndoStep(self, text, result))
            self._after_change(result)

    def replay(self, step: Any, result: OpResult) -> OpResult | None:
        """Undo or redo a step; None when refused (nothing changed, the user told why)."""
        try:
            done: OpResult = step(self.store, result)
        except StorageError as error:
            prompts.error(self.window, self.tr("Not saved"), describe(error))
            return None
        except UndoRefusedError as error:
            prompts.info(self.window, self.tr("Not undone"), notice_text(error.notice))
            return None
        self._after_change(done)
        self.replayed.emit(done)
        return done

    def reload_all(self) -> None:
        """After the database was replaced underneath: forget undo history, redraw all."""
        self.undo_stack.clear()
        self.reset.emit()

    def merged(self) -> None:
        """After a merge brought other laptops' changes: redraw all. The undo steps stay:
        each checks, when replayed, that no other laptop changed its fields since."""
        self.index_timer.start()
        self.reset.emit()

    def stop_indexing(self) -> None:
        """No more indexing at pauses (the database is about to close)."""
        self.index_timer.stop()
        self._more_timer.stop()

    def close(self) -> None:
        """Index what waits and close the database (the window has closed)."""
        self.stop_indexing()
        try:
            self.store.index_search()
        except (StorageError, sqlite3.OperationalError) as error:  # the next open will
            log.warning("search index not done at closing: %s", error)
        self.store.conn.close()

    def after_pause(self) -> None:
        """Index a batch of the entries captured since the last pause (the next batch at
        the next turn of the event loop), then checkpoint the WAL: milliseconds each."""
        try:
            if self.store.index_search(limit=INDEX_BATCH) is None:
                self.index_timer.start()  # another program writes: after the next pause
                return
            if has_pending(self.store.conn):
                self._more_timer.start()
                return
            self.store.checkpoint()
        except (StorageError, sqlite3.OperationalError) as error:  # busy: the next pause will
            log.warning("search index or checkpoint not done at a pause: %s", error)

    def _after_change(self, result: OpResult) -> None:
        if result.touches("outcome"):
            self.index_timer.start()  # restarted by each entry: runs once typing pauses
        self.changed.emit(result)
        if self._hourly_backups and self.backups.hourly_due():
            back_up_in_background(self.backups, BackupReason.HOURLY)
