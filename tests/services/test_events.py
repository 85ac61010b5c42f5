"""Event commands: create, edit, duplicate, delete, and the list of events."""

from __future__ import annotations

from datetime import date
from uuid import UUID, uuid4

import pytest
from pydantic import ValidationError

from forum_desktop.clock import FakeClock
from forum_desktop.models import (
    AgendaItem,
    AttendanceStatus,
    Event,
    Language,
    Objective,
    Participant,
    Session,
)
from forum_desktop.services.commands import execute
from forum_desktop.services.events import (
    CreateEvent,
    DeleteEvent,
    DuplicateEvent,
    EventError,
    UpdateEvent,
    list_events,
)
from forum_desktop.storage import RecordNotFoundError, Store
from tests.services.helpers import Built, build_event
from tests.storage.helpers import snapshot


def records_of(store: Store, event_id: UUID) -> dict[str, list[object]]:
    """Everything that belongs to one event, as dumped models."""
    sessions = store.select(Session, {"event_id": event_id})
    items = [i for s in sessions for i in store.select(AgendaItem, {"session_id": s.id})]
    return {
        "event": [store.require(Event, event_id).model_dump()],
        "participants": [p.model_dump() for p in store.select(Participant, {"event_id": event_id})],
        "sessions": [s.model_dump() for s in sessions],
        "items": [i.model_dump() for i in items],
    }


# --- create and edit ------------------------------------------------------------------


def test_create_event_stores_a_stamped_event(store: Store, clock: FakeClock) -> None:
    event_id = execute(
        store, CreateEvent(title="  Séminaire  ", language=Language.FR, timezone="Africa/Dakar")
    ).value

    event = store.require(Event, event_id)
    assert (event.title, event.language, event.timezone) == ("Séminaire", "fr", "Africa/Dakar")
    assert (event.place, event.objectives, event.start_date) == ("", [], None)
    assert event.created_at == event.updated_at == clock.now()


def test_create_event_refuses_an_unknown_time_zone(store: Store) -> None:
    with pytest.raises(ValidationError, match="Europe/Paris"):
        execute(store, CreateEvent(title="Atelier", timezone="Europe/Lyon"))
    assert store.select(Event, order_by="title") == []


def test_create_event_with_its_dates_and_working_languages(store: Store) -> None:
    command = CreateEvent(
        title="Forum",
        start_date=date(2026, 6, 15),
        end_date=date(2026, 6, 17),
        language=Language.FR,
        other_languages=(Language.EN, Language.ES),
        objectives=(Objective(text="Apprendre"),),
    )
    event = store.require(Event, execute(store, command).value)
    assert (event.start_date, event.end_date) == (date(2026, 6, 15), date(2026, 6, 17))
    assert event.working_languages == (Language.FR, Language.EN, Language.ES)
    assert [objective.text for objective in event.objectives] == ["Apprendre"]


def test_create_event_refuses_an_end_before_the_start(store: Store) -> None:
    command = CreateEvent(title="Forum", start_date=date(2026, 6, 15), end_date=date(2026, 6, 14))
    with pytest.raises(EventError, match=r"cannot end \(2026-06-14\) before it starts"):
        execute(store, command)
    assert store.select(Event, order_by="title") == []


@pytest.mark.parametrize(
    "dates",
    [
        {"end_date": date(2026, 6, 14)},
        {"start_date": date(2026, 6, 18)},
        {"start_date": date(2026, 7, 1), "end_date": date(2026, 6, 30)},
    ],
)
def test_update_event_refuses_an_end_before_the_start(store: Store, dates: dict[str, date]) -> None:
    event_id = execute(
        store,
        CreateEvent(title="Forum", start_date=date(2026, 6, 15), end_date=date(2026, 6, 17)),
    ).value
    before = snapshot(store)
    with pytest.raises(EventError, match="before it starts"):
        execute(store, UpdateEvent(event_id=event_id, **dates))
    assert snapshot(store) == before


def test_update_event_clears_a_field_given_as_none_and_keeps_the_others(store: Store) -> None:
    event_id = execute(
        store,
        CreateEvent(title="Forum", start_date=date(2026, 6, 15), end_date=date(2026, 6, 17)),
    ).value
    execute(store, UpdateEvent(event_id=event_id, end_date=None))
    event = store.require(Event, event_id)
    assert (event.start_date, event.end_date, event.title) == (date(2026, 6, 15), None, "Forum")


def test_update_event_changes_fields_and_stamps_the_update(store: Store, clock: FakeClock) -> None:
    event_id = execute(store, CreateEvent(title="Atelier")).value
    created = clock.now()
    clock.advance(3600)

    execute(store, UpdateEvent(event_id=event_id, place="Saly", start_date=date(2022, 3, 1)))

    event = store.require(Event, event_id)
    assert (event.place, event.start_date, event.title) == ("Saly", date(2022, 3, 1), "Atelier")
    assert (event.created_at, event.updated_at) == (created, clock.now())


@pytest.mark.parametrize("field", ["id", "created_at", "updated_at", "colour"])
def test_update_event_refuses_fields_that_are_not_editable(store: Store, field: str) -> None:
    event_id = execute(store, CreateEvent(title="Atelier")).value
    before = snapshot(store)
    with pytest.raises(ValueError, match=field):
        execute(store, UpdateEvent(event_id=event_id, **{field: "x"}))
    assert snapshot(store) == before


