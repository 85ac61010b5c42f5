"""Programmes of the shapes real ones take (issue 19), in English, French and Spanish:
day headings without a year, ``09.00`` and ``10:20`` times, breaks, link labels glued to
speakers' names, a theme under each day, a wrapped title, ``End of day N``, an untimed
opening line. Each is compared whole: days, items, times, durations, speakers, ends.
"""

from __future__ import annotations

from datetime import date, time
from pathlib import Path
from uuid import UUID

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forum_desktop.agenda.programme_model import ParsedItem, ParsedProgramme
from forum_desktop.agenda.programme_spans import equal_shares
from forum_desktop.agenda.programme_text import parse_programme, programme_to_text
from forum_desktop.agenda.programme_words import speakers_in
from forum_desktop.models import AgendaItem, ItemKind, Participant, Role, Session
from forum_desktop.models.agenda import parents_first
from forum_desktop.services.agenda import items_of, sessions_of
from forum_desktop.services.agenda_import import ImportAgenda, recognise_methods
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.participants import AddParticipant, roster
from forum_desktop.storage import Store

DATA = Path(__file__).parent / "data"
BRK, OTH, PRE = ItemKind.BREAK, ItemKind.OTHER, ItemKind.PRESENTATION

Day = tuple[date | None, time | None, time | None, str, str]
Item = tuple[time | None, int | None, ItemKind, str, list[str], bool]


def read(name: str, year: int = 2026) -> ParsedProgramme:
    return parse_programme((DATA / name).read_text(encoding="utf-8"), year=year)


def days(programme: ParsedProgramme) -> list[tuple[Day, list[Item]]]:
    """(date, start, end, title, theme), then each item's (start, minutes, kind, title,
    speakers, time to confirm)."""
    return [
        (
            (day.date, day.start, day.end, day.title, day.description),
            [
                (i.start, i.minutes, i.kind, i.title, i.speakers, i.time_to_confirm)
                for i in day.walk()
            ],
        )
        for day in programme.days
    ]


def test_english_network_meeting() -> None:
    programme = read("en_network_meeting.txt")
    assert days(programme) == [
        (
            (date(2026, 6, 14), None, None, "Sunday, June 14", ""),
            [(None, None, PRE, "Welcome Reception and Official Opening", [], True)],
        ),
        (
            (date(2026, 6, 15), None, time(15), "Monday, June 15", "Resilient cities in practice"),
            [
                (
                    time(9),
                    80,
                    OTH,
                    "Opening plenary: where the network stands",
                    ["C. Huser"],
                    False,
                ),
                (time(10, 20), 30, BRK, "Coffee break", [], False),
                (
                    time(10, 50),
                    100,
                    OTH,
                    "News from day 1 by the social reporting team and moderators",
                    ["S. Byrne", "L. Krienbühl"],
                    False,
                ),
                (time(12, 30), 60, BRK, "Lunch", [], False),
                (time(13, 30), 90, OTH, "Working groups on local data", [], False),
            ],
        ),
        (
            (date(2026, 6, 16), None, time(12), "Tuesday, June 16", "Financing the transition"),
            [
                (
                    time(9),
                    90,
                    OTH,
                    "Panel: who pays for adaptation?",
                    ["Amina Diallo", "C. Huser"],
                    False,
                ),
                (time(10, 30), 30, BRK, "Coffee break", [], False),
                (time(11), 60, OTH, "Closing and next steps", [], False),
            ],
        ),
    ]
    assert [str(w) for w in programme.warnings] == [
        "line 6: “Welcome Reception and Official Opening” has no time; its time is to be confirmed"
    ]
    assert programme.title == "Annual Network Meeting"
    assert "pdf-xs" not in programme.context


def test_french_network_meeting() -> None:
    programme = read("fr_rencontre_reseau.txt")
    assert days(programme) == [
        (
            (date(2026, 10, 13), None, None, "Mardi 13 octobre", ""),
            [(None, None, OTH, "Accueil des délégations et ouverture officielle", [], True)],
        ),
        (
            (
                date(2026, 10, 14),
                None,
                time(12, 30),
                "Mercredi 14 octobre",
                "Les villes face aux crises",
            ),
            [
                (
                    time(9),
                    90,
                    OTH,
                    "Séance d'ouverture : où en est le réseau",
                    ["M. Dupont"],
                    False,
                ),
                (time(10, 30), 30, BRK, "Pause café", [], False),
                (
                    time(11),
                    90,
                    OTH,
                    "Retour sur la première journée par l'équipe de communication",
                    ["A. Martin", "É. Roy"],
                    False,
                ),
            ],
        ),
        (
            (date(2026, 10, 15), None, time(11, 15), "Jeudi 15 octobre", "Financer la transition"),
            [
                (
                    time(9),
                    60,
                    OTH,
                    "Table ronde : qui paie l'adaptation ?",
                    ["Lucie Bernard", "A. Martin"],
                    False,
                ),
                (time(10), 15, BRK, "Pause", [], False),
                (time(10, 15), 60, OTH, "Clôture et prochaines étapes", [], False),
            ],
        ),
    ]
    # "NOTE CONCEPTUELLE" names the kind of document, not the meeting.
    assert programme.title == "Rencontre annuelle du réseau"


