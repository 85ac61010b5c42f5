"""An event: a workshop or forum with its language, time zone, context and objectives."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from typing import ClassVar
from uuid import UUID, uuid4
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator

from forum_desktop.models.base import Record, Title
from forum_desktop.models.photo import Sha256


class Language(StrEnum):
    """Languages the app writes its documents in."""

    EN = "en"
    FR = "fr"
    ES = "es"


class Objective(BaseModel):
    """One objective of the event; ``heading`` groups objectives into lists."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    id: UUID = Field(default_factory=uuid4)
    text: str = Field(min_length=1)
    heading: str = ""


def is_timezone(value: str) -> bool:
    """Whether ``value`` names an IANA time zone (loads one zone, not the whole list)."""
    if not value or value != value.strip() or value.startswith(("/", ".")):
        return False
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def check_timezone(value: str) -> str:
    if not is_timezone(value):
        raise ValueError(f"unknown time zone {value!r} (use an IANA name such as Europe/Paris)")
    return value


def languages_in_order(main: Language, others: Iterable[Language]) -> tuple[Language, ...]:
    """An event's working languages: the main one first, then the others, each once."""
    return tuple(dict.fromkeys((main, *others)))


class Event(Record):
    """A workshop, seminar or forum. Its sessions inherit its language and time zone."""

    record_type: ClassVar[str] = "event"

    title: Title
    language: Language = Language.EN
    timezone: str = "UTC"
    start_date: date | None = None
    end_date: date | None = None
    place: str = ""
    organisers: str = ""
    context: str = ""
    objectives: list[Objective] = Field(default_factory=list)
    logo_sha256: Sha256 | None = None
    """The logo on the minutes' cover: image bytes in ``image_data``, as a photo's are."""
    footer: str = Field(default="", max_length=300)
    """A line at the foot of every page of the event's documents ("UCLG Learning ·
    learning@uclg.org")."""
    footer_logo: bool = False
    """The logo small at the left of every page's footer too, when the event has one."""
    other_languages: list[Language] = Field(default_factory=list)
    """Working languages beside the main one (``language``), in the order the projector
    and the editor show them; their texts are ``Translation`` records (issue 25). Last:
    added at the end of migration 14, fields follow the column order."""

    @property
    def working_languages(self) -> tuple[Language, ...]:
        """The main language first, then the others, each once — even when two laptops
        changed the main language and the list at the same time."""
        return languages_in_order(self.language, self.other_languages)

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        return check_timezone(value)
