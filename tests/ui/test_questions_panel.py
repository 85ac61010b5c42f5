"""The console's questions from phones: most backed first; answered with a note for the
minutes, or dismissed; each one undo step."""

from __future__ import annotations

from uuid import uuid4

from pytestqt.qtbot import QtBot

from forum_desktop.clock import FakeClock
from forum_desktop.services.room_questions import AskQuestion, Upvote
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.room_console import RoomConsole
from tests.participants.examples import build_room
from tests.ui.conftest import Prompts


def test_the_facilitator_answers_and_dismisses_questions(
    context: AppContext, qtbot: QtBot, answers: Prompts, clock: FakeClock
) -> None:
    store = context.store
    room = build_room(store)
    console = RoomConsole(context, room.event_id, None)
    qtbot.addWidget(console)
    panel = console.questions
    ids = []
    for text in ("Who pays?", "When is lunch?"):
        clock.advance(30)
        command = AskQuestion(
            session_id=room.session_id, item_id=room.items["dot-voting"], text=text
        )
        result = context.execute(command, "phone")
        assert result is not None
        ids.append(result.value)
    for _ in range(2):
        context.execute(Upvote(question_id=ids[1], voter=uuid4()), "phone")

    def rows() -> list[str]:
        return [panel.questions_list.item(n).text() for n in range(panel.questions_list.count())]

    assert rows() == ["2 votes — When is lunch?", "0 votes — Who pays?"]
    assert not panel.answer_button.isEnabled()
    panel.questions_list.setCurrentRow(1)
    answers.texts.append("The region.")
    panel.answer_button.click()
    panel.questions_list.setCurrentRow(0)
    panel.dismiss_button.click()
    assert rows() == ["Dismissed — When is lunch?", "Answered — Who pays? → The region."]
    assert not panel.dismiss_button.isEnabled()
    context.undo_stack.undo()
    assert rows() == ["2 votes — When is lunch?", "Answered — Who pays? → The region."]
