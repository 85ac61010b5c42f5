"""An empty themes list says how to make a theme (1-2-4-All's ideas and a round's answers),
with the key the screen really has; the words go once a theme is made."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from forum_desktop.clock import FakeClock
from forum_desktop.models import Session
from forum_desktop.services.commands import execute
from forum_desktop.services.participants import AddParticipant
from forum_desktop.ui.language import install
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.method_screens.theme_drop import ThemeDropList
from tests.services.helpers import build_day
from tests.services.method_examples import apply_method
from tests.ui.method_screens.test_one_two_four_all import harvest
from tests.ui.method_screens.test_one_two_four_all import the_screen as four_all_screen
from tests.ui.method_screens.test_round_robin import answer
from tests.ui.method_screens.test_round_robin import the_screen as round_screen
from tests.ui.test_run_page import open_console_on


def says(themes: ThemeDropList, words: str, keys: QKeySequence) -> None:
    assert themes.shown_placeholder() == words
    assert themes.accessibleDescription() == words  # what a screen reader hears
    assert keys.toString(QKeySequence.SequenceFormat.NativeText) in words
    themes.grab()  # painted without complaint


def test_one_two_four_all_s_empty_themes_say_how_to_make_one(
    window: MainWindow, qtbot: QtBot
) -> None:
    store = window.context.store
    session_id, ids = build_day(store, [20])
    apply_method(store, item_id=ids[0], method_id="one-two-four-all", language="en")
    page = open_console_on(window, session_id)
    page.controller.start()
    screen = four_all_screen(page)
    themes = screen.themes.theme_list
    keys = screen.group_action.shortcut()
    says(themes, "Drag ideas here or press Ctrl+G to make a theme", keys)
    harvest(qtbot, screen, "Bike lanes")
    screen.harvest_list.item(0).setSelected(True)
    screen.themes.name_edit.setText("Mobility")
    screen.group_chosen()
    assert themes.count() == 1
    assert themes.shown_placeholder() == themes.accessibleDescription() == ""
    window.undo_action.trigger()  # no theme again: the words are back
    says(themes, "Drag ideas here or press Ctrl+G to make a theme", keys)


def test_a_round_s_empty_themes_say_how_to_group_answers(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    store = window.context.store
    session_id, ids = build_day(store, [30])
    session = store.require(Session, session_id)
    execute(store, AddParticipant(event_id=session.event_id, name="Awa"))
    apply_method(store, item_id=ids[0], method_id="round-robin", language="en")
    page = open_console_on(window, session_id)
    page.controller.start()
    screen = round_screen(page)
    themes = screen.answer_themes.themes.theme_list
    keys = screen.answer_themes.group_action.shortcut()
    says(themes, "Drag answers here or press Ctrl+G to make a theme", keys)
    screen.next_button.click()
    clock.advance(10)
    answer(qtbot, screen, "Bike lanes")
    screen.answer_themes.answer_list.item(0).setSelected(True)
    screen.answer_themes.themes.name_edit.setText("Mobility")
    screen.group_chosen()
    assert themes.count() == 1 and themes.shown_placeholder() == ""


def test_the_empty_themes_words_are_translated() -> None:
    try:
        for language in ("fr", "es"):
            install(language)
            for context, words in (
                ("ThemesPanel", "Drag ideas here or press Ctrl+G to make a theme"),
                ("RoundRobinThemes", "Drag answers here or press Ctrl+G to make a theme"),
            ):
                said = QCoreApplication.translate(context, words)
                assert said != words and "Ctrl+G" in said
    finally:
        install("en")