def test_spanish_network_meeting() -> None:
    programme = read("es_encuentro_red.txt")
    assert days(programme) == [
        (
            (date(2026, 3, 9), None, None, "Lunes 9 de marzo", ""),
            [(None, None, PRE, "Recepción de bienvenida e inauguración oficial", [], True)],
        ),
        (
            (
                date(2026, 3, 10),
                None,
                time(12, 30),
                "Martes 10 de marzo",
                "Ciudades resilientes en la práctica",
            ),
            [
                (
                    time(9),
                    90,
                    OTH,
                    "Plenaria de apertura: el estado de la red",
                    ["J. García"],
                    False,
                ),
                (time(10, 30), 30, BRK, "Pausa café", [], False),
                (
                    time(11),
                    90,
                    OTH,
                    "Novedades del primer día por el equipo de comunicación",
                    ["M. López", "R. Pérez"],
                    False,
                ),
            ],
        ),
        (
            (
                date(2026, 3, 11),
                None,
                time(11, 15),
                "Miércoles 11 de marzo",
                "Financiar la transición",
            ),
            [
                (
                    time(9),
                    60,
                    OTH,
                    "Mesa redonda: ¿quién paga la adaptación?",
                    ["Carmen Ruiz", "J. García"],
                    False,
                ),
                (time(10), 15, BRK, "Pausa", [], False),
                (time(10, 15), 60, OTH, "Clausura y próximos pasos", [], False),
            ],
        ),
    ]


def test_a_weekday_that_does_not_match_the_year_is_said() -> None:
    programme = read("en_network_meeting.txt", year=2027)
    assert "line 5: “Sunday, June 14” says “Sunday” but 2027-06-14 is a Monday" in [
        str(w) for w in programme.warnings
    ]


def test_import_matches_speakers_to_the_roster_and_adds_the_others(store: Store) -> None:
    event_id: UUID = execute(
        store, CreateEvent(title="Network meeting", start_date=date(2026, 6, 14), language="en")
    ).value
    execute(
        store, AddParticipant(event_id=event_id, name="Claire Huser", organisation="City of Bern")
    )
    programme = recognise_methods(read("en_network_meeting.txt"))
    execute(store, ImportAgenda(event_id=event_id, programme=programme))

    people = {person.name: person for person in roster(store, event_id)}
    assert sorted(people) == ["Amina Diallo", "Claire Huser", "L. Krienbühl", "S. Byrne"]
    added = [people[name] for name in ("Amina Diallo", "L. Krienbühl", "S. Byrne")]
    assert {(p.organisation, p.notes, p.role) for p in added} == {
        ("", "added by the programme import", Role.SPEAKER)
    }
    sessions = sessions_of(store, event_id)
    assert [(s.title, s.date, s.start_time, s.end_time, s.description) for s in sessions] == [
        ("Sunday, June 14", date(2026, 6, 14), None, None, ""),
        ("Monday, June 15", date(2026, 6, 15), time(9), time(15), "Resilient cities in practice"),
        ("Tuesday, June 16", date(2026, 6, 16), time(9), time(12), "Financing the transition"),
    ]
    names = {person.id: person.name for person in people.values()}

    def speakers(session: Session) -> list[tuple[str, list[str], str]]:
        items: list[AgendaItem] = parents_first(items_of(store, session.id))
        return [(i.title, [names[s] for s in i.speaker_ids], i.notes) for i in items]

    assert speakers(sessions[0]) == [
        ("Welcome Reception and Official Opening", [], "Time to be confirmed")
    ]
    assert speakers(sessions[2])[0] == (
        "Panel: who pays for adaptation?",
        ["Amina Diallo", "Claire Huser"],
        "",
    )
    assert store.get(Participant, people["Claire Huser"].id) == people["Claire Huser"]


# --- equal shares and the round trip ----------------------------------------------------


@settings(max_examples=50)  # CI runs 50 examples
@given(total=st.integers(min_value=1, max_value=600), count=st.integers(1, 30))
def test_equal_shares_are_whole_minutes_summing_exactly(total: int, count: int) -> None:
    if count > total:
        return
    shares = equal_shares(total, count)
    assert sum(shares) == total
    assert max(shares) - min(shares) <= 1
    assert shares == sorted(shares, reverse=True)


