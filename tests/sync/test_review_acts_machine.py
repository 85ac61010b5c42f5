"""A Hypothesis state machine: two or three laptops add peer-review cases, move the room
between them, save feedback, make breakout groups and move people, harvest ideas and
group them into themes, while change files travel between their folders late, in any
order, and duplicated. Once everything has travelled, every laptop shows the same, and
every act made on any laptop is there exactly once."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule

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
from forum_desktop.models import AttendanceStatus, BreakoutMember, Outcome, OutcomeKind, ThemeIdea
from forum_desktop.services.agenda import AddItem, AddSession
from forum_desktop.services.commands import Command, execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.participants import AddParticipant, CheckIn
from forum_desktop.sync.engine import sync_event
from tests.sync.laptops import Laptop, everything_travels, open_laptop, snapshot

pytestmark = pytest.mark.slow

MAX_LAPTOPS = 3
laptop_index = st.integers(0, MAX_LAPTOPS - 1)
pick = st.integers(0, 1000)


def files_of(folder: Path) -> list[Path]:
    return sorted(p.relative_to(folder) for p in folder.rglob("*.jsonl"))


class ReviewActs(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.temp = tempfile.TemporaryDirectory()
        self.root = Path(self.temp.name)
        self.laptops: list[Laptop] = []
        self.folders: list[Path] = []
        self.made: dict[str, set[UUID]] = {
            "cases": set(),
            "feedback": set(),
            "members": set(),
            "ideas": set(),
            "links": set(),
        }

    @initialize(count=st.integers(2, MAX_LAPTOPS))
    def start(self, count: int) -> None:
        self.laptops = [open_laptop(self.root / f"laptop{i}", f"L{i}") for i in range(count)]
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

    def laptop(self, index: int) -> Laptop:
        return self.laptops[index % len(self.laptops)]

    def act(self, index: int, command: Command) -> Any:
        laptop = self.laptop(index)
        laptop.clock.advance(1)
        return execute(laptop.store, command).value

    # --- peer review ---------------------------------------------------------------------

    @rule(laptop=laptop_index, name=st.sampled_from(["Awa", "Ousmane", "Lena"]))
    def add_case(self, laptop: int, name: str) -> None:
        self.made["cases"].add(self.act(laptop, AddCase(item_id=self.item_id, presenter_name=name)))

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
            self.made["feedback"].add(self.act(laptop, command))

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
        before = {m.id for m in store.select(BreakoutMember, order_by="created_at")}
        target = groups[where % len(groups)].id
        self.act(
            laptop,
            MoveToGroup(
                item_id=self.item_id, person_ids=(people[who % len(people)],), group_id=target
            ),
        )
        after = {m.id for m in store.select(BreakoutMember, order_by="created_at")}
        self.made["members"] |= after - before

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
        self.made["ideas"].add(self.act(laptop, AddIdea(item_id=self.item_id, text=text)))

    @rule(laptop=laptop_index, which=pick, into=pick, name=st.sampled_from(["Mobilité", "Eau"]))
    def group_ideas(self, laptop: int, which: int, into: int, name: str) -> None:
        store = self.laptop(laptop).store
        view = ideas_view(store, self.item_id)
        if not view.ideas:
            return
        idea = view.ideas[which % len(view.ideas)].id
        existing = view.themes[into % len(view.themes)].id if view.themes and into % 2 else None
        before = {link.id for link in store.select(ThemeIdea, order_by="created_at")}
        command = GroupIdeasIntoTheme(
            item_id=self.item_id, idea_ids=(idea,), theme_id=existing, name=name
        )
        self.act(laptop, command)
        after = {link.id for link in store.select(ThemeIdea, order_by="created_at")}
        self.made["links"] |= after - before

    @rule(laptop=laptop_index, first=pick, second=pick)
    def merge_themes(self, laptop: int, first: int, second: int) -> None:
        themes = ideas_view(self.laptop(laptop).store, self.item_id).themes
        if len(themes) >= 2 and first % len(themes) != second % len(themes):
            command = MergeThemes(
                source_id=themes[first % len(themes)].id,
                target_id=themes[second % len(themes)].id,
            )
            self.act(laptop, command)

    # --- files travelling ----------------------------------------------------------------

    @rule(laptop=laptop_index)
    def sync(self, laptop: int) -> None:
        index = laptop % len(self.laptops)
        sync_event(self.laptops[index].store, self.event_id, self.folders[index])

    @rule(source=laptop_index, to=laptop_index, which=pick)
    def carry_a_file(self, source: int, to: int, which: int) -> None:
        """A sync tool brings one file, late and in any order."""
        origin = self.folders[source % len(self.folders)]
        target = self.folders[to % len(self.folders)]
        available = files_of(origin)
        if available and origin != target:
            name = available[which % len(available)]
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(origin / name, target / name)

    @rule(laptop=laptop_index, which=pick)
    def duplicate_a_file(self, laptop: int, which: int) -> None:
        """The same changes arrive a second time, in a file of another name."""
        folder = self.folders[laptop % len(self.folders)]
        available = files_of(folder)
        if available:
            name = folder / available[which % len(available)]
            copy = name.with_name(f"{90_000_000 + which:08d}-{name.stem[-8:]}.jsonl")
            if not copy.exists():  # a copy of a copy would have the same name
                shutil.copyfile(name, copy)

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


# CI runs 30 examples of up to 25 steps (15–25 s here, on a busy machine).
ReviewActs.TestCase.settings = settings(
    max_examples=30,
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
