"""Where a method's live screen appears: a tab beside the console's agenda, opened when
the method's item runs, and its public view on the projector."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget, QWidget

from forum_desktop.models import AgendaItem, MethodScreen
from forum_desktop.services.method_runs import screen_of
from forum_desktop.timing.snapshot import Snapshot
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.projector_control import ProjectorControl
from forum_desktop.ui.run_controller import RunController

if TYPE_CHECKING:
    from forum_desktop.ui.method_screens import MethodScreenWidget


class MethodHost(QObject):
    def __init__(
        self,
        context: AppContext,
        controller: RunController,
        tabs: QTabWidget,
        projection: ProjectorControl,
        run_tab: QWidget,
    ) -> None:
        super().__init__(tabs)
        self._run_tab = run_tab
        """Where a screen's ``run_keys`` are added: they work with the focus anywhere in it."""
        self._context = context
        self._controller = controller
        self._tabs = tabs
        self._projection = projection
        self.screen: MethodScreenWidget | None = None
        self._screens: dict[str, MethodScreen | None] = {}
        """The screen of each method name seen, so a tick does not read the library."""

    def method_item(self, snapshot: Snapshot | None) -> AgendaItem | None:
        """The item whose method runs now: the parent of the running phase, or the running
        item itself when it has a method but no phases."""
        current = snapshot.current if snapshot else None
        if current is None:
            return None
        parent = self._controller.method_parent(current)
        if parent is not None:
            return parent
        return current.entry.item if current.entry.item.method else None

    def show_snapshot(self, snapshot: Snapshot | None) -> None:
        item = self.method_item(snapshot)
        kind = self._screen_kind(item) if item else None
        widget_class = None
        if kind is not None:
            # The screens load when a method first runs, not at start-up.
            from forum_desktop.ui.method_screens import SCREEN_WIDGETS

            widget_class = SCREEN_WIDGETS.get(kind)
        if item is None or widget_class is None:
            self._close()
        elif self.screen is None or self.screen.item.id != item.id or self.screen.kind is not kind:
            self._open(widget_class(self._context, self._controller, item), item)
        elif self.screen.item != item:  # renamed, re-timed: the screen shows the item's words
            self.screen.item = item
            self.screen.reload()
        if self.screen is not None:
            self.screen.show_snapshot(snapshot)

    def reload(self) -> None:
        self._screens.clear()
        if self.screen is not None:
            self.screen.reload()

    def focus(self) -> None:
        """Bring the method's screen forward (Ctrl+Shift+R), else the agenda."""
        target = self.screen if self.screen is not None else self._tabs.widget(0)
        assert target is not None  # tab 0, the agenda, is always there
        self._tabs.setCurrentWidget(target)
        target.setFocus()
        if self.screen is not None and self.screen.focusWidget() is not None:
            self.screen.focusWidget().setFocus()

    def _screen_kind(self, item: AgendaItem) -> MethodScreen | None:
        if item.method not in self._screens:
            self._screens[item.method] = screen_of(self._context.store, item)
        return self._screens[item.method]

    def _open(self, screen: MethodScreenWidget, item: AgendaItem) -> None:
        self._close()
        self.screen = screen
        self._tabs.addTab(screen, item.method)
        self._tabs.setCurrentWidget(screen)
        self._run_tab.addActions(screen.run_keys)
        screen.reload()
        self._projection.set_method_view(screen.public)

    def _close(self) -> None:
        if self.screen is None:
            return
        self._projection.set_method_view(None)
        for action in self.screen.run_keys:
            self._run_tab.removeAction(action)
        self._tabs.removeTab(self._tabs.indexOf(self.screen))
        self.screen.public.deleteLater()
        self.screen.deleteLater()
        self.screen = None
