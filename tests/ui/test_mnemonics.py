"""Alt+letter reaches one place: the menus and the event's tabs never share a letter, in
any interface language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

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
