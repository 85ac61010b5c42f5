"""The built-in demo event: its document, (re)creation, first start and undo."""

from __future__ import annotations

from collections import Counter
from uuid import UUID

import pytest

from forum_desktop.models import (
    AgendaItem,
    AttendanceStatus,
    Event,
    EventDocument,
    ItemKind,
    Language,
    MethodScreen,
    Participant,
    Role,
    Session,
    SessionMode,
)
from forum_desktop.services import events
from forum_desktop.services.commands import execute
from forum_desktop.services.demo import (
    DEMO_EVENT_ID,
    DEMO_EVENT_IDS,
    DEMO_SEEDED_SETTING,
    CreateDemoEvent,
    demo_path,
    ensure_demo_on_first_start,
    load_demo_document,
)
from forum_desktop.services.method_runs import screen_of
from forum_desktop.services.operations import undo
from forum_desktop.storage import Store

HEADING_LINES = (
    "CGLU Apprentissage veut écouter et soutenir les initiatives liées aux lignes suivantes"
)
HEADING_DAEJEON = (
    "En vue du Congrès de CGLU à Daejeon, le Séminaire offre l'opportunité au Forum "
    "d'apprentissage de se renforcer afin de"
)
GUIDING_QUESTION = "Que fais-je pour soutenir l'apprentissage dans les municipalités ?"


def count(store: Store, table: str) -> int:
    (n,) = store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()
    return int(n)


def counts(store: Store) -> dict[str, int]:
    return {t: count(store, t) for t in ("event", "session", "agenda_item", "participant")}


def tree(store: Store, session_id: UUID) -> list[tuple[AgendaItem, list[AgendaItem]]]:
    top = store.select(AgendaItem, {"session_id": session_id, "parent_id": None})
    return [(item, store.select(AgendaItem, {"parent_id": item.id})) for item in top]


# --- the document ----------------------------------------------------------------------


@pytest.mark.parametrize("language", list(Language))
def test_each_document_validates_and_has_fixed_ids(language: Language) -> None:
    document = EventDocument.model_validate_json(demo_path(language).read_text(encoding="utf-8"))
    assert document.format == "forum-desktop-event"
    assert document.format_version in (1, 2, 3)
    assert document.event.id == DEMO_EVENT_IDS[language]
    assert document.event.language is language
    assert load_demo_document(language) == document  # references checked too
    assert load_demo_document(language).event.id == DEMO_EVENT_IDS[language]


def test_the_default_demo_is_the_french_session_note() -> None:
    assert DEMO_EVENT_IDS[Language.FR] == DEMO_EVENT_ID
    assert load_demo_document() == load_demo_document(Language.FR)


def every_id(document: EventDocument) -> list[UUID]:
    event = document.event
    return [
        event.id,
        *(o.id for o in event.objectives),
        *(s.id for s in document.sessions),
        *(i.id for i in document.agenda_items),
        *(p.id for p in document.participants),
    ]


def test_the_three_demos_share_no_id() -> None:
    ids = [i for language in Language for i in every_id(load_demo_document(language))]
    assert len(set(ids)) == len(ids) == 3 * len(every_id(load_demo_document()))


def shape(document: EventDocument) -> list[object]:
    """What a translation keeps: the tree, durations, kinds, people, dates."""
    by_id = {i.id: i for i in document.agenda_items}

    def path(item: AgendaItem) -> tuple[int, ...]:
        parent = by_id.get(item.parent_id) if item.parent_id else None
        return (*(path(parent) if parent else ()), item.position)

    event = document.event
    return [
        (event.timezone, event.start_date, event.end_date, len(event.objectives)),
        len({o.heading for o in event.objectives}),
        [(s.date, s.start_time, s.end_time, s.mode) for s in document.sessions],
        sorted(
            (path(i), i.planned_minutes, i.kind, bool(i.method), bool(i.guiding_question))
            for i in document.agenda_items
        ),
        [
            (p.name, p.email, p.role, p.language, p.mode, p.position, bool(p.notes))
            for p in document.participants
        ],
    ]


