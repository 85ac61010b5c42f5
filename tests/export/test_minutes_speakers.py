"""An item's speakers (such as a programme import finds) are printed in the minutes, by
name, unless the minutes are anonymous."""

from __future__ import annotations

from datetime import date, time

from forum_desktop.export.minutes_data import load_minutes
from forum_desktop.export.minutes_md import minutes_markdown
from forum_desktop.export.minutes_options import MinutesOptions
from forum_desktop.models import AgendaItem, Participant, Session
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.storage import Store


def test_speakers_are_printed_by_name_unless_anonymous(store: Store) -> None:
    event_id = execute(store, CreateEvent(title="Network meeting", language="en")).value
    people = [
        store.fresh(Participant(event_id=event_id, name=name, position=index))
        for index, name in enumerate(["Claire Huser", "S. Byrne"])
    ]
    session = store.fresh(
        Session(event_id=event_id, title="Day 1", date=date(2026, 6, 15), start_time=time(9))
    )
    item = store.fresh(
        AgendaItem(
            session_id=session.id,
            title="Opening plenary",
            planned_minutes=30,
            speaker_ids=[person.id for person in people],
        )
    )
    with store.transaction():
        for record in (*people, session, item):
            store.insert(record)

    text = minutes_markdown(load_minutes(store, event_id, MinutesOptions()))
    assert "**Speakers** — Claire Huser, S. Byrne" in text.splitlines()
    anonymous = minutes_markdown(load_minutes(store, event_id, MinutesOptions(anonymous=True)))
    assert "Claire Huser" not in anonymous
