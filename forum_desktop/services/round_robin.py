"""The round-robin's acts as typed commands, each one transaction and one undo step.

Every act first gives each person of the round a turn record (ids derived from the item
and the person, so two laptops make the same ones), then changes the few turns it is
about. ``timed`` acts move the speaker timer with the turn (the session runs); the
order can be prepared before. ``at`` is the instant of the act, from the run clock.
"""

from __future__ import annotations

import datetime as dt
import random
from uuid import UUID

from pydantic import Field

from forum_desktop.clock import after_known
from forum_desktop.methods.round_robin import RoundView, round_view
from forum_desktop.models import (
    AgendaItem,
    OutcomeKind,
    Participant,
    RoundRobinSettings,
    RoundTurn,
    Session,
    TurnStatus,
)
from forum_desktop.models.round_robin import round_settings_id, turn_id
from forum_desktop.notices import NoticeError, NoticeKind
from forum_desktop.services.capture import CaptureOutcome
from forum_desktop.services.commands import Command
from forum_desktop.services.floor import end_floor, give_floor
from forum_desktop.services.operations import OpResult, Recorder
from forum_desktop.storage import Store

NOBODY_SPEAKING = NoticeKind(
    "round_robin.nobody_speaking",
    "Nobody has the floor: press Next person (F4) first, then type.",
)
NOT_IN_ROUND = NoticeKind(
    "round_robin.not_in_round", "{name} is not in the round: mark them present first."
)


class RoundRobinError(NoticeError):
    """A round-robin act that cannot be done; the message says why and what to do."""


class _RoundCommand(Command):
    item_id: UUID
    at: dt.datetime

    def _prepare(self, store: Store, recorder: Recorder) -> tuple[AgendaItem, RoundView]:
        """The round as it stands, every person in it with a turn record."""
        item = store.require(AgendaItem, self.item_id)
        event_id = store.require(Session, item.session_id).event_id
        view = round_view(store, self.item_id, event_id)
        for person, position in zip(view.order, view.positions, strict=True):
            if person in view.stored:
                continue
            status = TurnStatus.ABSENT if person in view.absent else TurnStatus.WAITING
            turn = RoundTurn(
                id=turn_id(self.item_id, person),
                event_id=event_id,
                session_id=item.session_id,
                item_id=self.item_id,
                participant_id=person,
                position=position,
                status=status,
                status_at=self.at,
            )
            recorder.add(store.insert(store.fresh(turn)))
        return item, view

    def _status(self, store: Store, recorder: Recorder, person: UUID, status: TurnStatus) -> None:
        """Change one turn's status, after every status change of the round so far (acts
        within one clock tick keep their order: the skipped come back as they were)."""
        turns = store.select(RoundTurn, {"item_id": self.item_id})
        at = after_known(self.at, (turn.status_at for turn in turns))
        recorder.add(
            store.update(RoundTurn, turn_id(self.item_id, person), status=status, status_at=at)
        )

    def _order(self, store: Store, recorder: Recorder, order: list[UUID]) -> None:
        for place, person in enumerate(order, start=1):
            recorder.add(store.update(RoundTurn, turn_id(self.item_id, person), position=place))


class _TurnCommand(_RoundCommand):
    timed: bool = False
    """The session runs: the speaker timer follows the turn."""

    def _hand_over(
        self,
        store: Store,
        recorder: Recorder,
        item: AgendaItem,
        view: RoundView,
        to: UUID | None,
        ending: TurnStatus = TurnStatus.DONE,
    ) -> None:
        """The current turn ends as ``ending``; ``to`` (if anyone) gets the turn."""
        if view.current is not None and view.current != to:
            self._status(store, recorder, view.current, ending)
        for turn in store.select(RoundTurn, {"item_id": self.item_id}):
            stale = turn.status is TurnStatus.CURRENT and turn.participant_id != view.current
            if stale and turn.participant_id != to:  # a turn another laptop gave meanwhile
                self._status(store, recorder, turn.participant_id, TurnStatus.WAITING)
        if to is not None and to != view.current:
            self._status(store, recorder, to, TurnStatus.CURRENT)
        if not self.timed:
            return
        if to is None:
            end_floor(store, recorder, item, self.at)
        elif to != view.current:
            give_floor(store, recorder, item, to, view.seconds_each, self.at)


class RecordAnswer(Command):
    """``participant_id``'s answer, an ``answer`` outcome on the method item."""

    item_id: UUID
    participant_id: UUID
    text: str = Field(min_length=1)
    session_id: UUID | None = None
    """The session running (else the item's)."""
    phase: str = ""
    item_offset_seconds: int | None = None

    def apply(self, store: Store) -> OpResult:
        item = store.require(AgendaItem, self.item_id)
        person = store.require(Participant, self.participant_id)
        return CaptureOutcome(
            event_id=person.event_id,
            session_id=self.session_id or item.session_id,
            item_id=item.id,
            item_offset_seconds=self.item_offset_seconds,
            kind=OutcomeKind.ANSWER,
            text=self.text,
            phase=self.phase,
            mentions=(person.id,),
            fields={"speaker_id": str(person.id), "speaker_name": person.name},
        ).apply(store)


