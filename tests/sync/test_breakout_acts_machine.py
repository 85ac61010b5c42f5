"""A Hypothesis state machine: two to four laptops run one breakout at once, offline.

Each laptop makes groups (again: a new making), moves people between groups or out of
every group, renames groups, chooses rapporteurs, sets report times, reorders the
report-back, moves it on, ends it, captures groups' reports, and undoes or redoes its
own last act; change files travel between the laptops' copies of the shared folder one
at a time, in any order, late or twice.

At every step, on every laptop, nobody is in two groups, a rapporteur shown is a member
and the group reporting has not reported. After an all-round sync every laptop shows the
same groups (``breakouts_view``, what the screen, the projector and the minutes read)
and the same records; every membership a making or a move started and every report
captured (not undone) is kept, and everyone dealt into groups and not moved out since is
in one. The product's rules for races are its own, asserted as
such: of two makings at once the later shows (its groups, not a mix); of two laptops
moving one person, the later membership shows; a group's name, rapporteur, report time
and place are single values (last writer wins). Laptops' clocks may be wrong (a day
slow to an hour fast): a making and a move show at once where they were made, and a move
made knowing everything holds everywhere after the next sync.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import initialize, invariant, rule

from forum_desktop.methods.breakout_acts import (
    CaptureReport,
    ChooseRapporteur,
    EndReportBack,
    MakeGroups,
    MoveInReportOrder,
    MoveToGroup,
    RenameGroup,
    ReportNext,
    SetReportTime,
    breakouts_view,
)
from forum_desktop.models import (
    AttendanceStatus,
    Breakout,
    BreakoutMember,
    Outcome,
    OutcomeKind,
)
from forum_desktop.models.screens.breakouts import BreakoutGroup, Grouping
from forum_desktop.services.agenda import AddItem, AddSession
from forum_desktop.services.commands import Command, execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.operations import OpResult
from forum_desktop.services.participants import AddParticipant, CheckIn
from tests.sync.laptops import (
    CLOCK_SKEWS,
    Laptop,
    UndoingLaptops,
    UndoStacks,
    everything_travels,
    open_laptop,
    share_event,
    snapshot,
)

pytestmark = pytest.mark.slow

PEOPLE = ("Awa", "Binta", "Chidi", "Diego", "Emeka")
NAMES = ("Rouge", "Vert", "Bleu")
TABLES = ("breakout", "breakout_member", "outcome")
laptop_pick = st.integers(0, 3)
pick = st.integers(0, 1000)
skew = st.sampled_from(CLOCK_SKEWS)


class BreakoutActs(UndoingLaptops):
    def __init__(self) -> None:
        super().__init__()
        self.temp = tempfile.TemporaryDirectory()
        self.root = Path(self.temp.name)
        self.laptops: list[Laptop] = []
        self.folders: list[Path] = []
        self.stacks = UndoStacks()
        self.members: set[UUID] = set()
        """Every membership a making or a move started, not undone."""
        self.reports: dict[UUID, str] = {}
        """Every report captured and not undone: its words."""
        self.moved_out: set[UUID] = set()
        """People some laptop moved out of every group."""
        self.names: set[str] = set(NAMES)
        """Every name a group was given."""
        self.undone_groups: set[UUID] = set()
        """Groups whose making was undone: another laptop's act on one of them meanwhile
        brings it back (a delete loses to an edit), with only the memberships nobody
        took away."""

    @initialize(count=st.integers(2, 4), skews=st.lists(skew, min_size=4, max_size=4))
    def start(self, count: int, skews: list[int] | None = None) -> None:
        """``skews``: how far each laptop's clock is ahead (behind, if negative)."""
        skews = skews or [0] * count
        self.laptops = [
            open_laptop(self.root / f"laptop{i}", f"L{i}", skews[i]) for i in range(count)
        ]
        self.folders = [self.root / f"folder{i}" for i in range(count)]
        first = self.laptops[0].store
        self.event_id: UUID = execute(first, CreateEvent(title="Atelier")).value
        self.people = [
            execute(first, AddParticipant(event_id=self.event_id, name=name)).value
            for name in PEOPLE
        ]
        execute(first, CheckIn(participant_ids=tuple(self.people), status=AttendanceStatus.PRESENT))
        session = execute(first, AddSession(event_id=self.event_id, title="Matinée")).value
        self.item_id: UUID = execute(first, AddItem(session_id=session, title="Groupes")).value
        share_event(self.laptops, self.event_id, self.folders)

    def group(self, laptop: Laptop, index: int) -> BreakoutGroup | None:
        """One of the groups this laptop shows, if any."""
        groups = breakouts_view(laptop.store, self.item_id).groups
        return groups[index % len(groups)] if groups else None

    def act(self, index: int, make: Any) -> OpResult | None:
        """``make(laptop)`` builds the command (None: nothing to do on this laptop); it
        runs as the laptop's undo step."""
        laptop = self.laptop(index)
        laptop.clock.advance(2)
        command: Command | None = make(laptop)
        if command is None:
            return None
        done = self.stacks.act(laptop, command)
        if done is not None:
            self.count(done, kept=True)
        return done

    def count(self, result: OpResult, kept: bool) -> None:
        """The memberships and reports ``result`` inserted are made (or taken back)."""
        for change in result.changes:
            if change.kind.value != "insert":
                continue
            if change.record_type == BreakoutMember.record_type:
                (self.members.add if kept else self.members.discard)(change.record_id)
            elif change.record_type == Breakout.record_type:
                (self.undone_groups.discard if kept else self.undone_groups.add)(change.record_id)
            elif change.record_type == Outcome.record_type:
                if kept:
                    self.reports[change.record_id] = change.new_values()["text"]
                else:
                    del self.reports[change.record_id]

    # --- the breakout's acts -----------------------------------------------------------

    @rule(
        laptop=laptop_pick,
        count=st.integers(1, 3),
        how=st.sampled_from([Grouping.RANDOM, Grouping.ORGANISATION]),
        seed=st.integers(0, 5),
    )
    def make_groups(self, laptop: int, count: int, how: Grouping, seed: int) -> None:
        done = self.act(
            laptop,
            lambda _: MakeGroups(
                item_id=self.item_id, count=count, how=how, seed=seed, names=NAMES
            ),
        )
        if done is not None:  # the new groups show at once, whatever the laptop's clock
            shown = breakouts_view(self.laptop(laptop).store, self.item_id).groups
            assert [group.id for group in shown] == done.value

    @rule(
        laptop=laptop_pick,
        who=st.lists(pick, min_size=1, max_size=2),
        where=pick,
        out=st.booleans(),
    )
    def move_to_group(self, laptop: int, who: list[int], where: int, out: bool) -> None:
        """People moved to a group, or out of every group: there at once on this laptop,
        whatever its clock says."""
        chosen = self.laptop(laptop)
        target = self.group(chosen, where)
        if target is None:
            return
        people = tuple(self.people[w % len(self.people)] for w in who)
        group_id = None if out else target.id
        if out:
            self.moved_out.update(people)
        done = self.act(
            laptop,
            lambda _: MoveToGroup(item_id=self.item_id, person_ids=people, group_id=group_id),
        )
        if done is not None:
            view = breakouts_view(chosen.store, self.item_id)
            for person in people:
                found = view.group_of(person)
                assert (found.id if found else None) == group_id

    @rule(laptop=laptop_pick, which=pick, name=st.sampled_from(["Mobilité", "Eau", " "]))
    def rename_group(self, laptop: int, which: int, name: str) -> None:
        def rename(lt: Laptop) -> Command | None:
            group = self.group(lt, which)
            return RenameGroup(group_id=group.id, name=name) if group else None

        if name.strip():
            self.names.add(name)
        self.act(laptop, rename)

    @rule(laptop=laptop_pick, which=pick, who=pick)
    def choose_rapporteur(self, laptop: int, which: int, who: int) -> None:
        """A member of the group (or, refused, someone not in it) reports for it."""

        def choose(lt: Laptop) -> Command | None:
            group = self.group(lt, which)
            if group is None:
                return None
            return ChooseRapporteur(
                group_id=group.id, participant_id=self.people[who % len(self.people)]
            )

        self.act(laptop, choose)

    @rule(laptop=laptop_pick, which=pick, seconds=st.sampled_from([0, 120, 300]))
    def set_report_time(self, laptop: int, which: int, seconds: int) -> None:
        def set_time(lt: Laptop) -> Command | None:
            group = self.group(lt, which)
            return SetReportTime(group_id=group.id, seconds=seconds) if group else None

        self.act(laptop, set_time)

    @rule(laptop=laptop_pick, which=pick, step=st.sampled_from([-2, -1, 1]))
    def move_in_report_order(self, laptop: int, which: int, step: int) -> None:
        def move(lt: Laptop) -> Command | None:
            group = self.group(lt, which)
            return MoveInReportOrder(group_id=group.id, step=step) if group else None

        self.act(laptop, move)

    @rule(laptop=laptop_pick)
    def report_next(self, laptop: int) -> None:
        self.act(laptop, lambda _: ReportNext(item_id=self.item_id))

    @rule(laptop=laptop_pick)
    def end_report_back(self, laptop: int) -> None:
        self.act(laptop, lambda _: EndReportBack(item_id=self.item_id))

    @rule(laptop=laptop_pick, which=pick, text=st.sampled_from(["Vélos partagés", "Eau\npropre"]))
    def capture_report(self, laptop: int, which: int, text: str) -> None:
        def capture(lt: Laptop) -> Command | None:
            group = self.group(lt, which)
            return CaptureReport(group_id=group.id, text=text) if group else None

        self.act(laptop, capture)

    # --- what holds at every step, and after everything travelled -----------------------

    @invariant()
    def nobody_is_in_two_groups(self) -> None:
        for laptop in self.laptops:
            view = breakouts_view(laptop.store, self.item_id)  # its model refuses two groups
            in_groups = [person for group in view.groups for person in group.member_ids]
            assert len(in_groups) == len(set(in_groups))
            for group in view.groups:
                assert group.rapporteur_id is None or group.rapporteur_id in group.member_ids
                assert group.name in self.names
            assert view.reporting is None or view.reporting not in view.reported
            makings = {laptop.store.require(Breakout, group.id).making_id for group in view.groups}
            assert len(makings) <= 1  # one making's groups, never a mix

    def teardown(self) -> None:
        try:
            if self.laptops:
                everything_travels(self.laptops, self.event_id, self.folders)
                self.check_everyone_agrees()
                self.check_the_last_word()
        finally:
            for laptop in self.laptops:
                laptop.close()
            self.temp.cleanup()

    def check_everyone_agrees(self) -> None:
        first = self.laptops[0].store
        shown = breakouts_view(first, self.item_id)
        tables = {k: v for k, v in snapshot(first, self.event_id).items() if k in TABLES}
        for laptop in self.laptops[1:]:
            assert breakouts_view(laptop.store, self.item_id) == shown
            theirs = snapshot(laptop.store, self.event_id)
            assert {k: theirs[k] for k in TABLES} == tables
        members = {m.id: m for m in first.select(BreakoutMember, order_by="created_at")}
        assert self.members <= set(members)  # every membership started and not undone
        for extra in set(members) - self.members:  # an undone one another laptop ended
            assert members[extra].ended  # meanwhile is kept (a delete loses to an edit)
        present = set(self.people) - self.moved_out
        brought_back = self.undone_groups.intersection(group.id for group in shown.groups)
        if shown.groups and not brought_back:  # everyone dealt in, not moved out, is in one
            assert {person for group in shown.groups for person in group.member_ids} >= present
        reports = first.select(Outcome, {"kind": OutcomeKind.REPORT.value}, "created_at")
        assert {r.id: r.text for r in reports} == self.reports

    def check_the_last_word(self) -> None:
        """A move made knowing everything, on the laptop whose clock is furthest behind,
        holds on every laptop after the next sync."""
        slowest = min(self.laptops, key=lambda laptop: laptop.clock.now())
        groups = breakouts_view(slowest.store, self.item_id).groups
        if not groups:
            return
        person, target = self.people[0], groups[-1].id
        execute(
            slowest.store, MoveToGroup(item_id=self.item_id, person_ids=(person,), group_id=target)
        )
        everything_travels(self.laptops, self.event_id, self.folders)
        for laptop in self.laptops:
            found = breakouts_view(laptop.store, self.item_id).group_of(person)
            assert found is not None and found.id == target


