"""A Hypothesis state machine: someone is removed from the roster on one laptop while
other laptops are still giving them the floor, seating them, grouping them or counting
their vote, over 2 to 4 laptops whose clocks disagree (``CLOCK_SKEWS``).

One event with a round-robin, a fishbowl, breakout groups and a dot vote, made on one
laptop and travelled to all. The laptops remove and add people (``DeleteParticipants``,
``AddParticipant``), give the next person the turn with an answer, give someone the turn,
record a phone's answer, queue and seat people in the fishbowl and send them back, move
people between groups, make new groups and choose a group's rapporteur, cast a person's
ballot, and undo and redo their last act; ``remove_while_acting`` makes the race on
purpose: two laptops that know the same roster, one removes a person while the other acts
on them, then they meet. Change files travel one at a time, late, cut short or twice.

The rule (the product's): removing someone from the roster takes them out of what is to
come (the round's order), never out of what was done. After every step every laptop
shows every method (the views the screens read: ``round_view``, ``fishbowl_view``,
``breakouts_view``, ``vote_view``, the fairness count) without failing. Once everything
has travelled all laptops hold the same records and show the same methods, nothing is
held back, every act made and not undone is in the method's record (each answer with its
words and speaker, each queue join, each stay in a chair, each group move, each ballot),
and every answer prints in the minutes with the name its speaker had.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import initialize, invariant, rule

from forum_desktop.export.minutes_data import load_minutes
from forum_desktop.export.minutes_md import minutes_markdown
from forum_desktop.export.minutes_options import MinutesOptions
from forum_desktop.methods.breakout_acts import (
    ChooseRapporteur,
    MakeGroups,
    MoveToGroup,
    breakouts_view,
)
from forum_desktop.methods.dot_vote import vote_view
from forum_desktop.methods.fairness import fairness
from forum_desktop.methods.fishbowl import fishbowl_view
from forum_desktop.methods.round_robin import round_view
from forum_desktop.models import (
    AttendanceStatus,
    BreakoutMember,
    ChangeKind,
    DotVoteBallot,
    FishbowlQueueEntry,
    FishbowlRotation,
    Outcome,
    OutcomeKind,
    Participant,
    SpeakerTurn,
)
from forum_desktop.services.agenda import AddItem, AddSession
from forum_desktop.services.commands import Command, execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.fishbowl import JoinQueue, LeaveCircle, Seat, SetChairs
from forum_desktop.services.operations import OpResult
from forum_desktop.services.participants import AddParticipant, CheckIn, DeleteParticipants
from forum_desktop.services.round_robin import GiveTurn, NextPerson, RecordAnswer
from forum_desktop.services.vote import AddOption, CastBallot
from tests.services.method_examples import apply_method
from tests.sync.laptops import (
    CLOCK_SKEWS,
    LAPTOP_PICK,
    Laptop,
    UndoingLaptops,
    UndoStacks,
    everything_travels,
    fix_device_ids,
    open_laptop,
    pass_along,
    share_event,
    snapshot,
)

pytestmark = pytest.mark.slow

pick = st.integers(0, 1000)
ACTS = ("next", "give", "phone", "queue", "seat", "group", "rapporteur", "ballot")
"""What a laptop does with a person (``act_on``)."""

Made = dict[str, set[UUID]]


class RemovalLaptops(UndoingLaptops):
    def __init__(self) -> None:
        super().__init__()
        self.temp = tempfile.TemporaryDirectory()
        self.root = Path(self.temp.name)
        self.laptops = []
        self.folders = []
        self.stacks = UndoStacks()
        self.answers: dict[UUID, tuple[str, UUID]] = {}
        """Every answer saved and not taken back: its words and its speaker."""
        self.made: Made = {kind: set() for kind in ("joins", "stays", "members", "ballots")}
        self.typed = 0

    @initialize(count=st.integers(2, 4), skews=st.lists(st.sampled_from(CLOCK_SKEWS), min_size=4))
    def start(self, count: int, skews: list[int]) -> None:
        self.laptops = [
            open_laptop(self.root / f"laptop{i}", f"L{i}", skews[i]) for i in range(count)
        ]
        fix_device_ids(self.laptops)
        self.folders = [self.root / f"folder{i}" for i in range(count)]
        first = self.laptops[0].store
        self.event_id = execute(first, CreateEvent(title="Forum")).value
        people = tuple(
            execute(first, AddParticipant(event_id=self.event_id, name=name)).value
            for name in ("Awa", "Binta", "Chidi", "Diego")
        )
        execute(first, CheckIn(participant_ids=people, status=AttendanceStatus.PRESENT))
        session = execute(first, AddSession(event_id=self.event_id, title="Matinée")).value
        self.round = execute(first, AddItem(session_id=session, title="Tour")).value
        self.fishbowl = execute(first, AddItem(session_id=session, title="Aquarium")).value
        self.breakouts = execute(first, AddItem(session_id=session, title="Groupes")).value
        self.vote = execute(first, AddItem(session_id=session, title="Priorités")).value
        execute(first, SetChairs(item_id=self.fishbowl, chairs=3, keep_open=True))
        groups = MakeGroups(item_id=self.breakouts, count=2, seed=1, names=("Nord", "Sud"))
        execute(first, groups)
        apply_method(first, item_id=self.vote, method_id="dot-voting", language="fr")
        self.options = [
            execute(first, AddOption(item_id=self.vote, text=text)).value for text in ("Eau", "Air")
        ]
        share_event(self.laptops, self.event_id, self.folders)

    # --- what a laptop knows ----------------------------------------------------------------

    def roster(self, laptop: Laptop) -> list[UUID]:
        return [p.id for p in laptop.store.select(Participant, {"event_id": self.event_id}, "id")]

    def person(self, laptop: Laptop, which: int) -> UUID | None:
        people = self.roster(laptop)
        return people[which % len(people)] if people else None

    def act(self, index: int, make: Callable[[Laptop], Command | None]) -> OpResult | None:
        """``make(laptop)`` builds the command (None: nothing to do); it runs as the
        laptop's undo step, and a refusal (a notice) writes nothing."""
        laptop = self.laptop(index)
        laptop.clock.advance(2)
        command = make(laptop)
        if command is None:
            return None
        done = self.stacks.act(laptop, command)
        if done is not None:
            self.count(done, kept=True)
        return done

    def count(self, result: OpResult, kept: bool) -> None:
        kinds = {
            FishbowlQueueEntry.record_type: "joins",
            FishbowlRotation.record_type: "stays",
            BreakoutMember.record_type: "members",
            DotVoteBallot.record_type: "ballots",
        }
        for change in result.changes:
            if change.kind is not ChangeKind.INSERT:
                continue
            if change.record_type == Outcome.record_type:
                values = change.new_values()
                fields: Any = values["fields"]
                if values["kind"] == OutcomeKind.ANSWER.value and kept:
                    self.answers[change.record_id] = (
                        str(values["text"]),
                        UUID(fields["speaker_id"]),
                    )
                else:
                    self.answers.pop(change.record_id, None)
            elif change.record_type in kinds:
                made = self.made[kinds[change.record_type]]
                if kept:
                    made.add(change.record_id)
                else:
                    made.discard(change.record_id)

    def words(self) -> str:
        self.typed += 1
        return f"Réponse {self.typed}"

    # --- the roster -------------------------------------------------------------------------

    @rule(laptop=LAPTOP_PICK, which=pick)
    def remove_person(self, laptop: int, which: int) -> None:
        def make(lt: Laptop) -> Command | None:
            person = self.person(lt, which)
            return None if person is None else DeleteParticipants(participant_ids=(person,))

        self.act(laptop, make)

    @rule(laptop=LAPTOP_PICK, name=st.sampled_from(["Emeka", "Fatou"]))
    def add_person(self, laptop: int, name: str) -> None:
        self.act(laptop, lambda _: AddParticipant(event_id=self.event_id, name=name))

    # --- the methods' acts on a person ------------------------------------------------------

    def command_on(self, lt: Laptop, act: str, person: UUID, which: int) -> Command | None:
        """The command of ``act`` on ``person`` as this laptop's screen would make it."""
        now = lt.clock.now()
        if act == "next":
            return NextPerson(item_id=self.round, at=now, answer=self.words(), timed=True)
        if act == "give":
            return GiveTurn(item_id=self.round, at=now, timed=True, participant_id=person)
        if act == "phone":
            return RecordAnswer(item_id=self.round, participant_id=person, text=self.words())
        if act == "queue":
            return JoinQueue(item_id=self.fishbowl, participant_id=person, at=now)
        if act == "seat":
            if which % 2:
                return LeaveCircle(item_id=self.fishbowl, chair=which % 3, at=now)
            return Seat(item_id=self.fishbowl, at=now, chair=None)
        groups = breakouts_view(lt.store, self.breakouts).groups
        if act == "group":
            target = groups[which % len(groups)].id
            return MoveToGroup(item_id=self.breakouts, person_ids=(person,), group_id=target)
        if act == "rapporteur":
            group = next((g for g in groups if person in g.member_ids), None)
            return (
                None
                if group is None
                else ChooseRapporteur(group_id=group.id, participant_id=person)
            )
        option = self.options[which % len(self.options)]
        return CastBallot(item_id=self.vote, participant_id=person, dots={option: 1 + which % 2})

    @rule(laptop=LAPTOP_PICK, act=st.sampled_from(ACTS), who=pick, which=pick)
    def act_on(self, laptop: int, act: str, who: int, which: int) -> None:
        def make(lt: Laptop) -> Command | None:
            person = self.person(lt, who)
            return None if person is None else self.command_on(lt, act, person, which)

        self.act(laptop, make)

    @rule(remover=LAPTOP_PICK, actor=LAPTOP_PICK, act=st.sampled_from(ACTS), who=pick, which=pick)
    def remove_while_acting(self, remover: int, actor: int, act: str, who: int, which: int) -> None:
        """Two laptops that know the same roster: one removes a person while the other,
        not knowing, gives them the floor, seats them, groups them or casts their ballot."""
        i, j = remover % len(self.laptops), actor % len(self.laptops)
        if i == j:
            j = (i + 1) % len(self.laptops)
        pass_along(self.laptops, self.event_id, self.folders, i, j)
        pass_along(self.laptops, self.event_id, self.folders, j, i)
        person = self.person(self.laptops[i], who)
        if person is None or person not in self.roster(self.laptops[j]):
            return
        self.act(i, lambda _: DeleteParticipants(participant_ids=(person,)))
        self.act(j, lambda lt: self.command_on(lt, act, person, which))
        pass_along(self.laptops, self.event_id, self.folders, i, j)
        pass_along(self.laptops, self.event_id, self.folders, j, i)

    # --- what holds at every step, and after everything travelled ----------------------------

    def shown(self, laptop: Laptop) -> tuple[object, ...]:
        """Every method as the screens show it on ``laptop``."""
        store = laptop.store
        turns = store.select(SpeakerTurn, {"item_id": self.fishbowl}, "started_at")
        turns += store.select(SpeakerTurn, {"item_id": self.round}, "started_at")
        now = max(lt.clock.now() for lt in self.laptops)
        return (
            round_view(store, self.round, self.event_id),
            fishbowl_view(store, self.fishbowl),
            breakouts_view(store, self.breakouts),
            vote_view(store, self.vote),
            fairness(turns, store.select(Participant), now),
        )

    @invariant()
    def every_laptop_shows_every_method(self) -> None:
        for laptop in self.laptops:
            self.shown(laptop)
            order = round_view(laptop.store, self.round, self.event_id).order
            assert len(set(order)) == len(order)
            assert set(order) <= set(self.roster(laptop))

    def teardown(self) -> None:
        try:
            if self.laptops:
                everything_travels(self.laptops, self.event_id, self.folders)
                self.check_everyone_agrees()
                self.check_nothing_done_is_lost()
        finally:
            for laptop in self.laptops:
                laptop.close()
            self.temp.cleanup()

    def check_everyone_agrees(self) -> None:
        first = self.laptops[0]
        expected = snapshot(first.store, self.event_id)
        assert expected["sync_held"] == []
        shown = self.shown(first)
        order = round_view(first.store, self.round, self.event_id).order
        assert sorted(order) == sorted(self.roster(first))  # everyone on the roster, once
        for laptop in self.laptops[1:]:
            assert snapshot(laptop.store, self.event_id) == expected
            assert self.shown(laptop) == shown

    def check_nothing_done_is_lost(self) -> None:
        store = self.laptops[0].store
        answers = store.select(Outcome, {"kind": OutcomeKind.ANSWER.value}, "created_at")
        got = {a.id: (a.text, UUID(a.fields["speaker_id"])) for a in answers}
        assert got == self.answers  # each answer typed and not undone, once, as typed
        held = {
            "joins": store.select(FishbowlQueueEntry, {"item_id": self.fishbowl}, "id"),
            "stays": store.select(FishbowlRotation, {"item_id": self.fishbowl}, "id"),
            "members": store.select(BreakoutMember, order_by="created_at"),
            "ballots": store.select(DotVoteBallot, {"item_id": self.vote}, "id"),
        }
        for kind, made in self.made.items():
            assert made <= {record.id for record in held[kind]}, kind
        minutes = minutes_markdown(load_minutes(store, self.event_id, MinutesOptions()))
        for answer in answers:
            line = f"| {answer.fields['speaker_name']} | {answer.text}"
            assert line in minutes, line


