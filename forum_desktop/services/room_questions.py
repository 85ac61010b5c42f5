"""Questions to the facilitator from phones (issue 22): asked during an item, upvoted by
other phones (one vote per phone: the vote's id is derived from the question and the
device), answered or dismissed from the console; the minutes list them under the item."""

from __future__ import annotations

from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from forum_desktop.models import QuestionStatus, QuestionVote, RoomQuestion, Session
from forum_desktop.models.room import TEXT_MAX, question_vote_id
from forum_desktop.notices import NoticeError, NoticeKind
from forum_desktop.services.commands import Command
from forum_desktop.services.operations import OpResult, Recorder
from forum_desktop.storage import Store

EMPTY_QUESTION = NoticeKind("questions.empty", "Type the question first.")
NO_SUCH_QUESTION = NoticeKind(
    "questions.gone", "That question is no longer there: it may have been removed."
)
NOT_OPEN = NoticeKind("questions.not_open", "That question was already answered or dismissed.")


class QuestionError(NoticeError):
    """A question act that cannot be done; the message says why and what to do."""


class QuestionView(BaseModel):
    model_config = ConfigDict(frozen=True)

    question: RoomQuestion
    votes: int


def _open_question(store: Store, question_id: UUID) -> RoomQuestion:
    question = store.get(RoomQuestion, question_id)
    if question is None:
        raise QuestionError(NO_SUCH_QUESTION)
    if question.status is not QuestionStatus.OPEN:
        raise QuestionError(NOT_OPEN)
    return question


class AskQuestion(Command):
    """A phone's question during ``item_id`` of ``session_id``. Value: its id."""

    session_id: UUID
    item_id: UUID
    text: str = Field(max_length=TEXT_MAX)
    asked_by: UUID | None = None

    def apply(self, store: Store) -> OpResult:
        text = self.text.strip()
        if not text:
            raise QuestionError(EMPTY_QUESTION)
        session = store.require(Session, self.session_id)
        question = RoomQuestion(
            event_id=session.event_id,
            session_id=session.id,
            item_id=self.item_id,
            text=text,
            asked_by=self.asked_by,
            asked_at=store.clock.now(),
        )
        recorder = Recorder()
        recorder.add(store.insert(store.fresh(question)))
        return recorder.result(question.id)


class Upvote(Command):
    """A phone backs an open question; a second tap from the same phone changes nothing."""

    question_id: UUID
    voter: UUID

    def apply(self, store: Store) -> OpResult:
        question = _open_question(store, self.question_id)
        vote_id = question_vote_id(question.id, self.voter)
        recorder = Recorder()
        if not store.exists(QuestionVote, vote_id):
            vote = QuestionVote(
                id=vote_id,
                event_id=question.event_id,
                session_id=question.session_id,
                question_id=question.id,
                voter=self.voter,
            )
            recorder.add(store.insert(store.fresh(vote)))
        return recorder.result()


class AnswerQuestion(Command):
    """The facilitator answered it (``answer``: what the minutes note, maybe nothing)."""

    question_id: UUID
    answer: str = Field(default="", max_length=TEXT_MAX)

    def apply(self, store: Store) -> OpResult:
        question = _open_question(store, self.question_id)
        recorder = Recorder()
        recorder.add(
            store.update(
                RoomQuestion,
                question.id,
                status=QuestionStatus.ANSWERED,
                answer=self.answer.strip(),
            )
        )
        return recorder.result()


class DismissQuestion(Command):
    """The facilitator set it aside (off topic, a duplicate); the minutes leave it out."""

    question_id: UUID

    def apply(self, store: Store) -> OpResult:
        question = _open_question(store, self.question_id)
        recorder = Recorder()
        recorder.add(store.update(RoomQuestion, question.id, status=QuestionStatus.DISMISSED))
        return recorder.result()


def questions_view(store: Store, session_id: UUID) -> list[QuestionView]:
    """The session's questions: open ones first, most upvoted first, then as asked."""
    votes: dict[UUID, int] = {}
    for vote in store.select(QuestionVote, {"session_id": session_id}, order_by="created_at"):
        votes[vote.question_id] = votes.get(vote.question_id, 0) + 1
    asked = store.select(RoomQuestion, {"session_id": session_id}, order_by="asked_at")
    views = [QuestionView(question=q, votes=votes.get(q.id, 0)) for q in asked]
    return sorted(
        views,
        key=lambda v: (
            v.question.status is not QuestionStatus.OPEN,
            -v.votes,
            v.question.asked_at,
            str(v.question.id),
        ),
    )


def voted_by(store: Store, voter: UUID) -> set[UUID]:
    """The questions this phone upvoted."""
    return {v.question_id for v in store.select(QuestionVote, {"voter": voter}, "created_at")}


def questions_by_item(store: Store, session_id: UUID) -> dict[UUID, tuple[QuestionView, ...]]:
    """The session's questions the minutes list, by the item they were asked in, as
    asked: the dismissed ones left out."""
    by_item: dict[UUID, list[QuestionView]] = {}
    for view in sorted(questions_view(store, session_id), key=lambda v: v.question.asked_at):
        if view.question.status is not QuestionStatus.DISMISSED:
            by_item.setdefault(view.question.item_id, []).append(view)
    return {item: tuple(views) for item, views in by_item.items()}
