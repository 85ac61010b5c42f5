"""The minutes of a session with all of the room in it: phones' texts approved, edited and
hidden, ideas and answers grouped into themes, questions with upvotes (answered,
unanswered and dismissed), an evaluation with counts and comments, a person who asked not
to be named, and a second session under the Chatham House rule. The PDF was looked at as
pictures (docs/images/minutes-room-*.png); this reads its text back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from uuid import UUID, uuid4

from forum_desktop.clock import FakeClock
from forum_desktop.export.minutes_data import load_minutes
from forum_desktop.export.minutes_options import MinutesOptions
from forum_desktop.export.minutes_pdf import minutes_pdf
from forum_desktop.methods.idea_acts import AddIdea, GroupIdeasIntoTheme
from forum_desktop.models import AgendaItem, Session
from forum_desktop.services.capture import CaptureOutcome
from forum_desktop.services.commands import execute
from forum_desktop.services.evaluation import AnswerEvaluation, SetEvaluationOpen
from forum_desktop.services.moderation import Approve, EditShown, Hide, SendFromPhone
from forum_desktop.services.participants import AddParticipant
from forum_desktop.services.room_questions import (
    AnswerQuestion,
    AskQuestion,
    DismissQuestion,
    Upvote,
)
from forum_desktop.services.round_robin import RecordAnswer
from forum_desktop.storage import Store
from tests.export.pdf_reading import page_texts
from tests.participants.examples import build_room


@dataclass(frozen=True)
class Built:
    event_id: UUID
    session_id: UUID
    closed_session_id: UUID


def a_session_with_all_of_the_room(store: Store, clock: FakeClock) -> Built:
    room = build_room(store)
    ideas_item, round_item = room.items["one-two-four-all"], room.items["round-robin"]
    unnamed = execute(
        store, AddParticipant(event_id=room.event_id, name="Moussa Sy", no_name=True)
    ).value

    def later(command: object) -> UUID:
        clock.advance(30)
        return execute(store, command).value  # type: ignore[arg-type, no-any-return]

    # 1-2-4-All: the laptop's ideas and the phones' (approved, edited, hidden).
    laptop = [
        later(AddIdea(item_id=ideas_item, text=text))
        for text in ("Peer visits between cities", "A shared budget template")
    ]
    approved = later(SendFromPhone(act=AddIdea(item_id=ideas_item, text="Open data on wells")))
    edited = later(
        SendFromPhone(act=AddIdea(item_id=ideas_item, text="Mentoring, ask Awa (she knows)"))
    )
    hidden = later(SendFromPhone(act=AddIdea(item_id=ideas_item, text="The mayor is an idiot")))
    execute(store, Approve(outcome_ids=(approved,)))
    execute(store, EditShown(outcome_id=edited, text="Mentoring between cities"))
    execute(store, Hide(outcome_id=hidden))
    execute(
        store,
        GroupIdeasIntoTheme(
            item_id=ideas_item, idea_ids=(laptop[0], edited), name="Learning between cities"
        ),
    )
    execute(
        store,
        GroupIdeasIntoTheme(item_id=ideas_item, idea_ids=(laptop[1], approved), name="Open books"),
    )

    # The round: answers by name, one of a person who asked not to be named; themes.
    answers = [
        later(RecordAnswer(item_id=round_item, participant_id=person, text=text))
        for person, text in (
            (room.people["Awa Diop"], "Clean water in every school"),
            (unnamed, "Night buses to the markets"),
            (room.people["João Pereira"], "Safe bike lanes"),
        )
    ]
    for name, grouped in (("Water", answers[:1]), ("Getting around", answers[1:])):
        execute(store, GroupIdeasIntoTheme(item_id=round_item, idea_ids=tuple(grouped), name=name))

    # Questions from phones, backed by others; answered, left open, dismissed.
    def ask(text: str) -> UUID:
        asker = room.people["Lucía Gómez"]
        return later(
            AskQuestion(session_id=room.session_id, item_id=round_item, text=text, asked_by=asker)
        )

    wells, lunch, follow_up = (
        ask(text) for text in ("Who pays for the wells?", "When is lunch?", "Is there a follow-up?")
    )
    for _ in range(3):
        execute(store, Upvote(question_id=wells, voter=uuid4()))
    execute(store, Upvote(question_id=follow_up, voter=uuid4()))
    execute(store, AnswerQuestion(question_id=wells, answer="The region, from 2027."))
    execute(store, DismissQuestion(question_id=lunch))

    # The evaluation: counts per grade and comments.
    execute(store, SetEvaluationOpen(session_id=room.session_id, open=True))
    for useful, keep, change in (
        (5, "The fishbowl", ""),
        (4, "", "Longer breaks"),
        (4, "Meeting other mayors", ""),
        (2, "", "Fewer slides"),
    ):
        execute(
            store,
            AnswerEvaluation(
                session_id=room.session_id, voter=uuid4(), useful=useful, keep=keep, change=change
            ),
        )

    # An afternoon under the Chatham House rule: what is said there names nobody.
    closed = store.fresh(
        Session(
            event_id=room.event_id,
            title="Closed-door exchange",
            date=dt.date(2022, 2, 23),
            start_time=dt.time(14),
            chatham_house=True,
        )
    )
    store.insert(closed)
    item = store.fresh(
        AgendaItem(session_id=closed.id, title="Frank talk", position=0, planned_minutes=45)
    )
    store.insert(item)
    execute(
        store,
        CaptureOutcome(
            event_id=room.event_id,
            session_id=closed.id,
            item_id=item.id,
            kind="quote",
            text="Our budget was cut by half",
            fields={"speaker_id": str(room.people["João Pereira"]), "speaker_name": "João Pereira"},
        ),
    )
    return Built(room.event_id, room.session_id, closed.id)


def test_the_minutes_of_a_session_with_all_of_the_room(store: Store, clock: FakeClock) -> None:
    built = a_session_with_all_of_the_room(store, clock)
    pages = page_texts(minutes_pdf(load_minutes(store, built.event_id, MinutesOptions())))
    text = " ".join(pages)
    proceedings = text.split("Proceedings")[-1]

    # Moderation: the approved and the edited phones' texts print, the hidden one never.
    assert "Open data on wells" in proceedings
    assert "Mentoring between cities" in proceedings
    assert "idiot" not in text
    # Themes with their ideas and answers.
    for theme, ideas in (
        ("Learning between cities", ("Peer visits between cities", "Mentoring between cities")),
        ("Open books", ("A shared budget template", "Open data on wells")),
        ("Water", ("Clean water in every school",)),
        ("Getting around", ("Night buses to the markets", "Safe bike lanes")),
    ):
        assert f"{theme} — {'; '.join(ideas)}" in proceedings
    # Questions: answered with its backing, unanswered, the dismissed left out.
    assert "Who pays for the wells? Answer: The region, from 2027. · Backed by: 3" in text
    assert "Is there a follow-up? Not answered · Backed by: 1" in text
    assert "When is lunch?" not in text
    # The evaluation: answers, counts per grade, average, comments.
    evaluation = proceedings.split("Evaluation of the session")[1]
    assert "Answers: 4" in evaluation and "Average: 3.8" in evaluation
    for comment in ("The fishbowl", "Meeting other mayors", "Longer breaks", "Fewer slides"):
        assert comment in evaluation
    # The person who asked not to be named: counted, never named.
    assert "Moussa Sy" not in text
    assert "(not named) Night buses to the markets" in proceedings
    assert "Asked not to be named (counted above, not listed): 1" in text
    # The Chatham House session says so, and names nobody.
    closed = proceedings.split("Closed-door exchange")[-1]
    assert closed.split("Minutes not final yet ")[1].startswith(
        "Held under the Chatham House rule: nothing said here is attributed to anyone."
    )
    assert "Our budget was cut by half" in closed
    assert "João Pereira" not in closed
