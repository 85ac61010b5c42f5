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
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QPushButton,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from forum_desktop.models import Language
from forum_desktop.services.demo import ensure_demo_on_first_start
from forum_desktop.services.run import load_run
from forum_desktop.ui import appearance
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.flow_layout import FlowLayout
from forum_desktop.ui.language import install
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.method_screens.base import MethodScreenWidget
from forum_desktop.ui.method_screens.dot_voting import DotVotingScreen
from forum_desktop.ui.method_screens.round_robin import RoundRobinScreen
from tests.services.helpers import build_day
from tests.services.method_examples import apply_method
from tests.ui.conftest import Prompts
from tests.ui.test_agenda_narrow import agenda_at, kept, rows

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


def overlapping(screen: QWidget) -> list[str]:
    """The screen's parts squeezed under the height their wrapped lines need."""
    return [
        type(part).__name__
        for part in [screen, *screen.findChildren(QWidget)]
        if part.isVisible()
        and (layout := part.layout()) is not None
        and layout.hasHeightForWidth()
        and part.height() < layout.totalMinimumHeightForWidth(part.width()) - 2
        and not isinstance(part, MethodScreenWidget)  # its own parts say what they need
    ]


@pytest.mark.parametrize("percent", [150, 200])
@pytest.mark.parametrize("method_id", ["breakout-groups", "dot-voting", "one-two-four-all"])
def test_a_method_screen_lays_out_to_the_width_it_gets(
    window: MainWindow, qtbot: QtBot, method_id: str, percent: int
) -> None:
    """Its rows of buttons wrap and its lines scroll: the breakouts demanded 934 px and
    the dot vote 632 px at 200 %, beside a console that has about 480."""
    install("fr")
    appearance.apply(None, str(percent))
    laptop = MainWindow(window.context)
    qtbot.addWidget(laptop)
    laptop.resize(SCREEN)
    laptop.show()
    session_id, ids = build_day(laptop.context.store, [30, 40])
    apply_method(laptop.context.store, item_id=ids[0], method_id=method_id, language="fr")
    laptop.context.reload_all()
    laptop.open_event(load_run(laptop.context.store, session_id).session.event_id)
    laptop.page.show_run()
    run = laptop.page.run
    run.controller.start()
    qtbot.waitUntil(lambda: run.methods.screen is not None)
    screen = run.methods.screen
    assert isinstance(screen, QWidget)
    assert fits(laptop)
    method_area = run.splitter.widget(1)
    assert isinstance(method_area, QScrollArea)
    qtbot.waitUntil(lambda: method_area.horizontalScrollBar().maximum() == 0)
    qtbot.waitUntil(lambda: not overlapping(screen))
    run.controller.set_session(None)


def cut_buttons(screen: QWidget) -> list[str]:
    """The texts of the screen's shown buttons narrower than their words."""
    return [
        button.text()
        for button in screen.findChildren(QPushButton)
        if button.isVisible()
        and button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
        > button.width() - 6  # the frame's and the style's padding on both sides
    ]


def squeezed(screen: QWidget) -> list[str]:
    """The screen's shown parts lower than their layout needs (a wrapping row: its lines):
    what follows them is drawn over their last line."""
    found = []
    for part in screen.findChildren(QWidget):
        layout = part.layout()
        if not part.isVisible() or layout is None or layout.hasHeightForWidth():
            continue  # those are ``overlapping``'s
        if isinstance(layout, FlowLayout):
            needed = layout.heightForWidth(part.width())
        else:
            needed = layout.minimumSize().height()
        if part.height() < needed - 2:
            found.append(type(part).__name__)
    return found


def sideways(area: QScrollArea) -> list[str]:
    """The scroll areas, ``area`` and those inside it, that show a sideways scroll bar."""
    return [
        # What scrolls, in what: enough to find the row that is too wide.
        f"{type(inner.parentWidget()).__name__} > {type(inner).__name__}"
        for inner in [area, *area.findChildren(QAbstractScrollArea)]
        if isinstance(inner, QAbstractScrollArea)
        and inner.isVisible()
        and inner.horizontalScrollBar().isVisible()
    ]


