"""The breakout groups' state refuses what cannot be: someone in two groups, a rapporteur
from another group, a report-back order that misses a group."""

from __future__ import annotations

from uuid import uuid4

import pytest
from pydantic import ValidationError

from forum_desktop.models.screens import BreakoutGroup, BreakoutsState


def test_a_consistent_state_reads_its_groups_in_report_back_order() -> None:
    awa, jun, lea = uuid4(), uuid4(), uuid4()
    one = BreakoutGroup(name="Group 1", member_ids=(awa, jun), rapporteur_id=jun)
    two = BreakoutGroup(name="Group 2", member_ids=(lea,))
    state = BreakoutsState(groups=(one, two), order=(two.id, one.id), reporting=two.id)
    assert [group.name for group in state.in_order()] == ["Group 2", "Group 1"]
    assert state.group_of(jun) == one and state.group_of(uuid4()) is None
    assert state.group(two.id) == two


def test_impossible_states_are_refused_with_what_is_wrong() -> None:
    awa, jun = uuid4(), uuid4()
    with pytest.raises(ValidationError, match="rapporteur of 'Group 1' is not one of its members"):
        BreakoutGroup(name="Group 1", member_ids=(awa,), rapporteur_id=jun)
    one = BreakoutGroup(name="Group 1", member_ids=(awa, jun))
    two = BreakoutGroup(name="Group 2", member_ids=(jun,))
    with pytest.raises(ValidationError, match="someone is in two groups"):
        BreakoutsState(groups=(one, two), order=(one.id, two.id))
    with pytest.raises(ValidationError, match="must name every group once"):
        BreakoutsState(groups=(one,), order=())
    with pytest.raises(ValidationError, match="reporting group is not one of the groups"):
        BreakoutsState(groups=(one,), order=(one.id,), reporting=uuid4())
