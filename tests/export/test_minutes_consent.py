"""Consent and attribution: "do not name me" and "no photos" on the roster, the Chatham
House rule per session; the minutes respect them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from forum_desktop.clock import FakeClock
from forum_desktop.export.minutes_data import load_minutes
from forum_desktop.export.minutes_md import minutes_markdown
from forum_desktop.export.minutes_options import MinutesOptions
from forum_desktop.export.minutes_pdf import minutes_pdf
from forum_desktop.services.agenda import UpdateSession
from forum_desktop.services.commands import execute
from forum_desktop.services.participants import UpdateParticipant
from forum_desktop.services.photos import AddPhoto
from forum_desktop.storage import Store, open_database
from tests.export.minutes_event import ARABIC, SPEAKER, MinutesEvent, populate
from tests.export.pdf_reading import all_text
from tests.photo_bytes import png_bytes


@pytest.fixture
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, MinutesEvent]]:
    clock = FakeClock()
    conn = open_database(tmp_path_factory.mktemp("consent") / "forum.sqlite3", clock)
    try:
        store = Store(conn, clock)
        yield store, populate(store)
    finally:
        conn.close()


def test_a_person_who_asked_not_to_be_named_is_not(made: tuple[Store, MinutesEvent]) -> None:
    store, event = made
    before = all_text(minutes_pdf(load_minutes(store, event.event_id, MinutesOptions())))
    assert SPEAKER in before
    execute(store, UpdateParticipant(participant_id=event.people[SPEAKER], no_name=True))
    data = load_minutes(store, event.event_id, MinutesOptions())
    text = all_text(minutes_pdf(data))
    assert SPEAKER not in text
    assert "« Aprender juntos » — (non nommé·e)" in text  # what was said is kept
    assert SPEAKER not in minutes_markdown(data)
    assert "Núria Vilalta Puig" in text  # others still are


def test_a_chatham_house_session_keeps_what_was_said_and_names_nobody(
    made: tuple[Store, MinutesEvent],
) -> None:
    store, event = made
    execute(store, UpdateSession(session_id=event.session_id, chatham_house=True))
    data = load_minutes(store, event.event_id, MinutesOptions())
    text = all_text(minutes_pdf(data))
    assert "Aprender juntos" in text
    proceedings = text.split("Déroulé et résultats")[-1]
    assert SPEAKER not in proceedings and "Jean Dupont" not in proceedings
    assert "Envoyer le compte rendu aux mairies" in proceedings
    data_md = minutes_markdown(data).split("## Déroulé et résultats")[-1]
    assert "سلمى بنعلي" not in data_md and ARABIC in data_md  # the quote, not its speaker


def test_no_photos_leaves_out_the_photos_of_entries_naming_the_person(
    made: tuple[Store, MinutesEvent],
) -> None:
    store, event = made
    execute(
        store,
        AddPhoto(
            event_id=event.event_id,
            outcome_id=event.outcomes["quote_named"],
            image=png_bytes(40, 30),
            mime="image/png",
            width=40,
            height=30,
            caption="Valentina au tableau",
        ),
    )
    assert len(load_minutes(store, event.event_id, MinutesOptions()).photos) == 1
    execute(store, UpdateParticipant(participant_id=event.people[SPEAKER], no_photos=True))
    data = load_minutes(store, event.event_id, MinutesOptions())
    assert data.photos == []
    assert "Valentina au tableau" not in all_text(minutes_pdf(data))
