"""User methods and methods applied to agenda items."""

from __future__ import annotations

import pytest

from forum_desktop.models import AgendaItem
from forum_desktop.models.method import UserMethod
from forum_desktop.services.agenda import UpdateItem
from forum_desktop.services.commands import execute
from forum_desktop.services.methods import (
    CreateMethod,
    DeleteMethod,
    DuplicateMethod,
    MethodError,
    UpdateMethod,
    all_methods,
    find_method,
)
from forum_desktop.services.operations import undo
from forum_desktop.services.run import StartRun
from forum_desktop.storage import Store
from tests.services.helpers import T0, build_day, build_event
from tests.services.method_examples import apply_method, fishbowl


def children(store: Store, item_id: object) -> list[AgendaItem]:
    return store.select(AgendaItem, {"parent_id": item_id}, order_by="position")


def test_duplicating_a_builtin_makes_an_editable_copy_with_its_own_id(store: Store) -> None:
    first = execute(store, DuplicateMethod(method_id="fishbowl")).value
    second = execute(store, DuplicateMethod(method_id="fishbowl")).value
    copies = {m.id: m.definition for m in store.select(UserMethod, order_by="id")}
    assert copies[first].id == "fishbowl-copy"
    assert copies[second].id == "fishbowl-copy-2"
    assert copies[first].name.fr == "Méthodologie de l'aquarium (copie)"
    assert copies[first].name.es == "Pecera (fishbowl) (copia)"
    assert copies[first].steps == fishbowl().steps
    entry = find_method(store, "fishbowl-copy")
    assert entry is not None and entry.record_id == first and not entry.builtin


def test_a_user_method_keeps_its_id_when_edited_and_leaves_the_library_when_deleted(
    store: Store,
) -> None:
    method_id = execute(store, CreateMethod(definition=fishbowl())).value
    assert find_method(store, "fishbowl-2") is not None  # the built-in keeps "fishbowl"
    renamed = fishbowl().model_copy(
        update={"id": "whatever", "name": fishbowl().name.model_copy(update={"en": "Our bowl"})}
    )
    execute(store, UpdateMethod(record_id=method_id, definition=renamed))
    stored = store.require(UserMethod, method_id).definition
    assert (stored.id, stored.name.en) == ("fishbowl-2", "Our bowl")
    execute(store, DeleteMethod(record_id=method_id))
    assert "fishbowl-2" not in {e.definition.id for e in all_methods(store)}
    assert len(all_methods(store)) == 10


def test_applying_a_method_makes_its_steps_timed_sub_items_in_the_events_language(
    store: Store,
) -> None:
    built = build_event(store)
    item_id = built.item_ids[3]
    result = apply_method(store, item_id=item_id, method_id="peer-review", language="fr")
    assert store.require(AgendaItem, item_id).method == "Évaluation par les pairs d'une pratique"
    phases = children(store, item_id)
    assert [(p.title, p.planned_minutes) for p in phases] == [
        ("Présentation du cas", 10),
        ("Questions de clarification", 7),
        ("Retour structuré", 15),
        ("Réponse de la personne qui présente", 5),
    ]
    assert phases[1].description.startswith("Les pairs posent des questions factuelles")
    undo(store, result)  # one step
    assert children(store, item_id) == []
    assert store.require(AgendaItem, item_id).method == ""


def test_reapplying_replaces_untouched_phases(store: Store) -> None:
    built = build_event(store)
    item_id = built.item_ids[3]
    apply_method(store, item_id=item_id, method_id="peer-review", language="en")
    apply_method(store, item_id=item_id, method_id="one-two-four-all", language="es")
    assert store.require(AgendaItem, item_id).method == "1-2-4-Todos"
    assert [p.title for p in children(store, item_id)] == [
        "1 — a solas",
        "2 — en parejas",
        "4 — en grupos de cuatro",
        "Todos",
    ]


def test_reapplying_refuses_when_a_phase_was_edited(store: Store) -> None:
    built = build_event(store)
    item_id = built.item_ids[3]
    apply_method(store, item_id=item_id, method_id="dot-voting", language="fr")
    edited = children(store, item_id)[1]
    execute(store, UpdateItem(item_id=edited.id, notes="Deux votes par table"))
    with pytest.raises(MethodError, match="“Vote”"):
        apply_method(store, item_id=item_id, method_id="fishbowl", language="fr")
    assert [p.id for p in children(store, item_id)][1] == edited.id  # nothing was removed
    assert store.require(AgendaItem, item_id).method == "Vote par gommettes"


def test_reapplying_refuses_once_a_phase_has_run(store: Store) -> None:
    session_id, ids = build_day(store, [30])
    apply_method(store, item_id=ids[0], method_id="one-two-four-all", language="en")
    execute(store, StartRun(session_id=session_id, at=T0))
    with pytest.raises(MethodError, match="already run"):
        apply_method(store, item_id=ids[0], method_id="fishbowl", language="en")


def test_an_unknown_method_is_refused(store: Store) -> None:
    built = build_event(store)
    with pytest.raises(MethodError, match="no method 'nope'"):
        apply_method(store, item_id=built.item_ids[3], method_id="nope", language="en")
    with pytest.raises(MethodError):
        execute(store, DuplicateMethod(method_id="nope"))
