"""Peer review's acts as typed commands, and the read side the screen and minutes use.

Cases and the room's moves are records (``models.peer_review``); feedback, the
presenter's response and the synthesis are outcomes naming the case. Each act is one
transaction and one undo step; ``peer_review_view`` rebuilds what the screen shows from
the records, the same on every laptop once they are synced.
"""

from __future__ import annotations

from typing import Literal
from uuid import UUID, uuid4

from pydantic import Field

from forum_desktop.methods.item_scope import item_scope, newest_key
from forum_desktop.models import (
    Change,
    FeedbackFields,
    Outcome,
    OutcomeKind,
    PeerCase,
    PeerCaseMove,
)
from forum_desktop.models.outcome import CaseFields
from forum_desktop.models.screens import CaseMove, PeerReviewState, ReviewCase
from forum_desktop.notices import NoticeKind
from forum_desktop.services.commands import Command
from forum_desktop.services.methods import MethodError
from forum_desktop.services.operations import OpResult, Recorder
from forum_desktop.storage import Store

CASE_NEEDS_WORDS = NoticeKind(
    "review.case_needs_words",
    "Type the presenter's name or the case's topic, then add the case.",
)
NO_SUCH_CASE = NoticeKind(
    "review.no_such_case", "That case is no longer in the review: choose another one."
)
NO_REVIEWER = NoticeKind("review.no_reviewer", "Choose or type the reviewer's name first.")
EMPTY_FEEDBACK = NoticeKind(
    "review.empty_feedback",
    "Write at least one of strengths, challenges, recommendations or what others could transfer.",
)


# --- the read side ----------------------------------------------------------------------


def peer_cases(store: Store, item_id: UUID) -> list[PeerCase]:
    """The item's cases in presentation order."""
    cases = store.select(PeerCase, {"item_id": item_id})
    return sorted(cases, key=lambda case: (case.position, *newest_key(case)))


def peer_review_view(store: Store, item_id: UUID) -> PeerReviewState:
    """The cases, the case the room is on (that of the latest move, if the case is still
    there) and every move, oldest first."""
    cases = peer_cases(store, item_id)
    moves = sorted(
        store.select(PeerCaseMove, {"item_id": item_id}, order_by="created_at"),
        key=lambda move: (move.at, *newest_key(move)),
    )
    known = {case.id for case in cases}
    current = moves[-1].case_id if moves and moves[-1].case_id in known else None
    return PeerReviewState(
        cases=tuple(
            ReviewCase(
                id=case.id,
                presenter_id=case.presenter_id,
                presenter_name=case.presenter_name,
                organisation=case.organisation,
                city=case.city,
                topic=case.topic,
            )
            for case in cases
        ),
        current=current,
        moves=tuple(CaseMove(case_id=move.case_id, at=move.at) for move in moves),
    )


def _case(store: Store, case_id: UUID) -> PeerCase:
    case = store.get(PeerCase, case_id)
    if case is None:
        raise MethodError(NO_SUCH_CASE)
    return case


# --- the cases ----------------------------------------------------------------------------


class CaseDetails(Command):
    """What the case form holds."""

    presenter_id: UUID | None = None
    presenter_name: str = Field(default="", max_length=500)
    organisation: str = Field(default="", max_length=500)
    city: str = Field(default="", max_length=500)
    topic: str = Field(default="", max_length=2000)

    def details(self) -> dict[str, object]:
        if not self.presenter_name.strip() and not self.topic.strip():
            raise MethodError(CASE_NEEDS_WORDS)
        return {
            "presenter_id": self.presenter_id,
            "presenter_name": self.presenter_name.strip(),
            "organisation": self.organisation.strip(),
            "city": self.city.strip(),
            "topic": self.topic.strip(),
        }


class AddCase(CaseDetails):
    """A case after the others; the first case is the one the room is on. Value: its id."""

    item_id: UUID
    case_id: UUID = Field(default_factory=uuid4)

    def apply(self, store: Store) -> OpResult:
        scope = item_scope(store, self.item_id)
        cases = peer_cases(store, self.item_id)
        case = PeerCase(
            id=self.case_id,
            event_id=scope.event_id,
            session_id=scope.session_id,
            item_id=self.item_id,
            position=max((c.position for c in cases), default=-1.0) + 1,
            **self.details(),
        )
        recorder = Recorder()
        recorder.add(store.insert(store.fresh(case)))
        if peer_review_view(store, self.item_id).current is None:
            recorder.add(_move(store, case))
        return recorder.result(case.id)


class EditCase(CaseDetails):
    case_id: UUID

    def apply(self, store: Store) -> OpResult:
        _case(store, self.case_id)
        recorder = Recorder()
        recorder.add(store.update(PeerCase, self.case_id, **self.details()))
        return recorder.result(self.case_id)


class RemoveCase(Command):
    """The case leaves the review; what was captured on it stays in the capture, and its
    moves stay so the other cases keep their phase times."""

    case_id: UUID

    def apply(self, store: Store) -> OpResult:
        _case(store, self.case_id)
        recorder = Recorder()
        recorder.add(store.delete(PeerCase, self.case_id))
        return recorder.result()


