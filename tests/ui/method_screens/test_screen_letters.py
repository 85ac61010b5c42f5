"""Alt+letter on a method screen reaches one control: the screen's buttons and fields never
share a letter with each other, the menus, the event's tabs or the Run console, in any
interface language."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from forum_desktop.ui.context import AppContext
from forum_desktop.ui.language import install
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.run_page import RunPage
from forum_desktop.ui.shortcuts_dialog import shortcuts
from tests.ui.screens import (
    Demo,
    _breakouts,
    _dot_voting,
    _fishbowl_running,
    _one_two_four_all,
    _peer_review,
    _round_robin,
    open_demo,
)
from tests.ui.test_mnemonics import mnemonic


def _run_page(opener: Callable[[Demo], object]) -> Callable[[Demo], RunPage]:
    """An opener that leaves the window on the Run tab, as its page."""

    def open_page(demo: Demo) -> RunPage:
        opener(demo)
        return demo.window.page.run

    return open_page


OPENERS: dict[str, Callable[[Demo], RunPage]] = {
    "round-robin": _round_robin,
    "1-2-4-All": _one_two_four_all,
    "fishbowl": _fishbowl_running,
    "dot voting": _dot_voting,
    "peer review": _run_page(_peer_review),
    "breakouts": _run_page(_breakouts),
}


@pytest.fixture
def in_language(qapp: QApplication) -> Iterator[None]:
    yield
    install("en")


def visible_letters(window: MainWindow, within: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every Alt+letter of a visible button or label in ``within``."""
    widgets: list[QWidget] = [*within.findChildren(QAbstractButton), *within.findChildren(QLabel)]
    texts = [w.text() for w in widgets if w.isVisibleTo(window)]  # type: ignore[attr-defined]
    return [(letter, text) for text in texts if (letter := mnemonic(text))]


@pytest.mark.parametrize("language", ["en", "fr", "es"])
@pytest.mark.parametrize("screen", list(OPENERS))
def test_a_method_screen_has_letters_of_its_own(
    context: AppContext,
    qtbot: QtBot,
    tmp_path: object,
    language: str,
    screen: str,
    in_language: None,
) -> None:
    install(language)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    page = OPENERS[screen](open_demo(window, tmp_path))  # type: ignore[arg-type]
    assert page.methods.screen is not None and page.methods.screen.isVisibleTo(window)
    own = visible_letters(window, page.methods.screen)
    assert len(own) >= 4  # the screen's own buttons and fields are there
    texts = [action.text() for action in window.menuBar().actions()]
    tabs = window.page.tabs
    texts += [tabs.tabText(i) for i in range(tabs.count())]
    others = [(mnemonic(t), t) for t in texts] + [
        found for found in visible_letters(window, page) if found not in own
    ]
    letters = [letter for letter, _ in own + others]
    clashes = sorted({text for letter, text in own if letters.count(letter) > 1})
    assert not clashes, (clashes, [text for letter, text in others if letter in letters])
    page.controller.set_session(None)  # stop ticking before the database closes


@pytest.mark.parametrize("screen", ["round-robin", "fishbowl"])
def test_help_lists_an_open_method_screens_keys_under_its_name(
    context: AppContext, qtbot: QtBot, tmp_path: object, screen: str
) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    page = OPENERS[screen](open_demo(window, tmp_path))  # type: ignore[arg-type]
    title = page.side_tabs.tabText(page.side_tabs.currentIndex())
    listed = dict(shortcuts(window))
    assert title in listed and len(listed[title]) >= 2, listed.keys()
    page.controller.set_session(None)
