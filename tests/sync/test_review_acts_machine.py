"""A Hypothesis state machine: two or three laptops, whose clocks disagree
(``CLOCK_SKEWS``), add peer-review cases, move the room between them, save feedback,
make breakout groups and move people, harvest ideas and group them into themes, and undo
and redo their last act, while change files travel between their folders late, in any
order, and duplicated. Once everything has travelled, every laptop shows the same, and
every act made on any laptop and not undone is there exactly once."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import initialize, rule

from forum_desktop.methods.breakout_acts import MakeGroups, MoveToGroup, breakouts_view
from forum_desktop.methods.idea_acts import (
    AddIdea,
    GroupIdeasIntoTheme,
    MergeThemes,
    ideas_view,
)
from forum_desktop.methods.peer_review_acts import (
    AddCase,
    MoveToCase,
    SaveFeedback,
    peer_review_view,
)
from forum_desktop.models import (
    AttendanceStatus,
    BreakoutMember,
    ChangeKind,
    Outcome,
    OutcomeKind,
    PeerCase,
    ThemeIdea,
)
from forum_desktop.services.agenda import AddItem, AddSession
from forum_desktop.services.commands import Command, execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.operations import OpResult
from forum_desktop.services.participants import AddParticipant, CheckIn
from tests.sync.laptops import (
    CLOCK_SKEWS,
    UndoingLaptops,
    UndoStacks,
    everything_travels,
    fix_device_ids,
    open_laptop,
    snapshot,
)

pytestmark = pytest.mark.slow

MAX_LAPTOPS = 3
laptop_index = st.integers(0, MAX_LAPTOPS - 1)
pick = st.integers(0, 1000)


class ReviewActs(UndoingLaptops):
    def __init__(self) -> None:
        super().__init__()
        self.temp = tempfile.TemporaryDirectory()
        self.root = Path(self.temp.name)
        self.laptops = []
        self.folders = []
        self.stacks = UndoStacks()
        self.made: dict[str, set[UUID]] = {
            "cases": set(),
            "feedback": set(),
            "members": set(),
            "ideas": set(),
            "links": set(),
        }

    @initialize(
        count=st.integers(2, MAX_LAPTOPS),
        skews=st.lists(st.sampled_from(CLOCK_SKEWS), min_size=MAX_LAPTOPS),
    )
    def start(self, count: int, skews: list[int] | None = None) -> None:
        """``skews``: how far each laptop's clock is ahead (behind, if negative)."""
        skews = skews or [0] * count
        self.laptops = [
            open_laptop(self.root / f"laptop{i}", f"L{i}", skews[i]) for i in range(count)
        ]
        fix_device_ids(self.laptops)
        self.folders = [self.root / f"folder{i}" for i in range(count)]
        first = self.laptops[0].store
        self.event_id = execute(first, CreateEvent(title="Atelier")).value
        for name in ("Awa", "Binta", "Chidi", "Diego"):
            person = execute(first, AddParticipant(event_id=self.event_id, name=name)).value
            execute(first, CheckIn(participant_ids=(person,), status=AttendanceStatus.PRESENT))
        session = execute(first, AddSession(event_id=self.event_id, title="Matinée")).value
        self.item_id = execute(
            first, AddItem(session_id=session, title="Revue par les pairs")
        ).value
        self.everything_travels()

    def act(self, index: int, command: Command) -> Any:
        """Run ``command`` as the laptop's undo step; its value (None: refused)."""
        laptop = self.laptop(index)
        laptop.clock.advance(1)
        done = self.stacks.act(laptop, command)
        if done is None:
            return None
        self.count(done, kept=True)
        return done.value

    def count(self, result: OpResult, kept: bool) -> None:
        for change in result.changes:
            if change.kind is not ChangeKind.INSERT:
                continue
            kind = {
                PeerCase.record_type: "cases",
                BreakoutMember.record_type: "members",
                ThemeIdea.record_type: "links",
            }.get(change.record_type)
            if change.record_type == Outcome.record_type:
                outcome = change.new_values()["kind"]
                kind = "feedback" if outcome == OutcomeKind.FEEDBACK.value else "ideas"
            if kind is None:
                continue
            if kept:
                self.made[kind].add(change.record_id)
            else:
                self.made[kind].discard(change.record_id)

    # --- peer review ---------------------------------------------------------------------

    @rule(laptop=laptop_index, name=st.sampled_from(["Awa", "Ousmane", "Lena"]))
    def add_case(self, laptop: int, name: str) -> None:
        self.act(laptop, AddCase(item_id=self.item_id, presenter_name=name))

    @rule(laptop=laptop_index, which=pick)
    def move_to_case(self, laptop: int, which: int) -> None:
        cases = peer_review_view(self.laptop(laptop).store, self.item_id).cases
        if cases:
            self.act(laptop, MoveToCase(case_id=cases[which % len(cases)].id))

    @rule(laptop=laptop_index, which=pick, words=st.sampled_from(["Clair", "Coûteux"]))
    def save_feedback(self, laptop: int, which: int, words: str) -> None:
        cases = peer_review_view(self.laptop(laptop).store, self.item_id).cases
        if cases:
            command = SaveFeedback(
                case_id=cases[which % len(cases)].id,
                reviewer_name=f"L{laptop}",
                strengths=words,
            )
            self.act(laptop, command)

    # --- breakouts -----------------------------------------------------------------------

    @rule(laptop=laptop_index, count=st.integers(1, 3), seed=st.integers(0, 5))
    def make_groups(self, laptop: int, count: int, seed: int) -> None:
        command = MakeGroups(item_id=self.item_id, count=count, seed=seed, names=("A", "B", "C"))
        self.act(laptop, command)

    @rule(laptop=laptop_index, who=pick, where=pick)
    def move_to_group(self, laptop: int, who: int, where: int) -> None:
        store = self.laptop(laptop).store
        groups = breakouts_view(store, self.item_id).groups
        people = sorted({p for g in groups for p in g.member_ids}, key=str)
        if not groups or not people:
            return
        target = groups[where % len(groups)].id
        self.act(
            laptop,
            MoveToGroup(
                item_id=self.item_id, person_ids=(people[who % len(people)],), group_id=target
            ),
        )

    @rule(first=laptop_index, second=laptop_index, who=pick, where=pick, elsewhere=pick)
    def race_to_groups(self, first: int, second: int, who: int, where: int, elsewhere: int) -> None:
        """Two laptops move the same person at the same instant, each to its own choice."""
        if first % len(self.laptops) == second % len(self.laptops):
            return
        self.same_instant(first, second)
        for laptop, choice in ((first, where), (second, elsewhere)):
            self.move_to_group(laptop, who, choice)
            self.laptop(laptop).clock.jump_wall(-1)  # ``act`` moved it on: back to the instant

    def same_instant(self, first: int, second: int) -> None:
        """Both laptops' clocks read the later of the two."""
        clocks = [self.laptop(first).clock, self.laptop(second).clock]
        latest = max(clock.now() for clock in clocks)
        for clock in clocks:
            clock.advance((latest - clock.now()).total_seconds())

    # --- 1-2-4-All -----------------------------------------------------------------------

    @rule(laptop=laptop_index, text=st.sampled_from(["vélos", "eau", "écoles"]))
    def add_idea(self, laptop: int, text: str) -> None:
        self.act(laptop, AddIdea(item_id=self.item_id, text=text))

    @rule(laptop=laptop_index, which=pick, into=pick, name=st.sampled_from(["Mobilité", "Eau"]))
    def group_ideas(self, laptop: int, which: int, into: int, name: str) -> None:
        store = self.laptop(laptop).store
        view = ideas_view(store, self.item_id)
        if not view.ideas:
            return
        idea = view.ideas[which % len(view.ideas)].id
        existing = view.themes[into % len(view.themes)].id if view.themes and into % 2 else None
        command = GroupIdeasIntoTheme(
            item_id=self.item_id, idea_ids=(idea,), theme_id=existing, name=name
        )
        self.act(laptop, command)

    @rule(laptop=laptop_index, first=pick, second=pick)
    def merge_themes(self, laptop: int, first: int, second: int) -> None:
        themes = ideas_view(self.laptop(laptop).store, self.item_id).themes
        if len(themes) >= 2 and first % len(themes) != second % len(themes):
            command = MergeThemes(
                source_id=themes[first % len(themes)].id,
                target_id=themes[second % len(themes)].id,
            )
            self.act(laptop, command)

    def everything_travels(self) -> None:
        everything_travels(self.laptops, self.event_id, self.folders)

    def teardown(self) -> None:
        try:
            if self.laptops:
                self.everything_travels()
                self.check_converged()
        finally:
            for laptop in self.laptops:
                laptop.close()
            self.temp.cleanup()

    def check_converged(self) -> None:
        views = [
            (
                peer_review_view(laptop.store, self.item_id),
                breakouts_view(laptop.store, self.item_id),
                ideas_view(laptop.store, self.item_id),
                snapshot(laptop.store, self.event_id),
            )
            for laptop in self.laptops
        ]
        assert all(view == views[0] for view in views[1:])
        store = self.laptops[0].store
        review, _, ideas, _ = views[0]
        assert sorted(case.id for case in review.cases) == sorted(self.made["cases"])
        feedback = store.select(
            Outcome, {"item_id": self.item_id, "kind": OutcomeKind.FEEDBACK}, "captured_at"
        )
        assert sorted(o.id for o in feedback) == sorted(self.made["feedback"])
        members = {m.id for m in store.select(BreakoutMember, order_by="created_at")}
        assert self.made["members"] <= members  # every move is kept, the lost ones too
        assert sorted(idea.id for idea in ideas.ideas) == sorted(self.made["ideas"])
        links = {link.id for link in store.select(ThemeIdea, order_by="created_at")}
        assert self.made["links"] <= links
        themed = [idea for theme in ideas.themes for idea in theme.idea_ids]
        assert sorted(themed + list(ideas.unthemed)) == sorted(self.made["ideas"])


