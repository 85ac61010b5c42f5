"""What phones in the room send beyond the methods' acts (issue 22): the facilitator's
moderation of their texts, their questions to the facilitator with upvotes, and the
end-of-session evaluation.

Single-valued records have ids derived from what they are about (``uuid5``), so two
laptops moderating the same text, or a phone answering the evaluation again, write the
same record and its fields merge latest-wins; questions and votes add up.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import ClassVar
from uuid import UUID, uuid5

from pydantic import Field

from forum_desktop.models.base import Record

TEXT_MAX = 2000
"""What a phone may type in one field (the participants' server checks the same)."""


class ModerationState(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    HIDDEN = "hidden"


class Moderation(Record):
    """The facilitator's decision on a text a phone sent (an answer or an idea outcome):
    the projector shows it only once approved, as edited if ``text`` is set. A hidden
    text stays in its outcome, marked by this record."""

    record_type: ClassVar[str] = "moderation"

    event_id: UUID
    session_id: UUID
    item_id: UUID
    outcome_id: UUID
    state: ModerationState = ModerationState.PENDING
    text: str = Field(default="", max_length=TEXT_MAX)
    """The facilitator's edit of the shown text; empty: shown as typed."""


def moderation_id(outcome_id: UUID) -> UUID:
    return uuid5(outcome_id, "moderation")


class QuestionStatus(StrEnum):
    OPEN = "open"
    ANSWERED = "answered"
    DISMISSED = "dismissed"


class RoomQuestion(Record):
    """A question a phone asked the facilitator during a session."""

    record_type: ClassVar[str] = "room_question"

    event_id: UUID
    session_id: UUID
    item_id: UUID
    """The item running when it was asked (the minutes list it there)."""
    text: str = Field(min_length=1, max_length=TEXT_MAX)
    asked_by: UUID | None = None
    """The roster participant, or None when asked anonymously."""
    asked_at: dt.datetime
    status: QuestionStatus = QuestionStatus.OPEN
    answer: str = Field(default="", max_length=TEXT_MAX)
    """What the facilitator answered, as noted for the minutes."""


class QuestionVote(Record):
    """One phone's upvote of a question: its id is derived from the question and the
    device, so a phone votes once however often it taps."""

    record_type: ClassVar[str] = "question_vote"

    event_id: UUID
    session_id: UUID
    question_id: UUID
    voter: UUID
    """The phone's device id for this opening."""


def question_vote_id(question_id: UUID, voter: UUID) -> UUID:
    return uuid5(question_id, f"vote:{voter}")


class Evaluation(Record):
    """Whether a session's end-of-session evaluation is open to phones (one per session)."""

    record_type: ClassVar[str] = "evaluation"

    event_id: UUID
    session_id: UUID
    open: bool = False


def evaluation_id(session_id: UUID) -> UUID:
    return uuid5(session_id, "evaluation")


class EvaluationAnswer(Record):
    """One phone's evaluation of a session; answering again replaces it."""

    record_type: ClassVar[str] = "evaluation_answer"

    event_id: UUID
    session_id: UUID
    useful: int | None = Field(default=None, ge=1, le=5)
    """How useful the session was, 1 (not at all) to 5 (very)."""
    keep: str = Field(default="", max_length=TEXT_MAX)
    change: str = Field(default="", max_length=TEXT_MAX)


def evaluation_answer_id(session_id: UUID, voter: UUID) -> UUID:
    return uuid5(session_id, f"evaluation:{voter}")
