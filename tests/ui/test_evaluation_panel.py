"""The console opens and closes a session's evaluation on the phones and shows how many
answered, with the average usefulness."""

from __future__ import annotations

from uuid import uuid4

import pytest
from pytestqt.qtbot import QtBot

from forum_desktop.services.evaluation import AnswerEvaluation, SetEvaluationOpen, is_open
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.language import install
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


@pytest.mark.parametrize(
    ("language", "expected"),
    [("fr", "utilité moyenne 4,5 sur 5"), ("es", "utilidad media 4,5 de 5")],
)
def test_the_average_is_written_as_the_interface_language_writes_decimals(
    context: AppContext, qtbot: QtBot, language: str, expected: str
) -> None:
    room = build_room(context.store)
    context.execute(SetEvaluationOpen(session_id=room.session_id, open=True), "open")
    for useful in (4, 5):
        command = AnswerEvaluation(session_id=room.session_id, voter=uuid4(), useful=useful)
        context.execute(command, "phone")
    install(language)
    try:
        console = RoomConsole(context, room.event_id, None)
        qtbot.addWidget(console)
        assert console.evaluation.summary_label.text().endswith(expected)
    finally:
        install("en")
