"""The store's reads, transactions and installation settings."""

from __future__ import annotations

from uuid import uuid4

import pytest

from forum_desktop.clock import FakeClock
from forum_desktop.models import RECORD_TYPES, ChangeKind, Event, Outcome, Participant
from forum_desktop.services.capture import CaptureOutcome
from forum_desktop.services.commands import execute
from forum_desktop.services.demo import CreateDemoEvent
from forum_desktop.storage import RecordNotFoundError, Store
from tests.storage.helpers import snapshot


def add_event(store: Store, title: str, place: str = "") -> Event:
    event = store.fresh(Event(title=title, place=place))
    store.insert(event)
    return event


def test_insert_then_read_back_the_same_record(store: Store, clock: FakeClock) -> None:
    event = add_event(store, "Séminaire — «Daejeon»", place="Dakar")
    assert store.get(Event, event.id) == event
    assert store.require(Event, event.id) == event
    assert event.created_at == clock.now()


def test_missing_records(store: Store) -> None:
    missing = uuid4()
    assert store.get(Event, missing) is None
    with pytest.raises(RecordNotFoundError) as raised:
        store.require(Participant, missing)
    assert str(raised.value) == f"No participant with id {missing} exists."
    with pytest.raises(RecordNotFoundError):
        store.delete(Event, missing)
    assert store.journal() == []


def test_inserting_an_existing_id_is_refused(store: Store) -> None:
    event = add_event(store, "Atelier")
    with pytest.raises(ValueError, match="already exists"):
        store.insert(event.model_copy(update={"title": "Autre"}))
    assert store.require(Event, event.id).title == "Atelier"
    assert len(store.journal()) == 1


def test_select_filters_and_orders(store: Store) -> None:
    add_event(store, "Bilan", place="Dakar")
    add_event(store, "Atelier", place="Saly")
    add_event(store, "Congrès", place="Dakar")

    assert [e.title for e in store.select(Event, order_by="title")] == [
        "Atelier",
        "Bilan",
        "Congrès",
    ]
    assert [e.title for e in store.select(Event, {"place": "Dakar"}, order_by="title")] == [
        "Bilan",
        "Congrès",
    ]
    assert store.select(Event, {"start_date": None, "place": "Thiès"}, order_by="title") == []
    with pytest.raises(ValueError, match="order"):
        store.select(Event, order_by="title; DROP TABLE event")
    with pytest.raises(ValueError, match="no field"):
        store.select(Event, {"colour": "red"}, order_by="title")


def test_nested_transactions_join_the_outer_one(store: Store) -> None:
    before = snapshot(store)
    with pytest.raises(RuntimeError), store.transaction():
        add_event(store, "Premier")
        with store.transaction():
            add_event(store, "Second")
        raise RuntimeError("the outer transaction fails")
    assert snapshot(store) == before
    assert store.journal() == []
    assert not store.conn.in_transaction

    with store.transaction():
        add_event(store, "Premier")
        with store.transaction():
            add_event(store, "Second")
    assert [e.title for e in store.select(Event, order_by="title")] == ["Premier", "Second"]


def test_update_returns_none_when_nothing_changes(store: Store, clock: FakeClock) -> None:
    event = add_event(store, "Atelier", place="Dakar")
    clock.advance(60)
    assert store.update(Event, event.id, title="Atelier", place="Dakar") is None
    change = store.update(Event, event.id, place="Saly")
    assert change is not None
    assert change.kind is ChangeKind.UPDATE
    assert set(change.fields) == {"place", "updated_at"}
    assert store.require(Event, event.id).updated_at == clock.now()


def test_settings_are_local_and_not_journaled(store: Store, clock: FakeClock) -> None:
    assert store.setting("theme") is None
    store.set_setting("theme", "dark")
    store.set_setting("theme", "light")
    assert store.setting("theme") == "light"
    assert store.journal() == []

    again = Store(store.conn, clock)  # a later session of the app
    assert again.device_id == store.device_id
    assert again.setting("theme") == "light"


