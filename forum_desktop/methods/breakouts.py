"""What the breakouts screen does to its state: each change is a new ``BreakoutsState``.

Qt-free, so moving people, reordering the report-back and stepping through it are tested
without a window; the screen only stores what these return.
"""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from forum_desktop.models.screens.breakouts import BreakoutGroup, BreakoutsState, Grouping


def _changed(state: BreakoutsState, **changes: object) -> BreakoutsState:
    """``state`` with ``changes``, checked again (``model_copy`` would not check)."""
    return BreakoutsState.model_validate({**state.model_dump(), **changes})


def with_new_groups(
    state: BreakoutsState, members: Sequence[Sequence[UUID]], names: Sequence[str], how: Grouping
) -> BreakoutsState:
    """Fresh groups (``members[i]`` named ``names[i]``), reported in that order; the
    report times the groups had are kept for the new ones."""
    seconds = state.groups[0].report_seconds if state.groups else BreakoutGroup().report_seconds
    groups = tuple(
        BreakoutGroup(name=name, member_ids=tuple(ids), report_seconds=seconds)
        for ids, name in zip(members, names, strict=True)
    )
    return BreakoutsState(groups=groups, grouping=how, order=tuple(group.id for group in groups))


def move_people(
    state: BreakoutsState, person_ids: Sequence[UUID], target: UUID | None
) -> BreakoutsState:
    """Move people to the group ``target`` (None: out of every group). A rapporteur who
    leaves their group stops being its rapporteur."""
    moving = set(person_ids)
    groups = []
    for group in state.groups:
        kept = tuple(person for person in group.member_ids if person not in moving)
        if group.id == target:
            kept += tuple(person for person in person_ids if person not in kept)
        rapporteur = group.rapporteur_id if group.rapporteur_id in kept else None
        groups.append(group.model_copy(update={"member_ids": kept, "rapporteur_id": rapporteur}))
    return _changed(state, groups=tuple(groups))


def update_group(state: BreakoutsState, group_id: UUID, **changes: object) -> BreakoutsState:
    """The group with ``changes`` (name, rapporteur_id, report_seconds), checked again."""
    groups = tuple(
        BreakoutGroup.model_validate({**group.model_dump(), **changes})
        if group.id == group_id
        else group
        for group in state.groups
    )
    return _changed(state, groups=groups)


def move_in_order(state: BreakoutsState, group_id: UUID, step: int) -> BreakoutsState:
    """The group ``step`` places later in the report-back order (earlier when negative)."""
    order = list(state.order)
    index = order.index(group_id)
    target = max(0, min(len(order) - 1, index + step))
    order.insert(target, order.pop(index))
    return _changed(state, order=tuple(order))


def next_to_report(state: BreakoutsState) -> BreakoutGroup | None:
    """The first group in report-back order that has not reported and is not reporting."""
    done = {*state.reported, state.reporting}
    return next((group for group in state.in_order() if group.id not in done), None)


def report_next(state: BreakoutsState) -> BreakoutsState:
    """The reporting group (if any) has reported; the next one in order reports now."""
    reported = state.reported
    if state.reporting is not None and state.reporting not in reported:
        reported += (state.reporting,)
    following = next_to_report(state)
    return _changed(state, reported=reported, reporting=following.id if following else None)


def end_report_back(state: BreakoutsState) -> BreakoutsState:
    """The reporting group has reported, and nobody reports now."""
    reported = state.reported
    if state.reporting is not None and state.reporting not in reported:
        reported += (state.reporting,)
    return _changed(state, reported=reported, reporting=None)
