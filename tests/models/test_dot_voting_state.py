"""A dot vote's state survives its trip through a ``MethodRun``'s JSON."""

from __future__ import annotations

from uuid import uuid4

import pytest
from pydantic import ValidationError

from forum_desktop.models import MethodRun, MethodScreen
from forum_desktop.models.screens import Ballot, DotVotingState, EntryMode, VoteOption


def test_options_ballots_and_totals_come_back_as_they_were_stored() -> None:
    budgets = VoteOption(text="Budgets", source_id=uuid4())
    state = DotVotingState(
        options=(budgets, VoteOption(text="Transport")),
        dots_per_person=4,
        ballots=(Ballot(participant_id=uuid4(), dots={budgets.id: 3}),),
        hand_totals={budgets.id: 11},
        mode=EntryMode.TOTALS,
        revealed=True,
    )
    ids = {"event_id": uuid4(), "session_id": uuid4(), "item_id": uuid4()}
    run = MethodRun(**ids, screen=MethodScreen.DOT_VOTING, state=state.model_dump(mode="json"))
    assert run.state["ballots"][0]["dots"] == {str(budgets.id): 3}  # JSON keys
    assert run.screen_state() == state


def test_an_empty_option_or_a_negative_count_is_refused() -> None:
    with pytest.raises(ValidationError):
        VoteOption(text="")
    with pytest.raises(ValidationError):
        Ballot(participant_id=uuid4(), dots={uuid4(): -1})
    with pytest.raises(ValidationError):
        DotVotingState(dots_per_person=0)
