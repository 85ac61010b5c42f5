"""Legacy method runs (one state blob per method item, before version 14): found by item
and event, checked against their screen's model."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from forum_desktop.models import AgendaItem, MethodScreen
from forum_desktop.models.screens import RoundRobinState
from forum_desktop.services.method_runs import method_run_of, method_runs_of_event, screen_of
from forum_desktop.storage import Store
from tests.services.helpers import build_event, legacy_method_run


def test_a_legacy_run_is_found_by_its_item_and_its_event(store: Store) -> None:
    built = build_event(store)
    item = built.item_ids[3]
    order = tuple(reversed(built.participant_ids))
    legacy_method_run(
        store, item_id=item, screen=MethodScreen.ROUND_ROBIN, state=RoundRobinState(order=order)
    )
    run = method_run_of(store, item, MethodScreen.ROUND_ROBIN)
    assert run is not None
    assert (run.event_id, run.session_id) == (built.event_id, built.session_id)
    assert run.screen_state() == RoundRobinState(order=order)
    assert [r.id for r in method_runs_of_event(store, built.event_id)] == [run.id]


def test_a_legacy_state_the_screen_does_not_know_is_refused(store: Store) -> None:
    built = build_event(store)
    with pytest.raises(ValidationError, match="seats"):
        legacy_method_run(
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
