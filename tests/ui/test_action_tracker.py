"""View ▸ Action tracker: every event's actions, overdue in words, filters, status in place."""

from __future__ import annotations

from uuid import UUID

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from forum_desktop.clock import FakeClock
from forum_desktop.models import ActionFields, Outcome, Participant, Session
from forum_desktop.services.agenda import sessions_of
from forum_desktop.services.capture import CaptureOutcome, SetSessionFinal, amendments
from forum_desktop.services.commands import execute
from forum_desktop.services.demo import DEMO_EVENT_ID, CreateDemoEvent
from forum_desktop.services.events import CreateEvent
from forum_desktop.ui.action_model import ActionCol
from forum_desktop.ui.action_tracker import ActionFilter, ActionTracker
from forum_desktop.ui.main_window import MainWindow
from tests.ui.conftest import Prompts

# The test clock says 2022-02-23.


def capture_action(window: MainWindow, event_id: UUID, text: str, **fields: object) -> UUID:
    result = window.context.execute(
        CaptureOutcome(event_id=event_id, text=text, kind="action", fields=fields), "capture"
    )
    assert result is not None
    return result.value


@pytest.fixture
def tracker(window: MainWindow) -> ActionTracker:
    store = window.context.store
    execute(store, CreateDemoEvent())
    nuria = next(
        p for p in store.select(Participant, {"event_id": DEMO_EVENT_ID}) if "Núria" in p.name
    )
    other = window.context.execute(CreateEvent(title="Atelier Rabat"), "new")
    assert other is not None
    capture_action(
        window,
        DEMO_EVENT_ID,
        "Envoyer la fiche <b>&</b>",
        owner_ids=[str(nuria.id)],
        due="2022-02-01",
    )
    capture_action(
        window,
        DEMO_EVENT_ID,
        "Traduire le guide",
        owner_names=["Karim"],
        due="2022-03-15",
        status="in_progress",
    )
    capture_action(
        window,
        other.value,
        "Réserver la salle",
        owner_names=["Karim"],
        due="2022-01-10",
        status="done",
    )
    window.events_model.reload()
    assert window.tracker_action.shortcut().toString() == "Ctrl+Shift+T"
    window.tracker_action.trigger()
    assert window.action_tracker is not None and window.action_tracker.isVisible()
    return window.action_tracker


def cells(tracker: ActionTracker, column: int) -> list[str]:
    proxy = tracker.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_lists_every_event_with_overdue_in_words(tracker: ActionTracker) -> None:
    assert cells(tracker, ActionCol.ACTION) == [
        "Réserver la salle",
        "Envoyer la fiche <b>&</b>",
        "Traduire le guide",
    ]
    assert cells(tracker, ActionCol.EVENT) == [
        "Atelier Rabat",
        "En route vers le Forum d'apprentissage",
        "En route vers le Forum d'apprentissage",
    ]
    statuses = cells(tracker, ActionCol.STATUS)
    assert statuses == ["Done", "Open — Overdue", "In progress"]  # done in the past: not late
    overdue = tracker.proxy.index(1, ActionCol.STATUS)
    assert overdue.data(Qt.ItemDataRole.DecorationRole) is not None
    assert tracker.proxy.index(0, ActionCol.STATUS).data(Qt.ItemDataRole.DecorationRole) is None
    assert cells(tracker, ActionCol.OWNERS)[1].startswith("Núria")
    assert tracker.count_label.text() == "Actions: 3 · overdue: 1"


def test_filters_by_status_owner_event_and_overdue(tracker: ActionTracker) -> None:
    tracker.overdue_only.setChecked(True)
    assert cells(tracker, ActionCol.ACTION) == ["Envoyer la fiche <b>&</b>"]
    tracker.overdue_only.setChecked(False)
    tracker.owner_filter.setCurrentIndex(tracker.owner_filter.findText("Karim"))
    assert cells(tracker, ActionCol.ACTION) == ["Réserver la salle", "Traduire le guide"]
    tracker.event_filter.setCurrentIndex(tracker.event_filter.findText("Atelier Rabat"))
    assert cells(tracker, ActionCol.ACTION) == ["Réserver la salle"]
    tracker.status_filter.setCurrentIndex(tracker.status_filter.findData("open"))
    assert cells(tracker, ActionCol.ACTION) == []
    assert tracker.count_label.text() == "Actions: 0 of 3 · overdue: 1"


