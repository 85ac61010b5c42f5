"""Importing a programme read from text into an event, and back out as text."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest

from forum_desktop.agenda.programme_text import parse_programme, programme_to_text
from forum_desktop.agenda.schedule import compute_schedule
from forum_desktop.models import AgendaItem, Event, ItemKind, Objective, Session
from forum_desktop.models.agenda import parents_first
from forum_desktop.models.base import TITLE_MAX_LENGTH
from forum_desktop.services.agenda import items_of, sessions_of
from forum_desktop.services.agenda_import import (
    ImportAgenda,
    dry_run_lines,
    recognise_methods,
)
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent, UpdateEvent
from forum_desktop.services.operations import undo
from forum_desktop.services.programme_event import for_event
from forum_desktop.storage import Store
from tests.services.helpers import build_event
from tests.storage.helpers import snapshot

DATA = Path(__file__).parent / "data"

Tree = list[tuple[str, int, ItemKind, str, time | None, "Tree"]]


def read(name: str) -> str:
    return (DATA / name).read_bytes().decode("utf-8")


def new_event(store: Store, **fields: Any) -> UUID:
    fields.setdefault("timezone", "Europe/Paris")
    event_id: UUID = execute(store, CreateEvent(title="Atelier", **fields)).value
    return event_id


def tree(store: Store, session_id: UUID, parent_id: UUID | None = None) -> Tree:
    """(title, minutes, kind, description, locked start, children) as stored, in order."""
    items = store.select(AgendaItem, {"session_id": session_id, "parent_id": parent_id})
    assert [item.position for item in items] == list(range(len(items)))
    return [
        (
            item.title,
            item.planned_minutes,
            item.kind,
            item.description,
            item.locked_start,
            tree(store, session_id, item.id),
        )
        for item in items
    ]


def titles(store: Store, session_id: UUID) -> list[str]:
    return [item.title for item in items_of(store, session_id)]


def locks(store: Store, session_id: UUID) -> dict[str, time]:
    return {i.title: i.locked_start for i in items_of(store, session_id) if i.locked_start}


# --- sessions per day ------------------------------------------------------------------


def test_one_session_per_day_with_its_date_and_times(store: Store) -> None:
    event_id = new_event(store)
    programme = parse_programme(read("en_multiday_workshop.txt"), year=2026)

    result = execute(store, ImportAgenda(event_id=event_id, programme=programme))

    monday, tuesday = sessions_of(store, event_id)
    assert result.value == [monday.id, tuesday.id]
    assert (monday.title, monday.date, monday.start_time, monday.end_time, monday.position) == (
        "Monday, June 15",
        date(2026, 6, 15),
        time(9, 0),
        time(14, 30),
        0,
    )
    assert (tuesday.title, tuesday.date, tuesday.start_time, tuesday.end_time) == (
        "Tuesday, June 16",
        date(2026, 6, 16),
        time(9, 0),
        time(12, 30),
    )
    assert tree(store, monday.id) == [
        ("Registration", 30, ItemKind.OTHER, "", None, []),
        (
            "Opening keynote: Cities on the front line",
            45,
            ItemKind.PRESENTATION,
            "Dr. Amina Diallo, UN-Habitat",
            None,
            [],
        ),
        ("Coffee break", 15, ItemKind.BREAK, "", None, []),
        ("Fishbowl: what worked in the pilots?", 90, ItemKind.GROUP_METHOD, "", None, []),
        ("Lunch", 60, ItemKind.BREAK, "", None, []),
        (
            "Site visit preparation",
            90,
            ItemKind.OTHER,
            "",
            None,
            [
                ("Safety briefing", 15, ItemKind.OTHER, "", None, []),
                ("Groups and transport", 15, ItemKind.OTHER, "", None, []),
            ],
        ),
    ]
    # Times that follow one another are the cascade itself: nothing is locked.
    assert locks(store, monday.id) == {} == locks(store, tuesday.id)


def test_new_sessions_come_after_the_existing_ones(store: Store) -> None:
    built = build_event(store)
    programme = parse_programme("Programme\nDay 1\n1. A (5 min)\nDay 2\n1. B (5 min)\n")

    execute(store, ImportAgenda(event_id=built.event_id, programme=programme))

    sessions = sessions_of(store, built.event_id)
    assert [(s.title, s.position) for s in sessions] == [
        ("Matinée", 0),
        ("Day 1", 1),
        ("Day 2", 2),
    ]


def test_a_day_without_heading_or_times_is_a_numbered_session_without_times(
    store: Store,
) -> None:
    built = build_event(store)
    programme = parse_programme(read("speakers.txt"))

    (session_id,) = execute(store, ImportAgenda(event_id=built.event_id, programme=programme)).value

    session = store.require(Session, session_id)
    assert (session.title, session.date, session.start_time, session.end_time) == (
        "Session 2",
        None,
        None,
        None,
    )
    assert tree(store, session_id)[2] == (
        "Panel discussion",
        40,
        ItemKind.DISCUSSION,
        "Moderator: Aïcha Touré",
        None,
        [
            ("Lindiwe Dlamini, eThekwini", 10, ItemKind.OTHER, "", None, []),
            ("Kim Min-jun, Seoul", 10, ItemKind.OTHER, "", None, []),
        ],
    )


def test_the_seed_note_imports_as_one_dated_session(store: Store) -> None:
    event_id = new_event(store)
    programme = recognise_methods(parse_programme(read("learning-forum-session-note.fr.txt")))

    (session_id,) = execute(store, ImportAgenda(event_id=event_id, programme=programme)).value

    session = store.require(Session, session_id)
    assert (session.title, session.date, session.start_time, session.end_time) == (
        "En route vers le Forum d'apprentissage",  # named after the note
        date(2022, 2, 23),
        time(10, 0),
        time(11, 30),  # from the date line above the programme
    )
    shape = [(t[0], [c[0] for c in t[5]]) for t in tree(store, session_id)]
    assert [len(children) for _, children in shape] == [2, 2, 3]
    items = parents_first(items_of(store, session_id))
    assert [(i.planned_minutes, i.method, i.guiding_question) for i in items] == [
        (30, "", ""),
        (15, "", ""),
        (15, "", "Que fais-je pour soutenir l'apprentissage dans les municipalités ?"),
        (30, "Fishbowl", ""),  # the library's, named in the event's language (English)
        (15, "", ""),
        (15, "", ""),
        (30, "", ""),
        (10, "", ""),
        (10, "", ""),
        (10, "", ""),
    ]
    schedule = compute_schedule(session, items, "Europe/Paris")
    assert schedule.items[-1].end is not None
    assert schedule.items[-1].end.time() == time(11, 30)  # no longer "ends at 10:00"
    assert store.require(Event, event_id).context == ""  # only when asked


def test_items_without_duration_get_zero_and_parents_the_sum_of_their_children(
    store: Store,
) -> None:
    event_id = new_event(store)
    text = "Programme\n1. Opening\n   - a (10 min)\n   - b (5 min)\n2. Wrap-up\n3. Given (30 min)\n"
    (session_id,) = execute(
        store, ImportAgenda(event_id=event_id, programme=parse_programme(text))
    ).value
    assert [(t[0], t[1]) for t in tree(store, session_id)] == [
        ("Opening", 15),
        ("Wrap-up", 0),
        ("Given", 30),
    ]


# --- locks -----------------------------------------------------------------------------


def test_locks_only_where_the_time_breaks_the_cascade(store: Store) -> None:
    event_id = new_event(store)
    text = (
        "Agenda\n"
        "09:00 Opening (30 min)\n"  # the session's start
        "10:00 Panel (60 min)\n"  # 30 minutes after Opening ends: locked
        "   - 10:00 Speakers (20 min)\n"  # where its parent starts: not locked
        "   - 10:30 Questions (30 min)\n"  # 10 minutes after Speakers: locked
        "11:00 Lunch (60 min)\n"  # where Panel ends: not locked
        "11:45 Visit (30 min)\n"  # before Lunch ends: locked (the schedule flags it)
    )
    (session_id,) = execute(
        store, ImportAgenda(event_id=event_id, programme=parse_programme(text))
    ).value

    session = store.require(Session, session_id)
    assert (session.start_time, session.end_time) == (time(9), time(12, 30))
    assert locks(store, session_id) == {
        "Panel": time(10),
        "Questions": time(10, 30),
        "Visit": time(11, 45),
    }


def test_a_first_item_without_time_starts_the_session_before_the_first_timed_one(
    store: Store,
) -> None:
    event_id = new_event(store)
    text = "Agenda\nRegistration (30 min)\n09:30 Opening (15 min)\n"
    (session_id,) = execute(
        store, ImportAgenda(event_id=event_id, programme=parse_programme(text))
    ).value
    session = store.require(Session, session_id)
    assert (session.start_time, session.end_time) == (time(9), time(9, 45))
    assert locks(store, session_id) == {}


def test_times_of_the_day_heading_lead(store: Store) -> None:
    event_id = new_event(store)
    text = "Agenda\nDay 1 (08:30–12:00)\n09:00 Opening (30 min)\n09:30 Talks (60 min)\n"
    (session_id,) = execute(
        store, ImportAgenda(event_id=event_id, programme=parse_programme(text))
    ).value
    session = store.require(Session, session_id)
    assert (session.start_time, session.end_time) == (time(8, 30), time(12))
    assert locks(store, session_id) == {"Opening": time(9)}


# --- into an existing session ----------------------------------------------------------


def test_items_are_appended_to_a_given_session(store: Store) -> None:
    built = build_event(store)  # Matinée from 09:00: Ouverture 30 min, then a 0-minute item
    text = "Agenda\n09:30 Follow-up (10 min)\n   - Notes (10 min)\n10:00 Close (10 min)\n"

    result = execute(
        store,
        ImportAgenda(
            event_id=built.event_id, session_id=built.session_id, programme=parse_programme(text)
        ),
    )

    assert result.value == []
    assert len(sessions_of(store, built.event_id)) == 1
    assert titles(store, built.session_id) == [
        "Ouverture",
        "Mot d'accueil",
        "Tour de table",
        "Travail en groupes",
        "Follow-up",
        "Notes",
        "Close",
    ]
    top = store.select(AgendaItem, {"session_id": built.session_id, "parent_id": None})
    assert [(item.title, item.position) for item in top][-2:] == [("Follow-up", 2), ("Close", 3)]
    assert locks(store, built.session_id) == {"Close": time(10)}


def test_a_session_of_another_event_is_refused(store: Store) -> None:
    built = build_event(store)
    other = new_event(store)
    with pytest.raises(ValueError, match="another event"):
        execute(
            store,
            ImportAgenda(
                event_id=other,
                session_id=built.session_id,
                programme=parse_programme("Agenda\n1. A (5 min)\n"),
            ),
        )


# --- context and objectives ------------------------------------------------------------


def test_context_and_objectives_are_taken_only_when_asked(store: Store) -> None:
    event_id = new_event(store)
    programme = parse_programme(read("en_multiday_workshop.txt"), year=2026)

    execute(store, ImportAgenda(event_id=event_id, programme=programme))
    event = store.require(Event, event_id)
    assert (event.context, event.objectives) == ("", [])

    execute(store, ImportAgenda(event_id=event_id, programme=programme, take_context=True))
    event = store.require(Event, event_id)
    assert event.context == programme.context
    assert event.objectives == []

    execute(store, ImportAgenda(event_id=event_id, programme=programme, take_objectives=True))
    event = store.require(Event, event_id)
    assert [(o.heading, o.text) for o in event.objectives] == programme.objectives


def test_context_is_appended_after_a_blank_line_and_objectives_without_duplicates(
    store: Store,
) -> None:
    heading = "By the end of the workshop, participants will:"
    kept = Objective(heading=heading, text="Share lessons from the pilots")
    event_id = new_event(store, context="Written before.", objectives=[kept])
    programme = parse_programme(read("en_multiday_workshop.txt"), year=2026)

    for _ in range(2):  # twice: nothing is added twice
        execute(
            store,
            ImportAgenda(
                event_id=event_id, programme=programme, take_context=True, take_objectives=True
            ),
        )

    event = store.require(Event, event_id)
    assert event.context == f"Written before.\n\n{programme.context}"
    assert [(o.heading, o.text) for o in event.objectives] == [
        (heading, "Share lessons from the pilots"),
        (heading, "Agree on a joint monitoring framework"),
    ]
    assert event.objectives[0] == kept


# --- undo, long titles, dry run ----------------------------------------------------------


def test_undo_removes_everything_the_import_added(store: Store) -> None:
    built = build_event(store)
    execute(store, UpdateEvent(event_id=built.event_id, context="Avant."))
    before = snapshot(store)

    result = execute(
        store,
        ImportAgenda(
            event_id=built.event_id,
            programme=parse_programme(read("learning-forum-session-note.fr.txt")),
            take_context=True,
            take_objectives=True,
        ),
    )
    assert result.touches("session", "agenda_item", "event")
    assert snapshot(store) != before

    undo(store, result)
    assert snapshot(store) == before


def test_a_title_too_long_is_cut_and_kept_whole_in_the_description(store: Store) -> None:
    event_id = new_event(store)
    long_title = "Très long " * 80
    text = f"Agenda\n1. {long_title.strip()} (5 min)\nSpeaker: Ana\n"
    (session_id,) = execute(
        store, ImportAgenda(event_id=event_id, programme=parse_programme(text))
    ).value
    [item] = items_of(store, session_id)
    assert len(item.title) == TITLE_MAX_LENGTH
    assert item.title.endswith("…")
    assert item.description == f"{long_title.strip()}\n\nSpeaker: Ana"


def test_dry_run_lines() -> None:
    programme = recognise_methods(parse_programme(read("fr_ordre_du_jour.txt"), year=2026))
    assert dry_run_lines(programme) == [
        "2026-06-16\t14:00\t30 min\titem\tAccueil des participant·e·s",
        "2026-06-16\t14:30\t30 min\tmethod\tTour de table & attentes",
        "2026-06-16\t15:00\t60 min\titem\tDébat : <b>quelles priorités</b> pour 2027 ?",
        "2026-06-16\t16:00\t15 min\tbreak\tPause café",
        "2026-06-16\t16:15\t45 min\titem\tSynthèse",
        "2026-06-17\t09:30\t15 min\titem\tBienvenue et rappel de la veille",
        "2026-06-17\t09:45\t75 min\tmethod\tMéthodologie de l'aquarium",
        "2026-06-17\t11:00\t15 min\tbreak\tPause",
        "2026-06-17\t11:15\t-\titem\tClôture",
    ]


def test_dry_run_lines_nest_and_leave_unknowns_as_dashes() -> None:
    programme = parse_programme(read("messy_spacing.txt"))
    assert dry_run_lines(programme) == [
        "-\t-\t10 min\titem\tOpening of the day",
        "-\t-\t5 min\titem\t  Word from the host",
        "-\t-\t5 min\titem\t  Agenda review",
        "-\t-\t90 min\titem\tWorking groups",
        "-\t-\t-\titem\t  Group A: mobility",
        "-\t-\t-\titem\t  Group B: housing",
        "-\t-\t-\tbreak\tLunch break",
        "-\t-\t45 min\titem\tPlenary",
    ]


# --- the round trip ----------------------------------------------------------------------


def build_agenda(store: Store) -> UUID:
    """Two sessions: one dated and timed with three levels, a lock and kinds the words do
    not tell; one undated without times."""
    event_id = new_event(store)
    morning = store.fresh(
        Session(
            event_id=event_id,
            title="Matinée",
            date=date(2026, 6, 15),
            start_time=time(9),
            end_time=time(12, 30),
        )
    )
    follow_up = store.fresh(Session(event_id=event_id, title="Suivi", position=1))
    store.insert(morning)
    store.insert(follow_up)

    def add(session: Session, title: str, minutes: int, **fields: Any) -> UUID:
        item = store.fresh(
            AgendaItem(session_id=session.id, title=title, planned_minutes=minutes, **fields)
        )
        store.insert(item)
        return item.id

    opening = add(morning, "Ouverture", 0, kind=ItemKind.PRESENTATION)
    add(morning, "Mot d'accueil", 10, parent_id=opening)
    round_table = add(morning, "Tour de table", 20, parent_id=opening, position=1)
    add(morning, "Binômes", 10, parent_id=round_table)
    add(morning, "Plénière", 10, parent_id=round_table, position=1, kind=ItemKind.DISCUSSION)
    add(morning, "Pause café", 15, position=1, kind=ItemKind.BREAK)
    add(
        morning,
        "Travail en groupes",
        60,
        position=2,
        kind=ItemKind.GROUP_METHOD,
        description="Question : que faire ?\n\nRapporteur : Amadou & <b>Lucía</b>",
        locked_start=time(10),
    )
    add(morning, "Clôture 🎉", 0, position=3)
    add(follow_up, "Retour d'expérience", 30, kind=ItemKind.DISCUSSION)
    add(follow_up, "Prochaines étapes", 20, position=1)
    return event_id


def normalised(store: Store, event_id: UUID) -> list[tuple[Any, ...]]:
    """Sessions with their item trees; a parent planned at 0 lasts its children's sum."""

    def lasting(entry: tuple[Any, ...]) -> tuple[Any, ...]:
        title, minutes, kind, description, lock, children = entry
        children = [lasting(child) for child in children]
        minutes = minutes or sum(child[1] for child in children)
        return (title, minutes, kind, description, lock, children)

    return [
        (s.title, s.date, s.start_time, s.end_time, [lasting(t) for t in tree(store, s.id)])
        for s in sessions_of(store, event_id)
    ]


