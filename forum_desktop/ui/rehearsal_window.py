"""Run ▸ Rehearse: the same console and projector on a copy of the database, timed from
the rehearsal's start (``services/rehearsal.py``); closing the window throws the copy
away, so nothing rehearsed reaches the event or its minutes."""

from __future__ import annotations

import tempfile
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from forum_desktop.models import Session
from forum_desktop.services.rehearsal import REHEARSAL_FILE, rehearsal_copy
from forum_desktop.storage import Store
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.run_page import RunPage


class RehearsalWindow(QWidget):
    def __init__(self, store: Store, session_id: UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._folder = tempfile.TemporaryDirectory(prefix="forum-rehearsal-")
        folder = Path(self._folder.name)
        self.store = rehearsal_copy(store, session_id, folder)
        # A copy thrown away at the end: backing it up would only copy the file again.
        self.context = AppContext(self.store, folder / REHEARSAL_FILE, self, hourly_backups=False)
        session = self.store.require(Session, session_id)
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
        self.page = RunPage(self.context, self.store.clock, self)
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
