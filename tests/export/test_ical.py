"""The iCalendar export, parsed back with a tiny RFC 5545 reader."""

from __future__ import annotations

import datetime as dt

import pytest

from forum_desktop.export.ical import fold, sessions_ical
from forum_desktop.export.loading import items_by_session
from forum_desktop.models import AgendaItem, Event, Language, Session
from tests.export.conftest import PRIVATE_NOTE, SCRIPTS_TITLE, Demo
from tests.export.ical_reading import Property, parse_line, physical_lines, unescape, unfold

NOW = dt.datetime(2022, 2, 20, 12, 0, tzinfo=dt.UTC)


def events(text: str) -> list[dict[str, Property]]:
    """Every VEVENT as {property name: property}."""
    found: list[dict[str, Property]] = []
    current: dict[str, Property] | None = None
    for line in unfold(text):
        name, params, value = parse_line(line)
        if (name, value) == ("BEGIN", "VEVENT"):
            current = {}
        elif (name, value) == ("END", "VEVENT"):
            assert current is not None
            found.append(current)
            current = None
        elif current is not None:
            assert name not in current, f"{name} twice"
            current[name] = (name, params, value)
    return found


def test_the_demo_session_as_a_calendar_event(demo: Demo) -> None:
    sessions = [session for session, _ in demo.sessions]
    text = sessions_ical(demo.event, sessions, items_by_session(demo.sessions), now=NOW)
    lines = unfold(text)
    assert lines[:2] == ["BEGIN:VCALENDAR", "VERSION:2.0"]
    assert lines[-1] == "END:VCALENDAR"
    assert any(line.startswith("PRODID:-//Forum Desktop//") for line in lines)
    [event] = events(text)
    session = sessions[0]
    assert event["UID"][2] == f"{session.id}@forum-desktop"
    assert event["DTSTAMP"][2] == "20220220T120000Z"
    assert event["DTSTART"][2] == "20220223T090000Z"  # 10:00 in Paris, winter time
    assert event["DTEND"][2] == "20220223T103000Z"
    summary = unescape(event["SUMMARY"][2])
    assert summary == f"{demo.event.title} — {session.title}"
    assert "LOCATION" not in event  # the demo session has neither place nor link
    description = unescape(event["DESCRIPTION"][2]).replace("\u00a0", " ")
    assert description.startswith("Hybride (sur place et en ligne)\n\nProgramme (Europe/Paris)\n")
    assert "10 h 00 – 10 h 25  1. Bienvenue" in description
    assert "    10 h 10 – 10 h 25  1.2 Introduction interactive" in description
    assert SCRIPTS_TITLE in description
    assert "NOTE-PRIVÉE" not in text and PRIVATE_NOTE not in description


def test_no_physical_line_passes_75_octets_and_folds_keep_utf8_whole(demo: Demo) -> None:
    sessions = [session for session, _ in demo.sessions]
    text = sessions_ical(demo.event, sessions, items_by_session(demo.sessions), now=NOW)
    lines = physical_lines(text)
    assert any(line.startswith(" ") for line in lines)  # the description was folded
    for line in lines:
        assert len(line.encode("utf-8")) <= 75, line
    # Cut on character boundaries: the file decodes as UTF-8 line by line.
    for raw in text.encode("utf-8").split(b"\r\n"):
        raw.decode("utf-8")


def test_fold_never_cuts_an_escape() -> None:
    line = "DESCRIPTION:" + "\\n" * 80
    for physical in fold(line).split("\r\n"):
        body = physical.removeprefix(" ")
        assert not body.endswith("\\"), physical  # only "\n" escapes here: none cut
    assert "".join(p.removeprefix(" ") for p in fold(line).split("\r\n")) == line
    assert fold("SHORT:x") == "SHORT:x"


def test_text_values_are_escaped() -> None:
    event = Event(title="Forum; été, 2024", timezone="America/Bogota", language=Language.ES)
    session = Session(
        event_id=event.id,
        title="Back\\slash, semi; colon: and\nnewline",
        date=dt.date(2024, 7, 1),
        start_time=dt.time(14, 30),
        place="Sala 1, piso 2; Bogotá",
        link="https://meet.example.org/a,b;c",
    )
    [found] = events(sessions_ical(event, [session], now=NOW))
    assert found["SUMMARY"][2] == (
        "Forum\\; été\\, 2024 — Back\\\\slash\\, semi\\; colon: and\\nnewline"
    )
    assert unescape(found["SUMMARY"][2]) == f"{event.title} — {session.title}"
    assert unescape(found["LOCATION"][2]) == "Sala 1, piso 2; Bogotá"
    assert "Enlace: https://meet.example.org/a,b;c" in unescape(found["DESCRIPTION"][2])
    assert found["DTSTART"][2] == "20240701T193000Z"
    assert "DTEND" not in found  # no end time, no agenda: the end is unknown


def test_undated_sessions_are_left_out_and_untimed_ones_last_all_day() -> None:
    event = Event(title="Forum", timezone="Asia/Seoul")
    undated = Session(event_id=event.id, title="Someday", start_time=dt.time(9))
    all_day = Session(event_id=event.id, title="Visit", date=dt.date(2024, 12, 31))
    online = Session(
        event_id=event.id,
        title="Call",
        date=dt.date(2024, 3, 5),
        start_time=dt.time(23, 30),
        link="https://meet.example.org/x",
        timezone="Europe/Madrid",
    )
    items = {online.id: [AgendaItem(session_id=online.id, title="Talk", planned_minutes=90)]}
    found = events(sessions_ical(event, [undated, all_day, online], items, now=NOW))
    assert [unescape(e["SUMMARY"][2]) for e in found] == ["Forum — Visit", "Forum — Call"]
    visit, call = found
    assert visit["DTSTART"][1:] == ({"VALUE": "DATE"}, "20241231")
    assert visit["DTEND"][1:] == ({"VALUE": "DATE"}, "20250101")
    # The session's own zone wins over the event's; the agenda gives the end.
    assert call["DTSTART"][2] == "20240305T223000Z"
    assert call["DTEND"][2] == "20240306T000000Z"
    assert unescape(call["LOCATION"][2]) == "https://meet.example.org/x"


def test_an_unknown_language_is_refused(demo: Demo) -> None:
    with pytest.raises(ValueError, match="no labels"):
        sessions_ical(demo.event, [], language="it")