def test_agenda_to_text_and_back_is_the_same_agenda(store: Store) -> None:
    original = build_agenda(store)
    sessions = [(s, items_of(store, s.id)) for s in sessions_of(store, original)]

    text = programme_to_text("Séminaire", sessions, timezone="Europe/Paris")
    programme = parse_programme(text)
    copy = new_event(store)
    execute(store, ImportAgenda(event_id=copy, programme=programme))

    assert programme.warnings == []
    assert normalised(store, copy) == normalised(store, original)


def test_agenda_text_reads_like_a_programme(store: Store) -> None:
    event_id = build_agenda(store)
    sessions = [(s, items_of(store, s.id)) for s in sessions_of(store, event_id)]
    assert programme_to_text("Séminaire", sessions, timezone="Europe/Paris") == (
        "Séminaire\n"
        "\n"
        "Programme\n"
        "\n"
        "2026-06-15 – Matinée (09:00–12:30)\n"
        "\n"
        "1. 09:00 Ouverture [presentation]\n"
        "   - 09:00 Mot d'accueil (10 min)\n"
        "   - 09:10 Tour de table (20 min) [other]\n"
        "      - 09:10 Binômes (10 min)\n"
        "      - 09:20 Plénière (10 min) [discussion]\n"
        "\n"
        "2. 09:30 Pause café (15 min)\n"
        "\n"
        "3. 10:00 Travail en groupes (1 h) [group method]\n"
        "   Question : que faire ?\n"
        "\n"
        "   Rapporteur : Amadou & <b>Lucía</b>\n"
        "\n"
        "4. 11:00 Clôture 🎉 (0 min)\n"
        "\n"
        "Day 2 – Suivi\n"
        "\n"
        "1. Retour d'expérience (30 min) [discussion]\n"
        "\n"
        "2. Prochaines étapes (20 min)\n"
    )


