"""The interface language: chosen on the command line or in Preferences, applied at once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from forum_desktop.clock import FakeClock
from forum_desktop.services.commands import execute
from forum_desktop.services.demo import DEMO_EVENT_ID, CreateDemoEvent
from forum_desktop.ui import language
from forum_desktop.ui.app import Running, start
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.event_list import EventListModel
from forum_desktop.ui.language import SETTING, chosen_language, install
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.profile_dialog import ProfileDialog
from forum_desktop.ui.shortcuts_dialog import ShortcutsDialog, shortcuts

from .conftest import Prompts


@pytest.fixture(autouse=True)
def back_to_english(qapp: QApplication) -> Iterator[None]:
    yield
    install("en")


def test_choice_order_is_command_line_then_preference_then_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(language, "system_language", lambda: "es")
    assert chosen_language("fr", "en") == "fr"
    assert chosen_language(None, "en") == "en"
    assert chosen_language(None, "") == "es"
    assert chosen_language(None, None) == "es"


def test_system_language_falls_back_to_english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QLocale, "system", lambda: QLocale("de_DE"))
    assert language.system_language() == "en"
    monkeypatch.setattr(QLocale, "system", lambda: QLocale("es_MX"))
    assert language.system_language() == "es"
    assert language.locale_for("es").name() == "es_MX"  # the system's region is kept
    assert language.locale_for("fr").name() == "fr_FR"


def test_installed_language_translates_plurals_dates_and_qt_buttons(qtbot: QtBot) -> None:
    translate = QCoreApplication.translate
    install("fr")
    assert translate("MainWindow", "&File") == "&Fichier"
    assert translate("RosterPage", "%n people", "", 1) == "1 personne"
    assert translate("RosterPage", "%n people", "", 3) == "3 personnes"
    assert QLocale().toString(time(14, 5), QLocale.FormatType.ShortFormat) == "14:05"
    assert translate("QPlatformTheme", "Cancel") == "Annuler"  # Qt's own catalogue
    install("es")
    assert translate("MainWindow", "&File") == "&Archivo"
    assert translate("CapturePage", "%n entries", "", 1) == "1 entrada"
    install("en")
    assert translate("MainWindow", "&File") == "&File"
    assert translate("RosterPage", "%n people", "", 1) == "1 person"


@pytest.fixture
def first_start_declined(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ProfileDialog, "exec", lambda dialog: 0)


@pytest.mark.usefixtures("first_start_declined")
def test_command_line_language_opens_the_window_in_it(
    db_path: Path, clock: FakeClock, qtbot: QtBot, answers: Prompts
) -> None:
    store_setup = start(db_path, language="es", clock=clock)  # first start: demo, profile
    assert store_setup is not None
    try:
        window = store_setup.window
        assert window.menuBar().actions()[0].text() == "&Archivo"
        assert window.page.tabs.tabText(1) == "&Orden del día"
    finally:
        store_setup.close()


def test_preferences_switch_language_at_once_keeping_the_open_event(
    context: AppContext, qtbot: QtBot, answers: Prompts, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(context)  # not given to qtbot: the switch deletes it
    window.resize(1200, 760)  # wider than the offscreen display the app would fit
    window.show()
    execute(context.store, CreateDemoEvent())
    window.events_model.reload()
    window.open_event(DEMO_EVENT_ID)
    window.page.tabs.setCurrentWidget(window.page.roster)
    window.splitter.setSizes([330, 870])
    sizes = window.splitter.sizes()
    models_before = len(context.findChildren(EventListModel))

    def choose_french(dialog: ProfileDialog) -> int:
        assert dialog.language_combo.currentData() == ""  # follows the system until chosen
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
        return 1

    monkeypatch.setattr(ProfileDialog, "exec", choose_french)
    window.preferences_action.trigger()

    new = context.window
    assert isinstance(new, MainWindow) and new is not window
    qtbot.addWidget(new)
    assert context.store.setting(SETTING) == "fr"
    assert new.isVisible() and not window.isVisible()
    assert new.menuBar().actions()[0].text() == "&Fichier"
    assert new.current_event_id() == DEMO_EVENT_ID
    assert new.page.tabs.currentWidget() is new.page.roster
    assert new.splitter.sizes() == sizes  # the events list keeps its width
    assert new.page.tabs.tabText(2) == "&Participants"
    assert new.page.roster.model.headerData(0, Qt.Orientation.Horizontal) == "Nom"
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the old window's
    assert len(context.findChildren(EventListModel)) == models_before  # no leftover models


@pytest.mark.usefixtures("first_start_declined")
def test_running_app_follows_the_replaced_window(
    db_path: Path, clock: FakeClock, qtbot: QtBot, answers: Prompts
) -> None:
    running: Running | None = start(db_path, clock=clock)
    assert running is not None
    try:
        first = running.window
        replacement = first.switch_language("es")
        assert running.window is replacement
        assert QApplication.activeModalWidget() is None
    finally:
        running.close()


def test_keyboard_shortcuts_are_read_from_the_window_actions(
    window: MainWindow, qtbot: QtBot
) -> None:
    sections = dict(shortcuts(window))
    assert ("Quick capture", "Ctrl+Shift+K") in sections["Edit"]
    assert ("Keyboard shortcuts", "Ctrl+F1") in sections["Help"]
    assert ("Add item", "Ctrl+Return") in sections["Agenda"]
    assert ("Next agenda item", "Ctrl+]") in sections["Capture"]
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    groups = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert {"File", "Edit", "Help", "Agenda", "Roster", "Entries", "Capture"} <= set(groups)


def test_help_menu_opens_the_shortcuts(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[list[str]] = []

    def exec_(dialog: ShortcutsDialog) -> int:
        tree = dialog.tree
        shown.append([tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())])
        return 0

    monkeypatch.setattr(ShortcutsDialog, "exec", exec_)
    window.shortcuts_action.trigger()
    assert shown and shown[0][:3] == ["File", "Export agenda", "Edit"]


def test_switching_language_mid_run_keeps_the_projector_and_we_are_on(
    context: AppContext, qtbot: QtBot, answers: Prompts
) -> None:
    window = MainWindow(context)  # not given to qtbot: the switch deletes it
    window.resize(1200, 760)
    window.show()
    execute(context.store, CreateDemoEvent())
    window.events_model.reload()
    window.open_event(DEMO_EVENT_ID)
    window.page.show_run()
    run = window.page.run
    run.controller.start()
    run.toggle_projector()
    window.page.tabs.setCurrentWidget(window.page.capture)
    window.page.capture.step_item(2)
    on_item = window.page.capture.current_item()
    assert on_item is not None
    session = run.session_combo.currentData()

    new = window.switch_language("fr")
    qtbot.addWidget(new)
    assert new.page.run.projector is not None and new.page.run.projector.isVisible()
    assert new.page.run.session_combo.currentData() == session
    current = new.page.capture.current_item()
    assert current is not None and current.id == on_item.id
    new.page.run.controller.set_session(None)
    new.page.run.close_projector()
