"""Alt+letter reaches one place: the menus and the event's tabs never share a letter, in
any interface language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from forum_desktop.services.commands import execute
from forum_desktop.services.demo import DEMO_EVENT_ID, CreateDemoEvent
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.language import install
from forum_desktop.ui.main_window import MainWindow


def mnemonic(text: str) -> str | None:
    """The letter after a single ``&`` (``&&`` is a literal ampersand)."""
    index = text.replace("&&", "\0\0").find("&")
    return text[index + 1].casefold() if 0 <= index < len(text) - 1 else None


@pytest.fixture
def in_language(qapp: QApplication) -> Iterator[None]:
    yield
    install("en")


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_menus_and_tabs_have_distinct_letters(
    context: AppContext, qtbot: QtBot, language: str, in_language: None
) -> None:
    install(language)
    window = MainWindow(context)
    qtbot.addWidget(window)
    texts = [action.text() for action in window.menuBar().actions()]
    tabs = window.page.tabs
    texts += [tabs.tabText(i) for i in range(tabs.count())]
    letters = [mnemonic(text) for text in texts]
    assert None not in letters, texts
    clashes = {letter for letter in letters if letters.count(letter) > 1}
    assert not clashes, [text for text in texts if mnemonic(text) in clashes]


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_run_console_has_distinct_letters(
    context: AppContext, qtbot: QtBot, language: str, in_language: None
) -> None:
    """Alt+letter in the Run tab reaches one button or field, not also a menu or a tab."""
    install(language)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    execute(context.store, CreateDemoEvent())
    window.events_model.reload()
    window.open_event(DEMO_EVENT_ID)
    window.page.show_run()
    page = window.page.run
    texts = [action.text() for action in window.menuBar().actions()]
    tabs = window.page.tabs
    texts += [tabs.tabText(i) for i in range(tabs.count())]
    widgets: list[QWidget] = [
        *page.findChildren(QPushButton),
        *page.findChildren(QCheckBox),
        *page.findChildren(QLabel),
    ]
    texts += [w.text() for w in widgets if w.isVisibleTo(window)]  # type: ignore[attr-defined]
    side = page.side_tabs
    texts += [side.tabText(i) for i in range(side.count())]
    letters = [letter for text in texts if (letter := mnemonic(text))]
    clashes = {letter for letter in letters if letters.count(letter) > 1}
    assert not clashes, [text for text in texts if mnemonic(text) in clashes]


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_item_editor_leaves_the_menus_letters_to_the_menus(
    context: AppContext, qtbot: QtBot, language: str, in_language: None
) -> None:
    """On the Agenda tab, Alt+E opens the Edit menu, not the item's description."""
    install(language)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    execute(context.store, CreateDemoEvent())
    window.events_model.reload()
    window.open_event(DEMO_EVENT_ID)
    tabs = window.page.tabs
    tabs.setCurrentWidget(window.page.agenda)
    # The menus' letters only: with the tabs' too, "Method" would have none left.
    menus = [action.text() for action in window.menuBar().actions()]
    taken = {mnemonic(text) for text in menus}
    editor = window.page.agenda.editor
    labels = [label.text() for label in editor.findChildren(QLabel) if label.buddy()]
    assert labels
    clashes = [text for text in labels if mnemonic(text) in taken]
    assert not clashes, (clashes, menus)