@pytest.mark.parametrize("language", ["fr", "es"])
@pytest.mark.parametrize("percent", [150, 200])
@pytest.mark.parametrize(
    "method_id", ["breakout-groups", "dot-voting", "fishbowl", "one-two-four-all"]
)
def test_a_method_screen_shows_every_button_whole_without_scrolling_sideways(
    window: MainWindow, qtbot: QtBot, method_id: str, percent: int, language: str
) -> None:
    """The review saw "Mont", "Descen", "Retir" in the dot vote at 150 %, "Nuevo tem" and
    "Terminar intervenci" in the fishbowl at 200 %, with a sideways scroll bar inside,
    and the dot vote's options in a sliver above its result. In every phase, nothing is
    squeezed under its wrapped lines either."""
    install(language)
    appearance.apply(None, str(percent))
    laptop = MainWindow(window.context)
    qtbot.addWidget(laptop)
    laptop.resize(SCREEN)
    laptop.show()
    session_id, ids = build_day(laptop.context.store, [30, 40])
    apply_method(laptop.context.store, item_id=ids[0], method_id=method_id, language=language)
    laptop.context.reload_all()
    laptop.open_event(load_run(laptop.context.store, session_id).session.event_id)
    laptop.page.show_run()
    run = laptop.page.run
    run.controller.start()
    qtbot.waitUntil(lambda: run.methods.screen is not None)
    method_area = run.splitter.widget(1)
    assert isinstance(method_area, QScrollArea)
    phases = 0
    while (screen := run.methods.screen) is not None:  # each of the method's phases
        assert isinstance(screen, QWidget)
        settled()
        assert sideways(method_area) == [], phases
        assert cut_buttons(screen) == [], phases
        assert squeezed(screen) == [], phases
        if isinstance(screen, DotVotingScreen):  # its options and votes, not a sliver
            assert screen.lists_area.height() >= 10 * screen.fontMetrics().lineSpacing()
        phases += 1
        run.controller.next_item()
        settled()
    assert phases >= 3
    run.controller.set_session(None)


def settled() -> None:
    """Let the layouts settle: a wrapping row sets its height after the pass that placed
    it, and the scroll areas then show or hide their bars, each in a pass of its own."""
    for _ in range(10):
        QApplication.processEvents()


AGENDA_LETTERS = 12
"""What a title keeps at 200 %: its first words, enough to tell the seed's sub-items
apart ("Tour de table", "Présentation d…"). Its letters are twice as wide as at 100 %,
where 20 are kept: the tree's whole width at 1024 px holds the other columns and about
14 average letters beside them, so 12 leaves room for a third level's indentation."""


@pytest.mark.parametrize("percent", [150, 200])
@pytest.mark.parametrize("language", ["fr", "es"])
def test_the_agenda_at_large_text_keeps_the_titles_readable_and_the_editor_whole(
    window: MainWindow, qtbot: QtBot, language: str, percent: int
) -> None:
    """The review saw "Bie…", "A…", "I…" at 200 % (in Spanish sub-items blank) beside a
    wide kind column, and the item editor cut on the right at 150 and 200 %."""
    appearance.apply(None, str(percent))
    laptop = agenda_at(window, qtbot, language, SCREEN.width())
    agenda = laptop.page.agenda
    tree = agenda.tree
    settled()
    titles = rows(tree)
    assert {depth for _, depth in titles} == {1, 2, 3}
    for index, _depth in titles:
        assert kept(tree, index) >= min(AGENDA_LETTERS, len(index.data())), index.data()
    tree.setCurrentIndex(titles[1][0])  # a sub-item, in the editor
    settled()
    editor_area = agenda.splitter.widget(1)
    assert isinstance(editor_area, QScrollArea)
    editor = editor_area.widget()
    assert editor.width() <= editor_area.viewport().width()  # not cut on the right
    assert not tree.horizontalScrollBar().isVisible()
