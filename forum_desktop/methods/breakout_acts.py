"""Breakout groups' acts as typed commands, and the read side the screen shows.

Groups and memberships are records (``models.breakouts``). Moving someone ends their open
membership and starts one in the new group, in one transaction; when two laptops moved
the same person, the latest membership (by creation, then id) is the one shown on every
laptop, and the other stays in the journal. Making groups starts a new "making": only the
latest making's groups are shown, so two laptops making groups at once end with one set.
"""

from __future__ import annotations

from collections.abc import Iterable
from uuid import UUID, uuid4

from pydantic import Field

from forum_desktop.methods.grouping import Person, make_groups
from forum_desktop.methods.item_scope import item_scope, newest_key
from forum_desktop.models import (
    AttendanceStatus,
    Breakout,
    BreakoutMember,
    Outcome,
    OutcomeKind,
    Participant,
    ReportFields,
)
from forum_desktop.models.screens.breakouts import BreakoutGroup, BreakoutsState, Grouping
from forum_desktop.notices import NoticeKind
from forum_desktop.services.commands import Command
from forum_desktop.services.methods import MethodError
from forum_desktop.services.operations import OpResult, Recorder
from forum_desktop.services.participants import roster
from forum_desktop.storage import Store

NOBODY_PRESENT = NoticeKind(
    "breakouts.nobody_present",
    "Nobody is present: add people on the Roster tab or check them in.",
)
NO_SUCH_GROUP = NoticeKind(
    "breakouts.no_such_group", "That group is no longer there: choose another one."
)
GROUP_NEEDS_NAME = NoticeKind("breakouts.group_needs_name", "A group needs a name.")
EMPTY_REPORT = NoticeKind("breakouts.empty_report", "Type the group's report first.")
RAPPORTEUR_NOT_MEMBER = NoticeKind(
    "breakouts.rapporteur_not_member",
    "The rapporteur must be one of the group's members: move them into the group first.",
)


# --- the read side ----------------------------------------------------------------------


def shown_groups(store: Store, item_id: UUID) -> list[Breakout]:
    """The latest making's groups, in report-back order."""
    groups = store.select(Breakout, {"item_id": item_id})
    if not groups:
        return []
    latest = max(groups, key=lambda g: (g.making_number, g.created_at, str(g.making_id)))
    made = [group for group in groups if group.making_id == latest.making_id]
    return sorted(made, key=lambda group: (group.position, str(group.id)))


def memberships(store: Store, item_id: UUID, group_ids: Iterable[UUID]) -> list[BreakoutMember]:
    """Each person's membership shown: their latest open one in a shown group."""
    shown = set(group_ids)
    open_ones = [
        member
        for member in store.select(
            BreakoutMember, {"item_id": item_id, "ended": False}, order_by="created_at"
        )
        if member.group_id in shown
    ]
    latest: dict[UUID, BreakoutMember] = {}
    for member in sorted(open_ones, key=newest_key):
        latest[member.participant_id] = member
    return sorted(latest.values(), key=newest_key)


def breakouts_view(store: Store, item_id: UUID) -> BreakoutsState:
    """The groups, who is in each, their rapporteurs, and where the report-back stands."""
    groups = shown_groups(store, item_id)
    members: dict[UUID, list[UUID]] = {group.id: [] for group in groups}
    for member in memberships(store, item_id, members):
        members[member.group_id].append(member.participant_id)
    reporting = max(
        (g for g in groups if g.report_started_at is not None and not g.reported),
        key=lambda g: (g.report_started_at, str(g.id)),
        default=None,
    )
    return BreakoutsState(
        groups=tuple(
            BreakoutGroup(
                id=group.id,
                name=group.name,
                member_ids=tuple(members[group.id]),
                rapporteur_id=(
                    group.rapporteur_id if group.rapporteur_id in members[group.id] else None
                ),
                report_seconds=group.report_seconds,
            )
            for group in groups
        ),
        grouping=groups[0].grouping if groups else Grouping.RANDOM,
        order=tuple(group.id for group in groups),
        reporting=reporting.id if reporting else None,
        reported=tuple(group.id for group in groups if group.reported),
    )


