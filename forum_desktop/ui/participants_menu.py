"""The Run menu's "Open to participants…": opens the participants' dialog of the event
shown, one event open to phones at a time. The dialog (and the web server it imports) is
loaded only when asked for, so the app starts without them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from forum_desktop.ui.context import AppContext

if TYPE_CHECKING:
    from forum_desktop.ui.participants_dialog import ParticipantsDialog


class ParticipantsControl(QObject):
    def __init__(
        self, context: AppContext, menu: QMenu, event_id: Callable[[], UUID | None]
    ) -> None:
        super().__init__(menu)
        self.context = context
        self.event_id = event_id
        self.dialog: ParticipantsDialog | None = None
        self.action = QAction(self.tr("Open to &participants…"), menu)
        self.action.triggered.connect(self.show_dialog)
        menu.addSeparator()
        menu.addAction(self.action)

    def show_dialog(self) -> None:
        from forum_desktop.ui.participants_dialog import ParticipantsDialog

        event_id = self.event_id()
        if event_id is None:
            return
        stale = self.dialog is not None and self.dialog.event_id != event_id
        if self.dialog is not None and stale and self.dialog.server is None:
            self.dialog.deleteLater()
            self.dialog = None
        if self.dialog is None:  # else the open event's dialog: close it to open another
            self.dialog = ParticipantsDialog(self.context, event_id, self.context.window)
        self.dialog.show()
        self.dialog.raise_()
