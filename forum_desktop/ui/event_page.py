"""The right-hand side of the main window: one event in tabs, or an empty state."""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING, cast
from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QWidget

from forum_desktop.models import AgendaItem, Participant
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.event_details import EventDetails

if TYPE_CHECKING:
    from forum_desktop.ui.agenda_page import AgendaPage
    from forum_desktop.ui.capture_page import CapturePage
    from forum_desktop.ui.roster_page import RosterPage
    from forum_desktop.ui.run_page import RunPage

AGENDA_TAB, ROSTER_TAB, CAPTURE_TAB, RUN_TAB = 1, 2, 3, 4
LATER_TABS = (AGENDA_TAB, ROSTER_TAB, CAPTURE_TAB, RUN_TAB)
PAGE_MODULES = {
    AGENDA_TAB: "forum_desktop.ui.agenda_page",
    ROSTER_TAB: "forum_desktop.ui.roster_page",
    CAPTURE_TAB: "forum_desktop.ui.capture_page",
    RUN_TAB: "forum_desktop.ui.run_page",
}
"""The tabs built (and their modules imported) when first shown or reached: start-up
paints the Details tab without them. After its first paint the window builds them one
per turn of the event loop, the Run tab first (the Run menu holds its actions)."""


class EventPage(QStackedWidget):
    resolve_requested = Signal(object)
    """A tab asks to resolve a record's sync conflict (its id)."""
    run_built = Signal(object)
    """The Run tab's page now exists (the RunPage): its actions go in the Run menu."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.empty_label = QLabel(
            self.tr(
                "No event is open.\n\nChoose one on the left, or create one with "
                "File ▸ New event (Ctrl+N)."
            ),
            self,
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Event"))
        self.details = EventDetails(context, self.tabs)
        self.details.resolve_requested.connect(self.resolve_requested)
        self.tabs.addTab(self.details, self.tr("&Details"))
        self.tabs.addTab(QWidget(self.tabs), self.tr("&Agenda"))
        self.tabs.addTab(QWidget(self.tabs), self.tr("&Roster"))
        self.tabs.addTab(QWidget(self.tabs), self.tr("&Capture"))
        self.tabs.addTab(QWidget(self.tabs), self.tr("R&un"))
        self.addWidget(self.empty_label)
        self.addWidget(self.tabs)
        self.event_id: UUID | None = None
        self._built: dict[int, QWidget] = {}
        self._stale: set[QWidget] = set()
        self.tabs.currentChanged.connect(self._load_current_tab)
        # Ctrl+Tab / Ctrl+Shift+Tab from anywhere in the window: a tab with nothing to
        # focus (an empty roster) must not trap the user, as the tab bar's own keys would.
        for keys, step in (
            (QKeySequence.StandardKey.NextChild, 1),
            (QKeySequence.StandardKey.PreviousChild, -1),
        ):
            shortcut = QShortcut(keys, self.tabs)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda step=step: self.step_tab(step))

    @property
    def agenda(self) -> AgendaPage:
        return cast("AgendaPage", self._page(AGENDA_TAB))

    @property
    def roster(self) -> RosterPage:
        return cast("RosterPage", self._page(ROSTER_TAB))

    @property
    def capture(self) -> CapturePage:
        return cast("CapturePage", self._page(CAPTURE_TAB))

    @property
    def run(self) -> RunPage:
        return cast("RunPage", self._page(RUN_TAB))

    def built(self, index: int) -> bool:
        """Whether the tab at ``index`` holds its page (Details always does)."""
        return index not in LATER_TABS or index in self._built

    def build(self, index: int) -> None:
        """Build the tab at ``index`` now, if it is not yet."""
        self._page(index)

    def build_all(self) -> None:
        """Build every tab not built yet (the list of keyboard shortcuts shows them all)."""
        for index in LATER_TABS:
            self.build(index)

    def build_next(self) -> bool:
        """One step towards every tab built, the Run tab first (the Run menu holds its
        actions): a tab's module imported, or, once it is, the tab built — two shorter
        pauses of the window instead of one. Whether anything is left to do."""
        waiting = [index for index in (RUN_TAB, *LATER_TABS) if not self.built(index)]
        if not waiting:
            return False
        module = PAGE_MODULES[waiting[0]]
        if module not in sys.modules:
            importlib.import_module(module)
            return True
        self._page(waiting[0])
        return len(waiting) > 1

    def set_event(self, event_id: UUID | None) -> None:
        """Show an event; tabs load when first shown, so opening one stays quick."""
        self.event_id = event_id
        self._stale = {self.details}
        self._stale.update(page for index, page in self._built.items() if index != RUN_TAB)
        if self.built(RUN_TAB):  # at once: the Run menu's keys work from every tab
            self.run.set_event(event_id)
        self._load_current_tab()
        self.setCurrentWidget(self.tabs if event_id else self.empty_label)

    def on_item(self) -> str | None:
        """The capture bar's "We are on" item (as its combo holds it), if the tab was built."""
        if not self.built(CAPTURE_TAB) or not self.capture.item_combo.count():
            return None
        return cast("str | None", self.capture.item_combo.currentData())

    def carry_over(self, session: str | None, on_item: str | None) -> None:
        """Take over a replaced window's session run and "We are on" item (ids as the
        combos hold them)."""
        if self.event_id is None:
            return
        combo = self.run.session_combo
        if session is not None and combo.findData(session) >= 0:
            combo.setCurrentIndex(combo.findData(session))
        if on_item is not None:
            self.capture.set_event(self.event_id)  # loaded now: its list must hold the item
            self._stale.discard(self.capture)
            self.capture.set_current_item(UUID(on_item))

    def step_tab(self, step: int) -> None:
        """The next (``step`` 1) or previous (-1) tab, round the end."""
        count = self.tabs.count()
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % count)
        self.tabs.currentWidget().setFocus()

    def show_capture(self) -> None:
        """Bring the capture bar up, ready to type (from anywhere in the window); on the Run
        tab, its own bar, so the console stays in view."""
        if self.event_id is None:
            return
        if self.tabs.currentIndex() == RUN_TAB:
            self.run.bar.edit.setFocus()
            return
        self.tabs.setCurrentWidget(self.capture)
        self.capture.focus_bar()

    def show_run(self) -> None:
        """The facilitator console, e.g. to resume a session after a restart."""
        if self.event_id is not None:
            self.tabs.setCurrentWidget(self.run)

    def show_outcome(self, outcome_id: UUID) -> None:
        self.tabs.setCurrentWidget(self.capture)
        self.capture.show_outcome(outcome_id)

    def show_record(self, record_type: str, record_id: UUID) -> None:
        """Show a record of the open event where it lives: its tab, selected."""
        from forum_desktop.models import Outcome  # the entries' model: when first needed

        if record_type == Outcome.record_type:
            self.show_outcome(record_id)
        elif record_type == AgendaItem.record_type:
            self.tabs.setCurrentWidget(self.agenda)
            self.agenda.show_item(record_id)
        elif record_type == Participant.record_type:
            self.tabs.setCurrentWidget(self.roster)
            self.roster.show_participant(record_id)

    def _page(self, index: int) -> QWidget:
        page = self._built.get(index)
        return page if page is not None else self._build(index)

    def _build(self, index: int) -> QWidget:
        """Make the page of a tab not built yet and put it in its placeholder's place."""
        page: QWidget
        if index == AGENDA_TAB:
            from forum_desktop.ui.agenda_page import AgendaPage

            agenda = AgendaPage(self._context, self.tabs)
            agenda.resolve_requested.connect(self.resolve_requested)
            page = agenda
        elif index == ROSTER_TAB:
            from forum_desktop.ui.roster_page import RosterPage

            roster = RosterPage(self._context, self.tabs)
            roster.open_outcome.connect(self.show_outcome)
            roster.resolve_requested.connect(self.resolve_requested)
            page = roster
        elif index == CAPTURE_TAB:
            from forum_desktop.ui.capture_page import CapturePage

            capture = CapturePage(self._context, self.tabs)
            capture.resolve_requested.connect(self.resolve_requested)
            page = capture
        else:
            from forum_desktop.ui.run_page import RunPage

            page = RunPage(self._context, self._context.store.clock, self.tabs)
        self._built[index] = page
        if index == RUN_TAB:  # loaded at once, as it always was: its actions act on it
            cast("RunPage", page).set_event(self.event_id)
            self.run_built.emit(page)
        else:
            self._stale.add(page)  # loads the open event when first shown
        placeholder = self.tabs.widget(index)
        assert placeholder is not None  # the tab at ``index`` holds it until now
        current, title = self.tabs.currentIndex(), self.tabs.tabText(index)
        blocked = self.tabs.blockSignals(True)  # the same tab stays current: no change
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, title)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(blocked)
        placeholder.deleteLater()
        return page

    def _load_current_tab(self, *_: object) -> None:
        index = self.tabs.currentIndex()
        tab = self._page(index) if not self.built(index) else self.tabs.currentWidget()
        if tab in self._stale:
            self._stale.discard(tab)
            tab.set_event(self.event_id)  # type: ignore[attr-defined]
