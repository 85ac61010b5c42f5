"""A Hypothesis state machine: 2 to 4 laptops run one dot vote at once, offline.

Each laptop adds options, casts anonymous ballots and its own participant's ballot
(cast again: replaced), and retracts ballots it sees; change files travel between the
laptops' copies of the shared folder one at a time, in any order, late or twice (a
sync tool's conflict copy). After an all-round sync every laptop shows the same vote,
and every ballot cast and not retracted is counted exactly once.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from uuid import UUID

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule

from forum_desktop.methods.dot_vote import vote_view
from forum_desktop.services.agenda import AddItem, AddSession
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.participants import AddParticipant
from forum_desktop.services.vote import AddOption, CastBallot, RetractBallot, VoteError
from forum_desktop.sync.engine import sync_event
from tests.services.method_examples import apply_method
from tests.sync.laptops import (
    Laptop,
    carry_one_file,
    everything_travels,
    open_laptop,
    share_event,
    snapshot,
)

pytestmark = pytest.mark.slow

OPTIONS = ("Water", "Schools", "Roads", "Parks", "Housing")
PEOPLE = ("Fatou Ndiaye", "João Pereira", "Lucía Gómez", "Awa Sarr")
TABLES = ("dot_vote_settings", "dot_vote_option", "dot_vote_ballot")
laptop_index = st.integers(0, 3)
picks = st.lists(st.tuples(st.integers(0, 20), st.integers(1, 2)), min_size=1, max_size=3)


@dataclass
class Expected:
    """What was done, as the laptops that did it saw it succeed."""

    ballots: dict[UUID, dict[UUID, int]] = field(default_factory=dict)
    """Every ballot not retracted: its dots as last cast."""
    options: set[UUID] = field(default_factory=set)


class VoteLaptops(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.temp = tempfile.TemporaryDirectory()
        self.root = Path(self.temp.name)
        self.laptops: list[Laptop] = []
        self.expected = Expected()

    @initialize(count=st.integers(2, 4))
    def start(self, count: int) -> None:
        self.laptops = [open_laptop(self.root / f"laptop{i}", f"L{i}") for i in range(count)]
        self.folders = [self.root / f"folder{i}" for i in range(count)]
        first = self.laptops[0].store
        self.event_id: UUID = execute(first, CreateEvent(title="Atelier")).value
        self.people = [
            execute(first, AddParticipant(event_id=self.event_id, name=name)).value
            for name in PEOPLE
        ]
        session_id = execute(first, AddSession(event_id=self.event_id, title="Matinée")).value
        self.item_id: UUID = execute(first, AddItem(session_id=session_id, title="Priorités")).value
        apply_method(first, item_id=self.item_id, method_id="dot-voting", language="fr")
        share_event(self.laptops, self.event_id, self.folders)

    def _laptop(self, index: int) -> Laptop:
        return self.laptops[index % len(self.laptops)]

    @rule(laptop=laptop_index, text=st.sampled_from(OPTIONS))
    def add_option(self, laptop: int, text: str) -> None:
        try:
            made = execute(self._laptop(laptop).store, AddOption(item_id=self.item_id, text=text))
        except VoteError:  # this laptop already has that option
            return
        self.expected.options.add(made.value)

    def _ballot(self, laptop: int, chosen: list[tuple[int, int]]) -> dict[UUID, int] | None:
        offered = vote_view(self._laptop(laptop).store, self.item_id).options
        if not offered:
            return None
        dots: dict[UUID, int] = {}
        for pick, count in chosen:
            option = offered[pick % len(offered)].id
            dots[option] = dots.get(option, 0) + count
        return dots

    def _cast(self, laptop: int, dots: dict[UUID, int], person: UUID | None) -> None:
        store = self._laptop(laptop).store
        before = len(store.journal())
        try:
            made = execute(
                store, CastBallot(item_id=self.item_id, participant_id=person, dots=dots)
            )
        except VoteError:  # over a limit: refused, nothing written
            assert len(store.journal()) == before
            return
        self.expected.ballots[made.value] = dots

    @rule(laptop=laptop_index, chosen=picks)
    def cast_anonymous(self, laptop: int, chosen: list[tuple[int, int]]) -> None:
        dots = self._ballot(laptop, chosen)
        if dots is not None:
            self._cast(laptop, dots, None)

    @rule(laptop=laptop_index, chosen=picks)
    def cast_own_participant(self, laptop: int, chosen: list[tuple[int, int]]) -> None:
        """Laptop i enters participant i's ballot; casting again replaces it."""
        dots = self._ballot(laptop, chosen)
        if dots is not None:
            self._cast(laptop, dots, self.people[laptop % len(self.laptops)])

    @rule(laptop=laptop_index, pick=st.integers(0, 50))
    def retract(self, laptop: int, pick: int) -> None:
        store = self._laptop(laptop).store
        anonymous = [b for b in vote_view(store, self.item_id).ballots if b.participant_id is None]
        if anonymous:
            ballot = anonymous[pick % len(anonymous)]
            execute(store, RetractBallot(ballot_id=ballot.id))
            self.expected.ballots.pop(ballot.id, None)

    @rule(laptop=laptop_index)
    def sync(self, laptop: int) -> None:
        index = laptop % len(self.laptops)
        sync_event(self.laptops[index].store, self.event_id, self.folders[index])

    @rule(source=laptop_index, to=laptop_index, pick=st.integers(0, 1000), twice=st.booleans())
    def carry_a_file(self, source: int, to: int, pick: int, twice: bool) -> None:
        """A sync tool brings one change file, in any order; ``twice``: it also leaves a
        conflict copy of it (the same changes in a second file)."""
        origin = self.folders[source % len(self.folders)]
        carry_one_file(self.event_id, origin, self.folders[to % len(self.folders)], pick, twice)

    def everything_travels(self) -> None:
        everything_travels(self.laptops, self.event_id, self.folders)

    def check(self) -> None:
        first = self.laptops[0].store
        shown = vote_view(first, self.item_id)
        tables = {k: v for k, v in snapshot(first, self.event_id).items() if k in TABLES}
        for laptop in self.laptops[1:]:
            theirs = snapshot(laptop.store, self.event_id)
            assert {k: theirs[k] for k in TABLES} == tables
            assert vote_view(laptop.store, self.item_id) == shown
        # Every ballot cast and not retracted is there once, with the dots last cast.
        assert {b.id: dict(b.dots) for b in shown.ballots} == self.expected.ballots
        assert not shown.set_aside  # each laptop entered only its own participant's
        assert {o.id for o in shown.options} == self.expected.options
        for tally in shown.tallies:
            given = [d.get(tally.option.id, 0) for d in self.expected.ballots.values()]
            assert (tally.dots, tally.ballots) == (sum(given), sum(1 for g in given if g))

    def teardown(self) -> None:
        try:
            if self.laptops:
                self.everything_travels()
                self.check()
        finally:
            for laptop in self.laptops:
                laptop.close()
            self.temp.cleanup()


# CI runs 15 examples of up to 15 steps (about 20 s on the 2-core test machine).
VoteLaptops.TestCase.settings = settings(
    max_examples=15,
    stateful_step_count=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_ballots_on_many_laptops_add_up = VoteLaptops.TestCase
