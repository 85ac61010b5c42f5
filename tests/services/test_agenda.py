"""Agenda commands keep the tree and its positions right."""

from __future__ import annotations

from uuid import UUID

import pytest
from pydantic import ValidationError

from forum_desktop.models import AgendaItem, Session
from forum_desktop.services import agenda
from forum_desktop.services.commands import execute
from forum_desktop.services.operations import undo
from forum_desktop.storage import Store
from tests.services.helpers import build_event


def outline(store: Store, session_id: UUID) -> list[str]:
    """The tree as indented titles, checking positions are 0..n-1 among siblings."""
    items = agenda.items_of(store, session_id)
    depth: dict[UUID, int] = {}
    lines = []
    siblings: dict[UUID | None, list[int]] = {}
    for item in items:
        depth[item.id] = 0 if item.parent_id is None else depth[item.parent_id] + 1
        siblings.setdefault(item.parent_id, []).append(item.position)
        lines.append("  " * depth[item.id] + item.title)
    for positions in siblings.values():
        assert positions == list(range(len(positions)))
    return lines


START = ["Ouverture", "  Mot d'accueil", "  Tour de table", "Travail en groupes"]


def test_add_after_an_item_and_at_the_end(store: Store) -> None:
    built = build_event(store)
    execute(
        store,
        agenda.AddItem(session_id=built.session_id, title="Pause", after_id=built.item_ids[0]),
    )
    execute(store, agenda.AddItem(session_id=built.session_id, title="Clôture"))
    execute(
        store,
        agenda.AddItem(session_id=built.session_id, title="Règles", parent_id=built.item_ids[0]),
    )
    assert outline(store, built.session_id) == [
        *START[:3],
        "  Règles",
        "Pause",
        "Travail en groupes",
        "Clôture",
    ]


def test_indent_outdent_shift(store: Store) -> None:
    built = build_event(store)
    top1, sub1, _, top2 = built.item_ids
    execute(store, agenda.IndentItem(item_id=top2))
    assert outline(store, built.session_id) == [*START[:3], "  Travail en groupes"]
    execute(store, agenda.OutdentItem(item_id=sub1))
    assert outline(store, built.session_id) == [
        "Ouverture",
        "  Tour de table",
        "  Travail en groupes",
        "Mot d'accueil",
    ]
    execute(store, agenda.ShiftItem(item_id=sub1, direction=agenda.Direction.UP))
    assert outline(store, built.session_id)[0] == "Mot d'accueil"
    before = outline(store, built.session_id)
    execute(store, agenda.ShiftItem(item_id=sub1, direction=agenda.Direction.UP))  # already first
    execute(store, agenda.IndentItem(item_id=sub1))  # first item: nothing above to go under
    execute(store, agenda.OutdentItem(item_id=top1))  # already at the top level
    assert outline(store, built.session_id) == before


def test_move_keeps_sub_items_and_refuses_cycles(store: Store) -> None:
    built = build_event(store)
    top1, sub1, _, top2 = built.item_ids
    execute(store, agenda.MoveItem(item_id=top1, parent_id=top2, position=0))
    assert outline(store, built.session_id) == [
        "Travail en groupes",
        "  Ouverture",
        "    Mot d'accueil",
        "    Tour de table",
    ]
    with pytest.raises(ValueError, match="under itself"):
        execute(store, agenda.MoveItem(item_id=top2, parent_id=sub1, position=0))


def test_duplicate_copies_the_subtree_after_the_original(store: Store) -> None:
    built = build_event(store)
    copy_id = execute(store, agenda.DuplicateItem(item_id=built.item_ids[0])).value
    assert outline(store, built.session_id) == [*START[:3], *START[:3], START[3]]
    copy = store.require(AgendaItem, copy_id)
    assert copy.position == 1 and copy.id != built.item_ids[0]


def test_delete_removes_subtree_and_closes_gaps(store: Store) -> None:
    built = build_event(store)
    result = execute(store, agenda.DeleteItems(item_ids=[built.item_ids[0], built.item_ids[1]]))
    assert outline(store, built.session_id) == ["Travail en groupes"]
    undo(store, result)
    assert outline(store, built.session_id) == START


def test_sessions_add_update_delete(store: Store) -> None:
    built = build_event(store)
    second = execute(store, agenda.AddSession(event_id=built.event_id, title="Après-midi")).value
    assert [s.title for s in agenda.sessions_of(store, built.event_id)] == [
        "Matinée",
        "Après-midi",
    ]
    execute(store, agenda.UpdateSession(session_id=second, place="Salle B"))
    assert store.require(Session, second).place == "Salle B"
    with pytest.raises(ValidationError, match="event_id\n  Extra inputs are not permitted"):
        agenda.UpdateSession(session_id=second, event_id=built.event_id)
    execute(store, agenda.DeleteSession(session_id=built.session_id))
    remaining = agenda.sessions_of(store, built.event_id)
    assert [(s.title, s.position) for s in remaining] == [("Après-midi", 0)]
    assert store.select(AgendaItem) == []


def test_an_update_writes_only_the_fields_given_and_a_none_given_clears(store: Store) -> None:
    built = build_event(store)
    before = store.require(Session, built.session_id)
    assert before.date is not None and before.start_time is not None

    execute(store, agenda.UpdateSession(session_id=built.session_id, date=None, place="Salle B"))

    after = store.require(Session, built.session_id)
    assert (after.date, after.place) == (None, "Salle B")
    assert (after.title, after.start_time) == (before.title, before.start_time)  # not given
    execute(store, agenda.UpdateItem(item_id=built.item_ids[0], min_minutes=5))
    execute(store, agenda.UpdateItem(item_id=built.item_ids[0], min_minutes=None))
    item = store.require(AgendaItem, built.item_ids[0])
    assert item.min_minutes is None and item.title == "Ouverture"