def test_the_profile_round_trips(store: Store) -> None:
    assert store.profile() is None
    profile = store.set_profile(name=" Aminata Diallo ", organisation="CGLU", role="rapporteur")
    assert store.profile() == profile
    assert (profile.name, profile.device_id) == ("Aminata Diallo", store.device_id)
    assert store.author == "Aminata Diallo"


def test_insert_many_stores_and_journals_what_inserts_one_by_one_would(
    store: Store, clock: FakeClock
) -> None:
    event = add_event(store, "Forum")
    people = [
        store.fresh(Participant(event_id=event.id, name=f"P{n}", position=n)) for n in range(3)
    ]
    gone = people[1]
    store.insert(gone)
    store.delete(Participant, gone.id)  # an id coming back continues its history
    one_by_one = [store.insert(person) for person in (people[0], people[2])]
    for person in (people[0], people[2]):
        store.delete(Participant, person.id)
    clock.advance(1)

    changes = store.insert_many(people)

    assert [store.get(Participant, p.id) for p in people] == people
    assert [c.sequence for c in changes] == list(
        range(changes[0].sequence, changes[0].sequence + 3)
    )
    assert sorted(c.hlc for c in changes) == [c.hlc for c in changes]
    assert [c.fields for c in changes[::2]] == [c.fields for c in one_by_one]
    assert all(c.event_id == event.id and c.kind is ChangeKind.INSERT for c in changes)
    for change in changes:  # each made on top of the delete before it
        [delete] = [c for c in store.record_changes("participant", change.record_id)][-2:-1]
        assert change.parents == (delete.change_id,)
    assert store.record_changes("participant", gone.id)[-1] == changes[1]
    with pytest.raises(ValueError, match="already exists"):
        store.insert_many([people[0]])


def test_count_by_column_without_building_records(store: Store) -> None:
    first, second = add_event(store, "Un"), add_event(store, "Deux")
    for event, name in ((first, "Aminata"), (first, "Bo"), (second, "Chen")):
        store.insert(store.fresh(Participant(event_id=event.id, name=name)))
    assert store.count(Participant, {"event_id": first.id}) == 2
    assert store.count(Participant, {}) == 3
    with pytest.raises(ValueError, match="no field"):
        store.count(Participant, {"nowhere": first.id})


def test_holds_any_says_whether_a_type_has_records_and_refuses_an_unknown_type(
    store: Store,
) -> None:
    assert not store.holds_any("participant")
    store.insert(store.fresh(Participant(event_id=add_event(store, "Un").id, name="Aminata")))
    assert store.holds_any("participant")
    assert not store.holds_any("outcome")
    with pytest.raises(ValueError, match="no record type"):
        store.holds_any("participant; DROP TABLE event")


def test_select_many_reads_what_select_reads_for_every_record_type(
    store: Store, clock: FakeClock
) -> None:
    event_id = execute(store, CreateDemoEvent()).value
    execute(
        store,
        CaptureOutcome(
            event_id=event_id,
            text="Partager la fiche",
            kind="action",
            mentions=[uuid4()],
            tags=["mooc", "été"],
            fields={"owner_names": ["Núria"], "due": "2027-03-15", "status": "in_progress"},
        ),
    )
    execute(store, CaptureOutcome(event_id=event_id, text="« Oui »", kind="quote", anonymous=True))
    blobs = {
        table
        for (table,) in store.conn.execute(
            "SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c "
            "WHERE m.type = 'table' AND c.type = 'BLOB'"
        )
    }
    read = set()
    for record_type, cls in RECORD_TYPES.items():
        if record_type in blobs:
            continue
        expected = store.select(cls, order_by="created_at")
        assert store.select_many(cls, order_by="created_at") == expected, record_type
        read |= {record_type} if expected else set()
    assert {"event", "session", "agenda_item", "participant", "outcome"} <= read
    by_event = store.select(Outcome, {"event_id": event_id}, order_by="captured_at")
    assert store.select_many(Outcome, {"event_id": event_id}, order_by="captured_at") == by_event
