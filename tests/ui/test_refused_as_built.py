"""A value typed into a screen that its command refuses as the screen builds it (a name
longer than a name may be) is a refusal like any other: "Not saved" and one sentence
saying what to change, never "an unexpected problem", and nothing is written."""

from __future__ import annotations

import sys
from collections.abc import Callable
from uuid import uuid4

import pytest
from pydantic import ValidationError
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from forum_desktop.methods.idea_acts import GroupIdeasIntoTheme
from forum_desktop.methods.peer_review_acts import AddCase
from forum_desktop.models import Participant
from forum_desktop.services.commands import Command, execute
from forum_desktop.services.demo import CreateDemoEvent
from forum_desktop.services.events import DuplicateEvent
from forum_desktop.services.fishbowl import SetTopic
from forum_desktop.services.moderation import EditShown
from forum_desktop.services.participants import AddParticipant
from forum_desktop.services.room_questions import AnswerQuestion
from forum_desktop.ui.errors import handle_exception
from forum_desktop.ui.main_window import MainWindow
from tests.services.helpers import T0

from .conftest import Prompts

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
AN_ID = uuid4()

TOO_LONG: list[tuple[Callable[[], Command], str]] = [
    (
        lambda: AddParticipant(event_id=AN_ID, name="A" * 501),
        "The name is too long: 500 characters at most. Shorten it.",
    ),
    (
        lambda: DuplicateEvent(event_id=AN_ID, title="Forum " * 100),
        "The title is too long: 500 characters at most. Shorten it.",
    ),
    (
        lambda: SetTopic(item_id=AN_ID, topic="T" * 501, at=T0),
        "The topic is too long: 500 characters at most. Shorten it.",
    ),
    (
        lambda: AnswerQuestion(question_id=AN_ID, answer="a" * 2001),
        "The answer is too long: 2000 characters at most. Shorten it.",
    ),
    (
        lambda: EditShown(outcome_id=AN_ID, text="t" * 2001),
        "The text is too long: 2000 characters at most. Shorten it.",
    ),
    (
        lambda: AddCase(item_id=AN_ID, organisation="O" * 501),
        "The organisation is too long: 500 characters at most. Shorten it.",
    ),
    (
        lambda: GroupIdeasIntoTheme(item_id=AN_ID, idea_ids=(AN_ID,), name="N" * 501),
        "The name is too long: 500 characters at most. Shorten it.",
    ),
]


@pytest.mark.parametrize(("build", "said"), TOO_LONG)
def test_a_command_refused_as_built_is_shown_as_not_saved(
    build: Callable[[], Command], said: str, answers: Prompts, qtbot: QtBot
) -> None:
    with pytest.raises(ValidationError) as refused:
        build()
    handle_exception(ValidationError, refused.value, None)
    assert answers.errors == [("Not saved", said)]


def test_a_record_that_does_not_validate_is_still_unexpected(
    answers: Prompts, qtbot: QtBot
) -> None:
    with pytest.raises(ValidationError) as broken:
        Participant(event_id=AN_ID, name="")
    handle_exception(ValidationError, broken.value, None)
    assert answers.errors[-1][1].startswith("Forum Desktop met an unexpected problem")


@pytest.mark.qt_no_exception_capture
def test_a_name_too_long_added_to_the_roster_is_refused_and_nothing_is_added(
    window: MainWindow, answers: Prompts, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", handle_exception)  # as the app installs it
    store = window.context.store
    event_id = execute(store, CreateDemoEvent()).value
    window.events_model.reload()
    window.open_event(event_id)
    page = window.page.roster
    window.page.tabs.setCurrentWidget(page)
    before = store.select(Participant, {"event_id": event_id})
    page.table.setFocus()
    answers.texts.append("Ana " * 200)
    qtbot.keyClick(page.table, Qt.Key.Key_A, CTRL_SHIFT)  # Add person… (a slot: the hook)
    assert answers.errors == [
        ("Not saved", "The name is too long: 500 characters at most. Shorten it.")
    ]
    assert store.select(Participant, {"event_id": event_id}) == before
    assert window.context.undo_stack.count() == 0
