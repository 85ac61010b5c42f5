"""1-2-4-All run through its four phases: the round and its time on the screen, the
instructions and the question on the projector, ideas harvested in "All" (edited, removed,
undone), and the harvest still there after a restart on the same database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from forum_desktop.capture.search import search
from forum_desktop.clock import FakeClock
from forum_desktop.methods.one_two_four_all import Round
from forum_desktop.models import Outcome, OutcomeKind, Session
from forum_desktop.services.agenda import UpdateItem
from forum_desktop.services.commands import execute
from forum_desktop.storage import Store, open_database
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.language import install
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.method_screens.one_two_four_all import OneTwoFourAllScreen
from forum_desktop.ui.run_page import RunPage
from tests.services.helpers import build_day
from tests.services.method_examples import apply_method
from tests.ui.test_run_page import open_console_on

CTRL = Qt.KeyboardModifier.ControlModifier

QUESTION = "How could our cities share what works?"


def the_screen(page: RunPage) -> OneTwoFourAllScreen:
    screen = page.methods.screen
    assert isinstance(screen, OneTwoFourAllScreen)
    return screen


def harvest(qtbot: QtBot, screen: OneTwoFourAllScreen, text: str) -> None:
    """A group shares an idea; the rapporteur types it and presses Enter."""
    clock = screen.context.store.clock
    assert isinstance(clock, FakeClock)
    clock.advance(15)
    screen.idea_edit.setFocus()
    qtbot.keyClicks(screen.idea_edit, text)
    qtbot.keyClick(screen.idea_edit, Qt.Key.Key_Return)


def listed(screen: OneTwoFourAllScreen) -> list[str]:
    return [screen.harvest_list.item(n).text() for n in range(screen.harvest_list.count())]


@pytest.fixture
def reopened() -> Iterator[list[MainWindow]]:
    windows: list[MainWindow] = []
    yield windows
    for window in windows:
        window.close()
        window.context.store.conn.close()


def test_the_four_rounds_and_the_harvest_survive_a_restart(
    window: MainWindow,
    qtbot: QtBot,
    clock: FakeClock,
    db_path: Path,
    reopened: list[MainWindow],
) -> None:
    install("en")  # as the app does: English plurals ("1 earlier idea")
    store = window.context.store
    session_id, ids = build_day(store, [20, 10])
    execute(store, UpdateItem(item_id=ids[0], guiding_question=QUESTION))
    apply_method(store, item_id=ids[0], method_id="one-two-four-all", language="en")
    page = open_console_on(window, session_id)
    page.controller.start()
    screen = the_screen(page)
    page.toggle_projector()
    projector = page.projector
    assert projector is not None and projector.method_view is screen.public

    # 1, 2, 4: each round with its time and what to do, on the screen and the projector.
    seen = []
    for _ in range(3):
        clock.advance(20)
        page.controller.tick()
        seen.append((screen.round, screen.round_label.text(), screen.time_label.text()))
        assert screen.room.instructions.text() == page.instructions_label.text() != ""
        assert screen.room.question.text() == QUESTION
        assert screen.room.question.isVisibleTo(projector)
        page.controller.next_item()
    assert seen == [
        (Round.ALONE, "Round 1 of 4: 1 — alone", "0:40 left in this round"),
        (Round.PAIRS, "Round 2 of 4: 2 — in pairs", "1:40 left in this round"),
        (Round.FOURSOMES, "Round 3 of 4: 4 — in foursomes", "3:40 left in this round"),
    ]
    assert the_screen(page) is screen and screen.round is Round.ALL
    assert screen.round_label.text() == "Round 4 of 4: All"
    assert screen.room.instructions.text().startswith("Ask each group in turn")

    # All: each group's idea, typed and Enter; on the projector as it arrives.
    for text in ("Peer visits between cities", "A shared budget template", "Open data"):
        harvest(qtbot, screen, text)
    assert screen.idea_edit.text() == ""
    assert listed(screen) == ["Peer visits between cities", "A shared budget template", "Open data"]
    assert screen.harvest_label.text() == "Ideas harvested (3):"
    assert screen.room.text().split("\n") == [
        QUESTION,
        "1. Peer visits between cities",
        "2. A shared budget template",
        "3. Open data",
    ]
    ideas = store.select(Outcome, {"kind": OutcomeKind.IDEA.value}, order_by="captured_at")
    assert {(o.item_id, o.phase) for o in ideas} == {(ids[0], "All")}

    # Edited in place (F2), removed (Delete), and the removal undone.
    screen.harvest_list.setFocus()
    screen.harvest_list.setCurrentRow(2)
    qtbot.keyClick(screen.harvest_list, Qt.Key.Key_F2)
    editor = screen.harvest_list.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "Open data on city budgets")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the list commits the edit just after
    qtbot.waitUntil(lambda: listed(screen)[2] == "Open data on city budgets")
    assert store.require(Outcome, ideas[2].id).text == "Open data on city budgets"
    screen.harvest_list.setCurrentRow(1)
    qtbot.keyClick(screen.harvest_list, Qt.Key.Key_Delete)
    assert listed(screen) == ["Peer visits between cities", "Open data on city budgets"]
    assert screen.room.ideas.text() == "1. Peer visits between cities\n2. Open data on city budgets"
    window.context.undo_stack.undo()
    assert listed(screen)[1] == "A shared budget template"
    screen.harvest_list.setCurrentRow(0)
    screen.remove_button.click()
    for text in (
        "Mentoring pairs",
        "A yearly forum",
        "Joint grant bids",
        "Shared tools",
        "Study tours",
    ):
        harvest(qtbot, screen, text)
    assert screen.room.ideas.text().split("\n") == [  # the newest five, numbered as captured
        "… idées précédentes : 2",  # the projector speaks the event's French
        "3. Mentoring pairs",
        "4. A yearly forum",
        "5. Joint grant bids",
        "6. Shared tools",
        "7. Study tours",
    ]
    harvest(qtbot, screen, "")  # nothing typed: said, nothing stored
    assert page.notice_label.text() == "Type the idea first, then press Enter."
    kept = listed(screen)
    assert len(kept) == 7 and kept[0] == "A shared budget template"

    # Restart on the same database: the harvest is there, in the capture and the search.
    window.close()
    fresh = MainWindow(AppContext(Store(open_database(db_path, clock), clock), db_path))
    qtbot.addWidget(fresh)
    reopened.append(fresh)
    fresh.show()
    page = open_console_on(fresh, session_id)
    again = the_screen(page)
    assert again is not screen and listed(again) == kept
    assert again.round is Round.ALL
    ideas = [
        o for o in fresh.context.store.select(Outcome, order_by="captured_at") if o.kind == "idea"
    ]
    assert [o.text for o in ideas] == kept
    capture = fresh.page.capture
    fresh.page.tabs.setCurrentWidget(capture)
    capture.set_current_item(None)
    shown = [capture.model.outcome(r) for r in range(capture.model.rowCount())]
    assert sorted(o.text for o in shown if o.kind == OutcomeKind.IDEA) == sorted(kept)
    event_id = fresh.context.store.require(Session, session_id).event_id
    [hit] = search(fresh.context.store.conn, "mentoring", event_id=event_id)
    assert hit.record_id == next(o.id for o in ideas if o.text == "Mentoring pairs")


def themes_listed(screen: OneTwoFourAllScreen) -> list[str]:
    panel = screen.themes.theme_list
    return [panel.item(n).text() for n in range(panel.count())]


def test_ideas_are_grouped_into_themes_by_keys_alone(window: MainWindow, qtbot: QtBot) -> None:
    """Ctrl+G and Enter, as in the round-robin's themes: choose ideas with the arrows,
    Ctrl+G to the theme's name, type it, Enter; the focus is back in the ideas."""
    store = window.context.store
    session_id, ids = build_day(store, [20])
    apply_method(store, item_id=ids[0], method_id="one-two-four-all", language="en")
    page = open_console_on(window, session_id)
    page.controller.start()
    screen = the_screen(page)
    for text in ("Bike lanes", "Night buses", "Clean wells"):
        harvest(qtbot, screen, text)
    hints = [label.text() for label in screen.findChildren(QLabel) if "F2" in label.text()]
    assert hints == [
        "Enter adds the idea to the harvest (and to the projector). F2 edits the chosen "
        "idea, Delete removes it, Ctrl+G puts the chosen ones in a theme."
    ]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    ideas, name = screen.harvest_list, screen.themes.name_edit
    screen.idea_edit.setFocus()
    qtbot.keyClick(screen.idea_edit, Qt.Key.Key_G, CTRL)  # nothing chosen: to the ideas
    assert ideas.hasFocus()
    qtbot.keyClick(ideas, Qt.Key.Key_Home)
    qtbot.keyClick(ideas, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(ideas, Qt.Key.Key_G, CTRL)  # chosen: to the theme's name
    assert name.hasFocus()
    qtbot.keyClicks(name, "Mobility")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert themes_listed(screen) == ["Mobility (2): Bike lanes; Night buses"]
    assert ideas.hasFocus() and name.text() == ""
    qtbot.keyClick(ideas, Qt.Key.Key_Down)  # the third idea alone
    qtbot.keyClick(ideas, Qt.Key.Key_G, CTRL)
    qtbot.keyClicks(name, "mobility")  # an existing theme's name: the idea joins it
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert themes_listed(screen) == ["Mobility (3): Bike lanes; Night buses; Clean wells"]
    assert window.context.undo_stack.count() == 5  # three ideas, one step per grouping


def shown_rows(ideas: QListWidget) -> list[str]:
    """Each row's text as the list paints it."""
    delegate = ideas.itemDelegate()
    shown = []
    for row in range(ideas.count()):
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, ideas.model().index(row, 0))  # type: ignore[attr-defined]
        shown.append(option.text)
    return shown