WORDS = ("Opening", "review", "mapping", "plenary", "cases", "synthesis", "stories", "pilots")
_title = st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(
    lambda words: " ".join(words).capitalize()
)
_description = st.sampled_from(["", "Pilots from three cities.", "Maps and stories.\nIn pairs."])
_kind = st.sampled_from(
    [ItemKind.OTHER, ItemKind.DISCUSSION, ItemKind.GROUP_METHOD, ItemKind.BREAK]
)
_leaf = st.tuples(_title, st.integers(1, 120), _kind, _description, st.just(()))
_node = st.tuples(_title, st.integers(1, 120), _kind, _description, st.lists(_leaf, max_size=3))
Node = tuple[str, int, ItemKind, str, object]
_session = st.tuples(
    st.sampled_from(["Morning", "Afternoon session", "Evening"]),
    st.none() | st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31)),
    st.none() | st.integers(6 * 60, 12 * 60).map(lambda minute: time(minute // 60, minute % 60)),
    st.lists(_node, min_size=1, max_size=4),
)


def _items(session_id: UUID, nodes: list[Node], parent: UUID | None = None) -> list[AgendaItem]:
    items: list[AgendaItem] = []
    for position, (title, minutes, kind, description, children) in enumerate(nodes):
        item = AgendaItem(
            session_id=session_id,
            parent_id=parent,
            position=position,
            title=title,
            description=description,
            planned_minutes=minutes,
            kind=kind,
        )
        items.append(item)
        assert isinstance(children, list | tuple)
        items += _items(session_id, list(children), item.id)
    return items


def _written(nodes: list[Node]) -> list[object]:
    return [
        (title, minutes, kind, description, _written(list(children)))  # type: ignore[arg-type]
        for title, minutes, kind, description, children in nodes
    ]


def _read(items: list[ParsedItem]) -> list[object]:
    return [(i.title, i.minutes, i.kind, i.description, _read(i.children)) for i in items]


@settings(max_examples=40, deadline=None)  # CI runs 40 examples
# Two sessions with the same heading on the same day would read as a repeated page header
# (programme_clean drops those): a real programme never repeats a session that way.
@given(sessions=st.lists(_session, min_size=1, max_size=3, unique_by=lambda s: (s[0], s[1])))
def test_an_agenda_written_as_programme_text_reads_back_the_same(
    sessions: list[tuple[str, date | None, time | None, list[Node]]],
) -> None:
    written = [
        Session(event_id=UUID(int=1), title=title, date=day, start_time=start)
        for title, day, start, _ in sessions
    ]
    agendas = [
        (session, _items(session.id, nodes))
        for session, (*_, nodes) in zip(written, sessions, strict=True)
    ]
    programme = parse_programme(programme_to_text("Workshop", agendas))
    assert [(day.date, day.start, day.title) for day in programme.days] == [
        (day, start, title) for title, day, start, _ in sessions
    ]
    assert [_read(day.items) for day in programme.days] == [
        _written(nodes) for *_, nodes in sessions
    ]
    assert [str(notice) for notice in programme.warnings] == []


@pytest.mark.parametrize(
    ("line", "speakers"),
    [
        ("C. Huser", ["C. Huser"]),
        ("S. Byrne,", ["S. Byrne"]),
        ("Amina Diallo,", ["Amina Diallo"]),
        ("Amina Diallo, C. Huser", ["Amina Diallo", "C. Huser"]),
        ("J.-P. Martin and É. Roy", ["J.-P. Martin", "É. Roy"]),
        ("Main Hall, City Centre", None),
        ("Dr. Amina Diallo, UN-Habitat", None),
        ("Récit et derniers développements", None),
        ("Moderator: Aïcha Touré", None),
    ],
)
def test_speakers_lines(line: str, speakers: list[str] | None) -> None:
    assert speakers_in(line) == speakers


def test_a_title_line_says_no_time() -> None:
    programme = parse_programme("Welcome (10 min)\nPlenary (20 min)\n")
    assert programme.title == ""
    assert [item.title for item in programme.items()] == ["Welcome", "Plenary"]


def test_speakers_by_initial_match_the_roster_s_full_names(store: Store) -> None:
    event_id: UUID = execute(store, CreateEvent(title="Réunion", language="fr")).value
    execute(store, AddParticipant(event_id=event_id, name="Jean-Pierre Martin"))
    programme = parse_programme("Programme\n\n1. Ouverture (10 min)\n   J.-P. Martin,\n")
    execute(store, ImportAgenda(event_id=event_id, programme=programme))
    [person] = roster(store, event_id)
    [item] = store.select(AgendaItem, {})
    assert item.speaker_ids == [person.id]
