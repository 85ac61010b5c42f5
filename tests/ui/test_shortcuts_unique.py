"""No two actions answer the same keys where both can fire: Qt would run neither."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from forum_desktop.ui.main_window import MainWindow

LOCAL = (Qt.ShortcutContext.WidgetShortcut, Qt.ShortcutContext.WidgetWithChildrenShortcut)


def _owners(action: QAction) -> list[QWidget]:
    return [w for w in action.associatedObjects() if isinstance(w, QWidget)]


def _overlap(first: QAction, second: QAction) -> bool:
    """Whether both can be live at once: one of them window-wide, or nested owners."""
    if first.shortcutContext() not in LOCAL or second.shortcutContext() not in LOCAL:
        return True
    for mine in _owners(first):
        for theirs in _owners(second):
            if mine is theirs or mine.isAncestorOf(theirs) or theirs.isAncestorOf(mine):
                return True
    return False


def test_no_shortcut_is_ambiguous(window: MainWindow) -> None:
    by_keys: dict[str, list[QAction]] = {}
    for action in window.findChildren(QAction):
        for keys in action.shortcuts():
            name = keys.toString(QKeySequence.SequenceFormat.PortableText)
            if action not in by_keys.setdefault(name, []):
                by_keys[name].append(action)
    clashes = [
        f"{keys}: {first.text()!r} and {second.text()!r}"
        for keys, actions in by_keys.items()
        for n, first in enumerate(actions)
        for second in actions[n + 1 :]
        if _overlap(first, second)
    ]
    assert clashes == []