# --- for the undo/redo test -------------------------------------------------------


def example_import_agenda(store: Store) -> ImportAgenda:
    """Two new sessions with nested items and a lock, plus context and objectives."""
    built = build_event(store)
    text = (
        "Contexte\n\nUne note.\n\nObjectifs\n- Partager\n\nProgramme\n"
        "Mardi 16 juin 2026\n09:00 Accueil (30 min)\n   a) Mot (10 min)\n   b) Tour (20 min)\n"
        "10:00 Débat (45 min)\nMercredi 17 juin 2026\n1. Bilan (30 min)\n"
    )
    return ImportAgenda(
        event_id=built.event_id,
        programme=parse_programme(text),
        take_context=True,
        take_objectives=True,
    )


# --- the note's header, its time zone, the event's dates -------------------------------

SEED_NOTE = "learning-forum-session-note.fr.txt"


def _seed_session(store: Store, event_id: UUID, text: str | None = None) -> Session:
    programme = parse_programme(read(SEED_NOTE) if text is None else text)
    (session_id,) = execute(store, ImportAgenda(event_id=event_id, programme=programme)).value
    return store.require(Session, session_id)


def test_the_seed_notes_context_has_no_header(store: Store) -> None:
    event_id = new_event(store)
    programme = parse_programme(read(SEED_NOTE))
    execute(store, ImportAgenda(event_id=event_id, programme=programme, take_context=True))
    context = store.require(Event, event_id).context
    assert context.startswith("L'apprentissage continu est essentiel pour les gouvernements")
    for header in ("NOTE D'INFORMATION", "En route vers", "Mercredi 23 février", "Contexte\n"):
        assert header not in context


