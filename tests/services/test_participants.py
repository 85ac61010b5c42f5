"""Roster commands: add, import, edit, remove, check in."""

from __future__ import annotations

from datetime import timedelta
from uuid import UUID, uuid4

import pytest
from pydantic import ValidationError

from forum_desktop.clock import FakeClock
from forum_desktop.models import AttendanceMode, AttendanceStatus, Participant, Role
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.operations import undo
from forum_desktop.services.participants import (
    AddParticipant,
    CheckIn,
    DeleteParticipants,
    ImportParticipants,
    UpdateParticipant,
    roster,
)
from forum_desktop.storage import RecordNotFoundError, Store
from tests.storage.helpers import snapshot


@pytest.fixture
def event_id(store: Store) -> UUID:
    result: UUID = execute(store, CreateEvent(title="Atelier")).value
    return result


def names(store: Store, event_id: UUID) -> list[str]:
    return [p.name for p in roster(store, event_id)]


def add(store: Store, event_id: UUID, *people: str) -> list[UUID]:
    return [execute(store, AddParticipant(event_id=event_id, name=name)).value for name in people]


# --- adding ---------------------------------------------------------------------------


def test_add_appends_to_the_roster(store: Store, clock: FakeClock, event_id: UUID) -> None:
    first = execute(
        store,
        AddParticipant(
            event_id=event_id, name="  Fatou Ndiaye ", role=Role.FACILITATOR, city="Dakar"
        ),
    ).value
    add(store, event_id, "João Pereira", "Lucía Gómez")

    assert names(store, event_id) == ["Fatou Ndiaye", "João Pereira", "Lucía Gómez"]
    assert [p.position for p in roster(store, event_id)] == [0, 1, 2]
    person = store.require(Participant, first)
    assert (person.role, person.city, person.event_id) == (Role.FACILITATOR, "Dakar", event_id)
    assert person.attendance is AttendanceStatus.UNKNOWN
    assert person.created_at == person.updated_at == clock.now()


def test_add_to_a_missing_event(store: Store) -> None:
    with pytest.raises(RecordNotFoundError):
        execute(store, AddParticipant(event_id=uuid4(), name="Fatou"))
    assert store.select(Participant) == []


def test_import_appends_everyone_after_the_existing_roster(store: Store, event_id: UUID) -> None:
    add(store, event_id, "Fatou Ndiaye")
    result = execute(
        store,
        ImportParticipants(
            event_id=event_id,
            people=[
                {"name": "João Pereira", "mode": AttendanceMode.ONLINE},
                {"name": "Lucía Gómez", "email": "lucia@example.org"},
            ],
        ),
    )

    assert result.value == 2
    assert len(result.changes) == 2
    people = roster(store, event_id)
    assert [(p.name, p.position) for p in people] == [
        ("Fatou Ndiaye", 0),
        ("João Pereira", 1),
        ("Lucía Gómez", 2),
    ]
    assert people[1].mode is AttendanceMode.ONLINE
    assert people[2].email == "lucia@example.org"


def test_import_of_nobody_changes_nothing(store: Store, event_id: UUID) -> None:
    before = snapshot(store)
    result = execute(store, ImportParticipants(event_id=event_id, people=[]))
    assert (result.value, result.changes) == (0, ())
    assert snapshot(store) == before


def test_an_import_with_one_bad_person_imports_nobody(store: Store, event_id: UUID) -> None:
    add(store, event_id, "Fatou Ndiaye")
    with pytest.raises(ValidationError, match="e-mail"):
        execute(
            store,
            ImportParticipants(
                event_id=event_id,
                people=[{"name": "João"}, {"name": "Lucía", "email": "lucia at example"}],
            ),
        )
    assert names(store, event_id) == ["Fatou Ndiaye"]


def test_the_roster_holds_only_its_event(store: Store, event_id: UUID) -> None:
    other = execute(store, CreateEvent(title="Autre")).value
    add(store, event_id, "Fatou")
    add(store, other, "Chen")
    add(store, event_id, "João")
    assert names(store, event_id) == ["Fatou", "João"]
    assert names(store, other) == ["Chen"]
    assert [p.position for p in roster(store, other)] == [0]


# --- editing and removing -------------------------------------------------------------


def test_update_changes_the_fields(store: Store, clock: FakeClock, event_id: UUID) -> None:
    [person_id] = add(store, event_id, "Fatou")
    clock.advance(60)
    execute(
        store,
        UpdateParticipant(
            participant_id=person_id, name="Fatou Ndiaye", email=" fatou@example.org "
        ),
    )
    person = store.require(Participant, person_id)
    assert (person.name, person.email) == ("Fatou Ndiaye", "fatou@example.org")
    assert person.updated_at == clock.now()
    assert person.created_at == clock.now() - timedelta(seconds=60)