def test_each_idea_shows_its_theme_and_is_edited_without_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    """The rapporteur sees which ideas are left to group, as the round-robin's answers show
    theirs; F2 edits the idea's own words."""
    store = window.context.store
    session_id, ids = build_day(store, [20])
    apply_method(store, item_id=ids[0], method_id="one-two-four-all", language="en")
    page = open_console_on(window, session_id)
    page.controller.start()
    screen = the_screen(page)
    for text in ("Bike lanes", "Night buses", "Clean wells"):
        harvest(qtbot, screen, text)
    ideas = screen.harvest_list
    ideas.item(0).setSelected(True)
    ideas.item(2).setSelected(True)
    screen.themes.name_edit.setText("Mixed")
    screen.group_chosen()
    assert shown_rows(ideas) == ["Bike lanes · Mixed", "Night buses", "Clean wells · Mixed"]
    ideas.setFocus()
    ideas.setCurrentRow(0)
    qtbot.keyClick(ideas, Qt.Key.Key_F2)
    editor = ideas.findChild(QLineEdit)
    assert editor is not None and editor.text() == "Bike lanes"
    qtbot.keyClick(editor, Qt.Key.Key_End)
    qtbot.keyClicks(editor, " and paths")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown_rows(screen.harvest_list)[0] == "Bike lanes and paths · Mixed")
    assert listed(screen)[0] == "Bike lanes and paths"


