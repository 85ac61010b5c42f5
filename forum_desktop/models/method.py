"""Group methods: what a facilitator runs (fishbowl, 1-2-4-All, peer review…) as data.

A method's texts come in English, French and Spanish (keys ``en``, ``fr``, ``es``);
English is required and is what any missing language falls back to. The built-in
methods ship as one JSON file each under ``resources/methods``; a user's own methods
are ``UserMethod`` records holding the same ``MethodDefinition``.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, ClassVar

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from forum_desktop.models.base import Record
from forum_desktop.models.outcome import OutcomeKind

METHOD_LANGUAGES = ("en", "fr", "es")
"""The languages a method speaks; the first is the fallback."""

MethodKey = Annotated[
    str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,79}$", strip_whitespace=True)
]
"""A method's id: lower-case letters, digits and hyphens (what agenda items store)."""

ShortText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=500)]
LongText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=10_000)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class LocalName(_Strict):
    """A short text in each language; English required."""

    en: Annotated[ShortText, StringConstraints(min_length=1)]
    fr: ShortText = ""
    es: ShortText = ""

    def text(self, language: str) -> str:
        """In ``language``, else English."""
        own = getattr(self, language) if language in METHOD_LANGUAGES else ""
        return own or self.en


class LocalText(_Strict):
    """A longer text in each language; may be empty in all of them."""

    en: LongText = ""
    fr: LongText = ""
    es: LongText = ""

    def text(self, language: str) -> str:
        """In ``language``, else English."""
        own = getattr(self, language) if language in METHOD_LANGUAGES else ""
        return own or self.en


class MethodScreen(StrEnum):
    """The live screen the run console shows while a method runs (none: phases only)."""

    ROUND_ROBIN = "round_robin"
    FISHBOWL = "fishbowl"
    PEER_REVIEW = "peer_review"
    DOT_VOTING = "dot_voting"
    BREAKOUTS = "breakouts"
    ONE_TWO_FOUR_ALL = "one_two_four_all"


class MethodStep(_Strict):
    """One phase of a method, with its default length."""

    name: LocalName
    minutes: int = Field(ge=0, le=600)
    instructions: LocalText = LocalText()


class GroupSize(_Strict):
    minimum: int = Field(default=2, ge=1, le=10_000)
    maximum: int | None = Field(default=None, ge=1, le=10_000)
    """None: no upper limit."""

    @model_validator(mode="after")
    def _ordered(self) -> GroupSize:
        if self.maximum is not None and self.maximum < self.minimum:
            raise ValueError("maximum must be at least minimum")
        return self


class Source(_Strict):
    """Where the method comes from, so people can read more and credit its authors."""

    title: Annotated[ShortText, StringConstraints(min_length=1)]
    url: ShortText = ""


class MethodDefinition(_Strict):
    """Everything a method says: the shape of a built-in file and of an exported one."""

    id: MethodKey
    name: LocalName
    description: LocalText
    purpose: LocalText = LocalText()
    when_to_use: LocalText = LocalText()
    group_size: GroupSize = GroupSize()
    steps: list[MethodStep] = Field(min_length=1, max_length=50)
    roles: LocalText = LocalText()
    setup: LocalText = LocalText()
    materials: LocalText = LocalText()
    produces: list[OutcomeKind] = Field(default_factory=list)
    """The outcome kinds it captures."""
    source: list[Source] = Field(default_factory=list, max_length=10)
    screen: MethodScreen | None = None
    """The live screen that runs it; a duplicated method keeps its original's."""

    @property
    def total_minutes(self) -> int:
        return sum(step.minutes for step in self.steps)


class UserMethod(Record):
    """A method the user made, duplicated or imported; stored and editable."""

    record_type: ClassVar[str] = "user_method"

    definition: MethodDefinition