@pytest.mark.parametrize("field", ["attendance", "checked_in_at", "event_id", "position"])
def test_update_refuses_fields_that_are_not_editable(
    store: Store, event_id: UUID, field: str
) -> None:
    [person_id] = add(store, event_id, "Fatou")
    before = snapshot(store)
    with pytest.raises(ValueError, match=field):
        execute(store, UpdateParticipant(participant_id=person_id, **{field: None}))
    assert snapshot(store) == before


def test_update_refuses_a_bad_email(store: Store, event_id: UUID) -> None:
    [person_id] = add(store, event_id, "Fatou")
    with pytest.raises(ValidationError):
        execute(store, UpdateParticipant(participant_id=person_id, email="fatou@", city="Dakar"))
    assert store.require(Participant, person_id).city == ""


def test_delete_removes_only_the_listed_people(store: Store, event_id: UUID) -> None:
    fatou, _joao, lucia = add(store, event_id, "Fatou", "João", "Lucía")
    result = execute(store, DeleteParticipants(participant_ids=[fatou, lucia]))
    assert result.value == 2
    assert names(store, event_id) == ["João"]
    assert store.get(Participant, fatou) is None


# --- check-in -------------------------------------------------------------------------


def test_check_in_records_the_time(store: Store, clock: FakeClock, event_id: UUID) -> None:
    fatou, joao = add(store, event_id, "Fatou", "João")
    clock.advance(600)
    execute(store, CheckIn(participant_ids=(fatou,), status=AttendanceStatus.PRESENT))
    clock.advance(900)
    execute(store, CheckIn(participant_ids=(joao,), status=AttendanceStatus.LATE))

    present, late = roster(store, event_id)
    assert present.attendance is AttendanceStatus.PRESENT
    assert present.checked_in_at == clock.now() - timedelta(seconds=900)
    assert late.attendance is AttendanceStatus.LATE
    assert late.checked_in_at == clock.now()
    assert late.updated_at == clock.now()


def test_check_in_back_to_unknown_clears_the_time(
    store: Store, clock: FakeClock, event_id: UUID
) -> None:
    [person_id] = add(store, event_id, "Fatou")
    execute(store, CheckIn(participant_ids=(person_id,), status=AttendanceStatus.PRESENT))
    clock.advance(60)
    execute(store, CheckIn(participant_ids=(person_id,), status=AttendanceStatus.UNKNOWN))

    person = store.require(Participant, person_id)
    assert (person.attendance, person.checked_in_at) == (AttendanceStatus.UNKNOWN, None)
    assert person.updated_at == clock.now()


def test_an_absent_person_has_no_check_in_time(
    store: Store, clock: FakeClock, event_id: UUID
) -> None:
    [person_id] = add(store, event_id, "Fatou")
    execute(store, CheckIn(participant_ids=(person_id,), status=AttendanceStatus.PRESENT))
    execute(store, CheckIn(participant_ids=(person_id,), status=AttendanceStatus.ABSENT))
    person = store.require(Participant, person_id)
    assert (person.attendance, person.checked_in_at) == (AttendanceStatus.ABSENT, None)


def test_check_in_of_a_missing_participant(store: Store) -> None:
    with pytest.raises(RecordNotFoundError):
        execute(store, CheckIn(participant_ids=(uuid4(),), status=AttendanceStatus.PRESENT))


def test_checking_in_several_people_is_all_or_nothing(
    store: Store, clock: FakeClock, event_id: UUID
) -> None:
    fatou, joao = add(store, event_id, "Fatou", "João")
    before, journal = snapshot(store), store.journal()
    with pytest.raises(RecordNotFoundError, match="No participant with id"):
        execute(
            store,
            CheckIn(participant_ids=(fatou, uuid4(), joao), status=AttendanceStatus.PRESENT),
        )
    assert snapshot(store) == before
    assert store.journal() == journal


def test_checking_in_several_people_is_one_undo_step(
    store: Store, clock: FakeClock, event_id: UUID
) -> None:
    fatou, joao, lucia = add(store, event_id, "Fatou", "João", "Lucía")
    execute(store, CheckIn(participant_ids=(joao,), status=AttendanceStatus.PRESENT))
    clock.advance(300)
    before = snapshot(store)

    result = execute(
        store, CheckIn(participant_ids=(fatou, joao, lucia), status=AttendanceStatus.LATE)
    )
    assert [p.attendance for p in roster(store, event_id)] == [AttendanceStatus.LATE] * 3
    assert {p.checked_in_at for p in roster(store, event_id)} == {clock.now()}

    undo(store, result)
    assert snapshot(store) == before
    assert [p.attendance for p in roster(store, event_id)] == [
        AttendanceStatus.UNKNOWN,
        AttendanceStatus.PRESENT,
        AttendanceStatus.UNKNOWN,
    ]
    assert store.require(Participant, joao).checked_in_at == clock.now() - timedelta(seconds=300)


def test_checking_in_nobody_is_refused() -> None:
    with pytest.raises(ValidationError, match="participant_ids"):
        CheckIn(participant_ids=(), status=AttendanceStatus.PRESENT)