def test_an_undated_event_takes_the_sessions_dates_in_the_same_undo_step(store: Store) -> None:
    event_id = new_event(store)
    before = snapshot(store)
    programme = parse_programme(read(SEED_NOTE))
    result = execute(store, ImportAgenda(event_id=event_id, programme=programme))
    event = store.require(Event, event_id)
    assert (event.start_date, event.end_date) == (date(2022, 2, 23), date(2022, 2, 23))

    undo(store, result)
    assert snapshot(store) == before


def test_the_preview_says_the_undated_event_takes_the_dates_and_a_dated_one_keeps_its_own(
    store: Store,
) -> None:
    programme = parse_programme(read(SEED_NOTE))
    undated = store.require(Event, new_event(store))
    assert str(for_event(programme, undated).warnings[0]) == (
        "The event, undated so far, takes the programme's dates: 2022-02-23."
    )
    dated_id = new_event(store, start_date=date(2022, 3, 1), end_date=date(2022, 3, 2))
    assert str(for_event(programme, store.require(Event, dated_id)).warnings[0]) == (
        "The event keeps its dates (2022-03-01 – 2022-03-02); the programme's sessions are on "
        "2022-02-23."
    )
    _seed_session(store, dated_id)
    event = store.require(Event, dated_id)
    assert (event.start_date, event.end_date) == (date(2022, 3, 1), date(2022, 3, 2))


