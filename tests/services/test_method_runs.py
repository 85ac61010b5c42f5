"""Saving a method item's live state: created once, updated after, checked, undoable."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from forum_desktop.models import AgendaItem, MethodRun, MethodScreen
from forum_desktop.models.screens import RoundRobinState
from forum_desktop.services.method_runs import (
    method_run_of,
    method_runs_of_event,
    save_method_state,
    screen_of,
)
from forum_desktop.services.operations import undo
from forum_desktop.storage import Store
from tests.services.helpers import build_event


def test_the_first_save_creates_the_run_and_later_ones_update_it(store: Store) -> None:
    built = build_event(store)
    item = built.item_ids[3]
    first = save_method_state(
        store, item_id=item, screen=MethodScreen.ROUND_ROBIN, state=RoundRobinState()
    )
    order = tuple(reversed(built.participant_ids))
    second = save_method_state(
        store, item_id=item, screen=MethodScreen.ROUND_ROBIN, state={"order": order}
    )
    assert first.value == second.value
    run = method_run_of(store, item, MethodScreen.ROUND_ROBIN)
    assert run is not None
    assert (run.event_id, run.session_id) == (built.event_id, built.session_id)
    assert run.screen_state() == RoundRobinState(order=order)
    assert [r.id for r in method_runs_of_event(store, built.event_id)] == [run.id]
    undo(store, second)
    assert store.require(MethodRun, run.id).screen_state() == RoundRobinState()


def test_a_state_the_screen_does_not_know_is_refused_and_nothing_changes(store: Store) -> None:
    built = build_event(store)
    with pytest.raises(ValidationError, match="seats"):
        save_method_state(
            store, item_id=built.item_ids[3], screen=MethodScreen.ROUND_ROBIN, state={"seats": 4}
        )
    assert method_run_of(store, built.item_ids[3], MethodScreen.ROUND_ROBIN) is None


def test_an_items_method_names_its_live_screen_in_any_language(store: Store) -> None:
    built = build_event(store)
    item = store.require(AgendaItem, built.item_ids[3])
    assert screen_of(store, item) is None  # no method
    for name, screen in [
        ("Méthodologie de l'aquarium", MethodScreen.FISHBOWL),
        ("round-robin", MethodScreen.ROUND_ROBIN),
        ("Votación con puntos", MethodScreen.DOT_VOTING),
        ("World Café", None),  # a method without a live screen runs as phases only
    ]:
        assert screen_of(store, item.model_copy(update={"method": name})) is screen, name
