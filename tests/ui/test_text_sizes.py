"""Every text size Preferences offers works on a 1024×768 screen, in French and Spanish.

A new-user review found the window's minimum size past the screen at 150 % (824 px tall)
and 200 % (1255×1035): the import button, the item editor, the status line and the
capture bar could not be reached; the round-robin's three columns of buttons widened the
Run tab past the screen from 125 % up; the photo hint wrapped one word per line and the
capture filters were cut ("Afficher l'étiqu")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea
from pytestqt.qtbot import QtBot

from forum_desktop.models import Language
from forum_desktop.services.demo import ensure_demo_on_first_start
from forum_desktop.ui import appearance
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.language import install
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.method_screens.round_robin import RoundRobinScreen
from tests.ui.conftest import Prompts

SCREEN = QSize(1024, 740)
"""A 1024×768 screen less a title bar."""


@pytest.fixture(autouse=True)
def system_look(qapp: QApplication) -> Iterator[None]:
    """The shared application goes back to the system's look and text size."""
    yield
    appearance.apply(None, None)


def fits(window: MainWindow) -> bool:
    QApplication.processEvents()  # the layouts settle on the tab shown
    needed = window.minimumSizeHint().expandedTo(window.minimumSize())
    return needed.width() <= SCREEN.width() and needed.height() <= SCREEN.height()


@pytest.mark.parametrize(
    ("language", "percent", "theme"),
    [
        ("fr", 100, appearance.SYSTEM),
        ("fr", 125, appearance.SYSTEM),
        ("fr", 150, appearance.SYSTEM),
        ("fr", 200, appearance.SYSTEM),
        ("fr", 150, appearance.HIGH_CONTRAST),
        ("es", 150, appearance.SYSTEM),
        ("es", 200, appearance.SYSTEM),
    ],
)
def test_every_tab_fits_a_1024_by_768_screen(
    context: AppContext, answers: Prompts, qtbot: QtBot, language: str, percent: int, theme: str
) -> None:
    install(language)
    appearance.apply(theme, str(percent))
    event_id = ensure_demo_on_first_start(context.store, Language(language))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(SCREEN)
    window.show()
    window.open_event(event_id)
    page = window.page

    page.tabs.setCurrentWidget(page.details)
    assert fits(window)
    page.tabs.setCurrentWidget(page.agenda)
    assert fits(window)
    page.tabs.setCurrentWidget(page.roster)
    assert fits(window)

    page.tabs.setCurrentWidget(page.capture)
    assert fits(window)
    capture = page.capture
    for combo in capture.filter_bar.findChildren(QComboBox):  # each shows its whole choice
        assert combo.width() >= combo.sizeHint().width()
    hint = capture.photos.target_label
    assert hint.width() >= capture.width() // 2  # not a column of one word per line

    page.tabs.setCurrentWidget(page.run)
    run = page.run
    run.start_action.trigger()
    while not isinstance(run.methods.screen, RoundRobinScreen):
        run.controller.next_item()
    assert fits(window)
    assert window.width() <= SCREEN.width()
    screen = run.methods.screen
    panel = screen.pages.currentWidget()
    qtbot.waitUntil(
        lambda: panel.height() >= panel.layout().totalMinimumHeightForWidth(panel.width())
    )
    method_area = run.splitter.widget(1)
    assert isinstance(method_area, QScrollArea)
    assert method_area.horizontalScrollBar().maximum() == 0  # its buttons fit its width
    run.controller.next_item()  # moving on leaves the window as wide as the screen
    assert fits(window)
    assert window.width() <= SCREEN.width()
    run.controller.set_session(None)
