"""Entries captured during a method's phase belong to the method's item; entries move
between items as one undo step."""

from __future__ import annotations

from uuid import UUID

import pytest

from forum_desktop.models import AgendaItem, Outcome
from forum_desktop.services.capture import CaptureOutcome
from forum_desktop.services.commands import execute
from forum_desktop.services.entries import CaptureTyped, EntryError, MoveEntries
from forum_desktop.services.method_apply import PhaseTimes, SubItems
from forum_desktop.services.operations import undo
from forum_desktop.storage import Store
from tests.services.helpers import Built, build_event
from tests.services.method_examples import apply_method


def fishbowl_item(store: Store) -> tuple[Built, UUID, list[AgendaItem]]:
    built = build_event(store)
    item_id = built.item_ids[0]
    apply_method(
        store,
        item_id=item_id,
        method_id="fishbowl",
        language="fr",
        times=PhaseTimes.SCALED,
        sub_items=SubItems.TOPICS,
    )
    phases = store.select(AgendaItem, {"parent_id": item_id}, order_by="position")
    return built, item_id, phases


def test_a_capture_during_a_phase_is_filed_under_the_methods_item(store: Store) -> None:
    built, item_id, phases = fishbowl_item(store)
    outcome_id = execute(
        store,
        CaptureOutcome(
            event_id=built.event_id, item_id=phases[0].id, kind="decision", text="Un MOOC"
        ),
    ).value
    outcome = store.require(Outcome, outcome_id)
    assert (outcome.item_id, outcome.phase) == (item_id, "Installation et règles")
    typed = CaptureTyped(event_id=built.event_id, typed="! Deux MOOC", item_id=phases[2].id)
    outcome = store.require(Outcome, execute(store, typed).value)
    assert (outcome.item_id, outcome.phase) == (item_id, phases[2].title)


def test_an_ordinary_sub_item_keeps_its_entries(store: Store) -> None:
    built = build_event(store)
    outcome_id = execute(
        store,
        CaptureOutcome(event_id=built.event_id, item_id=built.item_ids[1], text="Bienvenue à tous"),
    ).value
    outcome = store.require(Outcome, outcome_id)
    assert (outcome.item_id, outcome.phase) == (built.item_ids[1], "")


def test_moving_a_selection_is_one_undo_step(store: Store) -> None:
    built, item_id, phases = fishbowl_item(store)
    ids = tuple(
        execute(
            store, CaptureOutcome(event_id=built.event_id, item_id=built.item_ids[3], text=t)
        ).value
        for t in ("Première", "Seconde")
    )
    moved = execute(store, MoveEntries(outcome_ids=ids, item_id=phases[1].id))
    stored = [store.require(Outcome, i) for i in ids]
    assert {(o.item_id, o.phase) for o in stored} == {(item_id, phases[1].title)}
    again = execute(store, MoveEntries(outcome_ids=ids[:1], item_id=built.item_ids[3]))
    assert (store.require(Outcome, ids[0]).phase, store.require(Outcome, ids[1]).phase) == (
        "",
        phases[1].title,
    )
    undo(store, again)  # the undo stack's order: the later move first
    undo(store, moved)
    # The first move undone in one step: both entries are back where they were captured.
    back = [store.require(Outcome, i) for i in ids]
    assert {(o.item_id, o.phase) for o in back} == {(built.item_ids[3], "")}


def test_moving_to_an_item_of_another_event_is_refused(store: Store) -> None:
    built, _, _ = fishbowl_item(store)
    other = build_event(store, title="Autre")
    outcome_id = execute(store, CaptureOutcome(event_id=built.event_id, text="Note")).value
    with pytest.raises(EntryError, match="is not a session or agenda item of this event"):
        execute(store, MoveEntries(outcome_ids=(outcome_id,), item_id=other.item_ids[0]))
    assert store.require(Outcome, outcome_id).item_id is None
