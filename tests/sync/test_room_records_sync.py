"""What phones sent travels between laptops: a text's moderation merges latest-wins (one
record per text), questions, upvotes and evaluation answers made on two laptops add up,
and both laptops show the room the same."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import UUID, uuid4

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forum_desktop.methods.idea_acts import AddIdea, item_ideas
from forum_desktop.services.agenda import AddItem, AddSession
from forum_desktop.services.commands import execute
from forum_desktop.services.evaluation import (
    AnswerEvaluation,
    SetEvaluationOpen,
    evaluation_summary,
)
from forum_desktop.services.events import CreateEvent
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
        self.event_id: UUID = execute(store, CreateEvent(title="Forum")).value
        self.session_id: UUID = execute(
            store, AddSession(event_id=self.event_id, title="Matinée")
        ).value
        self.item: UUID = execute(
            store, AddItem(session_id=self.session_id, title="1-2-4-All")
        ).value
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


DECISIONS = st.sampled_from(["approve", "hide", "edit", "none"])


@settings(max_examples=8, deadline=None)  # CI runs 8: two databases per example
@given(
    decisions=st.lists(st.tuples(DECISIONS, DECISIONS), min_size=1, max_size=3),
    votes=st.tuples(st.integers(0, 3), st.integers(0, 3)),
    gaps=st.tuples(st.integers(0, 30), st.integers(0, 30)),
)
def test_any_decisions_on_two_laptops_end_the_same_on_both(
    tmp_path_factory: pytest.TempPathFactory,
    decisions: list[tuple[str, str]],
    votes: tuple[int, int],
    gaps: tuple[int, int],
) -> None:
    pair = Pair(tmp_path_factory.mktemp("pair"))
    try:
        f = pair.facilitator
        ids = []
        for n in range(len(decisions)):
            f.clock.advance(1)
            phone = SendFromPhone(act=AddIdea(item_id=pair.item, text=f"Idea {n}"))
            ids.append(execute(f.store, phone).value)
        question = execute(
            f.store, AskQuestion(session_id=pair.session_id, item_id=pair.item, text="Why?")
        ).value
        pair.sync()
        for laptop, gap, column, count in zip(pair.laptops, gaps, range(2), votes, strict=True):
            laptop.clock.advance(gap)
            for outcome_id, chosen in zip(ids, decisions, strict=True):
                decide(laptop, outcome_id, chosen[column])
            for _ in range(count):
                execute(laptop.store, Upvote(question_id=question, voter=uuid4()))
        pair.sync()
        shown = [shown_texts(lap.store, item_ideas(lap.store, pair.item)) for lap in pair.laptops]
        assert shown[0] == shown[1]
        counted = [questions_view(lap.store, pair.session_id)[0].votes for lap in pair.laptops]
        assert counted == [sum(votes)] * 2
        # What the phones typed is never lost, whatever was decided.
        typed = [[i.text for i in item_ideas(lap.store, pair.item)] for lap in pair.laptops]
        assert typed == [[f"Idea {n}" for n in range(len(decisions))]] * 2
    finally:
        for laptop in pair.laptops:
            laptop.close()


def decide(laptop: Laptop, outcome_id: UUID, decision: str) -> None:
    if decision == "approve":
        execute(laptop.store, Approve(outcome_ids=(outcome_id,)))
    elif decision == "hide":
        execute(laptop.store, Hide(outcome_id=outcome_id))
    elif decision == "edit":
        execute(laptop.store, EditShown(outcome_id=outcome_id, text=f"{laptop.name}'s words"))
