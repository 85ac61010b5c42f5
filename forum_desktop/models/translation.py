"""A text of the event, a session or an agenda item in a second working language (issue 25).

The record's own fields hold the event's main language; a ``Translation`` holds one
field in one other working language. Its id is derived from what it translates, so two
laptops translating the same title write the same record and merge as any text does
(concurrent versions kept open as a conflict). An empty text means "not translated":
the main language's text shows in its place, marked as a fallback.
"""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar
from uuid import UUID, uuid5

from pydantic import Field

from forum_desktop.models.base import TITLE_MAX_LENGTH, Record
from forum_desktop.models.event import Language

TEXT_MAX = 20_000
"""A description's room; titles keep their own limit."""


class TranslatedRecord(StrEnum):
    """The records whose texts have a version per working language."""

    EVENT = "event"
    SESSION = "session"
    AGENDA_ITEM = "agenda_item"


class TranslatedField(StrEnum):
    TITLE = "title"
    DESCRIPTION = "description"
    GUIDING_QUESTION = "guiding_question"
    CONTEXT = "context"


TRANSLATED_FIELDS: dict[TranslatedRecord, tuple[TranslatedField, ...]] = {
    TranslatedRecord.EVENT: (TranslatedField.TITLE, TranslatedField.CONTEXT),
    TranslatedRecord.SESSION: (TranslatedField.TITLE, TranslatedField.DESCRIPTION),
    TranslatedRecord.AGENDA_ITEM: (
        TranslatedField.TITLE,
        TranslatedField.GUIDING_QUESTION,
        TranslatedField.DESCRIPTION,
    ),
}
"""Which fields of which record a facilitator translates."""


class Translation(Record):
    """One field of one record in one working language other than the main one."""

    record_type: ClassVar[str] = "translation"

    event_id: UUID
    target_type: TranslatedRecord
    target_id: UUID
    field: TranslatedField
    language: Language
    text: str = Field(default="", max_length=TEXT_MAX)


def translation_id(target_id: UUID, field: TranslatedField, language: Language) -> UUID:
    return uuid5(target_id, f"translation:{field.value}:{language.value}")


def text_limit(field: TranslatedField) -> int:
    return TITLE_MAX_LENGTH if field is TranslatedField.TITLE else TEXT_MAX
