"""The event's "Logo in the footer too": a checkbox under the logo in the details tab,
usable only while the event has a logo; each change is one undo step."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from forum_desktop.models import Event
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.logo import SetEventLogo
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.event_details import EventDetails
from tests.photo_bytes import png_bytes

LOGO = png_bytes(240, 80)


def test_without_a_logo_the_choice_is_disabled_and_says_why(
    context: AppContext, qtbot: QtBot
) -> None:
    event_id = execute(context.store, CreateEvent(title="Forum")).value
    details = EventDetails(context)
    qtbot.addWidget(details)
    details.set_event(event_id)
    assert not details.footer_logo.isEnabled()
    assert "no logo" in details.footer_logo.toolTip()
    context.execute(SetEventLogo(event_id=event_id, image=LOGO), "Set the logo")
    assert details.footer_logo.isEnabled()
    assert "no logo" not in details.footer_logo.toolTip()


def test_the_choice_is_saved_as_it_changes_and_undone(context: AppContext, qtbot: QtBot) -> None:
    event_id = execute(context.store, CreateEvent(title="Forum")).value
    execute(context.store, SetEventLogo(event_id=event_id, image=LOGO))
    details = EventDetails(context)
    qtbot.addWidget(details)
    details.set_event(event_id)
    assert details.footer_logo.isEnabled() and not details.footer_logo.isChecked()

    details.footer_logo.click()
    assert context.store.require(Event, event_id).footer_logo is True
    assert context.undo_stack.undoText() == "Change the logo in the footer"

    context.undo_stack.undo()
    assert context.store.require(Event, event_id).footer_logo is False
    assert not details.footer_logo.isChecked()
    context.undo_stack.redo()
    assert context.store.require(Event, event_id).footer_logo is True
    assert details.footer_logo.isChecked()
