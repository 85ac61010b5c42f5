"""Ctrl+Z in a one-line field undoes the app's last step when the field has none of its own.

A QLineEdit claims Ctrl+Z and Ctrl+Shift+Z (a shortcut override) even with nothing to undo
or redo, so Edit ▸ Undo did nothing while the focus was in a field: in the agenda's item
editor a field's edit is saved when it is left or on Enter, and the refill after the save
clears the field's own history — its change is then the app's last step to undo.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit


class AppUndoInFields(QObject):
    """Lets the window's Undo/Redo shortcuts through fields with nothing to undo or redo."""

    def __init__(self, *edits: QLineEdit) -> None:
        super().__init__(edits[0])
        for edit in edits:
            edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QLineEdit)
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                (event.matches(QKeySequence.StandardKey.Undo) and not watched.isUndoAvailable())
                or (event.matches(QKeySequence.StandardKey.Redo) and not watched.isRedoAvailable())
            )
        ):
            event.ignore()  # not the field's: the shortcut goes to the window
            return True
        return False
