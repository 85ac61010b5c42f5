"""A second note read into a working language: its texts become the translations of the
sessions and items it pairs with (``programme_match``), in one step (issue 25).

Each text goes through ``SetTranslation``'s rules, so what the import writes is what the
item editor would; the note's empty fields leave existing translations as they are.
"""

from __future__ import annotations

from uuid import UUID

from pydantic import BaseModel, ConfigDict

from forum_desktop.agenda.programme_model import ParsedProgramme
from forum_desktop.models import AgendaItem, Event
from forum_desktop.models.event import Language
from forum_desktop.models.translation import TranslatedField, TranslatedRecord
from forum_desktop.notices import NoticeKind
from forum_desktop.services.agenda import sessions_of
from forum_desktop.services.commands import Command
from forum_desktop.services.operations import OpResult, Recorder
from forum_desktop.services.programme_match import ProgrammeMatch, match_programme
from forum_desktop.services.translations import (
    UNKNOWN_RECORD,
    SetTranslation,
    TranslationError,
    check_translation_language,
    target_event,
    target_type,
)
from forum_desktop.storage import Store

NOTHING_MATCHED = NoticeKind(
    "programme_translation.nothing_matched",
    "Nothing in the note pairs with the event's agenda (by date, start time or order); "
    "check that it is this event's programme, with its days and items.",
)


def match_event(
    store: Store, event_id: UUID, programme: ParsedProgramme, *, session_id: UUID | None = None
) -> ProgrammeMatch:
    """``programme`` paired with the event's sessions and items as they are now (with
    ``session_id``, with that session's only)."""
    event = store.require(Event, event_id)
    sessions = [s for s in sessions_of(store, event_id) if session_id in (None, s.id)]
    items = [i for s in sessions for i in store.select(AgendaItem, {"session_id": s.id})]
    return match_programme(event, sessions, items, programme)


class TranslatedText(BaseModel):
    """One field of one session or item in the note's language."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    target_type: TranslatedRecord
    target_id: UUID
    field: TranslatedField
    text: str


class ImportTranslation(Command):
    """Write the texts a note gives for the paired sessions and items as their
    translations into ``language`` (a working language other than the main one)."""

    event_id: UUID
    language: Language
    texts: tuple[TranslatedText, ...]

    @classmethod
    def of(cls, event_id: UUID, language: Language, match: ProgrammeMatch) -> ImportTranslation:
        texts = tuple(
            TranslatedText(
                target_type=target_type(pair.record),
                target_id=pair.record.id,
                field=field,
                text=text,
            )
            for pair in match.pairs
            for field, text in pair.texts
        )
        return cls(event_id=event_id, language=language, texts=texts)

    def apply(self, store: Store) -> OpResult:
        event = store.require(Event, self.event_id)
        check_translation_language(event, self.language)
        if not self.texts:
            raise TranslationError(NOTHING_MATCHED)
        recorder = Recorder()
        for text in self.texts:
            if target_event(store, text.target_type, text.target_id).id != event.id:
                raise TranslationError(UNKNOWN_RECORD)  # never another event's records
            command = SetTranslation(
                target_type=text.target_type,
                target_id=text.target_id,
                field=text.field,
                language=self.language,
                text=text.text,
            )
            recorder.changes.extend(command.apply(store).changes)
        return recorder.result(event.id)
