"""Ideas and a round's answers dragged onto a theme and onto "new theme": the drop runs
the same command as the keys, one undo step each. The drag is simulated through the
views' own path: the source list's mime data, dropped through the theme list's model
(which hands it to the view's ``dropMimeData``) or as a drop event on "new theme"."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QListWidget
from pytestqt.qtbot import QtBot

from forum_desktop.clock import FakeClock
from forum_desktop.models import Session
from forum_desktop.services.commands import execute
from forum_desktop.services.participants import AddParticipant
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.method_screens.one_two_four_all_themes import ThemesPanel
from forum_desktop.ui.method_screens.theme_drop import IDEAS_MIME, NewThemeDrop
from tests.services.helpers import build_day
from tests.services.method_examples import apply_method
from tests.ui.conftest import Prompts
from tests.ui.method_screens.test_one_two_four_all import harvest
from tests.ui.method_screens.test_one_two_four_all import the_screen as ideas_screen
from tests.ui.method_screens.test_round_robin import answer
from tests.ui.method_screens.test_round_robin import the_screen as round_screen
from tests.ui.test_run_page import open_console_on

COPY = Qt.DropAction.CopyAction


def dragged(source: QListWidget, rows: list[int]) -> QMimeData:
    """What a drag of these rows of ``source`` carries: what its model gives the drag (the
    view's own mime data)."""
    mime = source.model().mimeData([source.model().index(row, 0) for row in rows])
    assert mime is not None and mime.formats() == [IDEAS_MIME]
    return mime


def drop_on_theme(panel: ThemesPanel, mime: QMimeData, row: int) -> bool:
    """Dropped on the theme at ``row`` (past the last one: below the themes)."""
    model = panel.theme_list.model()
    index = model.index(row, 0)
    return model.dropMimeData(mime, COPY, -1 if index.isValid() else row, -1, index)


def drop_on_theme_row(panel: ThemesPanel, mime: QMimeData, row: int) -> bool:
    """The drag enters the theme list's viewport, moves over the theme at ``row`` (past
    the last one: under the themes) and is dropped there: the view's own drop handler, as
    a mouse does it."""
    view = panel.theme_list
    last = view.visualItemRect(view.item(view.count() - 1))
    at = view.visualItemRect(view.item(row)).center() if row < view.count() else last.bottomLeft()
    at += QPoint(20, 0 if row < view.count() else 8)
    assert view.viewport().rect().contains(at)
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(view.viewport(), QDragEnterEvent(at, COPY, mime, left, none))
    QApplication.sendEvent(view.viewport(), QDragMoveEvent(at, COPY, mime, left, none))
    drop = QDropEvent(QPointF(at), COPY, mime, left, none)
    QApplication.sendEvent(view.viewport(), drop)
    return drop.isAccepted()


def drop_on_new_theme(zone: NewThemeDrop, mime: QMimeData) -> bool:
    """The drag enters "new theme" and is dropped there; whether the drop was taken."""
    centre, left = zone.rect().center(), Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(zone, QDragEnterEvent(centre, COPY, mime, left, none))
    drop = QDropEvent(QPointF(centre), COPY, mime, left, none)
    QApplication.sendEvent(zone, drop)
    return drop.isAccepted()


def themes_shown(panel: ThemesPanel) -> list[str]:
    return [panel.theme_list.item(n).text() for n in range(panel.theme_list.count())]


def test_ideas_dropped_on_new_theme_and_on_a_theme_are_grouped_one_undo_step_each(
    window: MainWindow, qtbot: QtBot, answers: Prompts
) -> None:
    store = window.context.store
    session_id, ids = build_day(store, [20])
    apply_method(store, item_id=ids[0], method_id="one-two-four-all", language="en")
    page = open_console_on(window, session_id)
    page.controller.start()
    screen = ideas_screen(page)
    assert window.minimumSizeHint().width() <= 1024  # "new theme" fits a 1024-pixel screen
    for text in ("Bike lanes", "Night buses", "Clean wells", "Open data"):
        harvest(qtbot, screen, text)
    panel = screen.themes
    undo = window.context.undo_stack
    steps = undo.index()

    # Two ideas dragged onto "new theme": its name is asked, then it holds them.
    answers.texts.append("  Mobility ")
    assert drop_on_new_theme(panel.new_theme_drop, dragged(screen.harvest_list, [0, 1]))
    qtbot.waitUntil(lambda: themes_shown(panel) == ["Mobility (2): Bike lanes; Night buses"])
    assert undo.index() == steps + 1
    # Below the themes is "new theme" too; cancelling the name stores nothing.
    answers.texts.extend([None, "Water"])
    assert drop_on_theme_row(panel, dragged(screen.harvest_list, [2]), 1)
    qtbot.waitUntil(lambda: answers.texts == ["Water"])  # asked, cancelled: nothing new
    assert themes_shown(panel) == ["Mobility (2): Bike lanes; Night buses"]
    assert drop_on_theme(panel, dragged(screen.harvest_list, [2]), 1)
    qtbot.waitUntil(lambda: len(themes_shown(panel)) == 2)
    assert themes_shown(panel)[1] == "Water (1): Clean wells"
    # Onto an existing theme (the mouse over its row): it joins that one, no name asked.
    assert drop_on_theme_row(panel, dragged(screen.harvest_list, [3]), 0)
    qtbot.waitUntil(lambda: themes_shown(panel)[0].startswith("Mobility (3)"))
    assert themes_shown(panel) == [
        "Mobility (3): Bike lanes; Night buses; Open data",
        "Water (1): Clean wells",
    ]
    assert listed_ideas(screen.harvest_list) == [
        "Bike lanes",
        "Night buses",
        "Clean wells",
        "Open data",
    ]  # a drag copies: the harvest keeps every idea
    assert undo.index() == steps + 3
    undo.undo()  # one step: the last drop
    assert themes_shown(panel)[0] == "Mobility (2): Bike lanes; Night buses"

    # Anything else dropped is refused: text from another program, garbled ids.
    foreign = QMimeData()
    foreign.setText("Bike lanes")
    assert not drop_on_theme(panel, foreign, 0)
    assert not drop_on_new_theme(panel.new_theme_drop, foreign)
    garbled = QMimeData()
    garbled.setData(IDEAS_MIME, b"not an id")
    assert not drop_on_theme(panel, garbled, 0)
    assert undo.index() == steps + 2


def listed_ideas(source: QListWidget) -> list[str]:
    return [source.item(n).text() for n in range(source.count())]


def test_answers_dropped_on_a_theme_and_an_idea_of_another_item_refused(
    window: MainWindow, qtbot: QtBot, clock: FakeClock, answers: Prompts
) -> None:
    store = window.context.store
    session_id, ids = build_day(store, [30])
    session = store.require(Session, session_id)
    for name in ("Awa", "Binta", "Chloé"):
        execute(store, AddParticipant(event_id=session.event_id, name=name))
    apply_method(store, item_id=ids[0], method_id="round-robin", language="en")
    page = open_console_on(window, session_id)
    page.controller.start()
    screen = round_screen(page)
    assert window.minimumSizeHint().width() <= 1024
    screen.next_button.click()
    for text in ("Bike lanes", "Night buses", "Clean wells"):
        clock.advance(10)
        answer(qtbot, screen, text)
    source = screen.answer_themes.answer_list
    panel = screen.answer_themes.themes
    assert panel.new_theme_drop.text() == "Drop answers here for a new theme"

    panel.name_edit.setText("Mobility")  # a name typed is offered for the new theme
    answers.texts.append("Mobility")
    assert drop_on_new_theme(panel.new_theme_drop, dragged(source, [0]))
    qtbot.waitUntil(lambda: themes_shown(panel) == ["Mobility (1): Bike lanes"])
    assert panel.name_edit.text() == ""
    assert drop_on_theme(panel, dragged(source, [1, 2]), 0)
    qtbot.waitUntil(lambda: themes_shown(panel)[0].startswith("Mobility (3)"))
    assert themes_shown(panel) == ["Mobility (3): Bike lanes; Night buses; Clean wells"]
    assert listed_ideas(source)[1] == "Binta: Night buses · Mobility"
    # A "new theme" named as an existing one joins it, as the keys do.
    window.context.undo_stack.undo()
    answers.texts.append("mobility")
    assert drop_on_new_theme(panel.new_theme_drop, dragged(source, [2]))
    qtbot.waitUntil(lambda: themes_shown(panel)[0].startswith("Mobility (2)"))
    assert themes_shown(panel) == ["Mobility (2): Bike lanes; Clean wells"]

    # An id that is not this round's answer: the core refuses, the notice says why.
    stranger = dragged(source, [1])
    stranger.setData(IDEAS_MIME, str(session_id).encode("ascii"))
    assert drop_on_theme(panel, stranger, 0)
    refusal = "Choose the ideas of this item to group them into a theme."
    qtbot.waitUntil(lambda: page.notice_label.text() == refusal)
    assert themes_shown(panel) == ["Mobility (2): Bike lanes; Clean wells"]
