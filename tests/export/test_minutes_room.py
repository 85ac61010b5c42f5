"""The room's phones in the minutes: under an item, the questions asked from phones and
what was answered (the dismissed left out, nobody named); at the session's end, the
evaluation's counts and comments; a phone's text the facilitator hid is left out."""

from __future__ import annotations

from uuid import UUID, uuid4

import pytest

from forum_desktop.clock import FakeClock
from forum_desktop.export.labels import NBSP
from forum_desktop.export.minutes_data import load_minutes
from forum_desktop.export.minutes_md import minutes_markdown
from forum_desktop.export.minutes_options import MinutesOptions
from forum_desktop.export.minutes_pdf import minutes_pdf
from forum_desktop.methods.idea_acts import AddIdea
from forum_desktop.models import Language, Outcome
from forum_desktop.services.commands import execute
from forum_desktop.services.evaluation import AnswerEvaluation, SetEvaluationOpen
from forum_desktop.services.moderation import Hide, SendFromPhone
from forum_desktop.services.room_questions import (
    AnswerQuestion,
    AskQuestion,
    DismissQuestion,
    Upvote,
)
from forum_desktop.storage import Store
from tests.export.pdf_reading import all_text
from tests.participants.examples import build_room


def test_questions_and_the_evaluation_print_in_the_minutes(store: Store, clock: FakeClock) -> None:
    room = build_room(store)
    item = room.items["round-robin"]

    def ask(text: str) -> UUID:
        clock.advance(60)
        return execute(
            store,
            AskQuestion(
                session_id=room.session_id,
                item_id=item,
                text=text,
                asked_by=room.people["Awa Diop"],
            ),
        ).value

    asked = [ask(q) for q in ("Who pays for the wells?", "When is lunch?", "Is there a follow-up?")]
    for _ in range(3):
        execute(store, Upvote(question_id=asked[0], voter=uuid4()))
    execute(store, AnswerQuestion(question_id=asked[0], answer="The region, from 2027."))
    execute(store, DismissQuestion(question_id=asked[1]))
    execute(store, SetEvaluationOpen(session_id=room.session_id, open=True))
    for useful, keep, change in ((5, "The fishbowl", ""), (4, "", "Longer breaks"), (4, "", "")):
        execute(
            store,
            AnswerEvaluation(
                session_id=room.session_id, voter=uuid4(), useful=useful, keep=keep, change=change
            ),
        )

    data = load_minutes(store, room.event_id, MinutesOptions())
    markdown = minutes_markdown(data)
    questions = markdown.split("Questions from the room")[1].split("\n#")[0]
    assert questions.strip().split("\n\n") == [
        "- Who pays for the wells?  \n  *Answer: The region, from 2027. · Backed by: 3*",
        "- Is there a follow-up?  \n  *Not answered*",
    ]
    assert "lunch" not in markdown  # dismissed
    assert "Awa Diop" not in questions
    evaluation = markdown.split("Evaluation of the session")[1]
    assert "Answers: 3" in evaluation
    assert "| 4 | 2 |" in evaluation and "| 5 | 1 |" in evaluation
    assert "Average: 4.3" in evaluation
    assert "- The fishbowl" in evaluation.split("What to keep")[1]
    assert "- Longer breaks" in evaluation.split("What to change")[1]
    pdf = all_text(minutes_pdf(data))
    assert "Questions from the room" in pdf and "Evaluation of the session" in pdf


def test_a_phones_text_the_facilitator_hid_is_left_out_of_the_minutes(
    store: Store, clock: FakeClock
) -> None:
    room = build_room(store)
    item = room.items["one-two-four-all"]
    for text in ("Share the wells", "Call the mayor an idiot"):
        clock.advance(10)
        hidden = execute(store, SendFromPhone(act=AddIdea(item_id=item, text=text))).value
    execute(store, Hide(outcome_id=hidden))
    markdown = minutes_markdown(load_minutes(store, room.event_id, MinutesOptions()))
    assert "Share the wells" in markdown
    assert "idiot" not in markdown
    assert store.require(Outcome, hidden).text == "Call the mayor an idiot"  # still recorded


@pytest.mark.parametrize(
    ("language", "average"),
    [("en", "Average: 4.3"), ("fr", f"Moyenne{NBSP}: 4,3"), ("es", "Media: 4,3")],
)
def test_the_evaluations_average_is_written_as_the_minutes_language_writes_decimals(
    store: Store, language: str, average: str
) -> None:
    room = build_room(store)
    execute(store, SetEvaluationOpen(session_id=room.session_id, open=True))
    for useful in (5, 4, 4):
        execute(store, AnswerEvaluation(session_id=room.session_id, voter=uuid4(), useful=useful))
    data = load_minutes(store, room.event_id, MinutesOptions(language=Language(language)))
    assert average in minutes_markdown(data)
    # pdftotext reads the no-break space as a plain one
    assert average.replace(NBSP, " ") in all_text(minutes_pdf(data)).replace(NBSP, " ")
