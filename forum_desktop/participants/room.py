"""What a phone sees of the running session, and a phone's acts as core commands.

``room_view`` is what every phone shares (computed once per change of the journal, not
once per phone); ``personal_view`` adds what only this phone's person sees (their ballot,
their place in the queue). Nothing here reads contact fields, private notes, drafts or
another event: a phone sees roster names, the current item and what the projector shows.
Each act builds the same typed command the laptop's screens run and executes it, so the
rules (a vote's limits, a seated person not queueing) are the core's.
"""

from __future__ import annotations

import unicodedata
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from forum_desktop.methods.dot_vote import vote_view
from forum_desktop.methods.fishbowl import fishbowl_view
from forum_desktop.methods.idea_acts import AddIdea
from forum_desktop.methods.peer_review_acts import SaveFeedback, peer_review_view
from forum_desktop.models import (
    AgendaItem,
    DotVoteBallot,
    Event,
    Language,
    MethodScreen,
    Participant,
    PeerCase,
    QuestionStatus,
    RoomQuestion,
    Session,
)
from forum_desktop.models.run import RunStatus
from forum_desktop.models.screens import ReviewCase
from forum_desktop.participants.devices import Device
from forum_desktop.services.commands import execute
from forum_desktop.services.evaluation import (
    CLOSED,
    AnswerEvaluation,
    EvaluationError,
    has_answered,
    open_evaluation,
)
from forum_desktop.services.fishbowl import JoinQueue, LeaveQueue
from forum_desktop.services.method_runs import screen_of
from forum_desktop.services.methods import methods_named
from forum_desktop.services.moderation import SendFromPhone
from forum_desktop.services.naming import chatham_house, may_name
from forum_desktop.services.operations import OpResult
from forum_desktop.services.participants import roster
from forum_desktop.services.room_questions import AskQuestion, Upvote, questions_view, voted_by
from forum_desktop.services.round_robin import RecordAnswer
from forum_desktop.services.run import load_run, session_run
from forum_desktop.services.translations import EventTexts
from forum_desktop.services.vote import CastBallot, RetractBallot
from forum_desktop.storage import Store
from forum_desktop.timing.snapshot import Phase

MAX_TEXT = 2000
"""An answer, an idea or one feedback field typed on a phone."""


def _typed(text: str) -> str:
    """Text as a person types it: line breaks and tabs, no other control characters
    (which no keyboard makes, and which would garble the minutes and the projector)."""
    if any(unicodedata.category(char) == "Cc" and char not in "\n\t" for char in text):
        raise ValueError("remove the control characters from the text")
    return text


PhoneText = Annotated[str, Field(max_length=MAX_TEXT), AfterValidator(_typed)]


def typed_fields(model: type[BaseModel]) -> frozenset[str]:
    """The fields of a phone's input that a person types into (``PhoneText``)."""
    return frozenset(
        name
        for name, info in model.model_fields.items()
        if any(isinstance(m, AfterValidator) and m.func is _typed for m in info.metadata)
    )


class NotHereError(Exception):
    """The act names something this opening does not show (another event's person or
    case, an item not running): the phone gets 404, as for an address that is not here."""


class NeedsNameError(Exception):
    """The act needs a roster name and the phone has not claimed one."""


class NameGoneError(NeedsNameError):
    """The name a phone claims is no longer on the roster (removed since its list was
    shown): it must choose again."""


class NeedsConsentError(Exception):
    """The phone has a name but its person has not confirmed how it will appear."""


Appearance = Literal["named", "chatham_house", "no_name"]
"""How a named phone's contributions appear: with the name, or anonymous because the
session is under the Chatham House rule or the person asked not to be named."""