def test_the_filter_takes_qt_events_while_it_filters_by_event(
    tracker: ActionTracker, qtbot: QtBot
) -> None:
    # Its event filter was once named ``event``, hiding QObject.event: each Qt event sent to
    # it failed ("'str' object is not callable"), so a deleteLater never deleted it.
    proxy = ActionFilter(tracker.model)
    proxy.set_filters(None, None, str(DEMO_EVENT_ID), False)
    with qtbot.waitSignal(proxy.destroyed, timeout=2000):
        proxy.deleteLater()


def test_status_changes_in_place_and_undoes(
    tracker: ActionTracker, window: MainWindow, qtbot: QtBot
) -> None:
    tracker.select(tracker.model.action(1).outcome.id)
    index = tracker.table.selectionModel().selectedRows()[0].siblingAtColumn(ActionCol.STATUS)
    tracker.edit_status_action.trigger()
    editor = tracker.table.indexWidget(index)
    assert isinstance(editor, QComboBox)  # the status choices, in words
    assert editor.currentText() == "Open"
    editor.setCurrentIndex(editor.findData("done"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    store = window.context.store

    def status() -> str:
        texts = {o.text: o for o in store.select(Outcome, order_by="captured_at")}
        fields = texts["Envoyer la fiche <b>&</b>"].kind_fields()
        assert isinstance(fields, ActionFields)
        return fields.status

    qtbot.waitUntil(lambda: status() == "done")  # Qt commits on the next event-loop turn
    assert cells(tracker, ActionCol.STATUS)[1] == "Done"  # no longer overdue
    assert tracker.count_label.text() == "Actions: 3"
    assert tracker.table.selectionModel().selectedRows()[0].row() == index.row()
    window.context.undo_stack.undo()
    assert cells(tracker, ActionCol.STATUS)[1] == "Open — Overdue"


def test_a_status_in_final_minutes_changes_only_as_an_amendment(
    window: MainWindow, answers: Prompts, clock: FakeClock
) -> None:
    store = window.context.store
    execute(store, CreateDemoEvent())
    session_id = sessions_of(store, DEMO_EVENT_ID)[0].id
    made = window.context.execute(
        CaptureOutcome(event_id=DEMO_EVENT_ID, session_id=session_id, text="Fiche", kind="action"),
        "capture",
    )
    assert made is not None
    window.context.execute(SetSessionFinal(session_id=session_id, final=True), "final")
    clock.advance(60)  # a minute after the minutes were marked final
    window.tracker_action.trigger()
    tracker = window.action_tracker
    assert tracker is not None
    model = tracker.model
    row = next(r for r in range(model.rowCount()) if model.action(r).outcome.id == made.value)

    def status() -> str:
        fields = store.require(Outcome, made.value).kind_fields()
        assert isinstance(fields, ActionFields)
        return fields.status

    answers.confirm_answer = False  # not an amendment: nothing changes
    assert not model.setData(model.index(row, ActionCol.STATUS), "done")
    assert "are final" in answers.confirms[-1] and status() == "open"
    answers.confirm_answer = True
    assert model.setData(model.index(row, ActionCol.STATUS), "done")
    assert status() == "done"
    assert store.require(Outcome, made.value).text == "Fiche"  # the amendment changes only that
    [(outcome_id, _, _)] = amendments(store, store.require(Session, session_id))
    assert outcome_id == made.value


def test_opens_the_action_in_its_event(tracker: ActionTracker, window: MainWindow) -> None:
    outcome_id = tracker.model.action(2).outcome.id
    tracker.select(outcome_id)
    tracker.open_action.trigger()
    assert window.current_event_id() == DEMO_EVENT_ID
    page = window.page.capture
    assert window.page.tabs.currentWidget() is page
    assert page.selected_ids() == [outcome_id]


def test_a_closed_tracker_catches_up_when_shown(tracker: ActionTracker, window: MainWindow) -> None:
    tracker.close()
    capture_action(window, DEMO_EVENT_ID, "Écrire le compte rendu", due="2022-02-20")
    assert tracker.model.stale and tracker.model.rowCount() == 3  # nothing read meanwhile
    window.tracker_action.trigger()
    assert tracker.model.rowCount() == 4
    assert "Écrire le compte rendu" in cells(tracker, ActionCol.ACTION)
    assert tracker.count_label.text() == "Actions: 4 · overdue: 2"
