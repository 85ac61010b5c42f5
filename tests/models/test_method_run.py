"""A method item's live state: validated by its screen's model, stored and read back."""

from __future__ import annotations

from collections.abc import Iterator
from uuid import uuid4

import pytest
from pydantic import ValidationError

from forum_desktop.models import MethodRun, MethodScreen, Outcome, OutcomeKind
from forum_desktop.models.screens import SCREEN_STATES, PeerReviewState, ReviewCase, ScreenState
from forum_desktop.services import agenda
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.storage import Store


class CounterState(ScreenState):
    """A stand-in screen state, so the mechanism is tested apart from any real screen."""

    count: int = 0
    names: tuple[str, ...] = ()


@pytest.fixture
def counter_screen() -> Iterator[MethodScreen]:
    screen = MethodScreen.ONE_TWO_FOUR_ALL
    saved = SCREEN_STATES.get(screen)
    SCREEN_STATES[screen] = CounterState
    yield screen
    if saved is None:
        del SCREEN_STATES[screen]
    else:
        SCREEN_STATES[screen] = saved


def test_state_is_checked_by_the_screens_model(counter_screen: MethodScreen) -> None:
    ids = {"event_id": uuid4(), "session_id": uuid4(), "item_id": uuid4()}
    run = MethodRun(**ids, screen=counter_screen, state={"names": ["Awa"]})
    assert run.state == {"count": 0, "names": ["Awa"]}  # normalised to the JSON form
    assert run.screen_state() == CounterState(names=("Awa",))
    with pytest.raises(ValidationError, match="count"):
        MethodRun(**ids, screen=counter_screen, state={"count": "many"})
    with pytest.raises(ValidationError, match="Extra inputs"):
        MethodRun(**ids, screen=counter_screen, state={"seats": 3})


def test_state_round_trips_through_the_store(store: Store, counter_screen: MethodScreen) -> None:
    event_id = execute(store, CreateEvent(title="Forum")).value
    session_id = execute(store, agenda.AddSession(event_id=event_id, title="Day 1")).value
    run = MethodRun(
        event_id=event_id,
        session_id=session_id,
        item_id=uuid4(),
        screen=counter_screen,
        state={"count": 3},
    )
    store.insert(run)
    assert store.require(MethodRun, run.id).screen_state() == CounterState(count=3)
    assert store.journal(run.id)[-1].event_id == event_id  # travels with its event


@pytest.mark.parametrize(
    ("kind", "fields"),
    [
        (OutcomeKind.FEEDBACK, {"rating": 6}),
        (OutcomeKind.VOTE_RESULT, {"counts": [{"option": "A", "votes": -1}]}),
        (OutcomeKind.CONTRIBUTION, {"topic": "x" * 501}),
        (OutcomeKind.REPORT, {"seats": 3}),
    ],
)
def test_method_kinds_refuse_fields_that_do_not_fit(kind: str, fields: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        Outcome(
            event_id=uuid4(), kind=kind, text="x", captured_at="2026-11-27T10:00Z", fields=fields
        )


def test_a_peer_review_keeps_its_cases_by_id() -> None:
    case = ReviewCase(presenter_name="Ana", city="Montevideo", topic="Presupuesto participativo")
    run = MethodRun(
        event_id=uuid4(),
        session_id=uuid4(),
        item_id=uuid4(),
        screen=MethodScreen.PEER_REVIEW,
        state={"cases": [case.model_dump(mode="json")], "current": str(case.id)},
    )
    state = run.screen_state()
    assert isinstance(state, PeerReviewState)
    assert state.cases == (case,) and state.current == case.id