@pytest.mark.parametrize("language", [Language.EN, Language.ES])
def test_translations_keep_the_session_and_translate_its_words(language: Language) -> None:
    french, translated = load_demo_document(Language.FR), load_demo_document(language)
    assert shape(translated) == shape(french)
    pairs = [
        (translated.event.title, french.event.title),
        (translated.event.place, french.event.place),
        (translated.event.context, french.event.context),
        *zip(
            [o.text for o in translated.event.objectives],
            [o.text for o in french.event.objectives],
            strict=True,
        ),
        *zip(
            [s.title for s in translated.sessions], [s.title for s in french.sessions], strict=True
        ),
        *zip(
            [i.title for i in translated.agenda_items],
            [i.title for i in french.agenda_items],
            strict=True,
        ),
    ]
    assert all(ours != theirs for ours, theirs in pairs)
    assert len(translated.event.context.split("\n\n")) == 4
    assert {p.city for p in translated.participants} >= {"Daejeon", "Bogotá", "Montréal"}


def test_english_demo_content() -> None:
    document = load_demo_document(Language.EN)
    assert document.event.title == "Towards the Learning Forum"
    assert document.event.context.startswith("Continuous learning is essential")
    (introduction,) = [i for i in document.agenda_items if i.guiding_question]
    assert introduction.title == "Interactive introduction: Who is who and who are you?"
    assert introduction.guiding_question == "What do I do to support learning in municipalities?"
    assert introduction.method == "Round-robin introductions"
    host = next(p for p in document.participants if p.role is Role.HOST)
    assert (host.organisation, host.country) == ("Daejeon Metropolitan City", "Republic of Korea")


def test_spanish_demo_content() -> None:
    document = load_demo_document(Language.ES)
    assert document.event.title == "Rumbo al Foro de Aprendizaje"
    assert document.event.context.startswith("El aprendizaje continuo es esencial")
    (introduction,) = [i for i in document.agenda_items if i.guiding_question]
    assert (
        introduction.guiding_question == "¿Qué hago para apoyar el aprendizaje en los municipios?"
    )
    methods = {i.method for i in document.agenda_items}
    assert methods == {"", "Ronda de presentaciones", "Pecera (fishbowl)"}
    assert document.sessions[0].title == "Sesión en línea y presencial"


def test_document_content() -> None:
    document = load_demo_document()
    event = document.event
    assert event.title == "En route vers le Forum d'apprentissage"
    assert event.language is Language.FR
    assert event.timezone == "Europe/Paris"
    assert str(event.start_date) == str(event.end_date) == "2022-02-23"
    paragraphs = event.context.split("\n\n")
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("L'apprentissage continu est essentiel")
    assert "praticien·ne·s" in paragraphs[1]
    assert paragraphs[3].endswith("en renforçant la communauté d'apprentissage.")
    assert len({p.id for p in document.participants}) == 15
    ids = every_id(document)
    assert len(set(ids)) == len(ids)


# --- creating the demo ----------------------------------------------------------------


def test_create_demo_in_empty_store(store: Store) -> None:
    result = execute(store, CreateDemoEvent())

    assert result.value == DEMO_EVENT_ID
    assert counts(store) == {"event": 1, "session": 1, "agenda_item": 10, "participant": 15}
    event = store.require(Event, DEMO_EVENT_ID)
    assert event.title == "En route vers le Forum d'apprentissage"

    by_heading = Counter(o.heading for o in event.objectives)
    assert by_heading == {HEADING_LINES: 5, HEADING_DAEJEON: 6}
    assert [o.text for o in event.objectives][5] == "Mesurer le progrès"

    (session,) = store.select(Session, {"event_id": DEMO_EVENT_ID})
    assert session.title == "Session en ligne et sur place"
    assert (str(session.date), str(session.start_time), str(session.end_time)) == (
        "2022-02-23",
        "10:00:00",
        "11:30:00",
    )
    assert session.timezone == ""
    assert session.mode is SessionMode.HYBRID


