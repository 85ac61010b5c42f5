"""Importing a document never takes another event's records and never reverts newer edits."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import pytest

from forum_desktop.clock import FakeClock
from forum_desktop.models import (
    Event,
    EventDocument,
    ItemRun,
    Outcome,
    Participant,
    Photo,
    Session,
)
from forum_desktop.services.agenda import DeleteItems
from forum_desktop.services.check import run_checks
from forum_desktop.services.commands import execute
from forum_desktop.services.document_import import Imported, import_document
from forum_desktop.services.documents import (
    DocumentError,
    document_to_json,
    export_document,
    parse_document,
)
from forum_desktop.services.operations import undo
from forum_desktop.services.photos import AddPhoto
from forum_desktop.storage import Store, open_database
from tests.photo_bytes import png_bytes
from tests.services.helpers import Built, build_event


def with_outcome(store: Store, built: Built) -> UUID:
    outcome = store.fresh(
        Outcome(
            event_id=built.event_id,
            session_id=built.session_id,
            item_id=built.item_ids[0],
            text="Partager la fiche",
            captured_at=store.clock.now(),
            mentions=[built.participant_ids[1]],
            kind="action",
            fields={"owner_ids": [str(built.participant_ids[0])]},
        )
    )
    store.insert(outcome)
    return outcome.id


def raw_export(store: Store, event_id: UUID) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(document_to_json(export_document(store, event_id)))
    return loaded


def parsed(raw: dict[str, Any]) -> EventDocument:
    return parse_document(json.dumps(raw).encode())


def table_dump(store: Store) -> list[tuple[Any, ...]]:
    return [
        row
        for table in ("event", "participant", "session", "agenda_item", "outcome", "journal")
        for row in store.conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
    ]


# --- records belong to one event ------------------------------------------------------


def test_last_years_export_with_a_new_event_id_is_refused_naming_the_clash(store: Store) -> None:
    built = build_event(store)
    raw = raw_export(store, built.event_id)
    raw["event"]["id"] = str(uuid4())
    for part in ("participants", "sessions", "outcomes"):
        for record in raw[part]:
            record["event_id"] = raw["event"]["id"]
    before = table_dump(store)
    with pytest.raises(DocumentError) as refused:
        import_document(store, document=parsed(raw))
    assert str(refused.value).startswith("participants[0]: this record belongs to another event")
    assert "Séminaire du Forum d'apprentissage" in str(refused.value)
    assert table_dump(store) == before


def test_one_foreign_outcome_id_is_refused_and_the_outcome_stays(store: Store) -> None:
    first = build_event(store)
    outcome_id = with_outcome(store, first)
    second = build_event(store, title="Atelier de Lisbonne")
    raw = raw_export(store, second.event_id)
    raw["outcomes"] = [
        {
            **raw_export(store, first.event_id)["outcomes"][0],
            "event_id": str(second.event_id),
            "session_id": str(second.session_id),
            "item_id": str(second.item_ids[0]),
            "text": "Réécrit",
        }
    ]
    with pytest.raises(DocumentError, match=r"^outcomes\[0\]: this record belongs"):
        import_document(store, document=parsed(raw))
    assert store.require(Outcome, outcome_id).text == "Partager la fiche"


def test_as_copy_makes_a_new_event_with_fresh_ids_and_references_followed(
    store: Store,
) -> None:
    built = build_event(store)
    with_outcome(store, built)
    original = document_to_json(export_document(store, built.event_id))
    result = import_document(store, document=parse_document(original.encode()), as_copy=True)
    copy_id = result.value.event_id
    assert copy_id != built.event_id
    assert document_to_json(export_document(store, built.event_id)) == original
    copy = export_document(store, copy_id)
    source = parse_document(original.encode())
    parts = ("participants", "sessions", "agenda_items", "outcomes")
    old_ids = {r.id for part in parts for r in getattr(source, part)}
    new_ids = {r.id for part in parts for r in getattr(copy, part)}
    assert not old_ids & new_ids
    assert len(copy.participants) == 3 and len(copy.agenda_items) == 4
    [outcome] = copy.outcomes
    people = [p.id for p in copy.participants]
    assert outcome.session_id == copy.sessions[0].id
    assert outcome.item_id in {item.id for item in copy.agenda_items}
    assert outcome.mentions == [people[1]]
    assert outcome.fields["owner_ids"] == [str(people[0])]
    children = [item for item in copy.agenda_items if item.parent_id is not None]
    assert {item.parent_id for item in children} <= {item.id for item in copy.agenda_items}
    assert run_checks(store) == []
    undo(store, result)
    assert store.get(Event, copy_id) is None


# --- an older export never reverts newer edits --------------------------------------------


def test_reimporting_an_older_export_keeps_the_newer_edit_and_counts_it(
    store: Store, clock: FakeClock
) -> None:
    built = build_event(store)
    older = parsed(raw_export(store, built.event_id))
    clock.advance(60)
    person = built.participant_ids[1]
    store.update(Participant, person, city="Thiès", notes="arrive mardi")
    store.update(Session, built.session_id, title="Matinée (salle 2)")

    result = import_document(store, document=older)

    assert result.value == Imported(built.event_id, kept=3)
    assert result.changes == ()
    assert store.require(Participant, person).city == "Thiès"
    assert store.require(Session, built.session_id).title == "Matinée (salle 2)"


def test_a_newer_document_field_wins_while_a_newer_local_field_stays(
    store: Store, clock: FakeClock
) -> None:
    built = build_event(store)
    person = built.participant_ids[1]
    raw = raw_export(store, built.event_id)
    clock.advance(60)
    store.update(Participant, person, city="Thiès")  # here, at +60 s
    raw["participants"][1].update(
        name="João P. Pereira", city="Porto", updated_at="2022-02-23T09:05:00Z"
    )  # the document's record: +5 min, so newer than the city edited here

    result = import_document(store, document=parsed(raw))

    assert result.value.kept == 0
    stored = store.require(Participant, person)
    assert (stored.name, stored.city) == ("João P. Pereira", "Porto")
    clock.advance(600)
    store.update(Participant, person, city="Saint-Louis")
    result = import_document(store, document=parsed(raw))
    assert result.value.kept == 1
    assert store.require(Participant, person).city == "Saint-Louis"


def test_a_field_never_changed_here_keeps_the_local_value(store: Store) -> None:
    built = build_event(store)
    raw = raw_export(store, built.event_id)
    store.conn.execute("DELETE FROM journal WHERE record_type = 'event'")  # history unknown
    raw["event"].update(place="Lisbonne", updated_at="2030-01-01T00:00:00Z")
    import_document(store, document=parsed(raw))
    assert store.require(Event, built.event_id).place == "Dakar"


# --- dangling references ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("part", "field", "path"),
    [
        ("outcomes", "item_id", "outcomes[0].item_id"),
        ("outcomes", "session_id", "outcomes[0].session_id"),
    ],
)
def test_an_outcome_naming_nothing_is_refused_naming_the_field(
    store: Store, part: str, field: str, path: str
) -> None:
    built = build_event(store)
    with_outcome(store, built)
    raw = raw_export(store, built.event_id)
    raw[part][0][field] = str(uuid4())
    with pytest.raises(DocumentError) as refused:
        parsed(raw)
    assert str(refused.value).startswith(path)


def test_an_export_after_deleting_an_item_imports_again(store: Store, tmp_path: Path) -> None:
    built = build_event(store)
    outcome_id = with_outcome(store, built)
    item = built.item_ids[3]
    store.update(Outcome, outcome_id, item_id=item)
    on_item = execute(
        store,
        AddPhoto(
            event_id=built.event_id,
            image=png_bytes(),
            mime="image/png",
            width=3,
            height=2,
            item_id=item,
        ),
    ).value
    on_entry = execute(
        store,
        AddPhoto(
            event_id=built.event_id,
            image=png_bytes(shade=90),
            mime="image/png",
            width=3,
            height=2,
            outcome_id=outcome_id,
        ),
    ).value
    store.insert(store.fresh(ItemRun(session_id=built.session_id, item_id=item)))
    execute(store, DeleteItems(item_ids=[item]))
    assert run_checks(store) == []  # an entry, its photo and the item's run outlive it

    text = document_to_json(export_document(store, built.event_id))
    conn = open_database(tmp_path / "other.sqlite3", store.clock)
    try:
        other = Store(conn, store.clock)
        import_document(other, document=parse_document(text.encode()))
        assert other.require(Outcome, outcome_id).item_id is None
        assert other.require(Photo, on_entry).item_id is None
        assert other.get(Photo, on_item) is None  # it showed a deleted item only
        assert other.select(ItemRun, order_by="created_at") == []
        assert run_checks(other) == []
    finally:
        conn.close()


def test_check_reports_a_reference_to_what_never_was_here(store: Store) -> None:
    built = build_event(store)
    outcome_id = with_outcome(store, built)
    missing = uuid4()
    store.conn.execute(
        "UPDATE outcome SET session_id = ? WHERE id = ?", (str(missing), str(outcome_id))
    )
    assert run_checks(store) == [f"outcome {outcome_id}: session_id {missing} names no session"]
