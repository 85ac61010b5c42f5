"""What phones sent travels between laptops: a text's moderation merges latest-wins (one
record per text), questions, upvotes and evaluation answers made on two laptops add up,
and both laptops show the room the same."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import UUID, uuid4

import pytest

from forum_desktop.methods.idea_acts import AddIdea, item_ideas
from forum_desktop.services.agenda import add_item, add_session
from forum_desktop.services.commands import execute
from forum_desktop.services.evaluation import (
    AnswerEvaluation,
    SetEvaluationOpen,
    evaluation_summary,
)
from forum_desktop.services.events import create_event
from forum_desktop.services.moderation import Approve, EditShown, Hide, SendFromPhone, shown_texts
from forum_desktop.services.room_questions import AskQuestion, Upvote, questions_view
from forum_desktop.sync.engine import sync_event
from tests.sync.laptops import Laptop, open_laptop


class Pair:
    def __init__(self, tmp_path: Path) -> None:
        self.facilitator = open_laptop(tmp_path / "f", "Facilitator")
        self.rapporteur = open_laptop(tmp_path / "r", "Rapporteur")
        self.folder = tmp_path / "shared"
        self.folder.mkdir()
        store = self.facilitator.store
        self.event_id: UUID = create_event(store, title="Forum").value
        self.session_id: UUID = add_session(store, event_id=self.event_id, title="Matinée").value
        self.item: UUID = add_item(store, session_id=self.session_id, title="1-2-4-All").value
        self.sync()

    @property
    def laptops(self) -> tuple[Laptop, Laptop]:
        return self.facilitator, self.rapporteur

    def sync(self) -> None:
        for _ in range(2):
            for laptop in self.laptops:
                sync_event(laptop.store, self.event_id, self.folder)


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    made = Pair(tmp_path)
    yield made
    for laptop in made.laptops:
        laptop.close()


def test_the_room_looks_the_same_from_both_laptops_after_a_sync(pair: Pair) -> None:
    f, r = pair.laptops
    texts = ("Wells", "Rude words", "Buses")
    ids = []
    for text in texts:
        f.clock.advance(10)
        phone = SendFromPhone(act=AddIdea(item_id=pair.item, text=text))
        ids.append(execute(f.store, phone).value)
    question = execute(
        f.store, AskQuestion(session_id=pair.session_id, item_id=pair.item, text="Who pays?")
    ).value
    execute(f.store, SetEvaluationOpen(session_id=pair.session_id, open=True))
    pair.sync()

    # Each laptop moderates and counts what its own server received, meanwhile.
    f.clock.advance(5)
    execute(f.store, Approve(outcome_ids=(ids[0],)))
    execute(f.store, Hide(outcome_id=ids[1]))
    r.clock.advance(60)  # later: its decision on the same text wins
    execute(r.store, EditShown(outcome_id=ids[1], text="Kind words"))
    execute(r.store, Approve(outcome_ids=(ids[2],)))
    for laptop in (f, r):
        execute(laptop.store, Upvote(question_id=question, voter=uuid4()))
        execute(laptop.store, AnswerEvaluation(session_id=pair.session_id, voter=uuid4(), useful=4))
    pair.sync()

    shown = [shown_texts(lap.store, item_ideas(lap.store, pair.item)) for lap in pair.laptops]
    assert shown[0] == shown[1] == ["Wells", "Kind words", "Buses"]
    votes = [[v.votes for v in questions_view(lap.store, pair.session_id)] for lap in pair.laptops]
    assert votes == [[2], [2]]
    answers = [evaluation_summary(lap.store, pair.session_id) for lap in pair.laptops]
    assert answers[0] == answers[1] and answers[0].useful == (0, 0, 0, 2, 0)