# CI runs 20 examples of up to 25 steps (8 s here, on a busy machine). By hand, with undo,
# redo and skewed clocks: 60 examples of up to 25 steps and 200 of up to 40, then 150 of
# up to 40 under --hypothesis-seed 1, 2 and 3: nothing found.
ReviewActs.TestCase.settings = settings(
    max_examples=20,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_review_acts_add_up_across_laptops = ReviewActs.TestCase


def test_two_laptops_moving_one_person_at_the_same_instant_agree(tmp_path: Path) -> None:
    """The move with the later (creation, id) wins on both laptops; the other is kept."""
    machine = ReviewActs()
    try:
        machine.start(count=2)
        machine.make_groups(0, count=3, seed=1)
        machine.everything_travels()
        store = machine.laptops[0].store
        groups = breakouts_view(store, machine.item_id).groups
        person = groups[0].member_ids[0]
        machine.same_instant(0, 1)
        for laptop, target in ((0, groups[1].id), (1, groups[2].id)):
            machine.act(
                laptop, MoveToGroup(item_id=machine.item_id, person_ids=(person,), group_id=target)
            )
            machine.laptop(laptop).clock.jump_wall(-1)
        moves = [
            m
            for m in store.select(BreakoutMember, order_by="created_at")
            if m.participant_id == person and m.group_id != groups[0].id
        ]
        machine.everything_travels()
        winner = max(
            (
                m
                for m in machine.laptops[1].store.select(BreakoutMember, order_by="created_at")
                if m.participant_id == person and m.group_id != groups[0].id
            ),
            key=lambda m: (m.created_at, str(m.id)),
        )
        assert len(moves) == 1  # before the exchange, each laptop knew its own move only
        for laptop in machine.laptops:
            shown = breakouts_view(laptop.store, machine.item_id).group_of(person)
            assert shown is not None and shown.id == winner.group_id
        machine.check_converged()
    finally:
        for laptop in machine.laptops:
            laptop.close()
        machine.temp.cleanup()