def test_times_in_cet_are_converted_into_a_dakar_events_zone(store: Store) -> None:
    event = store.require(Event, new_event(store, timezone="Africa/Dakar"))
    programme = for_event(parse_programme(read(SEED_NOTE)), event)
    assert [str(w) for w in programme.warnings[:2]] == [
        "The programme gives its times in CET; this event is in Africa/Dakar: the times were "
        "converted to 09:00–10:30.",
        "The event, undated so far, takes the programme's dates: 2022-02-23.",
    ]
    # The notice on the shared span names the times the preview shows, not the note's.
    assert (
        "line 71: the 90 min from 09:00 to 10:30 are shared equally between 3 items; "
        "adjust them before importing" in [str(w) for w in programme.warnings]
    )
    session = _seed_session(store, event.id)
    assert (session.date, session.start_time, session.end_time) == (
        date(2022, 2, 23),
        time(9, 0),
        time(10, 30),
    )
    schedule = compute_schedule(session, items_of(store, session.id), "Africa/Dakar")
    assert schedule.items[-1].end is not None
    assert schedule.items[-1].end.time() == time(10, 30)  # one hour before Paris's 11:30


def test_without_a_zone_the_times_are_the_events_as_written(store: Store) -> None:
    event = store.require(Event, new_event(store, timezone="Africa/Dakar"))
    text = read(SEED_NOTE).replace(" (CET)", "")
    programme = for_event(parse_programme(text), event)
    assert not [w for w in programme.warnings if "gives its times in" in str(w)]
    session = _seed_session(store, event.id, text)
    assert (session.start_time, session.end_time) == (time(10, 0), time(11, 30))


