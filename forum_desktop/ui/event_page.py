"""The right-hand side of the main window: one event in tabs, or an empty state."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QWidget

from forum_desktop.models import AgendaItem, Outcome, Participant
from forum_desktop.ui.agenda_page import AgendaPage
from forum_desktop.ui.capture_page import CapturePage
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.event_details import EventDetails
from forum_desktop.ui.roster_page import RosterPage
from forum_desktop.ui.run_page import RunPage


class EventPage(QStackedWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.agenda = AgendaPage(context, self.tabs)
        self.roster = RosterPage(context, self.tabs)
        self.capture = CapturePage(context, self.tabs)
        self.run = RunPage(context, context.store.clock, self.tabs)
        self.tabs.addTab(self.details, self.tr("&Details"))
        self.tabs.addTab(self.agenda, self.tr("&Agenda"))
        self.tabs.addTab(self.roster, self.tr("&Roster"))
        self.tabs.addTab(self.capture, self.tr("&Capture"))
        self.tabs.addTab(self.run, self.tr("R&un"))
        self.addWidget(self.empty_label)
        self.addWidget(self.tabs)
        self.event_id: UUID | None = None
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
        self.roster.open_outcome.connect(
            lambda outcome_id: self.show_record(Outcome.record_type, outcome_id)
        )

    def set_event(self, event_id: UUID | None) -> None:
        """Show an event; tabs load when first shown, so opening one stays quick."""
        self.event_id = event_id
        self._stale = {self.details, self.agenda, self.roster, self.capture}
        self.run.set_event(event_id)  # at once: the Run menu's keys work from every tab
        self._load_current_tab()
        self.setCurrentWidget(self.tabs if event_id else self.empty_label)

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
        if self.tabs.currentWidget() is self.run:
            self.run.bar.edit.setFocus()
            return
        self.tabs.setCurrentWidget(self.capture)
        self.capture.focus_bar()

    def show_run(self) -> None:
        """The facilitator console, e.g. to resume a session after a restart."""
        if self.event_id is not None:
            self.tabs.setCurrentWidget(self.run)

    def show_record(self, record_type: str, record_id: UUID) -> None:
        """Show a record of the open event where it lives: its tab, selected."""
        if record_type == Outcome.record_type:
            self.tabs.setCurrentWidget(self.capture)
            self.capture.show_outcome(record_id)
        elif record_type == AgendaItem.record_type:
            self.tabs.setCurrentWidget(self.agenda)
            self.agenda.show_item(record_id)
        elif record_type == Participant.record_type:
            self.tabs.setCurrentWidget(self.roster)
            self.roster.show_participant(record_id)

    def _load_current_tab(self, *_: object) -> None:
        tab = self.tabs.currentWidget()
        if tab in self._stale:
            self._stale.discard(tab)
            tab.set_event(self.event_id)  # type: ignore[attr-defined]
