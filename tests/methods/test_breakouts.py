"""The breakouts screen's state changes: people moved, the report-back stepped through."""

from __future__ import annotations

from uuid import UUID, uuid4

import pytest
from pydantic import ValidationError

from forum_desktop.methods.breakouts import (
    end_report_back,
    move_in_order,
    move_people,
    next_to_report,
    report_next,
    update_group,
    with_new_groups,
)
from forum_desktop.models.screens import BreakoutsState, Grouping


def three_groups() -> tuple[BreakoutsState, list[list[UUID]]]:
    people = [[uuid4(), uuid4()], [uuid4(), uuid4()], [uuid4()]]
    state = with_new_groups(BreakoutsState(), people, ["A", "B", "C"], Grouping.ORGANISATION)
    return state, people


def test_new_groups_are_reported_in_the_order_made_and_keep_the_report_time() -> None:
    state, people = three_groups()
    assert [group.name for group in state.in_order()] == ["A", "B", "C"]
    assert [list(group.member_ids) for group in state.groups] == people
    assert state.grouping is Grouping.ORGANISATION
    timed = update_group(state, state.groups[0].id, report_seconds=240)
    again = with_new_groups(timed, [[], []], ["X", "Y"], Grouping.BY_HAND)
    assert [group.report_seconds for group in again.groups] == [240, 240]


def test_moving_a_rapporteur_out_leaves_the_group_without_one() -> None:
    state, people = three_groups()
    a, b, c = state.groups
    state = update_group(state, a.id, rapporteur_id=people[0][0], name="Budgets")
    state = move_people(state, [people[0][0], people[2][0]], b.id)
    a, b, c = state.groups
    assert (a.name, a.member_ids, a.rapporteur_id) == ("Budgets", (people[0][1],), None)
    assert b.member_ids == (*people[1], people[0][0], people[2][0])
    assert c.member_ids == ()
    state = move_people(state, [people[1][0]], None)  # out of every group
    assert state.group_of(people[1][0]) is None
    with pytest.raises(ValidationError, match="not one of its members"):
        update_group(state, c.id, rapporteur_id=people[0][1])


def test_the_report_back_goes_through_the_groups_in_the_chosen_order() -> None:
    state, _ = three_groups()
    a, b, c = state.groups
    state = move_in_order(state, c.id, -5)  # to the front, however far it is asked to go
    assert state.order == (c.id, a.id, b.id)
    assert next_to_report(state) == c
    state = report_next(state)
    assert (state.reporting, state.reported) == (c.id, ())
    state = report_next(state)
    assert (state.reporting, state.reported) == (a.id, (c.id,))
    state = end_report_back(state)
    assert (state.reporting, state.reported) == (None, (c.id, a.id))
    state = report_next(state)
    assert state.reporting == b.id
    state = report_next(state)
    assert (state.reporting, set(state.reported)) == (None, {a.id, b.id, c.id})
