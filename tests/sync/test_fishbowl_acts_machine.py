"""A Hypothesis state machine: two to four laptops run one fishbowl and one round-robin.

Each laptop acts on its own database (queue joins and leaves, seats, leaving the
circle, topics, the floor; next person with an answer, skips, absences, order moves)
and syncs through its own copy of the shared folder; files travel between the copies
one at a time, in any order, some twice, some late. After everything has travelled,
every laptop shows the same fishbowl and the same round, and every act made anywhere
is there exactly once: each queue join, each stay in a chair, each answer.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from forum_desktop.methods.fishbowl import fishbowl_view
from forum_desktop.methods.round_robin import round_view
from forum_desktop.models import (
    FishbowlQueueEntry,
    FishbowlRotation,
    Outcome,
    OutcomeKind,
    RoundTurn,
)
from forum_desktop.notices import NoticeError
from forum_desktop.services.agenda import AddItem, AddSession
from forum_desktop.services.commands import Command, execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.fishbowl import (
    GiveFloor,
    JoinQueue,
    LeaveCircle,
    LeaveQueue,
    Seat,
    SeatPanel,
    SetChairs,
    SetTopic,
)
from forum_desktop.services.operations import OpResult
from forum_desktop.services.participants import AddParticipant
from forum_desktop.services.round_robin import (
    GiveTurn,
    MarkAbsent,
    MoveInOrder,
    NextPerson,
    Shuffle,
    Skip,
)
from forum_desktop.sync.engine import sync_event
from tests.sync.laptops import Laptop, everything_travels, open_laptop

pytestmark = pytest.mark.slow

PEOPLE = 5
laptop_pick = st.integers(0, 3)
person_pick = st.integers(0, PEOPLE - 1)
chair_pick = st.integers(0, 2)


def files_of(folder: Path) -> list[Path]:
    return sorted(p.relative_to(folder) for p in folder.rglob("*") if p.is_file())


class MethodActs(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.temp = tempfile.TemporaryDirectory()
        self.root = Path(self.temp.name)
        self.laptops: list[Laptop] = []
        self.folders: list[Path] = []
        self.joins: set[UUID] = set()
        """Every queue entry a join made, on any laptop."""
        self.stays: set[UUID] = set()
        """Every stay a seat made."""
        self.answers: set[UUID] = set()

    @initialize(count=st.integers(2, 4))
    def start(self, count: int) -> None:
        self.laptops = [open_laptop(self.root / f"laptop{i}", f"L{i}") for i in range(count)]
        self.folders = [self.root / f"folder{i}" for i in range(count)]
        first = self.laptops[0].store
        self.event_id = execute(first, CreateEvent(title="Forum")).value
        self.people = [
            execute(first, AddParticipant(event_id=self.event_id, name=f"P{n}")).value
            for n in range(PEOPLE)
        ]
        session_id = execute(first, AddSession(event_id=self.event_id, title="Matinée")).value
        self.fishbowl = execute(first, AddItem(session_id=session_id, title="Aquarium")).value
        self.round = execute(first, AddItem(session_id=session_id, title="Tour de table")).value
        execute(first, SetChairs(item_id=self.fishbowl, chairs=3, keep_open=True))
        for folder in self.folders:
            folder.mkdir()
        sync_event(first, self.event_id, self.folders[0])
        for folder in self.folders[1:]:
            shutil.copytree(self.folders[0], folder, dirs_exist_ok=True)
        for i, laptop in enumerate(self.laptops):
            sync_event(laptop.store, self.event_id, self.folders[i])

    def _laptop(self, pick: int) -> Laptop:
        return self.laptops[pick % len(self.laptops)]

    def _act(self, pick: int, make: Any) -> OpResult | None:
        """Run the command ``make(now)`` builds on one laptop; a refusal changes nothing."""
        laptop = self._laptop(pick)
        laptop.clock.advance(2)
        command: Command = make(laptop.clock.now())
        try:
            return execute(laptop.store, command)
        except NoticeError:
            return None

    # --- the fishbowl ------------------------------------------------------------------

    @rule(laptop=laptop_pick, person=person_pick)
    def join_queue(self, laptop: int, person: int) -> None:
        who = self.people[person]
        done = self._act(
            laptop, lambda at: JoinQueue(item_id=self.fishbowl, participant_id=who, at=at)
        )
        if done is not None and done.value is not None:
            self.joins.add(done.value)

    @rule(laptop=laptop_pick, person=person_pick)
    def leave_queue(self, laptop: int, person: int) -> None:
        who = self.people[person]
        self._act(laptop, lambda at: LeaveQueue(item_id=self.fishbowl, participant_id=who, at=at))

    @rule(laptop=laptop_pick, chair=st.one_of(st.none(), chair_pick))
    def seat(self, laptop: int, chair: int | None) -> None:
        done = self._act(laptop, lambda at: Seat(item_id=self.fishbowl, at=at, chair=chair))
        if done is not None:
            self.stays.add(done.value)

    @rule(laptop=laptop_pick, picks=st.lists(person_pick, min_size=1, max_size=3, unique=True))
    def seat_panel(self, laptop: int, picks: list[int]) -> None:
        who = [self.people[pick] for pick in picks]
        self._act(laptop, lambda at: SeatPanel(item_id=self.fishbowl, participant_ids=who, at=at))

    @rule(laptop=laptop_pick, chair=chair_pick)
    def leave_circle(self, laptop: int, chair: int) -> None:
        self._act(laptop, lambda at: LeaveCircle(item_id=self.fishbowl, chair=chair, at=at))

    @rule(laptop=laptop_pick, chair=chair_pick)
    def give_floor(self, laptop: int, chair: int) -> None:
        self._act(laptop, lambda at: GiveFloor(item_id=self.fishbowl, chair=chair, at=at))

    @rule(laptop=laptop_pick, topic=st.sampled_from(["MOOC", "Pairs"]))
    def set_topic(self, laptop: int, topic: str) -> None:
        self._act(laptop, lambda at: SetTopic(item_id=self.fishbowl, topic=topic, at=at))

    # --- the round-robin ---------------------------------------------------------------

    @rule(laptop=laptop_pick, answer=st.sampled_from(["", "Apprendre", "Partager"]))
    def next_person(self, laptop: int, answer: str) -> None:
        done = self._act(
            laptop, lambda at: NextPerson(item_id=self.round, at=at, timed=True, answer=answer)
        )
        if done is not None:
            self.answers |= {
                c.record_id for c in done.changes if c.record_type == Outcome.record_type
            }

    @rule(laptop=laptop_pick)
    def skip(self, laptop: int) -> None:
        self._act(laptop, lambda at: Skip(item_id=self.round, at=at, timed=True))

    @rule(laptop=laptop_pick, person=person_pick, absent=st.booleans())
    def mark_absent(self, laptop: int, person: int, absent: bool) -> None:
        who = self.people[person]
        self._act(
            laptop,
            lambda at: MarkAbsent(item_id=self.round, at=at, participant_id=who, absent=absent),
        )

    @rule(laptop=laptop_pick, person=person_pick)
    def give_turn(self, laptop: int, person: int) -> None:
        who = self.people[person]
        self._act(
            laptop,
            lambda at: GiveTurn(item_id=self.round, at=at, timed=True, participant_id=who),
        )

    @rule(laptop=laptop_pick, seed=st.integers(0, 2**31 - 1))
    def shuffle(self, laptop: int, seed: int) -> None:
        self._act(laptop, lambda at: Shuffle(item_id=self.round, at=at, seed=seed))

    @rule(laptop=laptop_pick, person=person_pick, to=st.integers(0, PEOPLE))
    def move_in_order(self, laptop: int, person: int, to: int) -> None:
        who = self.people[person]
        self._act(
            laptop, lambda at: MoveInOrder(item_id=self.round, at=at, participant_id=who, to=to)
        )

    # --- files travelling --------------------------------------------------------------

    @rule(laptop=laptop_pick)
    def sync(self, laptop: int) -> None:
        index = laptop % len(self.laptops)
        sync_event(self.laptops[index].store, self.event_id, self.folders[index])

    @rule(source=laptop_pick, to=laptop_pick, pick=st.integers(0, 1000))
    def carry_a_file(self, source: int, to: int, pick: int) -> None:
        """A sync tool moves one file (again, if it had already: a duplicate)."""
        source, to = source % len(self.folders), to % len(self.folders)
        available = files_of(self.folders[source])
        if not available or source == to:
            return
        name = available[pick % len(available)]
        destination = self.folders[to] / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_bytes((self.folders[source] / name).read_bytes())

    @invariant()
    def nobody_is_in_two_places(self) -> None:
        for laptop in self.laptops:
            view = fishbowl_view(laptop.store, self.fishbowl)
            sitting = [person for person in view.seats if person is not None]
            assert len(set(sitting)) == len(sitting)
            assert len(set(view.queue)) == len(view.queue) and not set(view.queue) & set(sitting)

    @invariant()
    def the_round_holds_together(self) -> None:
        for laptop in self.laptops:
            view = round_view(laptop.store, self.round, self.event_id)
            assert sorted(view.order) == sorted(self.people)  # everyone, once
            assert view.current is None or view.current not in view.absent
            assert not set(view.skipped) & view.done and view.current not in view.skipped

    def everything_travels(self) -> None:
        everything_travels(self.laptops, self.event_id, self.folders)

    def teardown(self) -> None:
        try:
            if self.laptops:
                self.everything_travels()
                self.check_everyone_agrees()
        finally:
            for laptop in self.laptops:
                laptop.close()
            self.temp.cleanup()

    def check_everyone_agrees(self) -> None:
        first = self.laptops[0].store
        fishbowl = fishbowl_view(first, self.fishbowl)
        rounds = round_view(first, self.round, self.event_id)
        for laptop in self.laptops:
            store = laptop.store
            assert fishbowl_view(store, self.fishbowl) == fishbowl
            assert round_view(store, self.round, self.event_id) == rounds
            entries = store.select(FishbowlQueueEntry, {"item_id": self.fishbowl})
            assert sorted(e.id for e in entries) == sorted(self.joins)  # each join, once
            stays = {s.id for s in store.select(FishbowlRotation, {"item_id": self.fishbowl}, "id")}
            assert self.stays <= stays  # each seat (topic switches add pieces)
            answers = store.select(Outcome, {"kind": OutcomeKind.ANSWER.value}, "created_at")
            assert sorted(a.id for a in answers) == sorted(self.answers)  # each answer, once
            turns = store.select(RoundTurn, {"item_id": self.round}, "id")
            assert len(turns) == len({t.participant_id for t in turns})  # one per person


# CI runs 12 examples of up to 20 steps (about 20 s on the shared 2-core machine).
MethodActs.TestCase.settings = settings(
    max_examples=12,
    stateful_step_count=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
test_fishbowl_and_round_robin_acts_add_up_across_laptops = MethodActs.TestCase