def test_demo_agenda_tree(store: Store) -> None:
    execute(store, CreateDemoEvent())
    (session,) = store.select(Session, {"event_id": DEMO_EVENT_ID})
    agenda = tree(store, session.id)

    tops = [parent for parent, _ in agenda]
    assert [item.title for item in tops] == [
        "Bienvenue",
        "Évaluation par les pairs du processus d'apprentissage",
        "La voie à suivre : Vers un Forum d'apprentissage utile et pratique",
    ]
    assert [len(children) for _, children in agenda] == [2, 2, 3]
    assert [item.position for item in tops] == [0, 1, 2]
    assert sum(item.planned_minutes for item in tops) == 90
    for parent, children in agenda:
        assert [child.position for child in children] == list(range(len(children)))
        assert parent.planned_minutes == sum(child.planned_minutes for child in children)
        assert not any(store.select(AgendaItem, {"parent_id": c.id}) for c in children)

    (_, welcome_items), (fishbowl, fishbowl_items), (way_forward, way_forward_items) = agenda
    overview, introduction = welcome_items
    assert overview.kind is ItemKind.PRESENTATION
    assert overview.description == "Récit et derniers développements"
    assert introduction.title == "Introduction interactive : Qui est qui et qui êtes-vous ?"
    assert introduction.kind is ItemKind.GROUP_METHOD
    assert introduction.method == "Tour de table de présentation"
    assert introduction.guiding_question == GUIDING_QUESTION

    assert fishbowl.kind is ItemKind.GROUP_METHOD
    assert fishbowl.method == "Méthodologie de l'aquarium"
    assert "participant·e·s" in fishbowl.description
    assert [(c.title, c.planned_minutes, c.method) for c in fishbowl_items] == [
        ("Localisation et développement de MOOC", 20, "Méthodologie de l'aquarium"),
        ("Apprentissage entre pairs et méthodologies", 20, "Méthodologie de l'aquarium"),
    ]

    assert way_forward.kind is ItemKind.DISCUSSION
    assert [(c.title, c.planned_minutes) for c in way_forward_items] == [
        ("Activités d'intérêt pour avoir un Forum actif", 10),
        ("Programme et méthodes de travail prévus pour 2022", 10),
        ("Suggestions pour le Congrès de CGLU à Daejeon", 5),
    ]


def test_demo_roster(store: Store) -> None:
    execute(store, CreateDemoEvent())
    people = store.select(Participant, {"event_id": DEMO_EVENT_ID})

    assert len(people) == 15
    assert [p.position for p in people] == list(range(15))
    assert Counter(p.role for p in people) == {
        Role.FACILITATOR: 1,
        Role.RAPPORTEUR: 2,
        Role.HOST: 1,
        Role.SPEAKER: 2,
        Role.PARTICIPANT: 9,
    }
    assert all(p.email.endswith("@example.org") for p in people)
    assert all(p.attendance is AttendanceStatus.UNKNOWN for p in people)
    assert all(p.checked_in_at is None for p in people)
    assert {p.language for p in people} == {Language.EN, Language.FR, Language.ES}
    assert len({p.mode for p in people}) == 2
    assert len({p.country for p in people}) >= 8
    names = "".join(p.name for p in people)
    assert any("\u0600" <= ch <= "\u06ff" for ch in names)  # Arabic script
    assert any("\uac00" <= ch <= "\ud7a3" for ch in names)  # Hangul


def test_records_keep_the_document_timestamps(store: Store) -> None:
    execute(store, CreateDemoEvent())
    document = load_demo_document()
    assert store.require(Event, DEMO_EVENT_ID) == document.event
    assert store.select(Participant, {"event_id": DEMO_EVENT_ID}) == document.participants


# --- re-creating ----------------------------------------------------------------------


def test_creating_twice_leaves_one_demo(store: Store) -> None:
    execute(store, CreateDemoEvent())
    second = execute(store, CreateDemoEvent())

    assert second.value == DEMO_EVENT_ID
    assert counts(store) == {"event": 1, "session": 1, "agenda_item": 10, "participant": 15}
    assert [e.id for e in events.list_events(store)] == [DEMO_EVENT_ID]
    assert second.records("event") == {DEMO_EVENT_ID}


def test_recreating_restores_user_edits(store: Store) -> None:
    execute(store, CreateDemoEvent())
    people = store.select(Participant, {"event_id": DEMO_EVENT_ID})
    execute(store, events.UpdateEvent(event_id=DEMO_EVENT_ID, title="Mon atelier"))
    store.delete(Participant, people[0].id)
    (session,) = store.select(Session, {"event_id": DEMO_EVENT_ID})
    store.insert(store.fresh(AgendaItem(session_id=session.id, title="Pause", position=3)))

    execute(store, CreateDemoEvent())

    assert store.require(Event, DEMO_EVENT_ID).title == "En route vers le Forum d'apprentissage"
    assert (
        store.select(Participant, {"event_id": DEMO_EVENT_ID}) == load_demo_document().participants
    )
    assert counts(store) == {"event": 1, "session": 1, "agenda_item": 10, "participant": 15}


