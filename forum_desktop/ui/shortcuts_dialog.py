"""Help ▸ Keyboard shortcuts: read from the window's actions, so the list is always true."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.ui.event_page import EventPage


def plain(text: str) -> str:
    """A menu text as read aloud: no accelerator marks, no trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…")


def keys(action: QAction) -> str:
    return ", ".join(
        sequence.toString(QKeySequence.SequenceFormat.NativeText) for sequence in action.shortcuts()
    )


def section(action: QAction) -> str:
    """Where the action lives: its menu, its toolbar, or the tab that holds it."""
    for place in action.associatedObjects():
        if isinstance(place, QMenu) and place.title():
            return plain(place.title())
    for place in action.associatedObjects():
        if isinstance(place, QToolBar) and place.windowTitle():
            return place.windowTitle()
    widget = action.parent()
    while isinstance(widget, QWidget):
        stack = widget.parentWidget()
        tabs = stack.parentWidget() if isinstance(stack, QStackedWidget) else None
        if isinstance(tabs, QTabWidget) and tabs.indexOf(widget) >= 0:
            return plain(tabs.tabText(tabs.indexOf(widget)))
        widget = stack
    return ""


def _menu_titles(window: QWidget) -> list[str]:
    """The titles of the window's menus and submenus, as the menu bar shows them."""
    titles: list[str] = []
    bar = window.menuBar() if isinstance(window, QMainWindow) else None
    pending = [action.menu() for action in bar.actions()] if bar else []
    while pending:
        menu = pending.pop(0)
        if isinstance(menu, QMenu):
            titles.append(plain(menu.title()))
            pending[:0] = [action.menu() for action in menu.actions() if action.menu()]
    return titles


def shortcuts(window: QWidget) -> list[tuple[str, list[tuple[str, str]]]]:
    """(section, [(action, keys)]) for every action of ``window`` that has a shortcut.

    Menus come first, in menu-bar order, then the toolbars and tabs in the order the
    window made them.
    """
    for page in window.findChildren(EventPage):
        page.build_all()  # tabs not shown yet have keys too
    found: dict[str, dict[str, str]] = {}
    in_menu: set[str] = set()
    for action in window.findChildren(QAction):
        if action.shortcuts() and not action.isSeparator():
            name = section(action)
            found.setdefault(name, {})[plain(action.text())] = keys(action)
            if any(isinstance(place, QMenu) for place in action.associatedObjects()):
                in_menu.add(name)
    order = _menu_titles(window)
    names = sorted(
        found,
        key=lambda name: (name not in in_menu, order.index(name) if name in order else 0),
    )
    return [(name, sorted(found[name].items())) for name in names]


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(520, 560)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.tree.setRootIsDecorated(False)
        for name, entries in shortcuts(window):
            group = QTreeWidgetItem(self.tree, [name or self.tr("Everywhere"), ""])
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for text, sequence in entries:
                QTreeWidgetItem(group, [text, sequence])
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