# CI runs 10 examples of up to 25 steps (5 s here). By hand: 100 examples of up to 35
# steps, 60 of up to 30, then 150 of up to 40 under --hypothesis-seed 1, 2 and 3: nothing
# found (the views and the minutes keep a removed person's acts; the fishbowl's screen
# names them "(not on the roster)").
RemovalLaptops.TestCase.settings = settings(
    max_examples=10,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_removing_someone_mid_method_loses_nothing_done = RemovalLaptops.TestCase


def test_a_person_removed_while_another_laptop_gave_them_the_floor_keeps_what_they_did() -> None:
    """One laptop removes Awa while the other, not knowing, gives her the floor in the round,
    records her answer, seats her in the fishbowl and casts her ballot: after the sync she is
    off the roster and out of the round's order on both laptops, and everything done with
    her is kept: her answer prints in the minutes under her name, her chair and her ballot
    stay."""
    machine = RemovalLaptops()
    try:
        machine.start(count=2, skews=[0, 0])
        remover, actor = machine.laptops
        awa = next(
            p.id
            for p in remover.store.select(Participant, {"event_id": machine.event_id}, "id")
            if p.name == "Awa"
        )
        machine.act(0, lambda _: DeleteParticipants(participant_ids=(awa,)))
        for act in ("give", "phone", "queue", "seat", "ballot"):
            machine.act(1, lambda lt, act=act: machine.command_on(lt, act, awa, 0))
        everything_travels(machine.laptops, machine.event_id, machine.folders)
        for laptop in machine.laptops:
            assert awa not in machine.roster(laptop)
            assert awa not in round_view(laptop.store, machine.round, machine.event_id).order
            assert awa in fishbowl_view(laptop.store, machine.fishbowl).seats
            ballots = vote_view(laptop.store, machine.vote).ballots
            assert [b.participant_id for b in ballots] == [awa]
        minutes = minutes_markdown(load_minutes(actor.store, machine.event_id, MinutesOptions()))
        assert "| Awa | Réponse 1" in minutes
        machine.check_everyone_agrees()
        machine.check_nothing_done_is_lost()
    finally:
        for laptop in machine.laptops:
            laptop.close()
        machine.temp.cleanup()
