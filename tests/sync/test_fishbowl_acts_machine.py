"""A Hypothesis state machine: two to four laptops, whose clocks disagree
(``CLOCK_SKEWS``), run one fishbowl and one round-robin.

Each laptop acts on its own database (queue joins and leaves, seats, leaving the
circle, topics, the floor; next person with an answer, skips, absences, order moves),
undoes and redoes its last act, and syncs through its own copy of the shared folder;
files travel between the copies one at a time, in any order, some twice, some late.
After everything has travelled, every laptop shows the same fishbowl and the same round,
and every act made anywhere and not undone is there exactly once: each answer, each
stay in a chair, each queue join. A queue join undone on one laptop while another
changed it (took the person out of the queue, seated them) stays, as the merge keeps an
edit concurrent with a delete (docs/architecture.md): it is one the laptops made.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from uuid import UUID

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import initialize, invariant, rule

from forum_desktop.methods.fishbowl import fishbowl_view
from forum_desktop.methods.round_robin import round_view
from forum_desktop.models import (
    ChangeKind,
    FishbowlQueueEntry,
    FishbowlRotation,
    Outcome,
    OutcomeKind,
    RoundTurn,
    SpeakerTurn,
)
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
from forum_desktop.services.run import floor_holder
from tests.sync.laptops import (
    CLOCK_SKEWS,
    UndoingLaptops,
    UndoStacks,
    everything_travels,
    fix_device_ids,
    open_laptop,
    share_event,
)

pytestmark = pytest.mark.slow

PEOPLE = 5
laptop_pick = st.integers(0, 3)
person_pick = st.integers(0, PEOPLE - 1)
chair_pick = st.integers(0, 2)


class MethodActs(UndoingLaptops):
    def __init__(self) -> None:
        super().__init__()
        self.temp = tempfile.TemporaryDirectory()
        self.root = Path(self.temp.name)
        self.laptops = []
        self.folders = []
        self.stacks = UndoStacks()
        self.joins: set[UUID] = set()
        """Every queue entry a join made and not undone, on any laptop."""
        self.joined: set[UUID] = set()
        """Every queue entry ever made (an undone one may stay: see the docstring)."""
        self.stays: set[UUID] = set()
        """Every stay a seat made and not undone."""
        self.answers: set[UUID] = set()

    @initialize(count=st.integers(2, 4), skews=st.lists(st.sampled_from(CLOCK_SKEWS), min_size=4))
    def start(self, count: int, skews: list[int]) -> None:
        self.laptops = [
            open_laptop(self.root / f"laptop{i}", f"L{i}", skews[i]) for i in range(count)
        ]
        fix_device_ids(self.laptops)
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
        share_event(self.laptops, self.event_id, self.folders)

    def _act(self, pick: int, make: Callable[[datetime], Command]) -> OpResult | None:
        """Run the command ``make(now)`` builds on one laptop as its undo step; a refusal
        changes nothing."""
        laptop = self.laptop(pick)
        laptop.clock.advance(2)
        done = self.stacks.act(laptop, make(laptop.clock.now()))
        if done is not None:
            self.count(done, kept=True)
        return done

    def count(self, result: OpResult, kept: bool) -> None:
        made = {
            FishbowlQueueEntry.record_type: self.joins,
            FishbowlRotation.record_type: self.stays,
            Outcome.record_type: self.answers,
        }
        for change in result.changes:
            found = made.get(change.record_type)
            if found is None or change.kind is not ChangeKind.INSERT:
                continue
            if kept:
                found.add(change.record_id)
                if found is self.joins:
                    self.joined.add(change.record_id)
            else:
                found.discard(change.record_id)

    # --- the fishbowl ------------------------------------------------------------------

    @rule(laptop=laptop_pick, person=person_pick)
    def join_queue(self, laptop: int, person: int) -> None:
        who = self.people[person]
        self._act(laptop, lambda at: JoinQueue(item_id=self.fishbowl, participant_id=who, at=at))

    @rule(laptop=laptop_pick, person=person_pick)
    def leave_queue(self, laptop: int, person: int) -> None:
        who = self.people[person]
        self._act(laptop, lambda at: LeaveQueue(item_id=self.fishbowl, participant_id=who, at=at))

    @rule(laptop=laptop_pick, chair=st.one_of(st.none(), chair_pick))
    def seat(self, laptop: int, chair: int | None) -> None:
        self._act(laptop, lambda at: Seat(item_id=self.fishbowl, at=at, chair=chair))

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
        self._act(
            laptop, lambda at: NextPerson(item_id=self.round, at=at, timed=True, answer=answer)
        )

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
                self.check_the_last_word()
        finally:
            for laptop in self.laptops:
                laptop.close()
            self.temp.cleanup()

    def check_the_last_word(self) -> None:
        """The floor given knowing everything, on the laptop whose clock is furthest behind,
        holds on every laptop after the next sync (the speaker panel, the projector)."""
        slowest = min(self.laptops, key=lambda laptop: laptop.clock.now())
        seats = fishbowl_view(slowest.store, self.fishbowl).seats
        chair = next((n for n, person in enumerate(seats) if person is not None), None)
        if chair is None:
            return
        command = GiveFloor(item_id=self.fishbowl, chair=chair, at=slowest.clock.now())
        execute(slowest.store, command)
        self.everything_travels()
        for laptop in self.laptops:
            turns = laptop.store.select(SpeakerTurn, {"item_id": self.fishbowl}, "started_at")
            holder = floor_holder(turns)
            assert holder is not None and holder.participant_id == seats[chair], laptop.name

    def check_everyone_agrees(self) -> None:
        first = self.laptops[0].store
        fishbowl = fishbowl_view(first, self.fishbowl)
        rounds = round_view(first, self.round, self.event_id)
        for laptop in self.laptops:
            store = laptop.store
            assert fishbowl_view(store, self.fishbowl) == fishbowl
            assert round_view(store, self.round, self.event_id) == rounds
            entries = store.select(FishbowlQueueEntry, {"item_id": self.fishbowl})
            assert self.joins <= {e.id for e in entries} <= self.joined  # each join, once
            stays = {s.id for s in store.select(FishbowlRotation, {"item_id": self.fishbowl}, "id")}
            assert self.stays <= stays  # each seat (topic switches add pieces)
            answers = store.select(Outcome, {"kind": OutcomeKind.ANSWER.value}, "created_at")
            assert sorted(a.id for a in answers) == sorted(self.answers)  # each answer, once
            turns = store.select(RoundTurn, {"item_id": self.round}, "id")
            assert len(turns) == len({t.participant_id for t in turns})  # one per person


# CI runs 12 examples of up to 20 steps (8 s on the shared 2-core machine). By hand, with
# undo, redo and skewed clocks: 200 examples of up to 40 steps and 100 of up to 30, then
# 150 of up to 40 under --hypothesis-seed 1, 2 and 3: nothing found.
MethodActs.TestCase.settings = settings(
    max_examples=12,
    stateful_step_count=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
test_fishbowl_and_round_robin_acts_add_up_across_laptops = MethodActs.TestCase