def test_a_zone_on_the_events_own_offset_converts_nothing_and_says_nothing(store: Store) -> None:
    event = store.require(Event, new_event(store))  # Europe/Paris: CET in February
    programme = for_event(parse_programme(read(SEED_NOTE)), event)
    assert not [w for w in programme.warnings if "gives its times in" in str(w)]
    assert _seed_session(store, event.id).start_time == time(10, 0)


def test_a_conversion_past_midnight_moves_the_day(store: Store) -> None:
    event_id = new_event(store, timezone="America/New_York")
    text = "Programme\n\nTuesday 3 March 2026 (01:00–02:00 CET)\n\n- Opening (60 min)\n"
    session = _seed_session(store, event_id, text)
    assert (session.date, session.start_time, session.end_time) == (
        date(2026, 3, 2),
        time(19, 0),
        time(20, 0),
    )


def test_an_undated_day_in_a_zone_is_kept_as_written_and_says_to_check(store: Store) -> None:
    event = store.require(Event, new_event(store, timezone="Africa/Dakar"))
    text = "Programme\n\nDay 1 (10:00–11:00 CET)\n\n- Opening (60 min)\n"
    programme = for_event(parse_programme(text), event)
    assert [str(w) for w in programme.warnings] == [
        "The programme gives its times in CET; this event is in Africa/Dakar: the times were "
        "kept as written; check them."
    ]
    session = _seed_session(store, event.id, text)
    assert (session.start_time, session.end_time) == (time(10, 0), time(11, 0))


