"""The session dialog's save (``EditSession``): fields and translations all or nothing."""

from __future__ import annotations

from uuid import UUID

import pytest

from forum_desktop.models import Language, Session
from forum_desktop.models.translation import TranslatedField
from forum_desktop.services.agenda import UpdateSession
from forum_desktop.services.commands import execute
from forum_desktop.services.operations import undo
from forum_desktop.services.session_edit import EditSession, SessionText
from forum_desktop.services.translations import (
    EventTexts,
    SetWorkingLanguages,
    TranslationError,
    typed_text,
)
from forum_desktop.storage import Store
from tests.services.helpers import build_event
from tests.storage.helpers import snapshot

TITLE, DESCRIPTION = TranslatedField.TITLE, TranslatedField.DESCRIPTION


def french_with_english(store: Store) -> tuple[UUID, UUID]:
    """(event, session) of an event in French whose other working language is English."""
    built = build_event(store)
    languages = (Language.FR, Language.EN)
    execute(store, SetWorkingLanguages(event_id=built.event_id, languages=languages))
    return built.event_id, built.session_id


def english(store: Store, event_id: UUID, session_id: UUID, field: TranslatedField) -> str:
    texts = EventTexts.load(store, event_id)
    return typed_text(texts, store.require(Session, session_id), field, Language.EN)


def test_fields_and_translations_are_saved_and_undone_as_one_step(store: Store) -> None:
    event_id, session_id = french_with_english(store)
    before = snapshot(store)
    command = EditSession(
        session=UpdateSession(session_id=session_id, title="Séance du matin", place="Salle B"),
        texts=(
            SessionText(language=Language.EN, field=TITLE, text="Morning session"),
            SessionText(language=Language.EN, field=DESCRIPTION, text="Where we start"),
        ),
    )

    result = execute(store, command)

    session = store.require(Session, session_id)
    assert (session.title, session.place) == ("Séance du matin", "Salle B")
    assert english(store, event_id, session_id, TITLE) == "Morning session"
    assert english(store, event_id, session_id, DESCRIPTION) == "Where we start"
    undo(store, result)
    assert snapshot(store) == before


def test_a_refused_translation_writes_nothing_at_all(store: Store) -> None:
    _, session_id = french_with_english(store)
    before = snapshot(store)
    command = EditSession(
        session=UpdateSession(session_id=session_id, title="Séance du matin"),
        texts=(
            SessionText(language=Language.EN, field=DESCRIPTION, text="Where we start"),
            SessionText(language=Language.EN, field=TITLE, text="x" * 501),
        ),
    )

    with pytest.raises(TranslationError, match="shorten it to 500 at most"):
        execute(store, command)

    assert snapshot(store) == before  # neither the title nor the first translation
    assert store.require(Session, session_id).title == "Matinée"


def test_a_text_in_a_language_the_event_does_not_use_is_refused(store: Store) -> None:
    _, session_id = french_with_english(store)
    before = snapshot(store)
    command = EditSession(
        session=UpdateSession(session_id=session_id, title="Séance du matin"),
        texts=(SessionText(language=Language.ES, field=TITLE, text="Sesión de la mañana"),),
    )

    with pytest.raises(TranslationError, match="not one of the event's working languages"):
        execute(store, command)

    assert snapshot(store) == before
