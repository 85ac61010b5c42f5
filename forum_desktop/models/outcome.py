"""Outcomes: what rapporteurs capture as it happens — notes, decisions, actions, quotes…

Every outcome shares one shape (text, where it belongs, when it was captured, who wrote
it, who is mentioned, tags, anonymity, review state). What a kind adds of its own — an
action's owners and due date, a quote's speaker — lives in ``fields``, validated by the
kind's own model in ``KIND_FIELDS``. A new kind (a vote result, a fishbowl contribution)
registers its fields model there; nothing else changes.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any, ClassVar
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, model_validator

from forum_desktop.models.base import Record


class OutcomeKind(StrEnum):
    NOTE = "note"
    DECISION = "decision"
    ACTION = "action"
    INSIGHT = "insight"
    QUESTION = "question"
    QUOTE = "quote"
    RECOMMENDATION = "recommendation"
    RISK = "risk"
    SUMMARY = "summary"


class ReviewState(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class SummaryScope(StrEnum):
    ITEM = "item"
    SESSION = "session"
    EVENT = "event"


class KindFields(BaseModel):
    """Base of the fields a kind adds; kinds without fields use it as is (empty)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class ActionFields(KindFields):
    owner_ids: list[UUID] = Field(default_factory=list)
    """Owners from the roster."""
    owner_names: list[str] = Field(default_factory=list)
    """Owners typed as free text (not on the roster)."""
    due: dt.date | None = None
    status: ActionStatus = ActionStatus.OPEN


class QuoteFields(KindFields):
    speaker_id: UUID | None = None
    speaker_name: str = ""


class SummaryFields(KindFields):
    scope: SummaryScope = SummaryScope.ITEM


KIND_FIELDS: dict[str, type[KindFields]] = {
    OutcomeKind.NOTE: KindFields,
    OutcomeKind.DECISION: KindFields,
    OutcomeKind.ACTION: ActionFields,
    OutcomeKind.INSIGHT: KindFields,
    OutcomeKind.QUESTION: KindFields,
    OutcomeKind.QUOTE: QuoteFields,
    OutcomeKind.RECOMMENDATION: KindFields,
    OutcomeKind.RISK: KindFields,
    OutcomeKind.SUMMARY: SummaryFields,
}
"""The fields model of every kind; later issues register their structured kinds here."""


class Outcome(Record):
    record_type: ClassVar[str] = "outcome"

    event_id: UUID
    session_id: UUID | None = None
    item_id: UUID | None = None
    phase: str = ""
    """The method phase it was captured in, when a method was running."""
    kind: str = OutcomeKind.NOTE
    text: str = Field(default="", max_length=1_000_000)
    captured_at: dt.datetime
    item_offset_seconds: int | None = None
    """How far into the running agenda item it was captured."""
    author: str = ""
    mentions: list[UUID] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    anonymous: bool = False
    review: ReviewState = ReviewState.DRAFT
    fields: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _fields_fit_the_kind(self) -> Outcome:
        model = KIND_FIELDS.get(self.kind)
        if model is None:
            raise ValueError(f"unknown outcome kind {self.kind!r}")
        # Normalise to the kind's JSON form so stored and in-memory values compare equal.
        checked = model.model_validate(self.fields).model_dump(mode="json")
        if checked != self.fields:
            object.__setattr__(self, "fields", checked)
        return self

    def kind_fields(self) -> KindFields:
        """``fields`` as the kind's own model (e.g. ``ActionFields``)."""
        return KIND_FIELDS[self.kind].model_validate(self.fields)
