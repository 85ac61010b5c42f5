"""Every change made through a service call is journaled exactly, and only then."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from datetime import date
from typing import Any
from uuid import UUID, uuid4

import pytest
from pydantic import ValidationError

from forum_desktop.clock import FakeClock
from forum_desktop.models import (
    AgendaItem,
    AttendanceStatus,
    Change,
    ChangeKind,
    Event,
    FieldChange,
    Participant,
    Session,
)
from forum_desktop.services.commands import execute
from forum_desktop.services.events import (
    CreateEvent,
    DeleteEvent,
    DuplicateEvent,
    UpdateEvent,
)
from forum_desktop.services.operations import OpResult
from forum_desktop.services.participants import (
    AddParticipant,
    CheckIn,
    DeleteParticipants,
    ImportParticipants,
    UpdateParticipant,
)
from forum_desktop.storage import RecordNotFoundError, Store
from tests.storage.helpers import snapshot

INSERT, UPDATE, DELETE = ChangeKind.INSERT, ChangeKind.UPDATE, ChangeKind.DELETE


def new_rows(store: Store, run: Callable[[], OpResult]) -> list[Change]:
    """Run a service call; return the journal rows it added (and check it reported them)."""
    before = len(store.journal())
    result = run()
    rows = store.journal()[before:]
    assert list(result.changes) == rows
    return rows


def summary(rows: list[Change]) -> list[tuple[ChangeKind, str, UUID]]:
    return [(row.kind, row.record_type, row.record_id) for row in rows]


def json_of(store: Store, cls: type[Any], record_id: UUID) -> dict[str, Any]:
    dumped: dict[str, Any] = store.require(cls, record_id).model_dump(mode="json")
    dumped.pop("id")
    return dumped


def stamp(clock: FakeClock) -> str:
    return clock.now().isoformat().replace("+00:00", "Z")


def make_event(store: Store, title: str = "Atelier") -> UUID:
    result: UUID = execute(store, CreateEvent(title=title)).value
    return result


def make_people(store: Store, event_id: UUID, *names: str) -> list[UUID]:
    return [execute(store, AddParticipant(event_id=event_id, name=name)).value for name in names]


def make_agenda(store: Store, event_id: UUID) -> tuple[UUID, list[UUID]]:
    """A session with an item holding two sub-items; returns the session and item ids."""
    session = store.fresh(Session(event_id=event_id, title="Matin"))
    store.insert(session)
    parent = store.fresh(AgendaItem(session_id=session.id, title="Ouverture", position=0))
    store.insert(parent)
    children = [
        store.fresh(AgendaItem(session_id=session.id, parent_id=parent.id, title=t, position=n))
        for n, t in enumerate(["Accueil", "Tour de table"])
    ]
    for child in children:
        store.insert(child)
    return session.id, [parent.id, *(c.id for c in children)]


# --- what each call writes ------------------------------------------------------------


def test_create_event_journals_one_insert_with_every_field(store: Store, clock: FakeClock) -> None:
    rows = new_rows(
        store,
        lambda: execute(
            store,
            CreateEvent(
                title="  Séminaire  ", language="fr", timezone="Africa/Dakar", place="Dakar"
            ),
        ),
    )
    [row] = rows
    assert row.kind is INSERT
    assert row.record_type == "event"
    stored = json_of(store, Event, row.record_id)
    assert stored["title"] == "Séminaire"
    assert row.fields == {name: FieldChange(old=None, new=value) for name, value in stored.items()}
    assert row.new_values()["created_at"] == stamp(clock)
    assert (row.sequence, row.device_id, row.at) == (1, store.device_id, clock.now())


def test_update_event_journals_only_the_changed_fields(store: Store, clock: FakeClock) -> None:
    event_id = make_event(store)
    created = stamp(clock)
    clock.advance(60)

    [row] = new_rows(
        store,
        lambda: execute(
            store,
            UpdateEvent(
                event_id=event_id, title="Atelier", place="Saly", start_date=date(2022, 3, 1)
            ),
        ),
    )
    assert summary([row]) == [(UPDATE, "event", event_id)]
    assert row.fields == {
        "place": FieldChange(old="", new="Saly"),
        "start_date": FieldChange(old=None, new="2022-03-01"),
        "updated_at": FieldChange(old=created, new=stamp(clock)),
    }
    assert json_of(store, Event, event_id)["place"] == "Saly"


def test_an_update_that_changes_nothing_leaves_no_row(store: Store, clock: FakeClock) -> None:
    event_id = make_event(store)
    person_id = make_people(store, event_id, "Fatou Ndiaye")[0]
    before = snapshot(store)
    clock.advance(60)

    assert (
        new_rows(store, lambda: execute(store, UpdateEvent(event_id=event_id, title="Atelier")))
        == []
    )
    assert new_rows(store, lambda: execute(store, UpdateEvent(event_id=event_id))) == []
    assert (
        new_rows(
            store,
            lambda: execute(
                store, UpdateParticipant(participant_id=person_id, name="Fatou Ndiaye")
            ),
        )
        == []
    )
    assert (
        new_rows(
            store,
            lambda: execute(
                store, CheckIn(participant_ids=(person_id,), status=AttendanceStatus.UNKNOWN)
            ),
        )
        == []
    )
    assert snapshot(store) == before  # not even updated_at moved


def test_duplicate_event_journals_an_insert_per_copied_record(store: Store) -> None:
    event_id = make_event(store)
    make_people(store, event_id, "Fatou Ndiaye", "João Pereira")
    make_agenda(store, event_id)
    originals = {row.record_id for row in store.journal()}

    rows = new_rows(
        store, lambda: execute(store, DuplicateEvent(event_id=event_id, title="Atelier 2"))
    )

    assert [(row.kind, row.record_type) for row in rows] == [
        (INSERT, "event"),
        (INSERT, "participant"),
        (INSERT, "participant"),
        (INSERT, "session"),
        (INSERT, "agenda_item"),
        (INSERT, "agenda_item"),
        (INSERT, "agenda_item"),
    ]
    assert not originals & {row.record_id for row in rows}  # all new ids
    for row in rows:
        cls = {"event": Event, "participant": Participant}.get(row.record_type)
        cls = cls or {"session": Session, "agenda_item": AgendaItem}[row.record_type]
        assert row.new_values() == json_of(store, cls, row.record_id)
        assert set(row.old_values().values()) == {None}


def test_delete_event_journals_a_delete_per_record_children_first(store: Store) -> None:
    event_id = make_event(store)
    people = make_people(store, event_id, "Fatou Ndiaye", "João Pereira")
    session_id, (parent, first, second) = make_agenda(store, event_id)
    old_event = json_of(store, Event, event_id)

    rows = new_rows(store, lambda: execute(store, DeleteEvent(event_id=event_id)))

    assert summary(rows) == [
        (DELETE, "agenda_item", second),
        (DELETE, "agenda_item", first),
        (DELETE, "agenda_item", parent),
        (DELETE, "session", session_id),
        (DELETE, "participant", people[1]),  # each list the other way round: children first
        (DELETE, "participant", people[0]),
        (DELETE, "event", event_id),
    ]
    assert rows[-1].fields == {name: FieldChange(old=v, new=None) for name, v in old_event.items()}


def test_roster_calls_journal_their_changes(store: Store, clock: FakeClock) -> None:
    event_id = make_event(store)

    [added] = new_rows(
        store, lambda: execute(store, AddParticipant(event_id=event_id, name="Fatou", city="Dakar"))
    )
    assert summary([added]) == [(INSERT, "participant", added.record_id)]
    assert added.new_values()["position"] == 0
    assert added.new_values()["city"] == "Dakar"

    imported = new_rows(
        store,
        lambda: execute(
            store,
            ImportParticipants(
                event_id=event_id, people=[{"name": "João"}, {"name": "Lucía", "city": "BCN"}]
            ),
        ),
    )
    assert [(r.kind, r.record_type) for r in imported] == [(INSERT, "participant")] * 2
    assert [r.new_values()["name"] for r in imported] == ["João", "Lucía"]
    assert [r.new_values()["position"] for r in imported] == [1, 2]

    clock.advance(60)
    inserted_at = added.new_values()["updated_at"]
    [edited] = new_rows(
        store,
        lambda: execute(store, UpdateParticipant(participant_id=added.record_id, city="Thiès")),
    )
    assert edited.fields == {
        "city": FieldChange(old="Dakar", new="Thiès"),
        "updated_at": FieldChange(old=inserted_at, new=stamp(clock)),
    }

    clock.advance(60)
    [checked] = new_rows(
        store,
        lambda: execute(
            store, CheckIn(participant_ids=(added.record_id,), status=AttendanceStatus.PRESENT)
        ),
    )
    assert checked.fields == {
        "attendance": FieldChange(old="unknown", new="present"),
        "checked_in_at": FieldChange(old=None, new=stamp(clock)),
        "updated_at": FieldChange(old=edited.new_values()["updated_at"], new=stamp(clock)),
    }

    ids = [imported[0].record_id, imported[1].record_id]
    removed = new_rows(store, lambda: execute(store, DeleteParticipants(participant_ids=ids)))
    assert summary(removed) == [(DELETE, "participant", i) for i in ids]
    assert [r.old_values()["name"] for r in removed] == ["João", "Lucía"]
    assert all(set(r.new_values().values()) == {None} for r in removed)


# --- numbering and authorship ---------------------------------------------------------


def test_sequence_numbers_count_up_from_one_on_each_device(store: Store, clock: FakeClock) -> None:
    event_id = make_event(store)
    make_people(store, event_id, "Fatou", "João")
    execute(store, UpdateEvent(event_id=event_id, place="Dakar"))
    assert [row.sequence for row in store.journal()] == [1, 2, 3, 4]

    # A second installation writing to the same file (e.g. a merged copy) numbers its own.
    store.set_setting("device_id", str(uuid4()))
    other = Store(store.conn, clock)
    assert other.device_id != store.device_id
    execute(other, AddParticipant(event_id=event_id, name="Lucía"))
    execute(store, AddParticipant(event_id=event_id, name="Amadou"))
    execute(other, AddParticipant(event_id=event_id, name="Chen"))

    numbered = [(row.device_id, row.sequence) for row in store.journal()]
    assert numbered == [
        *((store.device_id, n) for n in range(1, 5)),
        (other.device_id, 1),
        (store.device_id, 5),
        (other.device_id, 2),
    ]


def test_author_is_the_os_user_until_a_profile_is_set(store: Store) -> None:
    event_id = make_event(store)
    store.set_profile(name="  Aminata Diallo ", organisation="CGLU")
    execute(store, UpdateEvent(event_id=event_id, place="Dakar"))

    first, second = store.journal()
    assert first.author == getpass.getuser()
    assert second.author == "Aminata Diallo"
    assert len(store.journal()) == 2  # setting the profile is not journaled


def test_journal_can_be_read_for_one_record(store: Store) -> None:
    event_id = make_event(store)
    [person] = make_people(store, event_id, "Fatou")
    execute(store, UpdateEvent(event_id=event_id, place="Dakar"))

    assert summary(store.journal(event_id)) == [
        (INSERT, "event", event_id),
        (UPDATE, "event", event_id),
    ]
    assert summary(store.journal(person)) == [(INSERT, "participant", person)]


# --- failures leave nothing -----------------------------------------------------------

FAILURES: dict[str, tuple[type[Exception], Callable[[Store, UUID, list[UUID]], OpResult]]] = {
    "UpdateEvent with an unknown time zone": (
        ValidationError,
        lambda s, e, p: execute(
            s, UpdateEvent(event_id=e, title="Renamed", timezone="Mars/Olympus")
        ),
    ),
    "UpdateEvent with a field that is not editable": (
        ValueError,
        lambda s, e, p: execute(
            s, UpdateEvent(event_id=e, title="Renamed", created_at="2020-01-01")
        ),
    ),
    "UpdateEvent of a missing event": (
        RecordNotFoundError,
        lambda s, e, p: execute(s, UpdateEvent(event_id=uuid4(), title="Renamed")),
    ),
    "AddParticipant to a missing event": (
        RecordNotFoundError,
        lambda s, e, p: execute(s, AddParticipant(event_id=uuid4(), name="Lucía")),
    ),
    "ImportParticipants with a bad e-mail on the third person": (
        ValidationError,
        lambda s, e, p: execute(
            s,
            ImportParticipants(
                event_id=e,
                people=[
                    {"name": "Lucía"},
                    {"name": "Chen"},
                    {"name": "X", "email": "not-an-address"},
                ],
            ),
        ),
    ),
    "UpdateParticipant with an empty name": (
        ValidationError,
        lambda s, e, p: execute(s, UpdateParticipant(participant_id=p[0], city="Thiès", name="")),
    ),
    "DeleteParticipants with one missing id": (
        RecordNotFoundError,
        lambda s, e, p: execute(s, DeleteParticipants(participant_ids=[p[0], uuid4()])),
    ),
    "DuplicateEvent with an empty title": (
        ValidationError,
        lambda s, e, p: execute(s, DuplicateEvent(event_id=e, title="")),
    ),
    "CheckIn of a missing participant": (
        RecordNotFoundError,
        lambda s, e, p: execute(
            s, CheckIn(participant_ids=(uuid4(),), status=AttendanceStatus.PRESENT)
        ),
    ),
    "DeleteEvent of a missing event": (
        RecordNotFoundError,
        lambda s, e, p: execute(s, DeleteEvent(event_id=uuid4())),
    ),
}


@pytest.mark.parametrize("case", sorted(FAILURES))
def test_a_failed_call_leaves_no_row_and_no_change(
    store: Store, clock: FakeClock, case: str
) -> None:
    event_id = make_event(store)
    people = make_people(store, event_id, "Fatou Ndiaye", "João Pereira")
    make_agenda(store, event_id)
    before, journal_before = snapshot(store), store.journal()
    clock.advance(60)
    error, call = FAILURES[case]

    with pytest.raises(error):
        call(store, event_id, people)

    assert not store.conn.in_transaction
    assert snapshot(store) == before
    assert store.journal() == journal_before
    # The next change still gets the next number.
    [row] = new_rows(store, lambda: execute(store, UpdateEvent(event_id=event_id, place="Dakar")))
    assert row.sequence == journal_before[-1].sequence + 1
