"""Working languages (issue 25): texts per language with a marked fallback, a new main
language taking over its translations, and nothing typed lost whatever the languages do."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from uuid import UUID

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forum_desktop.clock import FakeClock
from forum_desktop.methods.library import builtin_library
from forum_desktop.models import AgendaItem, Event, Session, Translation
from forum_desktop.models.event import Language
from forum_desktop.models.translation import TranslatedField, TranslatedRecord
from forum_desktop.services.agenda import AddItem, AddSession, UpdateItem
from forum_desktop.services.commands import execute
from forum_desktop.services.document_import import import_document
from forum_desktop.services.documents import export_document
from forum_desktop.services.events import CreateEvent, DuplicateEvent, UpdateEvent
from forum_desktop.services.operations import undo
from forum_desktop.services.translations import (
    EventTexts,
    LocalText,
    SetTranslation,
    SetWorkingLanguages,
    TranslationError,
)
from forum_desktop.storage import Store, open_database
from tests.services.method_examples import apply_method


@contextmanager
def open_test_store(path: Path) -> Iterator[Store]:
    conn = open_database(path, FakeClock())
    try:
        yield Store(conn, FakeClock())
    finally:
        conn.close()


FR, EN, ES = Language.FR, Language.EN, Language.ES
TITLE, QUESTION = TranslatedField.TITLE, TranslatedField.GUIDING_QUESTION
ITEM = TranslatedRecord.AGENDA_ITEM


def _event(store: Store, *languages: Language) -> tuple[UUID, UUID, UUID]:
    event_id: UUID = execute(store, CreateEvent(title="Forum", language=languages[0])).value
    execute(store, SetWorkingLanguages(event_id=event_id, languages=languages))
    session_id: UUID = execute(store, AddSession(event_id=event_id, title="Matinée")).value
    item_id: UUID = execute(
        store,
        AddItem(session_id=session_id, title="Revue par les pairs", guiding_question="Pourquoi ?"),
    ).value
    return event_id, session_id, item_id


def _translate(
    store: Store, item_id: UUID, field: TranslatedField, language: Language, text: str
) -> None:
    execute(
        store,
        SetTranslation(
            target_type=ITEM, target_id=item_id, field=field, language=language, text=text
        ),
    )


def _item(store: Store, item_id: UUID) -> AgendaItem:
    return store.require(AgendaItem, item_id)


def test_a_text_per_working_language_and_the_main_one_where_none(store: Store) -> None:
    event_id, _, item_id = _event(store, FR, EN, ES)
    _translate(store, item_id, TITLE, EN, "Peer review")
    texts = EventTexts.load(store, event_id)
    item = _item(store, item_id)

    assert texts.languages == (FR, EN, ES)
    assert texts.text(item, TITLE, FR).text == "Revue par les pairs"
    assert texts.text(item, TITLE, EN) == LocalText("Peer review", fallback=False)
    spanish = texts.text(item, TITLE, ES)
    assert (spanish.text, spanish.fallback) == ("Revue par les pairs", True)
    assert not texts.text(item, TITLE, EN).fallback
    assert texts.text(item, QUESTION, EN) == LocalText("Pourquoi ?", fallback=True)
    english = texts.localized(item, EN)
    assert (english.title, english.guiding_question) == ("Peer review", "Pourquoi ?")
    assert _item(store, item_id).title == "Revue par les pairs"  # the record is untouched


def test_an_empty_translation_falls_back_again_and_undo_brings_the_text_back(store: Store) -> None:
    event_id, _, item_id = _event(store, FR, EN)
    _translate(store, item_id, TITLE, EN, "Peer review")
    cleared = execute(
        store,
        SetTranslation(target_type=ITEM, target_id=item_id, field=TITLE, language=EN, text=""),
    )
    assert EventTexts.load(store, event_id).text(_item(store, item_id), TITLE, EN).fallback
    undo(store, cleared)
    assert EventTexts.load(store, event_id).text(_item(store, item_id), TITLE, EN).text == (
        "Peer review"
    )


@pytest.mark.parametrize(
    ("language", "field", "expected"),
    [
        (FR, TITLE, "is the event's main language"),
        (ES, TITLE, r"is not one of the event's working languages \(fr, en\)"),
        (EN, TranslatedField.CONTEXT, "has no version per language"),
    ],
)
def test_translations_outside_the_rules_are_refused_with_a_sentence(
    store: Store, language: Language, field: TranslatedField, expected: str
) -> None:
    _, _, item_id = _event(store, FR, EN)
    with pytest.raises(TranslationError, match=expected):
        _translate(store, item_id, field, language, "Text")
    assert store.select(Translation, {}, "created_at") == []


def test_a_new_main_language_takes_over_its_texts_and_keeps_the_old_ones(store: Store) -> None:
    event_id, _, item_id = _event(store, FR, EN)
    _translate(store, item_id, TITLE, EN, "Peer review")

    execute(store, SetWorkingLanguages(event_id=event_id, languages=(EN, FR)))
    texts = EventTexts.load(store, event_id)
    item = _item(store, item_id)
    assert item.title == "Peer review"
    assert texts.text(item, TITLE, FR).text == "Revue par les pairs"
    assert texts.text(item, QUESTION, EN).text == "Pourquoi ?"  # never translated: stays

    # The event details' language box changes the main language the same way.
    execute(store, UpdateEvent(event_id=event_id, language=FR))
    event = store.require(Event, event_id)
    assert event.working_languages == (FR,)
    assert _item(store, item_id).title == "Revue par les pairs"


def test_json_export_import_and_a_copy_carry_every_language(store: Store, tmp_path: Path) -> None:
    event_id, session_id, item_id = _event(store, FR, EN)
    _translate(store, item_id, TITLE, EN, "Peer review")
    execute(
        store,
        SetTranslation(
            target_type=TranslatedRecord.SESSION,
            target_id=session_id,
            field=TITLE,
            language=EN,
            text="Morning",
        ),
    )
    document = export_document(store, event_id)
    assert {t.text for t in document.translations} == {"Peer review", "Morning"}

    with open_test_store(tmp_path / "other.sqlite3") as other:
        import_document(other, document=document)
        texts = EventTexts.load(other, event_id)
        assert texts.languages == (FR, EN)
        assert texts.text(other.require(AgendaItem, item_id), TITLE, EN).text == "Peer review"

    copy_id = import_document(store, document=document, as_copy=True).value.event_id
    copies = EventTexts.load(store, copy_id)
    sessions = store.select(Session, {"event_id": copy_id})
    assert copies.text(sessions[0], TITLE, EN).text == "Morning"
    assert len(store.select(Translation, {}, "created_at")) == 4


def test_a_duplicated_event_keeps_its_translations(store: Store) -> None:
    event_id, _session_id, item_id = _event(store, FR, EN)
    _translate(store, item_id, TITLE, EN, "Peer review")
    copy_id = execute(store, DuplicateEvent(event_id=event_id, title="Forum 2027")).value
    copy_sessions = store.select(Session, {"event_id": copy_id})
    copy_item = store.select(AgendaItem, {"session_id": copy_sessions[0].id})[0]
    assert EventTexts.load(store, copy_id).text(copy_item, TITLE, EN).text == "Peer review"


# --- nothing typed is lost -------------------------------------------------------------

LANGUAGES = st.lists(st.sampled_from(list(Language)), min_size=1, max_size=3, unique=True)
TEXTS = st.sampled_from(["", "Bonjour", "Hello", "Hola", "Olá", "مرحبا"])
ACTS = st.lists(
    st.one_of(
        st.tuples(st.just("languages"), LANGUAGES),
        st.tuples(st.just("translate"), st.sampled_from(list(Language)), TEXTS),
        st.tuples(st.just("main"), TEXTS.filter(bool)),
    ),
    max_size=12,
)


@settings(max_examples=60, deadline=None)  # CI runs the same 60 examples
@given(acts=ACTS)
def test_no_language_change_loses_a_typed_text(
    tmp_path_factory: pytest.TempPathFactory, acts: list[tuple[object, ...]]
) -> None:
    """Whatever languages come and go, the last text typed in each language is still the
    item's text in that language (or, when its language was swapped out of the main slot
    without a text of the new one, the main text it became)."""
    with open_test_store(tmp_path_factory.mktemp("db") / "t.sqlite3") as store:
        event_id, _, item_id = _event(store, FR)
        typed: dict[Language, str] = {FR: "Revue par les pairs"}
        for act in acts:
            event = store.require(Event, event_id)
            if act[0] == "languages":
                new_main = act[1][0]
                if new_main != event.language and not typed.get(new_main):
                    typed[new_main] = typed.pop(event.language)
                execute(store, SetWorkingLanguages(event_id=event_id, languages=tuple(act[1])))
            elif act[0] == "translate":
                language, text = act[1], act[2]
                if language == event.language or language not in event.working_languages:
                    with pytest.raises(TranslationError):
                        _translate(store, item_id, TITLE, language, text)
                    continue
                _translate(store, item_id, TITLE, language, text)
                typed[language] = text
            else:
                execute(store, UpdateItem(item_id=item_id, title=act[1]))
                typed[event.language] = act[1]
        event = store.require(Event, event_id)
        found = store.select(Translation, {"target_id": item_id}, "created_at")
        stored = {t.language: t.text for t in found}
        stored[event.language] = _item(store, item_id).title
        assert {k: v for k, v in stored.items() if v} == {k: v for k, v in typed.items() if v}


def test_method_phases_take_each_working_languages_text_from_the_library(store: Store) -> None:
    event_id, session_id, _ = _event(store, FR, EN, ES)
    item_id = execute(
        store, AddItem(session_id=session_id, title="Aquarium", planned_minutes=60)
    ).value
    apply_method(store, item_id=item_id, method_id="fishbowl", language="fr")

    library = next(m for m in builtin_library().methods if m.id == "fishbowl")
    phases = sorted(
        store.select(AgendaItem, {"parent_id": item_id}, "position"), key=lambda p: p.position
    )
    texts = EventTexts.load(store, event_id)
    assert [p.title for p in phases] == [step.name.fr for step in library.steps]
    for language in (EN, ES):
        shown = [texts.text(p, TITLE, language) for p in phases]
        assert [s.text for s in shown] == [
            getattr(step.name, language.value) for step in library.steps
        ]
        assert not any(s.fallback for s in shown)
    first = texts.text(phases[0], TranslatedField.DESCRIPTION, EN).text
    assert first == library.steps[0].instructions.en


def _fishbowl_phases(store: Store, session_id: UUID) -> tuple[UUID, list[AgendaItem]]:
    item_id = execute(
        store, AddItem(session_id=session_id, title="Aquarium", planned_minutes=60)
    ).value
    apply_method(store, item_id=item_id, method_id="fishbowl", language="fr")
    phases = store.select(AgendaItem, {"parent_id": item_id}, "position")
    return item_id, sorted(phases, key=lambda p: p.position)


def test_a_language_added_after_a_method_gets_its_phases_from_the_library(store: Store) -> None:
    event_id, session_id, _ = _event(store, FR)
    _, phases = _fishbowl_phases(store, session_id)
    library = next(m for m in builtin_library().methods if m.id == "fishbowl")

    execute(store, SetWorkingLanguages(event_id=event_id, languages=(FR, ES)))
    _translate(store, phases[1].id, TITLE, ES, "Nuestra pecera")  # typed: it stays
    execute(store, SetWorkingLanguages(event_id=event_id, languages=(FR,)))
    execute(store, SetWorkingLanguages(event_id=event_id, languages=(FR, EN, ES)))

    texts = EventTexts.load(store, event_id)
    english = [texts.text(p, TITLE, EN) for p in phases]
    assert [t.text for t in english] == [step.name.en for step in library.steps]
    assert not any(t.fallback for t in english)
    assert texts.text(phases[0], TranslatedField.DESCRIPTION, EN).text == (
        library.steps[0].instructions.en
    )
    spanish = [texts.text(p, TITLE, ES).text for p in phases]
    assert spanish[1] == "Nuestra pecera"
    assert spanish[0] == library.steps[0].name.es


def test_a_new_main_language_gives_the_phases_its_library_text(store: Store) -> None:
    event_id, session_id, _ = _event(store, FR)
    _, phases = _fishbowl_phases(store, session_id)
    library = next(m for m in builtin_library().methods if m.id == "fishbowl")

    execute(store, SetWorkingLanguages(event_id=event_id, languages=(EN, FR)))

    now = [_item(store, p.id) for p in phases]
    assert [p.title for p in now] == [step.name.en for step in library.steps]
    texts = EventTexts.load(store, event_id)
    assert [texts.text(p, TITLE, FR).text for p in now] == [s.name.fr for s in library.steps]


def test_adding_a_language_is_one_undo_step_with_its_phases(store: Store) -> None:
    event_id, session_id, _ = _event(store, FR)
    _fishbowl_phases(store, session_id)
    before = store.select(Translation, {"event_id": event_id}, "created_at")

    added = execute(store, SetWorkingLanguages(event_id=event_id, languages=(FR, EN)))
    assert len(store.select(Translation, {"event_id": event_id}, "created_at")) > len(before)
    undo(store, added)

    after = store.select(Translation, {"event_id": event_id}, "created_at")
    assert [t.text for t in after if t.text] == [t.text for t in before if t.text]
    assert store.require(Event, event_id).working_languages == (FR,)