class NextPerson(_TurnCommand):
    """Save ``answer`` (if typed) as the speaker's, end their turn and give the next
    person the floor; from nobody speaking, this starts the round."""

    answer: str = ""
    session_id: UUID | None = None
    phase: str = ""
    item_offset_seconds: int | None = None

    def apply(self, store: Store) -> OpResult:
        recorder = Recorder()
        item, view = self._prepare(store, recorder)
        answer = self.answer.strip()
        if answer:
            if view.current is None:
                raise RoundRobinError(NOBODY_SPEAKING)
            saved = RecordAnswer(
                item_id=self.item_id,
                participant_id=view.current,
                text=answer,
                session_id=self.session_id,
                phase=self.phase,
                item_offset_seconds=self.item_offset_seconds,
            ).apply(store)
            recorder.changes += saved.changes
        moved = view.model_copy(
            update={"done": view.done | ({view.current} if view.current else set())}
        )
        self._hand_over(store, recorder, item, view, moved.next_speaker())
        return recorder.result()


class Skip(_TurnCommand):
    """The speaker is passed over for now (back once everyone else has spoken)."""

    def apply(self, store: Store) -> OpResult:
        recorder = Recorder()
        item, view = self._prepare(store, recorder)
        if view.current is None:
            return recorder.result()
        moved = view.model_copy(update={"skipped": (*view.skipped, view.current)})
        following = moved.next_speaker()
        self._hand_over(store, recorder, item, view, following, TurnStatus.SKIPPED)
        return recorder.result()


class GiveTurn(_TurnCommand):
    """``participant_id`` (someone skipped, or anyone present) speaks now; the current
    speaker's turn ends as done."""

    participant_id: UUID

    def apply(self, store: Store) -> OpResult:
        recorder = Recorder()
        item, view = self._prepare(store, recorder)
        if self.participant_id in view.absent or self.participant_id not in view.order:
            name = store.require(Participant, self.participant_id).name
            raise RoundRobinError(NOT_IN_ROUND, name=name)
        self._hand_over(store, recorder, item, view, self.participant_id)
        return recorder.result()


class MarkAbsent(_TurnCommand):
    """Leave ``participant_id`` out of the round (``absent``) or bring them back at their
    place; if they had the turn, it goes to the next person."""

    participant_id: UUID
    absent: bool = True

    def apply(self, store: Store) -> OpResult:
        recorder = Recorder()
        item, view = self._prepare(store, recorder)
        person = self.participant_id
        if person not in view.order or self.absent == (person in view.absent):
            return recorder.result()
        if not self.absent:
            self._status(store, recorder, person, TurnStatus.WAITING)
            return recorder.result()
        if view.current == person:
            rest = view.model_copy(update={"absent": view.absent | {person}, "current": None})
            self._hand_over(store, recorder, item, view, rest.next_speaker(), TurnStatus.ABSENT)
        else:
            self._status(store, recorder, person, TurnStatus.ABSENT)
        return recorder.result()


class Shuffle(_RoundCommand):
    """The order shuffled (``seed`` makes it repeatable)."""

    seed: int

    def apply(self, store: Store) -> OpResult:
        recorder = Recorder()
        _, view = self._prepare(store, recorder)
        order = list(view.order)
        random.Random(self.seed).shuffle(order)
        self._order(store, recorder, order)
        return recorder.result()


class OrderAsRoster(_RoundCommand):
    def apply(self, store: Store) -> OpResult:
        recorder = Recorder()
        item, view = self._prepare(store, recorder)
        event_id = store.require(Session, item.session_id).event_id
        people = store.select(Participant, {"event_id": event_id})
        self._order(store, recorder, [p.id for p in people if p.id in view.order])
        return recorder.result()


class MoveInOrder(_RoundCommand):
    """``participant_id`` moved to place ``to`` in the order (clamped to the ends)."""

    participant_id: UUID
    to: int

    def apply(self, store: Store) -> OpResult:
        recorder = Recorder()
        _, view = self._prepare(store, recorder)
        if self.participant_id not in view.order:
            return recorder.result()
        order = [person for person in view.order if person != self.participant_id]
        order.insert(max(0, min(self.to, len(order))), self.participant_id)
        self._order(store, recorder, order)
        return recorder.result()


class SetTimeEach(Command):
    """Each person's time, in seconds (0: no countdown)."""

    item_id: UUID
    seconds: int = Field(ge=0, le=3600)

    def apply(self, store: Store) -> OpResult:
        recorder = Recorder()
        record_id = round_settings_id(self.item_id)
        if store.exists(RoundRobinSettings, record_id):
            recorder.add(store.update(RoundRobinSettings, record_id, seconds_each=self.seconds))
            return recorder.result()
        item = store.require(AgendaItem, self.item_id)
        settings = RoundRobinSettings(
            id=record_id,
            event_id=store.require(Session, item.session_id).event_id,
            session_id=item.session_id,
            item_id=item.id,
            seconds_each=self.seconds,
        )
        recorder.add(store.insert(store.fresh(settings)))
        return recorder.result()
