"""The event's tabs other than Details are built when first shown or reached (or, once
the window has been painted, in the turns of the event loop that follow)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from forum_desktop.models import Participant
from forum_desktop.services.commands import execute
from forum_desktop.services.demo import CreateDemoEvent
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.event_page import AGENDA_TAB, CAPTURE_TAB, ROSTER_TAB, RUN_TAB
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.roster_page import RosterPage


@pytest.fixture
def unpainted(context: AppContext, qtbot: QtBot) -> MainWindow:
    """A window not shown yet, so that no tab was built after a first paint."""
    window = MainWindow(context)
    qtbot.addWidget(window)
    return window


def test_a_tab_clicked_for_the_first_time_shows_the_open_events_data(
    unpainted: MainWindow,
) -> None:
    window = unpainted
    store = window.context.store
    event_id = execute(store, CreateDemoEvent()).value
    window.events_model.reload()
    window.open_event(event_id)
    page = window.page
    assert [page.built(index) for index in (AGENDA_TAB, ROSTER_TAB, CAPTURE_TAB, RUN_TAB)] == [
        False,
        False,
        False,
        False,
    ]

    page.tabs.setCurrentIndex(ROSTER_TAB)  # as a click on the tab bar does

    roster = page.tabs.currentWidget()
    assert isinstance(roster, RosterPage) and roster is page.roster
    people = store.count(Participant, {"event_id": event_id})
    assert people > 0 and roster.model.rowCount() == people
    assert page.tabs.tabText(ROSTER_TAB) == "&Roster" and page.tabs.count() == 5
    assert not page.built(CAPTURE_TAB)


def test_a_tab_reached_before_it_is_shown_loads_the_event_when_shown(
    unpainted: MainWindow,
) -> None:
    window = unpainted
    store = window.context.store
    first = execute(store, CreateDemoEvent()).value
    window.events_model.reload()
    window.open_event(first)
    roster = window.page.roster  # built by code that reaches it, not shown
    assert window.page.tabs.currentIndex() == 0  # the Details tab stays in view
    assert roster.model.rowCount() == 0
    store.delete(Participant, store.select(Participant, {"event_id": first})[0].id)

    window.page.tabs.setCurrentWidget(roster)

    assert window.page.tabs.currentWidget() is roster
    assert roster.model.rowCount() == store.count(Participant, {"event_id": first}) > 0


def test_once_painted_the_window_builds_every_tab_without_showing_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    event_id = execute(window.context.store, CreateDemoEvent()).value
    window.events_model.reload()
    window.open_event(event_id)
    page = window.page

    qtbot.waitUntil(lambda: all(page.built(i) for i in (AGENDA_TAB, ROSTER_TAB, CAPTURE_TAB)))

    assert page.tabs.currentIndex() == 0  # the Details tab stays in view
    assert window.run_menu.actions()[0] is page.run.start_action
