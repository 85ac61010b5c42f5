"""Toolbar actions with a shortcut that works while their widget (or a child) has focus."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget


def toolbar_action(
    toolbar: QToolBar,
    owner: QWidget,
    text: str,
    shortcut: str | QKeySequence.StandardKey | None,
    slot: Callable[[], object],
    *,
    checkable: bool = False,
) -> QAction:
    """An action on ``toolbar`` whose shortcut (shown in its tooltip) fires within ``owner``."""
    action = QAction(text, toolbar)
    action.setCheckable(checkable)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text.replace('&', '')} ({keys})")
    action.triggered.connect(lambda *_: slot())
    toolbar.addAction(action)
    owner.addAction(action)
    return action