# CI runs 20 examples of up to 25 steps (4 s of CPU, 5 s on the shared 2-core machine). By
# hand, these settings raised to up to 30 steps: seeds 1, 2 and 3 (150 examples each), 21
# and 22 (200); 5 (300), 7 and 11 (150).
BreakoutActs.TestCase.settings = settings(
    max_examples=20,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
test_breakout_acts_add_up_across_laptops = BreakoutActs.TestCase


def test_a_move_into_a_making_another_laptop_undoes_leaves_the_earlier_groups_whole() -> None:
    """Groups made twice; one laptop moves someone into a group of the second making while
    the other undoes that making: everyone is back in their group of the first making, on
    both laptops, the person moved included."""
    machine = BreakoutActs()
    machine.start(count=2)
    for seed in (1, 2):
        machine.make_groups(0, count=3, how=Grouping.RANDOM, seed=seed)
        everything_travels(machine.laptops, machine.event_id, machine.folders)
    second = {g.id for g in breakouts_view(machine.laptops[0].store, machine.item_id).groups}
    machine.undo(0)
    earlier = breakouts_view(machine.laptops[0].store, machine.item_id)
    machine.move_to_group(1, who=[0], where=2, out=False)
    assert second.isdisjoint(g.id for g in earlier.groups)  # the first making shows again
    everything_travels(machine.laptops, machine.event_id, machine.folders)
    for laptop in machine.laptops:
        assert breakouts_view(laptop.store, machine.item_id) == earlier
    machine.teardown()


def test_a_group_another_laptop_acted_on_comes_back_without_the_members_an_undo_took() -> None:
    """One laptop undoes its making of groups while another, not knowing, starts the
    report-back: the group reporting comes back (a delete loses to an edit) and both
    laptops show it, but the memberships the undo removed, which nobody touched, stay
    removed: everyone is "Not in a group" until the facilitator groups them again.
    (Hypothesis found this; the machine's partition check skips groups brought back.)"""
    machine = BreakoutActs()
    machine.start(count=2, skews=[0, 0, 0, 0])
    machine.make_groups(0, count=1, how=Grouping.RANDOM, seed=0)
    machine.pass_along(source=0, to=1)
    machine.report_next(1)
    machine.undo(0)
    assert breakouts_view(machine.laptops[0].store, machine.item_id).groups == ()
    everything_travels(machine.laptops, machine.event_id, machine.folders)
    views = [breakouts_view(laptop.store, machine.item_id) for laptop in machine.laptops]
    assert views[0] == views[1]
    [group] = views[0].groups
    assert views[0].reporting == group.id and group.member_ids == ()
    machine.teardown()