def test_paris_time_in_summer_is_converted_with_its_summer_offset(store: Store) -> None:
    text = "Programme\n\nMardi 16 juin 2026, 10h00-11h00 (heure de Paris)\n\n- Accueil (60 min)\n"
    dakar = store.require(Event, new_event(store, timezone="Africa/Dakar"))
    assert str(for_event(parse_programme(text), dakar).warnings[0]) == (
        "The programme gives its times in Europe/Paris; this event is in Africa/Dakar: the "
        "times were converted to 08:00–09:00."  # Paris is UTC+2 in June, Dakar UTC
    )
    assert _seed_session(store, dakar.id, text).start_time == time(8, 0)
    paris = store.require(Event, new_event(store))
    said = [str(w) for w in for_event(parse_programme(text), paris).warnings]
    assert not [w for w in said if "gives its times in" in w]
    assert _seed_session(store, paris.id, text).start_time == time(10, 0)


def test_one_items_zone_leaves_the_programmes_local_times_as_written(store: Store) -> None:
    # The review's case: a note in local time, one item a call given in Montréal's time.
    event = store.require(Event, new_event(store, timezone="Africa/Dakar"))
    note = read("one-item-zone-note.fr.txt")
    programme = for_event(parse_programme(note), event)
    assert not [w for w in programme.warnings if "gives its times in" in str(w)]
    session = _seed_session(store, event.id, note)
    assert (session.start_time, session.end_time) == (time(10, 0), time(11, 30))
    schedule = compute_schedule(session, items_of(store, session.id), "Africa/Dakar")
    assert [(entry.start and entry.start.time()) for entry in schedule.items] == [
        time(10, 0),
        time(10, 30),
        time(11, 0),
    ]


def test_a_headings_converted_times_leave_the_sessions_title(store: Store) -> None:
    text = "Programme\n\nMardi 16 juin 2026, 10h00-11h00 (heure de Paris)\n\n- Accueil (60 min)\n"
    dakar = new_event(store, timezone="Africa/Dakar")
    session = _seed_session(store, dakar, text)
    assert (session.title, session.start_time) == ("Mardi 16 juin 2026", time(8, 0))
    # Not converted (the event is in Paris): the heading, times and all, stays the title.
    paris = new_event(store)
    assert _seed_session(store, paris, text).title == (
        "Mardi 16 juin 2026, 10h00-11h00 (heure de Paris)"
    )


def test_a_heading_moved_past_midnight_titles_the_session_with_its_new_date(store: Store) -> None:
    event_id = new_event(store, timezone="America/New_York")
    text = "Programme\n\nTuesday 3 March 2026 (01:00–02:00 CET)\n\n- Opening (60 min)\n"
    session = _seed_session(store, event_id, text)
    assert (session.title, session.date) == ("2026-03-02", date(2026, 3, 2))


def test_a_notes_title_with_converted_times_loses_them(store: Store) -> None:
    text = (
        "Rencontre des réseaux, 10h00-12h00 (heure de Paris)\n\n"
        "Mercredi 23 février 2022, 10h00-12h00 (heure de Paris)\n\n"
        "Programme\n\n10:00 Accueil (30 min)\n10:30 Débat (90 min)\n"
    )
    session = _seed_session(store, new_event(store, timezone="Africa/Dakar"), text)
    assert (session.title, session.start_time, session.end_time) == (
        "Rencontre des réseaux",
        time(9, 0),
        time(11, 0),
    )


def test_a_note_without_day_headings_moved_past_midnight_keeps_the_notes_title(
    store: Store,
) -> None:
    """The day has no heading of its own: the note's title names the session, not the
    date it moved to (it was titled "2022-02-24")."""
    text = (
        "Rencontre du réseau\n\n"
        "Mercredi 23 février 2022, 22h00-23h30 (CET)\n\n"
        "Programme\n\n22:00 Accueil (30 min)\n22:30 Débat (60 min)\n"
    )
    session = _seed_session(store, new_event(store, timezone="Asia/Tokyo"), text)
    assert (session.title, session.date, session.start_time) == (
        "Rencontre du réseau",
        date(2022, 2, 24),
        time(6, 0),
    )
