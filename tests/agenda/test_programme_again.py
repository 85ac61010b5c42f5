"""Importing a programme again: its items are not added twice (``programme_again``)."""

from __future__ import annotations

from forum_desktop.agenda.programme_text import parse_programme
from forum_desktop.models import AgendaItem, Event, Session
from forum_desktop.services.agenda import AddSession, sessions_of
from forum_desktop.services.agenda_import import ImportAgenda
from forum_desktop.services.commands import execute
from forum_desktop.storage import Store
from tests.agenda.test_agenda_import import new_event, read
from tests.storage.helpers import snapshot


def test_a_programme_imported_again_as_new_sessions_adds_nothing(store: Store) -> None:
    event_id = new_event(store)
    programme = parse_programme(read("en_multiday_workshop.txt"), year=2026)
    execute(store, ImportAgenda(event_id=event_id, programme=programme))
    before = snapshot(store)

    again = execute(store, ImportAgenda(event_id=event_id, programme=programme))

    assert again.changes == ()
    assert again.value == []
    assert snapshot(store) == before


def test_imported_again_it_still_takes_the_context_and_objectives_it_lacks(store: Store) -> None:
    event_id = new_event(store)
    programme = parse_programme(read("en_multiday_workshop.txt"), year=2026)
    execute(store, ImportAgenda(event_id=event_id, programme=programme))
    items = len(store.select(AgendaItem))

    asked = ImportAgenda(
        event_id=event_id, programme=programme, take_context=True, take_objectives=True
    )
    again = execute(store, asked)

    assert {change.record_type for change in again.changes} == {"event"}
    assert len(store.select(AgendaItem)) == items
    event = store.require(Event, event_id)
    assert event.context == programme.context
    assert len(event.objectives) == len(programme.objectives)


def test_appended_again_to_its_session_it_adds_nothing_but_another_session_takes_it(
    store: Store,
) -> None:
    event_id = new_event(store)
    first = execute(store, AddSession(event_id=event_id, title="Matinée")).value
    second = execute(store, AddSession(event_id=event_id, title="Après-midi")).value
    programme = parse_programme(read("md_agenda.md"), year=2026)
    into_first = ImportAgenda(event_id=event_id, programme=programme, session_id=first)
    added = len(execute(store, into_first).changes)
    assert added > 0

    assert execute(store, into_first).changes == ()
    into_second = ImportAgenda(event_id=event_id, programme=programme, session_id=second)
    assert len(execute(store, into_second).changes) == added


def test_a_programme_of_other_dates_is_imported_again(store: Store) -> None:
    event_id = new_event(store)
    text = read("en_multiday_workshop.txt")
    execute(store, ImportAgenda(event_id=event_id, programme=parse_programme(text, year=2026)))
    sessions = len(sessions_of(store, event_id))

    next_year = parse_programme(text, year=2027)
    created = execute(store, ImportAgenda(event_id=event_id, programme=next_year)).value

    assert len(created) == sessions
    assert [store.require(Session, s).date for s in created] == [
        day.date for day in next_year.days if day.items
    ]
