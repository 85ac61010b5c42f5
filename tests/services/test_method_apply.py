"""Applying a method to an item that has a planned time and sub-items of its own."""

from __future__ import annotations

from uuid import UUID

import pytest

from forum_desktop.methods.fishbowl import fishbowl_view
from forum_desktop.methods.peer_review_acts import peer_cases
from forum_desktop.models import AgendaItem, Event
from forum_desktop.services.capture import CaptureOutcome
from forum_desktop.services.commands import execute
from forum_desktop.services.method_apply import PhaseTimes, SubItems
from forum_desktop.services.methods import MethodError
from forum_desktop.services.operations import undo
from forum_desktop.storage import Store
from tests.services.helpers import build_event
from tests.services.method_examples import apply_method


def children(store: Store, item_id: UUID) -> list[AgendaItem]:
    return store.select(AgendaItem, {"parent_id": item_id}, order_by="position")


def practices(store: Store, minutes: int = 40) -> UUID:
    """ "2. Évaluation par les pairs" as the note's import makes it: two practices under it."""
    built = build_event(store)
    item_id = built.item_ids[0]
    store.update(AgendaItem, item_id, title="Évaluation par les pairs", planned_minutes=minutes)
    for child, title in zip(
        children(store, item_id),
        ["Localisation et développement de MOOC", "Apprentissage entre pairs et méthodologies"],
        strict=True,
    ):
        store.update(AgendaItem, child.id, title=title)
    return item_id


def test_the_practices_become_the_fishbowls_topics_and_the_phases_fill_its_time(
    store: Store,
) -> None:
    item_id = practices(store)
    result = apply_method(
        store, item_id=item_id, method_id="fishbowl", language="fr", times=PhaseTimes.SCALED
    )
    phases = children(store, item_id)
    assert [p.planned_minutes for p in phases] == [4, 3, 13, 13, 7]
    assert sum(p.planned_minutes for p in phases) == 40
    assert store.require(AgendaItem, item_id).planned_minutes == 40
    assert fishbowl_view(store, item_id).topics == (
        "Localisation et développement de MOOC",
        "Apprentissage entre pairs et méthodologies",
    )
    undo(store, result)  # one step brings the practices back
    assert [c.title for c in children(store, item_id)] == [
        "Localisation et développement de MOOC",
        "Apprentissage entre pairs et méthodologies",
    ]
    assert fishbowl_view(store, item_id).topics == ()


def test_the_practices_become_peer_review_cases(store: Store) -> None:
    item_id = practices(store)
    apply_method(
        store, item_id=item_id, method_id="peer-review", language="fr", times=PhaseTimes.SCALED
    )
    assert [c.topic for c in peer_cases(store, item_id)] == [
        "Localisation et développement de MOOC",
        "Apprentissage entre pairs et méthodologies",
    ]
    assert len(children(store, item_id)) == 4


def test_kept_sub_items_follow_the_phases_and_keep_their_time(store: Store) -> None:
    item_id = practices(store)
    for child in children(store, item_id):
        store.update(AgendaItem, child.id, planned_minutes=5)
    apply_method(
        store,
        item_id=item_id,
        method_id="round-robin",
        language="fr",
        times=PhaseTimes.SCALED,
        sub_items=SubItems.KEEP,
    )
    under = children(store, item_id)
    assert [c.title for c in under[3:]] == [
        "Localisation et développement de MOOC",
        "Apprentissage entre pairs et méthodologies",
    ]
    assert sum(c.planned_minutes for c in under[:3]) == 30  # 40 less the two kept


def test_the_methods_own_times_become_the_items_planned_time(store: Store) -> None:
    item_id = practices(store, minutes=15)
    apply_method(
        store,
        item_id=item_id,
        method_id="round-robin",
        language="fr",
        times=PhaseTimes.METHOD,
        sub_items=SubItems.KEEP,
    )
    assert [p.planned_minutes for p in children(store, item_id)[:3]] == [2, 20, 5]
    assert store.require(AgendaItem, item_id).planned_minutes == 27


def journal_size(store: Store) -> int:
    return len(store.journal())


@pytest.mark.parametrize(
    ("method_id", "choices", "reason"),
    [
        (
            "fishbowl",
            {"times": PhaseTimes.SCALED},
            "leaves 4 min for the 5 phases of “Méthodologie de l'aquarium”, which need at "
            "least 5 min: lengthen the item or use the method's own times",
        ),
        ("round-robin", {"sub_items": SubItems.TOPICS}, "has no topics to make of"),
        ("fishbowl", {"sub_items": SubItems.CASES}, "has no cases to make of"),
    ],
)
def test_a_refusal_changes_nothing(
    store: Store, method_id: str, choices: dict[str, object], reason: str
) -> None:
    item_id = practices(store, minutes=4)
    before = (store.require(AgendaItem, item_id), children(store, item_id), journal_size(store))
    with pytest.raises(MethodError, match=reason):
        apply_method(store, item_id=item_id, method_id=method_id, language="fr", **choices)
    after = (store.require(AgendaItem, item_id), children(store, item_id), journal_size(store))
    assert after == before


def test_lengthening_the_item_makes_the_phases_fit(store: Store) -> None:
    item_id = practices(store, minutes=4)
    apply_method(
        store,
        item_id=item_id,
        method_id="fishbowl",
        language="fr",
        times=PhaseTimes.SCALED,
        lengthen_to=5,
    )
    assert [p.planned_minutes for p in children(store, item_id)] == [1, 1, 1, 1, 1]


def test_a_sub_item_with_entries_of_its_own_stays_a_sub_item(store: Store) -> None:
    item_id = practices(store)
    first = children(store, item_id)[0]
    event_id = store.select(Event, order_by="id")[0].id
    execute(
        store,
        CaptureOutcome(
            event_id=event_id, session_id=first.session_id, item_id=first.id, text="MOOC"
        ),
    )
    with pytest.raises(MethodError, match="cannot become a topic or a case"):
        apply_method(store, item_id=item_id, method_id="fishbowl", language="fr")
    assert store.require(AgendaItem, item_id).method == ""
