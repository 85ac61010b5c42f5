"""An event's working languages and its texts in each (issue 25).

The event's ``language`` is its main one and the records' own fields hold its texts; a
``Translation`` holds one field of the event, a session or an item in another working
language. ``EventTexts`` answers "this field in that language", falling back to the main
language's text — marked, so the editor and the documents can say it is not translated.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar
from uuid import UUID

from pydantic import Field

from forum_desktop.models import AgendaItem, Event, Session, Translation
from forum_desktop.models.event import Language, languages_in_order
from forum_desktop.models.translation import (
    TRANSLATED_FIELDS,
    TranslatedField,
    TranslatedRecord,
    text_limit,
    translation_id,
)
from forum_desktop.notices import NoticeError, NoticeKind
from forum_desktop.services.agenda import items_of, sessions_of
from forum_desktop.services.commands import Command
from forum_desktop.services.operations import OpResult, Recorder
from forum_desktop.storage import Store

Translatable = Event | Session | AgendaItem
T = TypeVar("T", Event, Session, AgendaItem)

_TARGETS: dict[TranslatedRecord, type[Translatable]] = {
    TranslatedRecord.EVENT: Event,
    TranslatedRecord.SESSION: Session,
    TranslatedRecord.AGENDA_ITEM: AgendaItem,
}

NOT_A_WORKING_LANGUAGE = NoticeKind(
    "translation.not_working_language",
    "{language} is not one of the event's working languages ({languages}); add it to the "
    "event's languages first.",
)
MAIN_LANGUAGE = NoticeKind(
    "translation.main_language",
    "{language} is the event's main language: edit the text itself, not a translation.",
)
NOT_TRANSLATED = NoticeKind(
    "translation.not_translated", "The {field} of that record has no version per language."
)
TOO_LONG = NoticeKind(
    "translation.too_long", "The text is {length} characters; shorten it to {limit} at most."
)
UNKNOWN_RECORD = NoticeKind(
    "translation.unknown_record",
    "That text's record is not in the event any more: reload and try again.",
)


class TranslationError(NoticeError):
    """A translation or a language change that cannot be made; nothing was written."""


def target_type(record: Translatable) -> TranslatedRecord:
    return TranslatedRecord(record.record_type)


def target_event(store: Store, kind: TranslatedRecord, target_id: UUID) -> Event:
    """The event a translated record belongs to (refused when the record is not here)."""
    record = store.get(_TARGETS[kind], target_id)
    if record is None:
        raise TranslationError(UNKNOWN_RECORD)
    if isinstance(record, Event):
        return record
    if isinstance(record, AgendaItem):
        record = store.require(Session, record.session_id)
    return store.require(Event, record.event_id)


def _put_translation(
    store: Store,
    event_id: UUID,
    kind: TranslatedRecord,
    target_id: UUID,
    field: TranslatedField,
    language: Language,
    text: str,
) -> Recorder:
    """Write one translation, inserting it the first time (its id is derived, so two
    laptops' translations of one field are one record whose text merges)."""
    recorder = Recorder()
    record_id = translation_id(target_id, field, language)
    if store.exists(Translation, record_id):
        recorder.add(store.update(Translation, record_id, text=text))
    elif text:
        translation = Translation(
            id=record_id,
            event_id=event_id,
            target_type=kind,
            target_id=target_id,
            field=field,
            language=language,
            text=text,
        )
        recorder.add(store.insert(store.fresh(translation)))
    return recorder


class SetTranslation(Command):
    """Type (or clear, with an empty text) one field's text in a second working language."""

    target_type: TranslatedRecord
    target_id: UUID
    field: TranslatedField
    language: Language
    text: str

    def apply(self, store: Store) -> OpResult:
        if self.field not in TRANSLATED_FIELDS[self.target_type]:
            raise TranslationError(NOT_TRANSLATED, field=self.field.value.replace("_", " "))
        event = target_event(store, self.target_type, self.target_id)
        check_translation_language(event, self.language)
        text = self.text.strip() if self.field is TranslatedField.TITLE else self.text
        if len(text) > text_limit(self.field):
            raise TranslationError(TOO_LONG, length=len(text), limit=text_limit(self.field))
        recorder = _put_translation(
            store, event.id, self.target_type, self.target_id, self.field, self.language, text
        )
        return recorder.result(self.target_id)


class SetWorkingLanguages(Command):
    """Set the event's working languages, the main one first.

    A new main language takes over the texts typed in it as translations: each such field
    swaps with the old main language's text, which is kept as a translation, so nothing
    typed is lost whichever languages come and go. A language added gets the method
    phases' texts from the method library, as if the methods had been applied with it.
    """

    event_id: UUID
    languages: tuple[Language, ...] = Field(min_length=1)

    def apply(self, store: Store) -> OpResult:
        event = store.require(Event, self.event_id)
        languages = tuple(dict.fromkeys(self.languages))
        main, others = languages[0], list(languages[1:])
        recorder = Recorder()
        added = [language for language in languages if language not in event.working_languages]
        recorder.changes.extend(_phases_from_library(store, event, added).changes)
        if main != event.language:
            recorder.changes.extend(_swap_main_language(store, event, main).changes)
        recorder.add(store.update(Event, event.id, language=main, other_languages=others))
        return recorder.result(event.id)


def _phases_from_library(store: Store, event: Event, languages: Sequence[Language]) -> Recorder:
    """The method phases' names and instructions in newly added ``languages``, from the
    method library, as applying the method then would have written them; a text already
    typed in such a language (on another laptop, before the language was removed) stays."""
    # The method library loads when a language is added, not when the window starts.
    from forum_desktop.models.method import MethodDefinition
    from forum_desktop.services.methods import methods_named, step_borne, step_texts

    recorder = Recorder()
    if not languages:
        return recorder
    steps_of: dict[str, list[MethodDefinition]] = {}
    found = store.select(Translation, {"event_id": event.id}, "created_at")
    typed = {translation.id: translation.text for translation in found}
    for session in sessions_of(store, event.id):
        items = items_of(store, session.id)
        methods = {item.id: item.method for item in items if item.method}
        for item in items:
            method = methods.get(item.parent_id) if item.parent_id else None
            if method is None:
                continue
            if method not in steps_of:
                steps_of[method] = [entry.definition for entry in methods_named(store, method)]
            step = step_borne(item, steps_of[method])
            if step is None:
                continue
            for field, language, text in step_texts(step, languages):
                if not typed.get(translation_id(item.id, field, language)):
                    recorder.changes.extend(
                        _put_translation(
                            store,
                            event.id,
                            TranslatedRecord.AGENDA_ITEM,
                            item.id,
                            field,
                            language,
                            text,
                        ).changes
                    )
    return recorder


def _swap_main_language(store: Store, event: Event, main: Language) -> Recorder:
    recorder = Recorder()
    found = store.select(Translation, {"event_id": event.id}, "created_at")
    for translation in found:
        if translation.language != main or not translation.text:
            continue
        target = store.get(_TARGETS[translation.target_type], translation.target_id)
        if target is None:  # deleted since: the translation stays as it was
            continue
        old_text = getattr(target, translation.field.value)
        recorder.changes.extend(
            _put_translation(
                store,
                event.id,
                translation.target_type,
                translation.target_id,
                translation.field,
                event.language,
                old_text,
            ).changes
        )
        recorder.add(store.update(Translation, translation.id, text=""))
        recorder.add(
            store.update(type(target), target.id, **{translation.field.value: translation.text})
        )
    return recorder


@dataclass(frozen=True)
class LocalText:
    """A field's text in one language, or the main language's when it has none there."""

    text: str
    fallback: bool
    """The main language's text shown because this language has none."""


class EventTexts:
    """Every translation of one event, to look texts up by record, field and language."""

    def __init__(self, event: Event, translations: Iterable[Translation]) -> None:
        self.event = event
        self._texts = {(t.target_id, t.field, t.language): t.text for t in translations if t.text}

    @classmethod
    def load(cls, store: Store, event_id: UUID) -> EventTexts:
        event = store.require(Event, event_id)
        return cls(event, store.select(Translation, {"event_id": event_id}, "created_at"))

    @property
    def languages(self) -> tuple[Language, ...]:
        return self.event.working_languages

    def text(self, record: Translatable, field: TranslatedField, language: Language) -> LocalText:
        main = str(getattr(record, field.value))
        if language == self.event.language:
            return LocalText(main, fallback=False)
        translated = self._texts.get((record.id, field, language))
        if translated is not None:
            return LocalText(translated, fallback=False)
        return LocalText(main, fallback=bool(main))

    def localized(self, record: T, language: Language) -> T:
        """A copy of ``record`` with each translated field in ``language`` (the main
        language's text where it has none), for documents written in that language."""
        if language == self.event.language:
            return record
        update = {
            field.value: self.text(record, field, language).text
            for field in TRANSLATED_FIELDS[target_type(record)]
        }
        return record.model_copy(update=update)


def check_translation_language(event: Event, language: Language) -> None:
    """Refuse ``language`` unless it is one of ``event``'s working languages other than its
    main one (``SetTranslation``'s rule; the programme import checks it before matching)."""
    if language == event.language:
        raise TranslationError(MAIN_LANGUAGE, language=language.value)
    if language not in event.working_languages:
        raise TranslationError(
            NOT_A_WORKING_LANGUAGE,
            language=language.value,
            languages=", ".join(working.value for working in event.working_languages),
        )


def typed_text(
    texts: EventTexts, record: Translatable, field: TranslatedField, language: Language
) -> str:
    """What was typed for ``field`` in ``language`` itself: empty when the main language's
    text stands in (the editors show that one as a placeholder)."""
    shown = texts.text(record, field, language)
    return "" if shown.fallback else shown.text


def working_languages_of(store: Store, event_id: UUID) -> tuple[Language, ...] | None:
    """The event's working languages (main first, each once) read from its row's two
    columns alone, for the capture path, which reads no whole event; None for no event."""
    row = store.conn.execute(
        "SELECT language, other_languages FROM event WHERE id = ?", (str(event_id),)
    ).fetchone()
    if row is None:
        return None
    main, others = row
    return languages_in_order(Language(main), (Language(code) for code in json.loads(others)))
