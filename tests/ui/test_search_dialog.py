"""Edit ▸ Find: results as you type across events, highlighted, opened where they live."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from forum_desktop.models import AgendaItem, Participant
from forum_desktop.services.capture import CaptureOutcome
from forum_desktop.services.commands import execute
from forum_desktop.services.demo import DEMO_EVENT_ID, CreateDemoEvent
from forum_desktop.services.events import CreateEvent
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.rich_text import highlighted_html
from forum_desktop.ui.search_dialog import SearchDialog


@pytest.fixture
def dialog(window: MainWindow, qtbot: QtBot) -> SearchDialog:
    store = window.context.store
    execute(store, CreateDemoEvent())
    other = window.context.execute(CreateEvent(title="Atelier <b>&</b> Rabat"), "new")
    assert other is not None
    window.context.execute(
        CaptureOutcome(
            event_id=DEMO_EVENT_ID, text="Ouvrir l'école <b>& co</b> aux villes", kind="decision"
        ),
        "capture",
    )
    window.context.execute(
        CaptureOutcome(event_id=other.value, text="Une école à Rabat"), "capture"
    )
    window.events_model.reload()
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    window.find_action.trigger()
    assert window.search_dialog is not None
    return window.search_dialog


def shown(dialog: SearchDialog) -> list[str]:
    model = dialog.results.model()
    return [
        model.index(row, 0).data(Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())
    ]


def type_and_wait(qtbot: QtBot, dialog: SearchDialog, text: str) -> None:
    dialog.field.clear()
    qtbot.keyClicks(dialog.field, text)
    assert dialog.timer.isActive()  # the search waits for a pause in typing
    qtbot.waitUntil(lambda: not dialog.timer.isActive())


def test_empty_state_then_highlighted_hits_from_every_event(
    dialog: SearchDialog, qtbot: QtBot
) -> None:
    assert dialog.isVisible() and dialog.field.hasFocus()
    assert dialog.status.text() == "Type to search all events"
    assert dialog.results.model().rowCount() == 0

    type_and_wait(qtbot, dialog, "eco")
    rows = shown(dialog)
    assert len(rows) == 2
    decision = next(row for row in rows if "Decision" in row)
    assert "En route vers le Forum" in decision  # the event it belongs to
    assert "<b>école</b>" in decision
    assert "&lt;b&gt;&amp; co&lt;/b&gt;" in decision  # typed markup shows as typed
    other = next(row for row in rows if "Note" in row)
    assert "Atelier &lt;b&gt;&amp;&lt;/b&gt; Rabat" in other
    assert "Results: 2" in dialog.status.text()
    assert dialog.results.currentIndex().row() == 0
    qtbot.keyClick(dialog.field, Qt.Key.Key_Down)  # arrows pick a result from the field
    assert dialog.results.currentIndex().row() == 1 and dialog.field.hasFocus()
    qtbot.keyClick(dialog.field, Qt.Key.Key_Up)
    assert dialog.results.currentIndex().row() == 0

    type_and_wait(qtbot, dialog, "zzzqqq")
    assert shown(dialog) == []
    assert "Nothing found" in dialog.status.text()


def test_enter_opens_an_entry_in_the_capture_tab(
    dialog: SearchDialog, qtbot: QtBot, window: MainWindow
) -> None:
    window.page.capture.set_event(DEMO_EVENT_ID)
    type_and_wait(qtbot, dialog, "ouvrir eco")
    assert len(shown(dialog)) == 1
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert window.current_event_id() == DEMO_EVENT_ID
    page = window.page.capture
    assert window.page.tabs.currentWidget() is page
    assert (
        page.selected_ids()
        and "Ouvrir l'école" in page.model.outcome(page.model.row_of(page.selected_ids()[0])).text
    )


def test_double_click_opens_an_agenda_item_and_a_person(
    dialog: SearchDialog, qtbot: QtBot, window: MainWindow
) -> None:
    type_and_wait(qtbot, dialog, "mooc")
    rows = shown(dialog)
    assert any("Agenda item" in row and "<b>MOOC</b>" in row for row in rows)
    row = next(i for i, text in enumerate(rows) if "Agenda item" in text)
    dialog.results.activated.emit(dialog.results.model().index(row, 0))
    agenda = window.page.agenda
    assert window.page.tabs.currentWidget() is agenda
    item_id = agenda.current_item_id()
    assert item_id is not None
    item = window.context.store.require(AgendaItem, item_id)
    assert "MOOC" in item.title
    assert not dialog.isVisible()  # out of the way of the item it opened

    window.find_action.trigger()  # Ctrl+F gives it back as it was
    assert dialog.isVisible() and dialog.field.text() == "mooc"
    type_and_wait(qtbot, dialog, "nuria")  # accents ignored
    rows = shown(dialog)
    assert any("Participant" in row and "<b>Núria</b>" in row for row in rows)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    roster = window.page.roster
    assert window.page.tabs.currentWidget() is roster
    [person_id] = roster.selected_ids()
    assert window.context.store.require(Participant, person_id).name.startswith("Núria")


def test_enter_on_an_agenda_item_hides_the_dialog_and_esc_closes_it(
    dialog: SearchDialog, qtbot: QtBot, window: MainWindow
) -> None:
    type_and_wait(qtbot, dialog, "mooc")
    row = next(i for i, text in enumerate(shown(dialog)) if "Agenda item" in text)
    dialog.results.setCurrentIndex(dialog.results.model().index(row, 0))
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    agenda = window.page.agenda
    assert window.page.tabs.currentWidget() is agenda
    item_id = agenda.current_item_id()
    assert item_id is not None
    assert "MOOC" in window.context.store.require(AgendaItem, item_id).title

    window.find_action.trigger()
    assert dialog.isVisible()
    qtbot.waitUntil(dialog.field.hasFocus)  # the window manager activates it a moment later
    assert dialog.field.selectedText() == "mooc"  # kept, ready to be typed over
    qtbot.keyClick(dialog.field, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_highlighted_html_escapes_everything_but_the_markers() -> None:
    assert highlighted_html("a <b> & \x02mot\x03") == "a &lt;b&gt; &amp; <b>mot</b>"