def test_update_event_refuses_no_language(store: Store) -> None:
    event_id = execute(store, CreateEvent(title="Forum", language=Language.FR)).value
    before = snapshot(store)
    with pytest.raises(ValidationError, match="language"):
        execute(store, UpdateEvent(event_id=event_id, language=None))
    assert snapshot(store) == before


def test_update_event_of_a_missing_event(store: Store) -> None:
    missing = uuid4()
    with pytest.raises(RecordNotFoundError, match=str(missing)):
        execute(store, UpdateEvent(event_id=missing, title="Atelier"))


# --- duplicate ------------------------------------------------------------------------


def test_duplicate_copies_the_event_under_a_new_id(store: Store, clock: FakeClock) -> None:
    built = build_event(store)
    source = store.require(Event, built.event_id)
    clock.advance(3600)

    copy_id = execute(store, DuplicateEvent(event_id=built.event_id, title="Séminaire 2023")).value

    copy = store.require(Event, copy_id)
    assert copy_id != built.event_id
    assert copy.title == "Séminaire 2023"
    assert copy.created_at == copy.updated_at == clock.now()
    unchanged = {"id", "title", "created_at", "updated_at"}
    assert copy.model_dump(exclude=unchanged) == source.model_dump(exclude=unchanged)


def test_duplicate_copies_the_roster_with_attendance_reset(store: Store, clock: FakeClock) -> None:
    built = build_event(store)
    originals = store.select(Participant, {"event_id": built.event_id})
    assert originals[0].attendance is AttendanceStatus.PRESENT
    clock.advance(3600)

    copy_id = execute(store, DuplicateEvent(event_id=built.event_id, title="Copie")).value

    copies = store.select(Participant, {"event_id": copy_id})
    assert len(copies) == len(originals) == 3
    assert not {p.id for p in copies} & {p.id for p in originals}
    same = {"id", "event_id", "attendance", "checked_in_at", "created_at", "updated_at"}
    for original, copied in zip(originals, copies, strict=True):
        assert copied.model_dump(exclude=same) == original.model_dump(exclude=same)
        assert copied.attendance is AttendanceStatus.UNKNOWN
        assert copied.checked_in_at is None
        assert copied.created_at == clock.now()


def test_duplicate_copies_the_agenda_tree_with_new_links(store: Store) -> None:
    built = build_event(store)
    copy_id = execute(store, DuplicateEvent(event_id=built.event_id, title="Copie")).value

    [session] = store.select(Session, {"event_id": copy_id})
    assert session.id != built.session_id
    assert session.title == "Matinée"
    items = store.select(AgendaItem, {"session_id": session.id})
    assert not {i.id for i in items} & set(built.item_ids)
    by_title = {item.title: item for item in items}
    top1, top2 = by_title["Ouverture"], by_title["Travail en groupes"]
    assert (top1.parent_id, top2.parent_id) == (None, None)
    assert by_title["Mot d'accueil"].parent_id == top1.id
    assert by_title["Tour de table"].parent_id == top1.id
    assert [i.position for i in (top1, top2)] == [0, 1]
    assert top2.guiding_question == "Que fais-je pour soutenir l'apprentissage ?"


def test_duplicate_leaves_the_source_untouched(store: Store) -> None:
    built = build_event(store)
    before = records_of(store, built.event_id)
    execute(store, DuplicateEvent(event_id=built.event_id, title="Copie"))
    assert records_of(store, built.event_id) == before


def test_duplicate_of_a_missing_event(store: Store) -> None:
    with pytest.raises(RecordNotFoundError):
        execute(store, DuplicateEvent(event_id=uuid4(), title="Copie"))
    assert store.select(Event, order_by="title") == []


# --- delete ---------------------------------------------------------------------------


def test_delete_removes_the_event_and_everything_in_it(store: Store) -> None:
    doomed = build_event(store, "À supprimer")
    kept = build_event(store, "À garder")
    kept_records = records_of(store, kept.event_id)

    execute(store, DeleteEvent(event_id=doomed.event_id))

    assert store.get(Event, doomed.event_id) is None
    assert store.select(Participant, {"event_id": doomed.event_id}) == []
    assert store.select(Session, {"event_id": doomed.event_id}) == []
    assert store.select(AgendaItem, {"session_id": doomed.session_id}) == []
    assert records_of(store, kept.event_id) == kept_records
    total = {name: len(rows) for name, rows in snapshot(store).items() if rows}
    assert total == {"event": 1, "participant": 3, "session": 1, "agenda_item": 4}


def test_delete_of_a_missing_event(store: Store) -> None:
    built: Built = build_event(store)
    before = snapshot(store)
    with pytest.raises(RecordNotFoundError):
        execute(store, DeleteEvent(event_id=uuid4()))
    assert snapshot(store) == before
    assert store.get(Event, built.event_id) is not None


# --- listing --------------------------------------------------------------------------


def test_list_events_soonest_first_then_undated_by_title(store: Store) -> None:
    for title, start in [
        ("zèbre", None),
        ("Octobre", date(2022, 10, 1)),
        ("atelier sans date", None),
        ("Février", date(2022, 2, 23)),
        ("Mars B", date(2022, 3, 1)),
        ("mars a", date(2022, 3, 1)),
        ("Bilan", None),
    ]:
        execute(store, CreateEvent(title=title, start_date=start))

    assert [e.title for e in list_events(store)] == [
        "Février",
        "mars a",
        "Mars B",
        "Octobre",
        "atelier sans date",
        "Bilan",
        "zèbre",
    ]


def test_list_events_of_an_empty_database(store: Store) -> None:
    assert list_events(store) == []
