"""Help ▸ Add to / Remove from the applications menu (XDG desktops).

The app writes no desktop entry by itself; these two actions let the user put one in
their applications menu, and take it out again.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from forum_desktop.desktop_entry import add_entry, has_entry, remove_entry
from forum_desktop.ui import prompts


def applications_folder() -> Path:
    location = QStandardPaths.StandardLocation.ApplicationsLocation
    return Path(QStandardPaths.writableLocation(location))


class ApplicationsMenuActions(QObject):
    """The two actions, each shown only when it can do something."""

    def __init__(self, window: QWidget, menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self.add_action = QAction(self.tr("A&dd to the applications menu"), window)
        self.remove_action = QAction(self.tr("&Remove from the applications menu"), window)
        self.add_action.triggered.connect(self.add)
        self.remove_action.triggered.connect(self.remove)
        menu.addSeparator()
        menu.addAction(self.add_action)
        menu.addAction(self.remove_action)
        menu.aboutToShow.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        present = has_entry(applications_folder())
        self.add_action.setVisible(not present)
        self.remove_action.setVisible(present)

    def add(self) -> None:
        try:
            path = add_entry(applications_folder())
        except OSError as error:
            prompts.error(
                self._window,
                self.tr("Not added"),
                self.tr("The menu entry could not be written: %1").replace(
                    "%1", error.strerror or str(error)
                ),
            )
            return
        self.refresh()
        prompts.info(
            self._window,
            self.tr("Added to the applications menu"),
            self.tr("Forum Desktop is in your applications menu (%1).").replace("%1", str(path)),
        )

    def remove(self) -> None:
        try:
            remove_entry(applications_folder())
        except OSError as error:
            prompts.error(
                self._window,
                self.tr("Not removed"),
                self.tr("The menu entry could not be removed: %1").replace(
                    "%1", error.strerror or str(error)
                ),
            )
            return
        self.refresh()


def offers_menu_entry() -> bool:
    """Desktop entries are how XDG desktops (Linux, the BSDs) list applications."""
    return sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))
