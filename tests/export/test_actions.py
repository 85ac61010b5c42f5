"""The actions export: rows read from the store, CSV parsed back with the csv module,
iCalendar to-dos parsed back with a small unfolding reader."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
from dataclasses import dataclass
from typing import Any
from uuid import UUID, uuid4
from zoneinfo import ZoneInfo

import pytest

from forum_desktop.clock import FakeClock
from forum_desktop.export.actions import (
    SUMMARY_MAX_CHARS,
    UNKNOWN_OWNER,
    ActionRow,
    action_rows,
    actions_csv,
    actions_ical,
    summary,
)
from forum_desktop.export.labels import NBSP, labels
from forum_desktop.interchange.roster_csv import clean_cell
from forum_desktop.models import ActionStatus, Language, Participant
from forum_desktop.services.agenda import UpdateSession, items_of, sessions_of
from forum_desktop.services.capture import CaptureOutcome
from forum_desktop.services.commands import execute
from forum_desktop.services.demo import CreateDemoEvent
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.participants import (
    DeleteParticipants,
    UpdateParticipant,
)
from forum_desktop.storage import RecordNotFoundError, Store
from tests.export.ical_reading import Property, parse_line, physical_lines, unescape, unfold

TODAY = dt.date(2022, 2, 23)
NOW = dt.datetime(2022, 2, 23, 12, 30, tzinfo=ZoneInfo("Europe/Paris"))
AUTHOR = "Élodie Marchand"
HOSTILE_TEXTS = [
    "=SUM(A1)",
    "+1",
    "-2+3",
    "@cmd",
    "'=already quoted",
    "<b>&</b>",
    "first line\nsecond line\r\nthird",
    'She said "go", then; left',
    "خطة العمل: متابعة مع البلديات",
    "후속 조치: 보고서 공유",
]


@dataclass(frozen=True)
class Setup:
    store: Store
    clock: FakeClock
    demo_id: UUID
    other_id: UUID
    people: dict[str, UUID]

    def action(self, event_id: UUID | None = None, text: str = "Do it", **kwargs: Any) -> UUID:
        """Capture an action a minute after the previous capture; its id."""
        self.clock.advance(60)
        fields: dict[str, Any] = {"status": "open"}
        for key in ("owner_ids", "owner_names", "due", "status"):
            if key in kwargs:
                fields[key] = kwargs.pop(key)
        outcome_id: UUID = execute(
            self.store,
            CaptureOutcome(
                event_id=event_id or self.demo_id, kind="action", text=text, fields=fields, **kwargs
            ),
        ).value
        return outcome_id


@pytest.fixture
def setup(store: Store, clock: FakeClock) -> Setup:
    store.set_profile(name=AUTHOR)
    demo_id = execute(store, CreateDemoEvent()).value
    other_id = execute(
        store, CreateEvent(title="Second forum, Bogotá", timezone="America/Bogota")
    ).value
    people = {p.name: p.id for p in store.select(Participant, {"event_id": demo_id})}
    return Setup(store, clock, demo_id, other_id, people)


def row_of(rows: list[ActionRow], outcome_id: UUID) -> ActionRow:
    return next(row for row in rows if row.outcome.id == outcome_id)


# --- rows -----------------------------------------------------------------------------------


def test_rows_across_events_by_due_date_undated_last_then_capture_time(setup: Setup) -> None:
    s = setup
    undated = s.action(text="Undated")
    march = s.action(text="March, first captured", due="2022-03-15")
    done_early = s.action(text="Done early", due="2022-02-20", status="done")
    other = s.action(s.other_id, text="Other event", due="2022-03-01", status="in_progress")
    march_later = s.action(s.other_id, text="March, later", due="2022-03-15")
    execute(s.store, CaptureOutcome(event_id=s.demo_id, kind="note", text="Not an action"))
    execute(s.store, CaptureOutcome(event_id=s.demo_id, kind="decision", text="Nor this"))

    rows = action_rows(s.store, today=TODAY)
    assert [row.outcome.id for row in rows] == [done_early, other, march, march_later, undated]
    assert [row.event.id for row in rows] == [
        s.demo_id,
        s.other_id,
        s.demo_id,
        s.other_id,
        s.demo_id,
    ]
    assert rows[0].due == dt.date(2022, 2, 20)
    assert rows[0].status is ActionStatus.DONE
    assert rows[-1].due is None

    demo_rows = action_rows(s.store, event_id=s.demo_id, today=TODAY)
    assert [row.outcome.id for row in demo_rows] == [done_early, march, undated]
    other_rows = action_rows(s.store, event_id=s.other_id, today=TODAY)
    assert [row.outcome.id for row in other_rows] == [other, march_later]
    assert {row.event.title for row in other_rows} == {"Second forum, Bogotá"}


def test_no_actions_no_rows(setup: Setup) -> None:
    assert action_rows(setup.store, today=TODAY) == []
    assert action_rows(setup.store, event_id=setup.other_id, today=TODAY) == []


def test_an_unknown_event_is_refused(setup: Setup) -> None:
    with pytest.raises(RecordNotFoundError):
        action_rows(setup.store, event_id=uuid4(), today=TODAY)


@pytest.mark.parametrize(
    ("due", "status", "overdue"),
    [
        ("2022-02-20", "open", True),
        ("2022-02-22", "in_progress", True),
        ("2022-02-20", "done", False),
        ("2022-02-20", "dropped", False),
        ("2022-02-23", "open", False),  # due today: not yet late
        ("2022-03-01", "open", False),
        (None, "open", False),
        (None, "in_progress", False),
    ],
)
def test_overdue_is_past_due_and_not_finished(
    setup: Setup, due: str | None, status: str, overdue: bool
) -> None:
    outcome_id = setup.action(due=due, status=status)
    [row] = action_rows(setup.store, today=TODAY)
    assert row.outcome.id == outcome_id
    assert row.status is ActionStatus(status)
    assert row.overdue is overdue


def test_overdue_depends_on_the_day_given(setup: Setup) -> None:
    setup.action(due="2022-03-15")
    assert not action_rows(setup.store, today=dt.date(2022, 3, 15))[0].overdue
    assert action_rows(setup.store, today=dt.date(2022, 3, 16))[0].overdue


def test_owners_from_the_roster_then_typed_names(setup: Setup) -> None:
    s = setup
    outcome_id = s.action(
        owner_ids=[s.people["Núria Vilalta Puig"], s.people["김서연"]],
        owner_names=["Jean Dupont", "   "],
    )
    [row] = action_rows(s.store, today=TODAY)
    assert row.outcome.id == outcome_id
    assert row.owners == ["Núria Vilalta Puig", "김서연", "Jean Dupont"]


def test_a_deleted_participant_shows_as_unknown(setup: Setup) -> None:
    s = setup
    s.action(
        owner_ids=[s.people["سلمى بنعلي"], s.people["Sipho Ndlovu"]],
        owner_names=["Jean Dupont"],
    )
    execute(s.store, DeleteParticipants(participant_ids=[s.people["سلمى بنعلي"]]))
    [row] = action_rows(s.store, today=TODAY)
    assert row.owners == [UNKNOWN_OWNER, "Sipho Ndlovu", "Jean Dupont"]


def test_an_anonymous_action_names_nobody(setup: Setup) -> None:
    s = setup
    s.action(owner_ids=[s.people["Sipho Ndlovu"]], owner_names=["Jean"], anonymous=True)
    [row] = action_rows(s.store, today=TODAY)
    assert row.owners == []
    [header, cells] = parse_csv(actions_csv([row], language="en"))
    assert cells[header.index("Author")] == ""
    assert cells[header.index("Owners")] == ""


def test_session_and_item_of_the_action(setup: Setup) -> None:
    s = setup
    [session] = sessions_of(s.store, s.demo_id)
    item = items_of(s.store, session.id)[1]
    s.action(session_id=session.id, item_id=item.id, due="2022-03-01")
    s.action(s.other_id)
    rows = action_rows(s.store, today=TODAY)
    assert rows[0].session == session
    assert rows[0].item == item
    assert rows[1].session is None
    assert rows[1].item is None


# --- CSV ------------------------------------------------------------------------------------


def parse_csv(data: bytes, delimiter: str = ",") -> list[list[str]]:
    assert data.startswith(codecs.BOM_UTF8)
    text = data.decode("utf-8-sig")
    assert text.endswith("\r\n")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            [
                "Event",
                "Session",
                "Item",
                "Action",
                "Owners",
                "Due date",
                "Status",
                "Captured at",
                "Author",
            ],
        ),
        (
            "fr",
            [
                "Événement",
                "Session",
                "Point",
                "Action",
                "Responsables",
                "Échéance",
                "Statut",
                "Date de saisie",
                "Auteur·rice",
            ],
        ),
        (
            "es",
            [
                "Evento",
                "Sesión",
                "Punto",
                "Acción",
                "Responsables",
                "Fecha límite",
                "Estado",
                "Fecha de registro",
                "Autoría",
            ],
        ),
    ],
)
def test_csv_header_in_the_language(setup: Setup, language: str, expected: list[str]) -> None:
    [header] = parse_csv(actions_csv([], language=language))
    assert header == expected
    assert actions_csv([], language=Language(language)) == actions_csv([], language=language)


def test_csv_values(setup: Setup) -> None:
    s = setup
    [session] = sessions_of(s.store, s.demo_id)
    item = items_of(s.store, session.id)[0]
    s.action(
        text="Share the report",
        owner_ids=[s.people["Sipho Ndlovu"], s.people["Awa Diop Ndiaye"]],
        owner_names=["Dupont, Jean"],
        due="2022-03-15",
        status="in_progress",
        session_id=session.id,
        item_id=item.id,
    )
    s.action(s.other_id, text="Undated", status="dropped")
    rows = action_rows(s.store, today=TODAY)
    header, first, second = parse_csv(actions_csv(rows, language="fr"))
    assert dict(zip(header, first, strict=True)) == {
        "Événement": "En route vers le Forum d'apprentissage",
        "Session": session.title,
        "Point": item.title,
        "Action": "Share the report",
        "Responsables": "Sipho Ndlovu; Awa Diop Ndiaye; Dupont, Jean",
        "Échéance": "2022-03-15",
        "Statut": "En cours",
        # captured at 09:01 UTC: 10:01 in Paris
        "Date de saisie": "2022-02-23 10:01:00+01:00",
        "Auteur·rice": AUTHOR,
    }
    assert dict(zip(header, second, strict=True)) == {
        "Événement": "Second forum, Bogotá",
        "Session": "",
        "Point": "",
        "Action": "Undated",
        "Responsables": "",
        "Échéance": "",
        "Statut": "Abandonnée",
        "Date de saisie": "2022-02-23 04:02:00-05:00",
        "Auteur·rice": AUTHOR,
    }


@pytest.mark.parametrize("language", list(Language))
def test_every_status_has_its_own_word(setup: Setup, language: Language) -> None:
    s = setup
    for status in ActionStatus:
        s.action(text=status.value, status=status.value)
    rows = action_rows(s.store, today=TODAY)
    header, *lines = parse_csv(actions_csv(rows, language=language))
    column = header.index(labels(language)["col_status"])
    words = [line[column] for line in lines]
    assert words == [labels(language).action_status(status) for status in ActionStatus]
    assert len(set(words)) == len(ActionStatus)
    assert all(word.strip() for word in words)


def test_csv_with_a_semicolon(setup: Setup) -> None:
    setup.action(text="a; b, c", due="2022-03-15")
    data = actions_csv(action_rows(setup.store, today=TODAY), language="es", delimiter=";")
    [header, cells] = parse_csv(data, delimiter=";")
    assert cells[header.index("Acción")] == "a; b, c"
    with pytest.raises(ValueError, match="delimiter"):
        actions_csv([], language="en", delimiter="|")


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_hostile_text_comes_back_exactly_and_never_runs_as_a_formula(
    setup: Setup, text: str
) -> None:
    s = setup
    s.action(text=text, owner_names=[text], due="2022-03-15")
    rows = action_rows(s.store, today=TODAY)
    [header, cells] = parse_csv(actions_csv(rows, language="en"))
    for column in ("Action", "Owners"):
        cell = cells[header.index(column)]
        assert not re.match(r"[=+\-@\t\r]", cell), cell
        # What the roster import does to a cell gives back the text (spaces aside).
        assert clean_cell(cell) == text.replace("\r\n", "\n").strip()
        if re.match(r"'*[=+\-@]", text):
            assert cell == "'" + text
        else:
            assert cell == text


def test_hostile_author_and_titles_are_neutralised(setup: Setup) -> None:
    s = setup
    s.store.set_profile(name="@evil")
    event_id = execute(s.store, CreateEvent(title='=HYPERLINK("http://x")')).value
    s.action(event_id)
    [header, cells] = parse_csv(actions_csv(action_rows(s.store, today=TODAY), language="en"))
    assert cells[header.index("Event")] == '\'=HYPERLINK("http://x")'
    assert cells[header.index("Author")] == "'@evil"


# --- iCalendar ------------------------------------------------------------------------------


def todos(text: str) -> list[dict[str, Property]]:
    """Every VTODO as {property name: property}; checks the calendar around them."""
    lines = unfold(text)
    assert lines[:2] == ["BEGIN:VCALENDAR", "VERSION:2.0"]
    assert lines[-1] == "END:VCALENDAR"
    found: list[dict[str, Property]] = []
    current: dict[str, Property] | None = None
    for line in lines:
        name, params, value = parse_line(line)
        assert (name, value) != ("BEGIN", "VEVENT")
        if (name, value) == ("BEGIN", "VTODO"):
            current = {}
        elif (name, value) == ("END", "VTODO"):
            assert current is not None
            found.append(current)
            current = None
        elif current is not None:
            assert name not in current, f"{name} twice"
            current[name] = (name, params, value)
    return found


def calendar_name(text: str) -> str:
    [value] = [parse_line(line)[2] for line in unfold(text) if line.startswith("X-WR-CALNAME")]
    return unescape(value)


def test_one_todo_per_dated_action(setup: Setup) -> None:
    s = setup
    march = s.action(text="March", due="2022-03-15")
    s.action(text="Undated")
    february = s.action(s.other_id, text="February", due="2022-02-28", status="in_progress")
    rows = action_rows(s.store, today=TODAY)
    text = actions_ical(rows, language="en", now=NOW)
    found = todos(text)
    assert [todo["UID"][2] for todo in found] == [
        f"{february}@forum-desktop",
        f"{march}@forum-desktop",
    ]
    first = found[0]
    assert first["DUE"] == ("DUE", {"VALUE": "DATE"}, "20220228")
    assert first["DTSTAMP"][2] == "20220223T113000Z"  # 12:30 in Paris
    assert first["CREATED"][2] == "20220223T090300Z"
    assert first["STATUS"][2] == "IN-PROCESS"
    assert unescape(first["SUMMARY"][2]) == "February"
    assert found[1]["DUE"][2] == "20220315"
    assert calendar_name(text) == "Actions"
    assert actions_ical(rows, language="en", now=NOW) == text


def test_no_dated_action_gives_an_empty_calendar(setup: Setup) -> None:
    setup.action(text="Undated")
    text = actions_ical(action_rows(setup.store, today=TODAY), language="fr", now=NOW)
    assert todos(text) == []
    assert todos(actions_ical([], language="fr", now=NOW)) == []


def test_the_calendar_of_one_event_is_named_after_it(setup: Setup) -> None:
    setup.action(due="2022-03-15")
    rows = action_rows(setup.store, event_id=setup.demo_id, today=TODAY)
    text = actions_ical(rows, language="es", now=NOW)
    assert calendar_name(text) == "En route vers le Forum d'apprentissage — Acciones"


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("open", "NEEDS-ACTION"),
        ("in_progress", "IN-PROCESS"),
        ("done", "COMPLETED"),
        ("dropped", "CANCELLED"),
    ],
)
def test_status_mapping(setup: Setup, status: str, expected: str) -> None:
    setup.action(due="2022-03-15", status=status)
    [todo] = todos(actions_ical(action_rows(setup.store, today=TODAY), language="en", now=NOW))
    assert todo["STATUS"][2] == expected


def test_escaping_of_commas_semicolons_backslashes_and_newlines(setup: Setup) -> None:
    s = setup
    text = "Pay 1,000; not C:\\temp\\x\nthen report, quickly"
    s.action(
        text=text,
        due="2022-03-15",
        owner_ids=[s.people["Sipho Ndlovu"]],
        owner_names=["Dupont; Jean"],
    )
    [todo] = todos(actions_ical(action_rows(s.store, today=TODAY), language="fr", now=NOW))
    raw_summary = todo["SUMMARY"][2]
    assert raw_summary == "Pay 1\\,000\\; not C:\\\\temp\\\\x"
    assert unescape(raw_summary) == "Pay 1,000; not C:\\temp\\x"
    raw_description = todo["DESCRIPTION"][2]
    tokens = re.findall(r"\\.|.", raw_description)
    assert "\\n" in tokens
    assert "," not in tokens and ";" not in tokens  # each one escaped
    assert unescape(raw_description) == (
        f"{text}\n\n"
        f"Responsables{NBSP}: Sipho Ndlovu, Dupont; Jean\n"
        f"Événement{NBSP}: En route vers le Forum d'apprentissage"
    )


def test_description_names_the_session(setup: Setup) -> None:
    s = setup
    [session] = sessions_of(s.store, s.demo_id)
    s.action(text="Follow up", due="2022-03-15", session_id=session.id)
    [todo] = todos(actions_ical(action_rows(s.store, today=TODAY), language="en", now=NOW))
    assert unescape(todo["DESCRIPTION"][2]) == (
        f"Follow up\n\nSession: {session.title}\nEvent: En route vers le Forum d'apprentissage"
    )


def test_long_text_in_many_scripts_is_folded_and_comes_back_whole(setup: Setup) -> None:
    s = setup
    long_line = "후속 조치 " * 30 + "خطة العمل " * 30
    text = f"{long_line}\n<b>&</b> Ελληνικά, Кириллица"
    s.action(text=text, due="2022-03-15", owner_names=["김서연"])
    ical = actions_ical(action_rows(s.store, today=TODAY), language="en", now=NOW)
    assert len(physical_lines(ical)) > len(unfold(ical))  # some lines were folded
    [todo] = todos(ical)
    summary_text = unescape(todo["SUMMARY"][2])
    assert len(summary_text) == SUMMARY_MAX_CHARS
    assert summary_text.endswith("…")
    assert long_line.startswith(summary_text[:-1])
    assert unescape(todo["DESCRIPTION"][2]).startswith(text.strip() + "\n\n")


def test_summary() -> None:
    assert summary("  \n  Call   the\tmayor  \nthen more") == "Call the mayor"
    assert summary("x" * SUMMARY_MAX_CHARS) == "x" * SUMMARY_MAX_CHARS
    assert summary("x" * (SUMMARY_MAX_CHARS + 1)) == "x" * (SUMMARY_MAX_CHARS - 1) + "…"
    assert summary("") == ""


def test_an_action_without_text_gets_a_title(setup: Setup) -> None:
    setup.action(text="", due="2022-03-15")
    [todo] = todos(actions_ical(action_rows(setup.store, today=TODAY), language="fr", now=NOW))
    assert todo["SUMMARY"][2] == "Action"


def test_hostile_text_in_the_calendar(setup: Setup) -> None:
    s = setup
    for text in HOSTILE_TEXTS:
        s.action(text=text, due="2022-03-15")
    found = todos(actions_ical(action_rows(s.store, today=TODAY), language="en", now=NOW))
    assert len(found) == len(HOSTILE_TEXTS)
    for text, todo in zip(HOSTILE_TEXTS, found, strict=True):
        description = unescape(todo["DESCRIPTION"][2])
        assert description.startswith(text.replace("\r\n", "\n") + "\n\n")


def test_now_must_have_a_time_zone(setup: Setup) -> None:
    with pytest.raises(ValueError, match="time zone"):
        actions_ical([], language="en", now=dt.datetime(2022, 2, 23, 12, 0))


# --- consent: the files are shared with others ------------------------------------------


def test_a_chatham_house_session_s_actions_name_nobody_in_the_files(setup: Setup) -> None:
    s = setup
    [session] = sessions_of(s.store, s.demo_id)
    execute(s.store, UpdateSession(session_id=session.id, chatham_house=True))
    s.action(
        text="Share the report",
        owner_ids=[s.people["Sipho Ndlovu"]],
        owner_names=["Jean Dupont"],
        due="2022-03-15",
        session_id=session.id,
    )
    rows = action_rows(s.store, today=TODAY)
    [header, cells] = parse_csv(actions_csv(rows, language="en"))
    assert cells[header.index("Action")] == "Share the report"  # what was said stays
    assert cells[header.index("Owners")] == cells[header.index("Author")] == ""
    calendar = actions_ical(rows, language="en", now=NOW)
    assert "Share the report" in calendar
    assert "Sipho" not in calendar and "Dupont" not in calendar and "Owners" not in calendar


def test_an_owner_who_asked_not_to_be_named_is_not_in_the_files(setup: Setup) -> None:
    s = setup
    execute(s.store, UpdateParticipant(participant_id=s.people["Sipho Ndlovu"], no_name=True))
    s.action(
        owner_ids=[s.people["Sipho Ndlovu"], s.people["Awa Diop Ndiaye"]],
        owner_names=["Jean Dupont"],
        due="2022-03-15",
    )
    rows = action_rows(s.store, today=TODAY)
    [header, cells] = parse_csv(actions_csv(rows, language="fr"))
    assert cells[header.index("Responsables")] == "(non nommé·e); Awa Diop Ndiaye; Jean Dupont"
    assert cells[header.index("Auteur·rice")] == AUTHOR
    [todo] = todos(actions_ical(rows, language="en", now=NOW))
    description = unescape(todo["DESCRIPTION"][2])
    assert "Sipho" not in description
    assert "Owners: (not named), Awa Diop Ndiaye, Jean Dupont" in description
    # The tracker is the rapporteur's own list: they still see whom to follow up.
    assert rows[0].owners == ["Sipho Ndlovu", "Awa Diop Ndiaye", "Jean Dupont"]