class _Input(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class JoinInput(_Input):
    participant_id: UUID | None = None
    anonymous: bool = False


class AnswerInput(_Input):
    text: Annotated[PhoneText, Field(min_length=1)]


class VoteInput(_Input):
    dots: dict[UUID, Annotated[int, Field(ge=0, le=100)]] = Field(max_length=200)


class QuestionInput(_Input):
    text: Annotated[PhoneText, Field(min_length=1)]


class UpvoteInput(_Input):
    question_id: UUID


class EvaluationInput(_Input):
    useful: int | None = Field(default=None, ge=1, le=5)
    keep: PhoneText = ""
    change: PhoneText = ""


class ConsentInput(_Input):
    appearance: Appearance
    """What the phone showed its person, who confirmed it."""


class QueueInput(_Input):
    join: bool


class FeedbackInput(_Input):
    case_id: UUID
    strengths: PhoneText = ""
    challenges: PhoneText = ""
    recommendations: PhoneText = ""
    transferable: PhoneText = ""
    rating: int | None = Field(default=None, ge=1, le=5)


Act = Literal["answer", "idea", "queue", "vote", "feedback"]

SCREEN_ACTS: dict[MethodScreen, Act] = {
    MethodScreen.ROUND_ROBIN: "answer",
    MethodScreen.ONE_TWO_FOUR_ALL: "idea",
    MethodScreen.FISHBOWL: "queue",
    MethodScreen.DOT_VOTING: "vote",
    MethodScreen.PEER_REVIEW: "feedback",
}
"""What a phone can do while each live screen runs."""
OPEN_DISCUSSION = "open-discussion"
"""The method with no live screen whose phones add ideas to the item, as in 1-2-4-All."""


class Room:
    """One event's session as its phones see it, over the server's own store."""

    def __init__(self, store: Store, event_id: UUID, session_id: UUID | None) -> None:
        self.store = store
        self.event = store.require(Event, event_id)
        if session_id is not None:
            session = store.get(Session, session_id)
            if session is None or session.event_id != event_id:
                raise NotHereError(f"the session {session_id} is not one of this event's")
        self._session_id = session_id
        self._screens: dict[str, MethodScreen | None] = {}
        self._open: dict[str, bool] = {}
        """Per method label: whether it is the open discussion."""

    # --- what phones see -------------------------------------------------------------

    def session_id(self) -> UUID | None:
        """The session chosen, else the event's running (or paused) one, else its first."""
        if self._session_id is not None:
            return self._session_id
        sessions = self.store.select(Session, {"event_id": self.event.id}, order_by="position")
        for session in sessions:
            run = session_run(self.store, session.id)
            if run is not None and run.status is not RunStatus.FINISHED:
                return session.id
        return sessions[0].id if sessions else None

    def method_item(self) -> tuple[AgendaItem | None, AgendaItem | None, float, Phase]:
        """The running item, the item whose method runs (its parent for a phase), the
        seconds left and the run's phase."""
        session_id = self.session_id()
        if session_id is None:
            return None, None, 0.0, Phase.NOT_STARTED
        records = load_run(self.store, session_id)
        snap = records.at(self.store.clock.now())
        if records.run is None or snap.current is None:
            return None, None, 0.0, snap.phase
        current = snap.current.entry.item
        parent = self.store.get(AgendaItem, current.parent_id) if current.parent_id else None
        method = parent if parent is not None and parent.method else None
        if method is None and current.method:
            method = current
        return current, method, snap.remaining_seconds, snap.phase

    def screen(self, item: AgendaItem | None) -> MethodScreen | None:
        if item is None:
            return None
        if item.method not in self._screens:
            self._screens[item.method] = screen_of(self.store, item)
        return self._screens[item.method]

    def act(self, method: AgendaItem | None) -> Act | None:
        """What phones can do while ``method`` runs."""
        if method is None:
            return None
        screen = self.screen(method)
        if screen is not None:
            return SCREEN_ACTS.get(screen)
        if method.method not in self._open:
            entries = methods_named(self.store, method.method)
            self._open[method.method] = any(e.definition.id == OPEN_DISCUSSION for e in entries)
        return "idea" if self._open[method.method] else None

    def working_languages(self) -> tuple[Language, ...]:
        """The event's languages now (the main one first): they may change while open."""
        return self.store.require(Event, self.event.id).working_languages

    def room_view(self, language: Language | None = None) -> dict[str, Any]:
        """What every phone shares, its titles and questions in ``language`` (the main
        language's where there are none; None: the main language): computed once per
        change and language, served to all."""
        texts = EventTexts.load(self.store, self.event.id)
        language = language or texts.event.language
        current, method, remaining, phase = self.method_item()
        if current is not None:
            current = texts.localized(current, language)
        if method is not None:
            method = texts.localized(method, language)
        screen = self.screen(method)
        view: dict[str, Any] = {
            "event": texts.localized(texts.event, language).title,
            "roster": [
                {"id": str(p.id), "name": p.name} for p in roster(self.store, self.event.id)
            ],
            "item": None,
        }
        evaluated = open_evaluation(self.store, self.event.id)
        if evaluated is not None:
            session_title = texts.localized(evaluated, language).title
            view["evaluation"] = {"session": session_title, "id": str(evaluated.id)}
        if current is None:
            return view
        view["questions"] = [
            {"id": str(v.question.id), "text": v.question.text, "votes": v.votes}
            for v in questions_view(self.store, current.session_id)
            if v.question.status is QuestionStatus.OPEN
        ]
        question = (method.guiding_question if method else "") or current.guiding_question
        view["item"] = {
            "title": method.title if method is not None else current.title,
            "phase": current.title if method is not None and method.id != current.id else "",
            "question": question,
            "remaining": round(remaining),
            "paused": phase is Phase.PAUSED,
            "act": self.act(method),
        }
        if method is not None and screen is MethodScreen.DOT_VOTING:
            view["vote"] = self._vote(method.id)
        elif method is not None and screen is MethodScreen.FISHBOWL:
            fishbowl = fishbowl_view(self.store, method.id)
            view["fishbowl"] = {
                "queue": [str(p) for p in fishbowl.queue],
                "seated": [str(p) for p in fishbowl.seats if p is not None],
            }
        elif method is not None and screen is MethodScreen.PEER_REVIEW:
            review = peer_review_view(self.store, method.id)
            view["review"] = {
                "current": str(review.current) if review.current else None,
                "cases": [
                    {"id": str(c.id), "name": self._presenter(c, method), "topic": c.topic}
                    for c in review.cases
                ],
            }
        return view

    def _presenter(self, case: ReviewCase, item: AgendaItem) -> str:
        """A case as phones name it: its presenter typed by name where they may be named
        (not under the Chatham House rule), else the organisation."""
        rule = chatham_house(self.store.get(Session, item.session_id))
        person = self.store.get(Participant, case.presenter_id) if case.presenter_id else None
        if may_name(person, item.session_id, rule):
            return case.presenter_name or case.organisation
        return case.organisation

    def _vote(self, item_id: UUID) -> dict[str, Any]:
        vote = vote_view(self.store, item_id)
        settings = vote.settings
        shown: dict[str, Any] = {
            "options": [{"id": str(o.id), "text": o.text} for o in vote.options],
            "per_person": settings.dots_per_person,
            "per_option": settings.max_per_option,
            "revealed": settings.revealed,
        }
        if settings.revealed:
            shown["results"] = [{"text": t.option.text, "votes": t.votes} for t in vote.tallies]
        return shown

    def personal_view(self, shared: dict[str, Any], device: Device) -> dict[str, Any]:
        """``shared`` plus what only this phone's person sees."""
        me: dict[str, Any] = {
            "participant": str(device.participant_id) if device.participant_id else None,
            "anonymous": device.anonymous,
            "pending": device.wants is not None,
        }
        view = {**shared, "me": me}
        if "fishbowl" in shared and device.participant_id is not None:
            person = str(device.participant_id)
            queue: list[str] = shared["fishbowl"]["queue"]
            me["place"] = queue.index(person) + 1 if person in queue else None
            me["seated"] = person in shared["fishbowl"]["seated"]
        if "vote" in shared:
            me["dots"] = self._my_dots(device)
        if device.participant_id is not None:
            appearance = self.appearance(device.participant_id)
            me["appearance"] = appearance
            me["consented"] = device.consented == (device.participant_id, appearance)
        if "evaluation" in shared:
            session_id = UUID(shared["evaluation"]["id"])
            me["evaluated"] = has_answered(self.store, session_id, device.id)
        if "questions" in shared:
            me["upvoted"] = sorted(str(q) for q in voted_by(self.store, device.id))
        return view

    def _my_dots(self, device: Device) -> dict[str, int]:
        ballot: DotVoteBallot | None = None
        if device.ballot_id is not None:
            ballot = self.store.get(DotVoteBallot, device.ballot_id)
        elif device.participant_id is not None:
            _, method, _, _ = self.method_item()
            if method is not None:
                where = {"item_id": method.id, "participant_id": device.participant_id}
                found = self.store.select(DotVoteBallot, where, order_by="created_at")
                ballot = found[0] if found else None
        return {str(k): v for k, v in ballot.dots.items()} if ballot else {}

    # --- what phones do ------------------------------------------------------------------

    def _running(self, wanted: MethodScreen) -> tuple[AgendaItem, str]:
        """The item whose method ``wanted`` runs now, and the running phase's title."""
        current, method, _, _ = self.method_item()
        if current is None or method is None or self.screen(method) is not wanted:
            raise NotHereError("that method is not running now")
        return method, current.title if current.id != method.id else ""

    def _person(self, device: Device) -> UUID:
        if device.participant_id is None:
            raise NeedsNameError("claim your name first")
        return device.participant_id

    def answer(self, device: Device, data: AnswerInput) -> OpResult:
        current, method, _, _ = self.method_item()
        if method is None or current is None:
            raise NotHereError("no method is running now")
        act = self.act(method)
        phase = current.title if current.id != method.id else ""
        if act == "answer":
            command: RecordAnswer | AddIdea = RecordAnswer(
                item_id=method.id,
                participant_id=self._person(device),
                text=data.text,
                session_id=method.session_id,
                phase=phase,
            )
        elif act == "idea":
            command = AddIdea(item_id=method.id, text=data.text, phase=phase)
        else:
            raise NotHereError("this method takes no answers")
        return execute(self.store, SendFromPhone(act=command))

    def queue(self, device: Device, data: QueueInput) -> OpResult:
        method, _ = self._running(MethodScreen.FISHBOWL)
        person = self._person(device)
        at = self.store.clock.now()
        if data.join:
            return execute(self.store, JoinQueue(item_id=method.id, participant_id=person, at=at))
        return execute(self.store, LeaveQueue(item_id=method.id, participant_id=person, at=at))

    def vote(self, device: Device, data: VoteInput) -> OpResult:
        method, _ = self._running(MethodScreen.DOT_VOTING)
        cast = CastBallot(item_id=method.id, participant_id=device.participant_id, dots=data.dots)
        if device.participant_id is not None:
            return execute(self.store, cast)
        # An anonymous phone's new ballot replaces its earlier one, in one transaction.
        with self.store.transaction():
            changes: list[Any] = []
            if device.ballot_id is not None and self.store.exists(DotVoteBallot, device.ballot_id):
                changes += RetractBallot(ballot_id=device.ballot_id).apply(self.store).changes
            result = cast.apply(self.store)
        device.ballot_id = result.value
        return OpResult(tuple(changes) + result.changes, result.value)

    def feedback(self, device: Device, data: FeedbackInput, anonymous_name: str) -> OpResult:
        method, phase = self._running(MethodScreen.PEER_REVIEW)
        case = self.store.get(PeerCase, data.case_id)
        if case is None or case.item_id != method.id:
            raise NotHereError("that case is not under review here")
        name = anonymous_name
        if device.participant_id is not None:
            name = next(
                (
                    p.name
                    for p in roster(self.store, self.event.id)
                    if p.id == device.participant_id
                ),
                anonymous_name,
            )
        command = SaveFeedback(
            case_id=case.id,
            reviewer_id=device.participant_id,
            reviewer_name=name,
            strengths=data.strengths,
            challenges=data.challenges,
            recommendations=data.recommendations,
            transferable=data.transferable,
            rating=data.rating,
            summary=_summary(data),
            phase=phase,
        )
        return execute(self.store, command)

    def ask(self, device: Device, data: QuestionInput) -> OpResult:
        """A question to the facilitator, during the item running."""
        current, method, _, _ = self.method_item()
        item = method or current
        if item is None:
            raise NotHereError("questions are asked while an item runs")
        command = AskQuestion(
            session_id=item.session_id,
            item_id=item.id,
            text=data.text,
            asked_by=device.participant_id,
        )
        return execute(self.store, command)

    def upvote(self, device: Device, data: UpvoteInput) -> OpResult:
        question = self.store.get(RoomQuestion, data.question_id)
        if question is None or question.event_id != self.event.id:
            raise NotHereError("no such question in this event")
        return execute(self.store, Upvote(question_id=question.id, voter=device.id))

    def evaluate(self, device: Device, data: EvaluationInput) -> OpResult:
        """The phone's evaluation of the session whose evaluation is open."""
        session = open_evaluation(self.store, self.event.id)
        if session is None:
            raise EvaluationError(CLOSED)
        command = AnswerEvaluation(
            session_id=session.id,
            voter=device.id,
            useful=data.useful,
            keep=data.keep,
            change=data.change,
        )
        return execute(self.store, command)

    def appearance(self, participant_id: UUID) -> Appearance:
        person = self.store.get(Participant, participant_id)
        if person is not None and person.no_name:
            return "no_name"
        session_id = self.session_id()
        session = self.store.get(Session, session_id) if session_id is not None else None
        if session is not None and session.chatham_house:
            return "chatham_house"
        return "named"

    def consent(self, device: Device, data: ConsentInput) -> None:
        """The person confirmed how their contributions appear; if it changed since the
        phone showed it, they must read it again."""
        if device.participant_id is None:
            raise NeedsNameError("claim your name first")
        if data.appearance != self.appearance(device.participant_id):
            raise NeedsConsentError("how contributions appear changed: read it again")
        device.consented = (device.participant_id, data.appearance)

    def consented(self, device: Device) -> bool:
        """Anonymous phones use no name; a named one acts once its person confirmed."""
        if device.participant_id is None:
            return True
        return device.consented == (device.participant_id, self.appearance(device.participant_id))

    def on_roster(self, participant_id: UUID) -> bool:
        return any(p.id == participant_id for p in roster(self.store, self.event.id))


def _summary(data: FeedbackInput) -> str:
    first = next(
        (
            t
            for t in (data.strengths, data.recommendations, data.challenges, data.transferable)
            if t
        ),
        "",
    )
    return first.splitlines()[0][:200] if first else ""
