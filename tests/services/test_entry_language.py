"""An entry's language (issue 25): detected at capture among the event's working
languages, set by the rapporteur as one undo step, the text always as typed."""

from __future__ import annotations

import pytest

from forum_desktop.models import Language, Outcome
from forum_desktop.services import capture
from forum_desktop.services.commands import execute
from forum_desktop.services.entries import CaptureTyped, EntryError, SetEntryLanguage
from forum_desktop.services.operations import undo
from forum_desktop.services.translations import SetWorkingLanguages
from forum_desktop.storage import Store
from tests.services.helpers import Built, build_event

FR, EN = Language.FR, Language.EN
ENGLISH = "We need a shared workshop with the other cities before the congress."
FRENCH = "Nous voulons un atelier commun avec les autres villes avant le congrès."


def _bilingual(store: Store) -> Built:
    built = build_event(store)  # a French event
    execute(store, SetWorkingLanguages(event_id=built.event_id, languages=(FR, EN)))
    return built


def _capture(store: Store, built: Built, text: str) -> Outcome:
    made = execute(
        store,
        capture.CaptureOutcome(event_id=built.event_id, session_id=built.session_id, text=text),
    )
    return store.require(Outcome, made.value)


def test_capture_detects_the_language_among_the_working_ones(store: Store) -> None:
    built = _bilingual(store)
    english, french = _capture(store, built, ENGLISH), _capture(store, built, FRENCH)
    assert (english.language, english.text) == (EN, ENGLISH)
    assert (french.language, french.text) == (FR, FRENCH)
    assert _capture(store, built, "Budget 2027").language is None


def test_the_capture_bar_s_syntax_detects_it_too(store: Store) -> None:
    built = _bilingual(store)
    made = execute(
        store,
        CaptureTyped(event_id=built.event_id, typed=f"!! {ENGLISH}", session_id=built.session_id),
    )
    outcome = store.require(Outcome, made.value)
    assert outcome.language == EN and outcome.key


def test_an_event_with_one_language_detects_nothing(store: Store) -> None:
    built = build_event(store)
    assert _capture(store, built, ENGLISH).language is None


def test_the_rapporteur_sets_or_clears_the_language_as_one_undo_step(store: Store) -> None:
    built = _bilingual(store)
    first, second = _capture(store, built, ENGLISH), _capture(store, built, "Budget 2027")
    result = execute(store, SetEntryLanguage(outcome_ids=(first.id, second.id), language=FR))
    assert [store.require(Outcome, o.id).language for o in (first, second)] == [FR, FR]
    assert store.require(Outcome, first.id).text == ENGLISH
    undo(store, result)
    assert [store.require(Outcome, o.id).language for o in (first, second)] == [EN, None]
    execute(store, SetEntryLanguage(outcome_ids=(first.id,), language=None))
    assert store.require(Outcome, first.id).language is None


def test_setting_the_language_of_an_unknown_entry_is_refused_and_changes_nothing(
    store: Store,
) -> None:
    built = _bilingual(store)
    entry = _capture(store, built, ENGLISH)
    missing = built.event_id  # not an entry's id
    with pytest.raises(EntryError, match="there is no entry"):
        execute(store, SetEntryLanguage(outcome_ids=(entry.id, missing), language=FR))
    assert store.require(Outcome, entry.id).language == EN


def test_a_final_session_s_entry_changes_language_only_as_an_amendment(store: Store) -> None:
    built = _bilingual(store)
    entry = _capture(store, built, ENGLISH)
    execute(store, capture.SetSessionFinal(session_id=built.session_id, final=True))
    with pytest.raises(capture.FinalSessionError):
        execute(store, SetEntryLanguage(outcome_ids=(entry.id,), language=FR))
    execute(store, SetEntryLanguage(outcome_ids=(entry.id,), language=FR, amend=True))
    assert store.require(Outcome, entry.id).language == FR
