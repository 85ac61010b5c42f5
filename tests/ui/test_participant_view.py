"""A participant's page from the roster: what they said, what they own, live and openable."""

from __future__ import annotations

from uuid import UUID

import pytest
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from forum_desktop.clock import FakeClock
from forum_desktop.models import Participant
from forum_desktop.services.capture import CaptureOutcome
from forum_desktop.services.commands import execute
from forum_desktop.services.demo import DEMO_EVENT_ID, CreateDemoEvent
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.outcome_model import Col
from forum_desktop.ui.participant_view import ParticipantView
from forum_desktop.ui.roster_page import RosterPage


def capture(window: MainWindow, text: str, **kw: object) -> UUID:
    clock = window.context.store.clock
    assert isinstance(clock, FakeClock)
    clock.advance(60)  # entries a minute apart, so time order is capture order
    result = window.context.execute(
        CaptureOutcome(event_id=DEMO_EVENT_ID, text=text, **kw), "capture"
    )
    assert result is not None
    return result.value


@pytest.fixture
def nuria(window: MainWindow) -> Participant:
    execute(window.context.store, CreateDemoEvent())
    window.events_model.reload()
    window.open_event(DEMO_EVENT_ID)
    people = window.context.store.select(Participant, {"event_id": DEMO_EVENT_ID})
    return next(p for p in people if p.name.startswith("Núria"))


def open_page(window: MainWindow, person: Participant) -> tuple[RosterPage, ParticipantView]:
    window.page.tabs.setCurrentWidget(window.page.roster)
    roster = window.page.roster
    assert not roster.contributions_action.isEnabled()
    row = roster.proxy.mapFromSource(roster.model.index(roster.model.row_of(person.id), 0))
    roster.table.selectionModel().select(
        row,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert roster.contributions_action.shortcut().toString() == "Ctrl+Shift+O"
    roster.contributions_action.trigger()
    return roster, roster.participant_view


def texts(view: ParticipantView, table: str) -> list[str]:
    proxy = view.said if table == "said" else view.owns
    return [proxy.index(row, Col.TEXT).data() for row in range(proxy.rowCount())]


def test_shows_what_they_said_and_own_and_follows_changes(
    window: MainWindow, nuria: Participant, qtbot: QtBot
) -> None:
    capture(
        window, "Apprendre <b>&</b> partager", kind="quote", fields={"speaker_id": str(nuria.id)}
    )
    capture(window, "Idée de Núria", mentions=[nuria.id])
    capture(
        window,
        "Envoyer la fiche",
        kind="action",
        fields={"owner_ids": [str(nuria.id)], "due": "2022-03-15"},
    )
    capture(window, "Secret", kind="quote", anonymous=True, fields={"speaker_id": str(nuria.id)})
    capture(window, "Autre chose")

    _, view = open_page(window, nuria)
    assert view.isVisible() and view.heading.text() == nuria.name
    assert texts(view, "said") == ["Apprendre <b>&</b> partager", "Idée de Núria"]
    assert texts(view, "owns") == ["Envoyer la fiche"]
    assert view.owns.index(0, Col.STATUS).data() == "Open"
    assert view.owns.index(0, Col.DUE).data()
    assert view.said_label.text() == "What they &said (2)"
    assert view.owns_label.text() == "What they &own (1)"
    assert view.said_table.isColumnHidden(Col.STATUS)

    capture(window, "Deuxième action", kind="action", fields={"owner_ids": [str(nuria.id)]})
    assert texts(view, "owns") == ["Envoyer la fiche", "Deuxième action"]
    window.context.undo_stack.undo()
    assert texts(view, "owns") == ["Envoyer la fiche"]


def test_an_entry_opens_in_the_capture_tab(window: MainWindow, nuria: Participant) -> None:
    outcome_id = capture(window, "Idée de Núria", mentions=[nuria.id])
    _, view = open_page(window, nuria)
    view.said_table.activated.emit(view.said.index(0, Col.TEXT))
    assert window.page.tabs.currentWidget() is window.page.capture
    assert window.page.capture.selected_ids() == [outcome_id]


def test_nothing_captured_yet(window: MainWindow, nuria: Participant) -> None:
    _, view = open_page(window, nuria)
    assert "nothing captured yet" in view.said_label.text()
    assert view.owns_label.text() == "What they own: no actions"
