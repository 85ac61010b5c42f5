"""Outcomes: what rapporteurs capture as it happens — notes, decisions, actions, quotes…

Every outcome shares one shape (text, where it belongs, when it was captured, who wrote
it, who is mentioned, tags, anonymity, review state). What a kind adds of its own — an
action's owners and due date, a quote's speaker — lives in ``fields``, validated by the
kind's own model in ``KIND_FIELDS``. A new kind (a vote result, a fishbowl contribution)
registers its fields model there; nothing else changes.
"""

from __future__ import annotations

import datetime as dt
import functools
from enum import StrEnum
from typing import Any, ClassVar
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, model_validator

from forum_desktop.models.base import STORED_ROWS, Record
from forum_desktop.models.event import Language


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
    # What the live method screens capture (issue #6): structured, one kind per shape.
    ANSWER = "answer"
    """A person's answer in a round-robin."""
    CONTRIBUTION = "contribution"
    """What someone said in a fishbowl, on one of its topics."""
    FEEDBACK = "feedback"
    """A reviewer's structured feedback on a peer-review case."""
    RESPONSE = "response"
    """The presenter's response to the feedback on their case."""
    SYNTHESIS = "synthesis"
    """The synthesis of one peer-review case."""
    VOTE_RESULT = "vote_result"
    """The result of a dot vote: each option and its votes."""
    REPORT = "report"
    """A breakout group's report-back."""
    IDEA = "idea"
    """An idea harvested in 1-2-4-All (its ``phase`` says which round)."""


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


class AnswerFields(QuoteFields):
    """Whose answer it is (round-robin)."""


class ContributionFields(QuoteFields):
    topic: str = Field(default="", max_length=500)
    """The fishbowl's topic it was said on (a fishbowl may have several)."""


class CaseFields(KindFields):
    """What a peer-review outcome is about: the case (by its id in the method's state)
    and who spoke (the reviewer, or the presenter responding)."""

    case_id: UUID | None = None
    speaker_id: UUID | None = None
    speaker_name: str = ""


class FeedbackFields(CaseFields):
    strengths: str = Field(default="", max_length=100_000)
    challenges: str = Field(default="", max_length=100_000)
    recommendations: str = Field(default="", max_length=100_000)
    transferable: str = Field(default="", max_length=100_000)
    """What others could transfer to their own city or organisation."""
    rating: int | None = Field(default=None, ge=1, le=5)


class VoteCount(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    option: str = Field(max_length=1000)
    votes: int = Field(ge=0)


class VoteResultFields(KindFields):
    counts: list[VoteCount] = Field(default_factory=list, max_length=500)
    """Every option with its votes, in the order they were offered."""
    voters: int = Field(default=0, ge=0)
    """How many people voted (0 when only totals from a show of hands were entered)."""


class ReportFields(KindFields):
    group: str = Field(default="", max_length=500)
    """The breakout group's name."""
    group_id: UUID | None = None
    """The group's id in the breakout screen's state: its reports stay its own if renamed."""
    speaker_id: UUID | None = None
    speaker_name: str = ""
    """The group's rapporteur."""
    member_ids: list[UUID] = Field(default_factory=list)


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
    OutcomeKind.ANSWER: AnswerFields,
    OutcomeKind.CONTRIBUTION: ContributionFields,
    OutcomeKind.FEEDBACK: FeedbackFields,
    OutcomeKind.RESPONSE: CaseFields,
    OutcomeKind.SYNTHESIS: CaseFields,
    OutcomeKind.VOTE_RESULT: VoteResultFields,
    OutcomeKind.REPORT: ReportFields,
    OutcomeKind.IDEA: KindFields,
}
"""The fields model of every kind; later issues register their structured kinds here."""


@functools.cache
def _empty_form_is_empty(model: type[KindFields]) -> bool:
    """No fields given normalise to no fields: the kind has no required field and no
    default that its JSON form would show."""
    try:
        return model.model_validate({}).model_dump(mode="json") == {}
    except ValueError:
        return False


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
    key: bool = False
    """Marked key (``!!`` when captured): the executive summary lists it. (Late: the
    column was added by migration 14, and fields follow the table's column order.)"""
    language: Language | None = None
    """The working language it was said in, detected at capture or set by the rapporteur;
    None when unknown. The text stays as typed (end of migration 14)."""

    @model_validator(mode="after")
    def _fields_fit_the_kind(self, info: ValidationInfo) -> Outcome:
        model = KIND_FIELDS.get(self.kind)
        if model is None:
            raise ValueError(f"unknown outcome kind {self.kind!r}")
        if info.context is STORED_ROWS:
            return self  # checked and normalised when written (a third of a large read)
        if not self.fields and _empty_form_is_empty(model):
            return self  # most entries: nothing to check (10,000 read 0.2 s faster)
        # Normalise to the kind's JSON form so stored and in-memory values compare equal.
        checked = model.model_validate(self.fields).model_dump(mode="json")
        if checked != self.fields:
            object.__setattr__(self, "fields", checked)
        return self

    def kind_fields(self) -> KindFields:
        """``fields`` as the kind's own model (e.g. ``ActionFields``)."""
        return KIND_FIELDS[self.kind].model_validate(self.fields)