def next_to_report(state: BreakoutsState) -> BreakoutGroup | None:
    """The first group in report-back order that has not reported and is not reporting."""
    done = {*state.reported, state.reporting}
    return next((group for group in state.in_order() if group.id not in done), None)


def present_people(store: Store, event_id: UUID) -> list[Participant]:
    """Everyone on the roster not marked absent, in roster order."""
    return [p for p in roster(store, event_id) if p.attendance is not AttendanceStatus.ABSENT]


def _group(store: Store, group_id: UUID) -> Breakout:
    group = store.get(Breakout, group_id)
    if group is None or group.id not in {g.id for g in shown_groups(store, group.item_id)}:
        raise MethodError(NO_SUCH_GROUP)
    return group


# --- making and moving ----------------------------------------------------------------------


class MakeGroups(Command):
    """Fresh groups of the people present (``methods.grouping`` deals them out), reported
    back in that order; the report time of the groups before is kept. Never more groups
    than people present. Value: the groups' ids."""

    item_id: UUID
    count: int = Field(ge=1, le=200)
    how: Grouping = Grouping.RANDOM
    seed: int | None = None
    names: tuple[str, ...] = Field(min_length=1)
    """A name for each group (the first ``count`` are used)."""

    def apply(self, store: Store) -> OpResult:
        scope = item_scope(store, self.item_id)
        present = present_people(store, scope.event_id)
        if not present:
            raise MethodError(NOBODY_PRESENT)
        count = min(self.count, len(present), len(self.names))
        people = [Person(p.id, p.organisation, p.country) for p in present]
        dealt = make_groups(people, count, self.how, self.seed)
        before = shown_groups(store, self.item_id)
        seconds = before[0].report_seconds if before else BreakoutGroup().report_seconds
        making = uuid4()
        number = max((g.making_number for g in before), default=-1) + 1
        recorder = Recorder()
        ids = []
        for position, (name, member_ids) in enumerate(zip(self.names, dealt, strict=False)):
            group = Breakout(
                event_id=scope.event_id,
                session_id=scope.session_id,
                item_id=self.item_id,
                making_id=making,
                making_number=number,
                grouping=self.how,
                name=name,
                report_seconds=seconds,
                position=position,
            )
            recorder.add(store.insert(store.fresh(group)))
            ids.append(group.id)
            for person in member_ids:
                recorder.add(store.insert(store.fresh(_member(group, person))))
        return recorder.result(ids)


def _member(group: Breakout, person: UUID) -> BreakoutMember:
    return BreakoutMember(
        event_id=group.event_id,
        session_id=group.session_id,
        item_id=group.item_id,
        group_id=group.id,
        participant_id=person,
    )


class MoveToGroup(Command):
    """Move people to a group (None: out of every group): each open membership of theirs
    in the groups shown ends and a new one starts, in one transaction."""

    item_id: UUID
    person_ids: tuple[UUID, ...] = Field(min_length=1)
    group_id: UUID | None

    def apply(self, store: Store) -> OpResult:
        target = _group(store, self.group_id) if self.group_id is not None else None
        shown = breakouts_view(store, self.item_id)
        making = {group.id for group in shown.groups}
        recorder = Recorder()
        for person in dict.fromkeys(self.person_ids):
            now_in = shown.group_of(person)
            if (now_in.id if now_in else None) == self.group_id:
                continue
            for member in store.select(
                BreakoutMember,
                {"item_id": self.item_id, "participant_id": person, "ended": False},
                order_by="created_at",
            ):
                # Only this making's: an earlier making's groups show again, as they were,
                # when another laptop undoes this making meanwhile.
                if member.group_id in making:
                    recorder.add(store.update(BreakoutMember, member.id, ended=True))
            if target is not None:
                recorder.add(store.insert(store.fresh(_member(target, person))))
        return recorder.result()


# --- a group's details ----------------------------------------------------------------------


class RenameGroup(Command):
    group_id: UUID
    name: str = Field(max_length=500)

    def apply(self, store: Store) -> OpResult:
        _group(store, self.group_id)
        name = " ".join(self.name.split())
        if not name:
            raise MethodError(GROUP_NEEDS_NAME)
        recorder = Recorder()
        recorder.add(store.update(Breakout, self.group_id, name=name))
        return recorder.result()


