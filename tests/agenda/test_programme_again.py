"""Importing a programme again: its items are not added twice (``programme_again``)."""

from __future__ import annotations

from datetime import time
from uuid import UUID

from forum_desktop.agenda.programme_text import parse_programme
from forum_desktop.models import AgendaItem, Event, Session
from forum_desktop.services.agenda import AddItem, AddSession, items_of, sessions_of
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


def _session(
    store: Store, event_id: UUID, *items: tuple[str, int], start: time | None = None
) -> UUID:
    session_id: UUID = execute(
        store, AddSession(event_id=event_id, title="Matinée", start_time=start)
    ).value
    for title, minutes in items:
        execute(store, AddItem(session_id=session_id, title=title, planned_minutes=minutes))
    return session_id


def _append(store: Store, event_id: UUID, session_id: UUID, text: str) -> list[str]:
    """The titles of the items the import added."""
    programme = parse_programme(text)
    result = execute(
        store, ImportAgenda(event_id=event_id, programme=programme, session_id=session_id)
    )
    added = {c.record_id for c in result.changes if c.record_type == "agenda_item"}
    return [item.title for item in items_of(store, session_id) if item.id in added]


def test_a_one_item_programme_already_in_the_session_is_appended_all_the_same(
    store: Store,
) -> None:
    # The review's case: agendas repeat breaks; one title in a row proves nothing.
    event_id = new_event(store)
    session_id = _session(store, event_id, ("Welcome", 10), ("Coffee break", 15), ("Panel", 45))

    added = _append(store, event_id, session_id, "Programme\n\n- Coffee break (15 min)\n")

    assert added == ["Coffee break"]
    titles = [item.title for item in items_of(store, session_id)]
    assert titles == ["Welcome", "Coffee break", "Panel", "Coffee break"]


def test_titles_in_a_row_with_other_durations_are_another_programme(store: Store) -> None:
    event_id = new_event(store)
    session_id = _session(store, event_id, ("Welcome", 10), ("Coffee break", 15), ("Panel", 45))
    text = "Programme\n\n- Coffee break (30 min)\n- Panel (45 min)\n"

    assert _append(store, event_id, session_id, text) == ["Coffee break", "Panel"]
    assert _append(store, event_id, session_id, text) == []  # now it is there whole


def test_a_one_item_programme_at_its_time_is_recognised_at_another_time_added(
    store: Store,
) -> None:
    event_id = new_event(store)
    session_id = _session(store, event_id, ("Welcome", 10), start=time(9, 0))
    text = "Programme\n\n10:00 Keynote (30 min)\n"
    assert _append(store, event_id, session_id, text) == ["Keynote"]

    assert _append(store, event_id, session_id, text) == []
    later = "Programme\n\n11:00 Keynote (30 min)\n"
    assert _append(store, event_id, session_id, later) == ["Keynote"]


def test_an_undated_session_with_the_titles_but_other_durations_is_not_the_programme(
    store: Store,
) -> None:
    event_id = new_event(store)
    first = parse_programme("Programme\n\n- Welcome (10 min)\n- Panel (45 min)\n")
    execute(store, ImportAgenda(event_id=event_id, programme=first))
    longer = parse_programme("Programme\n\n- Welcome (20 min)\n- Panel (45 min)\n")

    created = execute(store, ImportAgenda(event_id=event_id, programme=longer)).value

    assert len(created) == 1
    assert [i.planned_minutes for i in items_of(store, created[0])] == [20, 45]
    assert execute(store, ImportAgenda(event_id=event_id, programme=longer)).value == []


def test_two_same_undated_days_need_two_sessions_to_be_imported_already(store: Store) -> None:
    event_id = new_event(store)
    day = "- Welcome (10 min)\n- Panel (45 min)\n"
    execute(
        store, ImportAgenda(event_id=event_id, programme=parse_programme(f"Programme\n\n{day}"))
    )
    two_days = parse_programme(f"Programme\n\nDay 1\n\n{day}\nDay 2\n\n{day}")

    created = execute(store, ImportAgenda(event_id=event_id, programme=two_days)).value

    assert len(created) == 2
    assert execute(store, ImportAgenda(event_id=event_id, programme=two_days)).value == []


def test_a_programme_appended_after_items_that_run_past_its_times_is_recognised_again(
    store: Store,
) -> None:
    """The session's earlier items run past the programme's written times: its items
    start later than written (locked at their time) and were imported again each time."""
    event_id = new_event(store)
    session_id = _session(store, event_id, ("Plenary", 180), start=time(9, 0))
    text = "Programme\n\n10:00 Keynote (30 min)\n10:30 Panel (30 min)\n"
    assert _append(store, event_id, session_id, text) == ["Keynote", "Panel"]

    assert _append(store, event_id, session_id, text) == []
    titles = [item.title for item in items_of(store, session_id)]
    assert titles == ["Plenary", "Keynote", "Panel"]
