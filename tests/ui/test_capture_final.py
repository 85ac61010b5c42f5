"""Capture ▸ Minutes final acts on the session it can name, and says why when it cannot."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from forum_desktop.models import Session
from forum_desktop.services.agenda import AddItem, AddSession
from forum_desktop.services.capture import CaptureOutcome
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.run import FinishRun, StartRun
from forum_desktop.ui.capture_page import CapturePage
from forum_desktop.ui.language import install
from forum_desktop.ui.main_window import MainWindow


def two_sessions(window: MainWindow) -> tuple[UUID, UUID, CapturePage]:
    """An event of two sessions with one entry in each; the capture tab on no item."""
    store = window.context.store
    event_id: UUID = execute(store, CreateEvent(title="Atelier de Saly")).value
    sessions = []
    for title in ("Matinée", "Après-midi"):
        session_id = execute(store, AddSession(event_id=event_id, title=title)).value
        item_id = execute(store, AddItem(session_id=session_id, title="Tour de table")).value
        execute(
            store,
            CaptureOutcome(
                event_id=event_id, session_id=session_id, item_id=item_id, text=f"{title} : ok"
            ),
        )
        sessions.append(session_id)
    window.events_model.reload()
    window.open_event(event_id)
    window.capture_action.trigger()
    page = window.page.capture
    page.set_current_item(None)
    return sessions[0], sessions[1], page


def select(page: CapturePage, *texts: str) -> None:
    """Select the entries of these texts, as a click and Ctrl+clicks would."""
    selection = page.table.selectionModel()
    selection.clearSelection()
    for row in range(page.model.rowCount()):
        if page.model.outcome(row).text in texts:
            selection.select(
                page.bands.mapFromSource(page.proxy.mapFromSource(page.model.index(row, 0))),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
    assert len(page.selected_ids()) == len(texts)


def final_at(window: MainWindow, session_id: UUID) -> object:
    return window.context.store.require(Session, session_id).final_at


def test_the_selected_entries_name_the_session_whose_minutes_are_final(
    window: MainWindow, qtbot: QtBot
) -> None:
    morning, afternoon, page = two_sessions(window)
    action = page.final_action
    # No item chosen, nothing selected, nothing run: which session is not clear.
    assert not action.isEnabled()
    assert action.toolTip().startswith("Select entries of a session, or choose")

    select(page, "Matinée : ok", "Après-midi : ok")
    assert not action.isEnabled()
    assert "several sessions" in action.toolTip()

    select(page, "Après-midi : ok")
    assert action.isEnabled()
    assert action.toolTip() == "Mark the minutes of “Après-midi” final (the DRAFT mark goes)"
    action.trigger()
    assert final_at(window, afternoon) is not None and final_at(window, morning) is None
    assert action.isChecked()
    assert action.statusTip() == "Reopen the minutes of “Après-midi”"


def test_after_the_session_ends_the_minutes_of_the_session_run_last_can_be_final(
    window: MainWindow, qtbot: QtBot
) -> None:
    morning, afternoon, page = two_sessions(window)
    now = window.context.store.clock.now()
    window.context.execute(StartRun(session_id=morning, at=now), "Start")
    window.context.execute(FinishRun(session_id=morning, at=now), "End")
    page.set_current_item(None)  # as the rapporteur left it: no particular item
    assert page.current_item() is None and page.selected_ids() == []
    install("es")
    try:
        page.reload()
        assert page.final_action.isEnabled()
        assert page.final_action.toolTip() == (
            "Marcar como definitiva el acta de «Matinée» (desaparece la marca BORRADOR)"
        )
        page.final_action.trigger()
    finally:
        install("en")
    assert final_at(window, morning) is not None and final_at(window, afternoon) is None
    # With no item chosen, the banner still says whose minutes are final: the action's.
    assert not page.final_label.isHidden()
    assert page.final_label.text().startswith("El acta de «Matinée» es definitiva")
