"""The event's footer line: typed in the details tab, one undo step."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from forum_desktop.models import Event
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.event_details import EventDetails


def test_the_footer_line_is_saved_and_undone(context: AppContext, qtbot: QtBot) -> None:
    event_id = execute(context.store, CreateEvent(title="Forum")).value
    details = EventDetails(context)
    qtbot.addWidget(details)
    details.set_event(event_id)
    details.footer_edit.setText("CGLU Apprentissage · learning@uclg.org")
    details.footer_edit.editingFinished.emit()
    assert context.store.require(Event, event_id).footer == "CGLU Apprentissage · learning@uclg.org"
    context.undo_stack.undo()
    assert context.store.require(Event, event_id).footer == ""
    assert details.footer_edit.text() == ""