def _move(store: Store, case: PeerCase) -> Change:
    move = PeerCaseMove(
        event_id=case.event_id,
        session_id=case.session_id,
        item_id=case.item_id,
        case_id=case.id,
        at=store.clock.now(),
    )
    return store.insert(store.fresh(move))


class MoveToCase(Command):
    """The room moves on to the case: the phases run from now are its phases."""

    case_id: UUID

    def apply(self, store: Store) -> OpResult:
        case = _case(store, self.case_id)
        recorder = Recorder()
        if peer_review_view(store, case.item_id).current != case.id:
            recorder.add(_move(store, case))
        return recorder.result()


# --- feedback, response and synthesis ------------------------------------------------------


class CaptureContext(Command):
    """Where a capture happens: the running phase's title and the item's elapsed time."""

    phase: str = Field(default="", max_length=500)
    item_offset_seconds: int | None = None


def _outcome(
    store: Store, command: CaptureContext, case: PeerCase, kind: str, text: str, fields: CaseFields
) -> Outcome:
    return Outcome(
        event_id=case.event_id,
        session_id=case.session_id,
        item_id=case.item_id,
        phase=command.phase,
        kind=kind,
        text=text,
        captured_at=store.clock.now(),
        item_offset_seconds=command.item_offset_seconds,
        author=store.author,
        mentions=[fields.speaker_id] if fields.speaker_id else [],
        fields=fields.model_dump(mode="json"),
    )


class SaveFeedback(CaptureContext):
    """One reviewer's feedback on a case: a new ``feedback`` outcome, or the one named by
    ``feedback_id`` changed. Each reviewer's feedback is its own record, so feedback saved
    on two laptops adds up. Value: the outcome's id."""

    case_id: UUID
    reviewer_id: UUID | None = None
    reviewer_name: str = Field(default="", max_length=500)
    strengths: str = Field(default="", max_length=100_000)
    challenges: str = Field(default="", max_length=100_000)
    recommendations: str = Field(default="", max_length=100_000)
    transferable: str = Field(default="", max_length=100_000)
    rating: int | None = Field(default=None, ge=1, le=5)
    summary: str = Field(default="", max_length=100_000)
    """The one-line summary the capture list shows."""
    feedback_id: UUID | None = None

    def apply(self, store: Store) -> OpResult:
        case = _case(store, self.case_id)
        if not self.reviewer_name.strip():
            raise MethodError(NO_REVIEWER)
        parts = [self.strengths, self.challenges, self.recommendations, self.transferable]
        if not any(part.strip() for part in parts) and self.rating is None:
            raise MethodError(EMPTY_FEEDBACK)
        fields = FeedbackFields(
            case_id=case.id,
            speaker_id=self.reviewer_id,
            speaker_name=self.reviewer_name.strip(),
            strengths=self.strengths.strip(),
            challenges=self.challenges.strip(),
            recommendations=self.recommendations.strip(),
            transferable=self.transferable.strip(),
            rating=self.rating,
        )
        recorder = Recorder()
        if self.feedback_id is not None and store.exists(Outcome, self.feedback_id):
            recorder.add(
                store.update(
                    Outcome,
                    self.feedback_id,
                    text=self.summary,
                    mentions=[self.reviewer_id] if self.reviewer_id else [],
                    fields=fields.model_dump(mode="json"),
                )
            )
            return recorder.result(self.feedback_id)
        outcome = _outcome(store, self, case, OutcomeKind.FEEDBACK, self.summary, fields)
        recorder.add(store.insert(store.fresh(outcome)))
        return recorder.result(outcome.id)


class DeleteFeedback(Command):
    feedback_id: UUID

    def apply(self, store: Store) -> OpResult:
        recorder = Recorder()
        if store.exists(Outcome, self.feedback_id):
            recorder.add(store.delete(Outcome, self.feedback_id))
        return recorder.result()


class SaveCaseText(CaptureContext):
    """The presenter's response or the case's synthesis: made, changed, or removed when
    emptied. A case has one of each; when two laptops each made one, the first is shown
    and changed, and the other stays in the capture."""

    case_id: UUID
    kind: Literal[OutcomeKind.RESPONSE, OutcomeKind.SYNTHESIS]
    text: str = Field(default="", max_length=1_000_000)
    speaker_name: str = Field(default="", max_length=500)
    """The presenter's name as shown (responses only)."""

    def apply(self, store: Store) -> OpResult:
        case = _case(store, self.case_id)
        text = self.text.strip()
        fields = (
            CaseFields(
                case_id=case.id, speaker_id=case.presenter_id, speaker_name=self.speaker_name
            )
            if self.kind == OutcomeKind.RESPONSE
            else CaseFields(case_id=case.id)
        )
        existing = next(
            (
                outcome
                for outcome in store.select(
                    Outcome, {"item_id": case.item_id, "kind": self.kind}, order_by="captured_at"
                )
                if outcome.fields.get("case_id") == str(case.id)
            ),
            None,
        )
        recorder = Recorder()
        if existing is None and text:
            outcome = _outcome(store, self, case, self.kind, text, fields)
            recorder.add(store.insert(store.fresh(outcome)))
        elif existing is not None and not text:
            recorder.add(store.delete(Outcome, existing.id))
        elif existing is not None and text != existing.text:
            recorder.add(
                store.update(Outcome, existing.id, text=text, fields=fields.model_dump(mode="json"))
            )
        return recorder.result()
