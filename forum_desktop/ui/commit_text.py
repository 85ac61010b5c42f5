"""A multi-line field saved when it is left, as the one-line fields are."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPlainTextEdit, QWidget


class CommitPlainTextEdit(QPlainTextEdit):
    """A multi-line field that saves when it loses focus (each edit is one undo step)."""

    def __init__(self, on_commit: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_commit = on_commit
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event: Any) -> None:
        self._on_commit()
        super().focusOutEvent(event)