def test_recreating_leaves_other_events_alone(store: Store) -> None:
    other = execute(store, events.CreateEvent(title="Atelier de Quito")).value
    execute(store, CreateDemoEvent())
    execute(store, CreateDemoEvent())
    assert {e.id for e in events.list_events(store)} == {other, DEMO_EVENT_ID}


def test_the_demos_in_each_language_sit_side_by_side(store: Store) -> None:
    created = [execute(store, CreateDemoEvent(language=language)).value for language in Language]
    assert created == [DEMO_EVENT_IDS[language] for language in Language]
    titles = {e.id: e.title for e in events.list_events(store)}
    assert titles == {
        DEMO_EVENT_IDS[Language.EN]: "Towards the Learning Forum",
        DEMO_EVENT_IDS[Language.FR]: "En route vers le Forum d'apprentissage",
        DEMO_EVENT_IDS[Language.ES]: "Rumbo al Foro de Aprendizaje",
    }
    assert counts(store) == {"event": 3, "session": 3, "agenda_item": 30, "participant": 45}

    execute(store, CreateDemoEvent(language=Language.ES))  # replaces the Spanish one only
    assert counts(store) == {"event": 3, "session": 3, "agenda_item": 30, "participant": 45}


# --- first start ----------------------------------------------------------------------


def test_first_start_creates_the_demo_once(store: Store) -> None:
    assert ensure_demo_on_first_start(store, Language.FR) == DEMO_EVENT_ID
    assert store.setting(DEMO_SEEDED_SETTING) == "1"
    assert count(store, "event") == 1

    assert ensure_demo_on_first_start(store, Language.FR) is None
    assert counts(store) == {"event": 1, "session": 1, "agenda_item": 10, "participant": 15}


def test_first_start_in_spanish_creates_the_spanish_demo(store: Store) -> None:
    assert ensure_demo_on_first_start(store, Language.ES) == DEMO_EVENT_IDS[Language.ES]
    (event,) = events.list_events(store)
    assert (event.title, event.language) == ("Rumbo al Foro de Aprendizaje", Language.ES)

    # Remembered: starting later in another language adds no second demo.
    assert ensure_demo_on_first_start(store, Language.EN) is None
    assert count(store, "event") == 1


def test_deleted_demo_does_not_come_back(store: Store) -> None:
    ensure_demo_on_first_start(store, Language.EN)
    execute(store, events.DeleteEvent(event_id=DEMO_EVENT_IDS[Language.EN]))

    assert ensure_demo_on_first_start(store, Language.FR) is None
    assert counts(store) == {"event": 0, "session": 0, "agenda_item": 0, "participant": 0}


def test_first_start_with_existing_events_creates_nothing(store: Store) -> None:
    execute(store, events.CreateEvent(title="Atelier existant"))

    assert ensure_demo_on_first_start(store, Language.FR) is None
    assert count(store, "event") == 1
    assert store.setting(DEMO_SEEDED_SETTING) == "1"


# --- undo -----------------------------------------------------------------------------


def test_undo_removes_the_whole_demo(store: Store) -> None:
    result = execute(store, CreateDemoEvent())
    undo(store, result)
    assert counts(store) == {"event": 0, "session": 0, "agenda_item": 0, "participant": 0}


def test_undo_of_recreation_brings_back_the_edited_demo(store: Store) -> None:
    execute(store, CreateDemoEvent())
    execute(store, events.UpdateEvent(event_id=DEMO_EVENT_ID, title="Mon atelier"))
    result = execute(store, CreateDemoEvent())

    undo(store, result)

    assert store.require(Event, DEMO_EVENT_ID).title == "Mon atelier"
    assert counts(store) == {"event": 1, "session": 1, "agenda_item": 10, "participant": 15}


@pytest.mark.parametrize("language", list(Language))
def test_the_demos_methods_are_library_methods_with_their_live_screens(
    store: Store, language: Language
) -> None:
    """The demo's fishbowl and round-robin open their screens in the Run tab."""
    document = load_demo_document(language)
    screens = {screen_of(store, item) for item in document.agenda_items if item.method}
    assert screens == {MethodScreen.FISHBOWL, MethodScreen.ROUND_ROBIN}