class ChooseRapporteur(Command):
    """The group's rapporteur (None: nobody), one of its members."""

    group_id: UUID
    participant_id: UUID | None

    def apply(self, store: Store) -> OpResult:
        group = _group(store, self.group_id)
        shown = breakouts_view(store, group.item_id).group(group.id)
        if self.participant_id is not None and (
            shown is None or self.participant_id not in shown.member_ids
        ):
            raise MethodError(RAPPORTEUR_NOT_MEMBER)
        recorder = Recorder()
        recorder.add(store.update(Breakout, group.id, rapporteur_id=self.participant_id))
        return recorder.result()


class SetReportTime(Command):
    group_id: UUID
    seconds: int = Field(ge=0, le=3600)

    def apply(self, store: Store) -> OpResult:
        _group(store, self.group_id)
        recorder = Recorder()
        recorder.add(store.update(Breakout, self.group_id, report_seconds=self.seconds))
        return recorder.result()


# --- the report-back ------------------------------------------------------------------------


class MoveInReportOrder(Command):
    """The group ``step`` places later in the report-back order (earlier when negative)."""

    group_id: UUID
    step: int

    def apply(self, store: Store) -> OpResult:
        group = _group(store, self.group_id)
        order = shown_groups(store, group.item_id)
        index = [g.id for g in order].index(group.id)
        target = max(0, min(len(order) - 1, index + self.step))
        order.insert(target, order.pop(index))
        recorder = Recorder()
        for position, each in enumerate(order):
            recorder.add(store.update(Breakout, each.id, position=float(position)))
        return recorder.result()


def _finish_reporting(store: Store, state: BreakoutsState, recorder: Recorder) -> None:
    if state.reporting is not None:
        recorder.add(store.update(Breakout, state.reporting, reported=True))


class ReportNext(Command):
    """The reporting group (if any) has reported; the next one in order that has not
    reported reports now. Value: its id, None when every group has reported."""

    item_id: UUID

    def apply(self, store: Store) -> OpResult:
        state = breakouts_view(store, self.item_id)
        recorder = Recorder()
        _finish_reporting(store, state, recorder)
        following = next_to_report(state)
        if following is not None:
            recorder.add(store.update(Breakout, following.id, report_started_at=store.clock.now()))
        return recorder.result(following.id if following else None)


class EndReportBack(Command):
    """The reporting group has reported, and nobody reports now."""

    item_id: UUID

    def apply(self, store: Store) -> OpResult:
        recorder = Recorder()
        _finish_reporting(store, breakouts_view(store, self.item_id), recorder)
        return recorder.result()


class CaptureReport(Command):
    """A group's report-back, captured as a ``report`` outcome naming the group, its
    rapporteur and its members as they are now. Value: the outcome's id."""

    group_id: UUID
    text: str = Field(max_length=1_000_000)
    phase: str = Field(default="", max_length=500)
    item_offset_seconds: int | None = None

    def apply(self, store: Store) -> OpResult:
        record = _group(store, self.group_id)
        text = self.text.strip()
        if not text:
            raise MethodError(EMPTY_REPORT)
        group = breakouts_view(store, record.item_id).group(record.id)
        assert group is not None  # _group checked it is shown
        rapporteur = store.get(Participant, group.rapporteur_id) if group.rapporteur_id else None
        fields = ReportFields(
            group=group.name,
            group_id=group.id,
            speaker_id=group.rapporteur_id,
            speaker_name=rapporteur.name if rapporteur else "",
            member_ids=list(group.member_ids),
        )
        report = Outcome(
            event_id=record.event_id,
            session_id=record.session_id,
            item_id=record.item_id,
            phase=self.phase,
            kind=OutcomeKind.REPORT,
            text=text,
            captured_at=store.clock.now(),
            item_offset_seconds=self.item_offset_seconds,
            author=store.author,
            mentions=list(group.member_ids),
            fields=fields.model_dump(mode="json"),
        )
        recorder = Recorder()
        recorder.add(store.insert(store.fresh(report)))
        return recorder.result(report.id)
