"""The end-of-session evaluation on phones (issue 22): the facilitator opens it for a
session, each phone answers three short questions (how useful, 1–5; what to keep; what
to change) — answering again replaces its answer — and the minutes print the counts and
the comments."""

from __future__ import annotations

from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from forum_desktop.models import Evaluation, EvaluationAnswer, Session
from forum_desktop.models.room import TEXT_MAX, evaluation_answer_id, evaluation_id
from forum_desktop.notices import NoticeError, NoticeKind
from forum_desktop.services.commands import Command
from forum_desktop.services.operations import OpResult, Recorder
from forum_desktop.storage import Store

CLOSED = NoticeKind(
    "evaluation.closed", "The evaluation is not open: wait for the facilitator to open it."
)
EMPTY = NoticeKind("evaluation.empty", "Answer at least one of the questions before sending.")


class EvaluationError(NoticeError):
    """An evaluation act that cannot be done; the message says why and what to do."""


class EvaluationSummary(BaseModel):
    model_config = ConfigDict(frozen=True)

    answers: int
    useful: tuple[int, int, int, int, int]
    """How many answered 1, 2, 3, 4 and 5 to "how useful"."""
    keep: tuple[str, ...]
    change: tuple[str, ...]

    @property
    def average(self) -> float | None:
        rated = sum(self.useful)
        if not rated:
            return None
        return sum(n * count for n, count in enumerate(self.useful, start=1)) / rated


def is_open(store: Store, session_id: UUID) -> bool:
    evaluation = store.get(Evaluation, evaluation_id(session_id))
    return evaluation is not None and evaluation.open


def open_evaluation(store: Store, event_id: UUID) -> Session | None:
    """The event's session whose evaluation phones answer now (the first, if several)."""
    opened = {
        e.session_id for e in store.select(Evaluation, {"event_id": event_id}, "id") if e.open
    }
    sessions = store.select(Session, {"event_id": event_id}, order_by="position")
    return next((session for session in sessions if session.id in opened), None)


def has_answered(store: Store, session_id: UUID, voter: UUID) -> bool:
    return store.exists(EvaluationAnswer, evaluation_answer_id(session_id, voter))


class SetEvaluationOpen(Command):
    """The facilitator opens (or closes) the session's evaluation on the phones."""

    session_id: UUID
    open: bool

    def apply(self, store: Store) -> OpResult:
        session = store.require(Session, self.session_id)
        record_id = evaluation_id(session.id)
        recorder = Recorder()
        if store.exists(Evaluation, record_id):
            recorder.add(store.update(Evaluation, record_id, open=self.open))
        else:
            evaluation = Evaluation(
                id=record_id, event_id=session.event_id, session_id=session.id, open=self.open
            )
            recorder.add(store.insert(store.fresh(evaluation)))
        return recorder.result()


class AnswerEvaluation(Command):
    """One phone's answers; the same phone answering again replaces them."""

    session_id: UUID
    voter: UUID
    useful: int | None = Field(default=None, ge=1, le=5)
    keep: str = Field(default="", max_length=TEXT_MAX)
    change: str = Field(default="", max_length=TEXT_MAX)

    def apply(self, store: Store) -> OpResult:
        if not is_open(store, self.session_id):
            raise EvaluationError(CLOSED)
        keep, change = self.keep.strip(), self.change.strip()
        if self.useful is None and not keep and not change:
            raise EvaluationError(EMPTY)
        session = store.require(Session, self.session_id)
        record_id = evaluation_answer_id(session.id, self.voter)
        recorder = Recorder()
        if store.exists(EvaluationAnswer, record_id):
            recorder.add(
                store.update(
                    EvaluationAnswer, record_id, useful=self.useful, keep=keep, change=change
                )
            )
        else:
            answer = EvaluationAnswer(
                id=record_id,
                event_id=session.event_id,
                session_id=session.id,
                useful=self.useful,
                keep=keep,
                change=change,
            )
            recorder.add(store.insert(store.fresh(answer)))
        return recorder.result()


def evaluation_summary(store: Store, session_id: UUID) -> EvaluationSummary:
    answers = store.select(EvaluationAnswer, {"session_id": session_id}, order_by="created_at")
    useful = [0, 0, 0, 0, 0]
    for answer in answers:
        if answer.useful is not None:
            useful[answer.useful - 1] += 1
    return EvaluationSummary(
        answers=len(answers),
        useful=(useful[0], useful[1], useful[2], useful[3], useful[4]),
        keep=tuple(a.keep for a in answers if a.keep),
        change=tuple(a.change for a in answers if a.change),
    )
