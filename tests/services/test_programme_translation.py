"""A second note read into a working language (issue 25): its days and items paired with
the agenda by date, start time and order, and its texts written as translations."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path
from uuid import UUID

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forum_desktop.agenda.programme_text import parse_programme, programme_to_text
from forum_desktop.agenda.schedule import compute_schedule
from forum_desktop.clock import FakeClock
from forum_desktop.models import AgendaItem, Event, Session, Translation
from forum_desktop.models.event import Language
from forum_desktop.models.translation import TranslatedField, TranslatedRecord
from forum_desktop.services.agenda import items_of, sessions_of
from forum_desktop.services.agenda_import import ImportAgenda, recognise_methods
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.operations import undo
from forum_desktop.services.programme_match import ProgrammeMatch, Side
from forum_desktop.services.programme_translation import (
    ImportTranslation,
    TranslatedText,
    match_event,
)
from forum_desktop.services.translations import EventTexts, SetWorkingLanguages, TranslationError
from forum_desktop.storage import Store, open_database
from tests.storage.helpers import snapshot

DATA = Path(__file__).resolve().parents[1] / "agenda" / "data"
FR, EN, ES = Language.FR, Language.EN, Language.ES
TITLE, QUESTION, DESCRIPTION = (
    TranslatedField.TITLE,
    TranslatedField.GUIDING_QUESTION,
    TranslatedField.DESCRIPTION,
)


def _event(store: Store, *languages: Language) -> UUID:
    event_id: UUID = execute(
        store, CreateEvent(title="Forum", language=languages[0], timezone="Europe/Paris")
    ).value
    execute(store, SetWorkingLanguages(event_id=event_id, languages=languages))
    return event_id


def _import_main(store: Store, event_id: UUID, text: str) -> None:
    execute(
        store, ImportAgenda(event_id=event_id, programme=recognise_methods(parse_programme(text)))
    )


def _read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def _seed_event(store: Store) -> UUID:
    event_id = _event(store, FR, EN)
    _import_main(store, event_id, _read("learning-forum-session-note.fr.txt"))
    return event_id


def _pairs(match: ProgrammeMatch) -> list[tuple[str, str]]:
    return [(pair.record.title, pair.text(TITLE)) for pair in match.pairs]


def _unmatched(match: ProgrammeMatch) -> list[tuple[Side, str, str]]:
    return [(u.side, u.title, str(u.reason)) for u in match.unmatched]


def test_the_english_note_pairs_by_time_then_by_order(store: Store) -> None:
    event_id = _seed_event(store)
    note = parse_programme(_read("learning-forum-programme.en.txt"))
    match = match_event(store, event_id, note)

    assert _pairs(match) == [
        ("En route vers le Forum d'apprentissage", "On the way to the Learning Forum"),
        ("Bienvenue", "Welcome"),
        (
            "Aperçu de l'approche globale d'apprentissage de CGLU",
            "Overview of the network's learning approach",
        ),
        (
            "Introduction interactive : Qui est qui et qui êtes-vous ?",
            "Interactive introduction: who is who, and who are you?",
        ),
        (
            "Évaluation par les pairs du processus d'apprentissage",
            "Peer review of the learning process",
        ),
        ("Localisation et développement de MOOC", "Localisation and MOOC development"),
        ("Apprentissage entre pairs et méthodologies", "Peer learning and methods"),
    ]
    # 10:30 in the note is the agenda's 10:30 item; 11:30 is no item's time, and the
    # agenda's 11:00 item has no counterpart in the note (its sub-items neither).
    assert _unmatched(match) == [
        (
            Side.AGENDA,
            "La voie à suivre : Vers un Forum d'apprentissage utile et pratique",
            "the note has no item at 11:00 here",
        ),
        (Side.AGENDA, "Activités d'intérêt pour avoir un Forum actif", PARENT),
        (Side.AGENDA, "Programme et méthodes de travail prévus pour 2022", PARENT),
        (Side.AGENDA, "Suggestions pour le Congrès de CGLU à Daejeon", PARENT),
        (Side.NOTE, "Closing words", "no item of the agenda starts at 11:30 here"),
    ]


PARENT = "the item it belongs to is not paired"


def test_times_pair_items_that_order_alone_would_not(store: Store) -> None:
    event_id = _event(store, FR, EN)
    _import_main(
        store,
        event_id,
        "Programme\n\n09:00 Accueil (30 min)\n09:30 Aquarium (30 min)\n10:00 Synthèse (30 min)\n",
    )
    match = match_event(
        store, event_id, parse_programme("Programme\n\n09:30 Fishbowl\n10:00 Synthesis\n")
    )
    assert _pairs(match)[1:] == [("Aquarium", "Fishbowl"), ("Synthèse", "Synthesis")]
    assert _unmatched(match) == [(Side.AGENDA, "Accueil", "the note has no item at 09:00 here")]

    untimed = match_event(store, event_id, parse_programme("Programme\n\n- Welcome\n- Fishbowl\n"))
    assert _pairs(untimed)[1:] == [("Accueil", "Welcome"), ("Aquarium", "Fishbowl")]
    assert _unmatched(untimed) == [
        (Side.AGENDA, "Synthèse", "the note has no item left here to pair it with")
    ]


def test_days_pair_by_date_and_a_day_without_a_session_is_reported(store: Store) -> None:
    event_id = _event(store, FR, EN)
    _import_main(
        store,
        event_id,
        "Programme\n\n2026-06-15 – Lundi\n- Accueil (10 min)\n\n2026-06-16 – Mardi\n"
        "- Bilan (10 min)\n",
    )
    note = parse_programme(
        "Programme\n\n2026-06-16 – Tuesday\n- Review\n\n2026-06-17 – Wednesday\n- Visit\n"
    )
    match = match_event(store, event_id, note)
    assert _pairs(match) == [("Mardi", "Tuesday"), ("Bilan", "Review")]
    assert _unmatched(match) == [
        (Side.NOTE, "Wednesday", "no session of the event is on 2026-06-17"),
        (Side.AGENDA, "Lundi", "the note has no day for this session"),
    ]


def test_the_import_writes_translations_in_one_step_that_undo_removes(store: Store) -> None:
    event_id = _seed_event(store)
    before = snapshot(store)
    match = match_event(store, event_id, parse_programme(_read("learning-forum-programme.en.txt")))
    result = execute(store, ImportTranslation.of(event_id, EN, match))

    texts = EventTexts.load(store, event_id)
    items = {i.title: i for s in sessions_of(store, event_id) for i in items_of(store, s.id)}
    welcome = items["Introduction interactive : Qui est qui et qui êtes-vous ?"]
    assert texts.text(welcome, TITLE, EN).text == (
        "Interactive introduction: who is who, and who are you?"
    )
    assert texts.text(welcome, QUESTION, EN).text == (
        "What do I do to support learning in my municipality?"
    )
    assert not texts.text(welcome, DESCRIPTION, EN).fallback
    unpaired = items["La voie à suivre : Vers un Forum d'apprentissage utile et pratique"]
    still_french = texts.text(unpaired, TITLE, EN)  # marked as such
    assert (still_french.text, still_french.fallback) == (unpaired.title, True)
    assert len(store.select(Translation, order_by="id")) == 11

    undo(store, result)
    assert snapshot(store) == before


def test_a_second_import_replaces_the_texts_it_gives_and_keeps_the_others(store: Store) -> None:
    event_id = _event(store, FR, EN)
    _import_main(store, event_id, "Programme\n\n- Accueil (10 min)\n- Aquarium (30 min)\n")
    first = parse_programme("Programme\n\n- Welcome\n  Coffee first.\n- Fishbowl\n")
    execute(store, ImportTranslation.of(event_id, EN, match_event(store, event_id, first)))
    second = parse_programme("Programme\n\n- Hello\n- Fishbowl\n")
    execute(store, ImportTranslation.of(event_id, EN, match_event(store, event_id, second)))

    texts = EventTexts.load(store, event_id)
    [session] = sessions_of(store, event_id)
    welcome, fishbowl = items_of(store, session.id)
    assert texts.text(welcome, TITLE, EN).text == "Hello"
    assert texts.text(welcome, DESCRIPTION, EN).text == "Coffee first."  # the note had none
    assert texts.text(fishbowl, TITLE, EN).text == "Fishbowl"


def test_refusals_change_nothing(store: Store) -> None:
    event_id = _seed_event(store)
    match = match_event(store, event_id, parse_programme(_read("learning-forum-programme.en.txt")))
    before = snapshot(store)
    with pytest.raises(TranslationError) as main:
        execute(store, ImportTranslation.of(event_id, FR, match))
    assert str(main.value) == (
        "fr is the event's main language: edit the text itself, not a translation."
    )
    with pytest.raises(TranslationError) as other:
        execute(store, ImportTranslation.of(event_id, ES, match))
    assert str(other.value) == (
        "es is not one of the event's working languages (fr, en); add it to the event's "
        "languages first."
    )
    empty = _event(store, FR, EN)
    before = snapshot(store)
    nothing = match_event(store, empty, parse_programme("Programme\n\n- Welcome\n"))
    with pytest.raises(TranslationError) as unmatched:
        execute(store, ImportTranslation.of(empty, EN, nothing))
    assert str(unmatched.value).startswith("Nothing in the note pairs with the event's agenda")
    assert snapshot(store) == before


def test_a_text_for_another_event_s_record_is_refused_and_nothing_is_written(
    store: Store,
) -> None:
    event_id = _seed_event(store)
    other = _seed_event(store)
    match = match_event(store, event_id, parse_programme(_read("learning-forum-programme.en.txt")))
    theirs = items_of(store, sessions_of(store, other)[0].id)[0]
    stray = TranslatedText(
        target_type=TranslatedRecord.AGENDA_ITEM, target_id=theirs.id, field=TITLE, text="Theirs"
    )
    command = ImportTranslation.of(event_id, EN, match)
    before = snapshot(store)
    with pytest.raises(TranslationError) as refused:
        execute(store, command.model_copy(update={"texts": (*command.texts, stray)}))
    assert (
        str(refused.value)
        == "That text's record is not in the event any more: reload and try again."
    )
    assert snapshot(store) == before


# --- the same note as main and as translation pairs every item with itself -----------

WORDS = ("Opening", "review", "mapping", "plenary", "cases", "synthesis", "stories")
_title = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(
    lambda words: " ".join(words).capitalize()
)
_leaf = st.tuples(_title, st.integers(5, 90), st.just(()))
_node = st.tuples(_title, st.integers(5, 90), st.lists(_leaf, max_size=3))
_session = st.tuples(
    st.sampled_from(["Morning", "Afternoon", "Evening"]),
    st.none() | st.dates(min_value=date(2026, 1, 1), max_value=date(2027, 12, 31)),
    st.none() | st.integers(7 * 60, 12 * 60).map(lambda m: time(m // 60, m % 60)),
    st.lists(_node, min_size=1, max_size=4),
)
Node = tuple[str, int, object]


def _agenda(session: Session, nodes: list[Node], parent: UUID | None = None) -> list[AgendaItem]:
    items: list[AgendaItem] = []
    for position, (title, minutes, children) in enumerate(nodes):
        item = AgendaItem(
            session_id=session.id,
            parent_id=parent,
            position=position,
            title=title,
            planned_minutes=minutes,
        )
        assert isinstance(children, list | tuple)
        items += [item, *_agenda(session, list(children), item.id)]
    return items


@settings(max_examples=30, deadline=None)  # CI runs the same 30 examples
# Two sessions with one heading on one day read as a repeated page header (see
# test_programme_shapes): a real programme never repeats a session that way.
@given(sessions=st.lists(_session, min_size=1, max_size=3, unique_by=lambda s: (s[0], s[1])))
def test_a_note_read_as_its_own_translation_pairs_every_item_with_itself(
    tmp_path_factory: pytest.TempPathFactory,
    sessions: list[tuple[str, date | None, time | None, list[Node]]],
) -> None:
    written = [
        Session(event_id=UUID(int=1), title=title, date=day, start_time=start)
        for title, day, start, _ in sessions
    ]
    agendas = [(s, _agenda(s, nodes)) for s, (*_, nodes) in zip(written, sessions, strict=True)]
    text = programme_to_text("Workshop", agendas)
    path = tmp_path_factory.mktemp("db") / "t.sqlite3"
    conn = open_database(path, FakeClock())
    try:
        store = Store(conn, FakeClock())
        event_id = _event(store, FR, EN)
        _import_main(store, event_id, text)
        match = match_event(store, event_id, parse_programme(text))
        assert match.unmatched == ()
        event = store.require(Event, event_id)
        expected: list[Session | AgendaItem] = []
        for session in sessions_of(store, event_id):
            expected.append(session)
            schedule = compute_schedule(session, items_of(store, session.id), event.timezone)
            expected += [entry.item for entry in schedule.items]
        assert [pair.record for pair in match.pairs] == expected
        assert all(pair.text(TITLE) == pair.record.title for pair in match.pairs)
    finally:
        conn.close()