def test_ideas_are_grouped_into_themes_renamed_and_merged(window: MainWindow, qtbot: QtBot) -> None:
    install("en")
    store = window.context.store
    session_id, ids = build_day(store, [20])
    apply_method(store, item_id=ids[0], method_id="one-two-four-all", language="en")
    page = open_console_on(window, session_id)
    page.controller.start()
    screen = the_screen(page)
    for text in ("Bike lanes", "Night buses", "Clean wells"):
        harvest(qtbot, screen, text)
    panel = screen.themes
    screen.themes.group_button.click()  # nothing chosen: the screen says what to do
    assert page.notice_label.text() == "Choose the ideas to group in the list first."
    screen.harvest_list.item(0).setSelected(True)
    screen.harvest_list.item(1).setSelected(True)
    panel.name_edit.setText("")
    panel.group_button.click()  # no name: the core refuses, nothing is stored
    assert page.notice_label.text() == "A theme needs a name."
    assert themes_listed(screen) == []
    panel.name_edit.setText("Mobility")
    panel.group_button.click()
    screen.harvest_list.clearSelection()
    screen.harvest_list.item(2).setSelected(True)
    panel.name_edit.setText("Water")
    panel.group_button.click()
    assert themes_listed(screen) == [
        "Mobility (2): Bike lanes; Night buses",
        "Water (1): Clean wells",
    ]
    panel.theme_list.setCurrentRow(1)
    panel.name_edit.setText("Drinking water")
    panel.rename_button.click()
    assert themes_listed(screen)[1] == "Drinking water (1): Clean wells"
    panel.theme_list.setCurrentRow(1)
    panel.name_edit.setText("mobility")  # the name typed finds the theme, whatever the case
    panel.merge_button.click()
    assert themes_listed(screen) == ["Mobility (3): Bike lanes; Night buses; Clean wells"]
    window.context.undo_stack.undo()  # one step brings the two themes back
    assert len(themes_listed(screen)) == 2
