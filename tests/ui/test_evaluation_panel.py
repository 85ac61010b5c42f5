"""The console opens and closes a session's evaluation on the phones and shows how many
answered, with the average usefulness."""

from __future__ import annotations

from uuid import uuid4

from pytestqt.qtbot import QtBot

from forum_desktop.services.evaluation import AnswerEvaluation, is_open
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.room_console import RoomConsole
from tests.participants.examples import build_room


def test_the_facilitator_opens_the_evaluation_and_sees_the_answers(
    context: AppContext, qtbot: QtBot
) -> None:
    room = build_room(context.store)
    console = RoomConsole(context, room.event_id, None)
    qtbot.addWidget(console)
    panel = console.evaluation
    assert panel.session_combo.currentText() == "Morning"
    assert panel.toggle_button.text() == "&Open the evaluation"
    assert panel.summary_label.text() == "0 answers"
    panel.toggle_button.click()
    assert is_open(context.store, room.session_id)
    assert panel.toggle_button.text() == "&Close the evaluation"
    for useful in (4, 5):
        command = AnswerEvaluation(session_id=room.session_id, voter=uuid4(), useful=useful)
        context.execute(command, "phone")
    assert panel.summary_label.text() == "2 answers · average usefulness 4.5 of 5"
    panel.toggle_button.click()
    assert not is_open(context.store, room.session_id)
    context.undo_stack.undo()
    assert panel.toggle_button.text() == "&Close the evaluation"
