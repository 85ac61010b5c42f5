"""The fishbowl's acts as typed commands: each checks its rule and writes in one
transaction, one undo step. ``at`` is the instant of the act, read once from the run
clock. What the screen shows is ``methods.fishbowl.fishbowl_view``."""

from __future__ import annotations

import datetime as dt
from uuid import UUID, uuid5

from pydantic import Field

from forum_desktop.methods.fishbowl import FishbowlView, fishbowl_view
from forum_desktop.models import (
    AgendaItem,
    FishbowlQueueEntry,
    FishbowlRotation,
    FishbowlSettings,
    FishbowlTopic,
    Session,
)
from forum_desktop.models.fishbowl import MAX_TOPIC_LENGTH, settings_id
from forum_desktop.notices import NoticeError, NoticeKind
from forum_desktop.services.commands import Command
from forum_desktop.services.floor import end_floor, give_floor
from forum_desktop.services.operations import OpResult, Recorder
from forum_desktop.storage import Store

QUEUE_EMPTY = NoticeKind(
    "fishbowl.queue_empty", "Nobody is in the queue: add someone from the outer circle first."
)
NO_FREE_CHAIR = NoticeKind(
    "fishbowl.no_free_chair",
    "No chair is free: select the chair of the person who gives up their seat.",
)
SEATED = NoticeKind("fishbowl.seated", "They already sit in the inner circle.")
CHAIR_TAKEN = NoticeKind(
    "fishbowl.chair_taken",
    "A chair that would go is taken: ask its sitter to leave the circle first.",
)
NO_TOPIC = NoticeKind("fishbowl.no_topic", "Type the topic's words first.")
EMPTY_CHAIR = NoticeKind(
    "fishbowl.empty_chair", "Nobody sits in that chair: select the chair of someone sitting."
)
NO_SUCH_CHAIR = NoticeKind(
    "fishbowl.no_such_chair", "There is no chair {chair}: the circle has {chairs}."
)
PANEL_TOO_BIG = NoticeKind(
    "fishbowl.panel_too_big",
    "{chosen} people chosen, but {free} at most can sit down (one chair stays open): choose fewer.",
)


class FishbowlError(NoticeError):
    """A fishbowl act that cannot be done; the message says why and what to do."""


class _FishbowlCommand(Command):
    item_id: UUID

    def _item(self, store: Store) -> tuple[AgendaItem, UUID]:
        item = store.require(AgendaItem, self.item_id)
        return item, store.require(Session, item.session_id).event_id

    def _settings(
        self, store: Store, recorder: Recorder, view: FishbowlView, **values: object
    ) -> None:
        """Set single-valued settings (latest wins); the record is made the first time."""
        record_id = settings_id(self.item_id)
        if store.exists(FishbowlSettings, record_id):
            recorder.add(store.update(FishbowlSettings, record_id, **values))
            return
        item, event_id = self._item(store)
        current = {
            "chairs": view.chairs,
            "keep_open": view.keep_open,
            "seconds_each": view.seconds_each,
            "topic": view.topic,
        }
        settings = FishbowlSettings.model_validate(
            {
                "id": record_id,
                "event_id": event_id,
                "session_id": item.session_id,
                "item_id": item.id,
                **current,
                **values,
            }
        )
        recorder.add(store.insert(store.fresh(settings)))


def _close_entries(
    store: Store, recorder: Recorder, view: FishbowlView, person: UUID, at: dt.datetime
) -> None:
    for entry in view.waiting:
        if entry.participant_id == person:
            recorder.add(store.update(FishbowlQueueEntry, entry.id, closed_at=at))


def _end_stays(
    store: Store, recorder: Recorder, view: FishbowlView, chair: int, at: dt.datetime
) -> set[UUID]:
    """The sitter of ``chair`` leaves: every open stay in the chair ends, and every open
    stay of whoever left (two laptops may have seated one person in two chairs, or two
    people in one chair: none of them comes back when the other leaves), unless they sit
    in another chair. Who left."""
    holder = view.seats[chair] if chair < len(view.seats) else None
    left = {
        stay.participant_id
        for stay in view.log
        if stay.chair == chair
        and stay.ended_at is None
        and (stay.participant_id == holder or stay.participant_id not in view.seats)
    }
    for stay in view.log:
        if stay.ended_at is None and (stay.chair == chair or stay.participant_id in left):
            ended = max(at, stay.started_at)
            recorder.add(store.update(FishbowlRotation, stay.id, ended_at=ended))
    return left


class JoinQueue(_FishbowlCommand):
    """``participant_id`` joins the back of the queue (stays where they are if waiting)."""

    participant_id: UUID
    at: dt.datetime

    def apply(self, store: Store) -> OpResult:
        view = fishbowl_view(store, self.item_id)
        if self.participant_id in view.seats:
            raise FishbowlError(SEATED)
        recorder = Recorder()
        if self.participant_id in view.queue:
            return recorder.result()
        item, event_id = self._item(store)
        last = max((entry.position for entry in view.waiting), default=0.0)
        entry = FishbowlQueueEntry(
            event_id=event_id,
            session_id=item.session_id,
            item_id=item.id,
            participant_id=self.participant_id,
            joined_at=self.at,
            position=last + 1,
        )
        recorder.add(store.insert(store.fresh(entry)))
        return recorder.result(entry.id)


class LeaveQueue(_FishbowlCommand):
    participant_id: UUID
    at: dt.datetime

    def apply(self, store: Store) -> OpResult:
        recorder = Recorder()
        _close_entries(
            store, recorder, fishbowl_view(store, self.item_id), self.participant_id, self.at
        )
        return recorder.result()


class MoveInQueue(_FishbowlCommand):
    """Move ``participant_id`` ``offset`` places towards the back (negative: the front)."""

    participant_id: UUID
    offset: int

    def apply(self, store: Store) -> OpResult:
        view = fishbowl_view(store, self.item_id)
        recorder = Recorder()
        entries = list(view.waiting)
        index = next(
            (n for n, e in enumerate(entries) if e.participant_id == self.participant_id), None
        )
        if index is None:
            return recorder.result()
        target = min(max(index + self.offset, 0), len(entries) - 1)
        entries.insert(target, entries.pop(index))
        for place, entry in enumerate(entries, start=1):
            recorder.add(store.update(FishbowlQueueEntry, entry.id, position=float(place)))
        return recorder.result()


class Seat(_FishbowlCommand):
    """The first in the queue comes in: into ``chair`` (its sitter leaves) or, without one,
    the first free chair. With one chair kept open, filling the last free chair makes
    whoever has sat the longest leave, in the same act."""

    at: dt.datetime
    chair: int | None = None

    def apply(self, store: Store) -> OpResult:
        view = fishbowl_view(store, self.item_id)
        if not view.queue:
            raise FishbowlError(QUEUE_EMPTY)
        chair = self.chair
        if chair is None:
            free = view.free_chairs()
            if not free:
                raise FishbowlError(NO_FREE_CHAIR)
            chair = free[0]
        elif not 0 <= chair < view.chairs:
            raise FishbowlError(NO_SUCH_CHAIR, chair=chair + 1, chairs=view.chairs)
        item, event_id = self._item(store)
        recorder = Recorder()
        left = _end_stays(store, recorder, view, chair, self.at)
        newcomer = view.queue[0]
        _close_entries(store, recorder, view, newcomer, self.at)
        stay = FishbowlRotation(
            event_id=event_id,
            session_id=item.session_id,
            item_id=item.id,
            chair=chair,
            participant_id=newcomer,
            topic=view.topic,
            started_at=self.at,
        )
        recorder.add(store.insert(store.fresh(stay)))
        after = fishbowl_view(store, self.item_id)
        if after.keep_open and not after.free_chairs():
            since = after.sitting_since()
            longest = min(
                (since[person], number)
                for number, person in enumerate(after.seats)
                if person is not None and person != newcomer
            )
            left |= _end_stays(store, recorder, after, longest[1], self.at)
        end_floor(store, recorder, item, self.at, only=left)
        return recorder.result(stay.id)


class SeatPanel(_FishbowlCommand):
    """The opening panel sits down at once, straight from the outer circle: each person in
    turn takes the next free chair (one stays open when the circle keeps one), leaving the
    queue if they were in it. Value: how many sat down."""

    participant_ids: list[UUID]
    at: dt.datetime

    def apply(self, store: Store) -> OpResult:
        view = fishbowl_view(store, self.item_id)
        people = [p for p in dict.fromkeys(self.participant_ids) if p not in view.seats]
        free = view.free_chairs()
        room = max(len(free) - (1 if view.keep_open else 0), 0)
        if len(people) > room:
            raise FishbowlError(PANEL_TOO_BIG, chosen=len(people), free=room)
        item, event_id = self._item(store)
        recorder = Recorder()
        for person, chair in zip(people, free, strict=False):
            _close_entries(store, recorder, view, person, self.at)
            stay = FishbowlRotation(
                event_id=event_id,
                session_id=item.session_id,
                item_id=item.id,
                chair=chair,
                participant_id=person,
                topic=view.topic,
                started_at=self.at,
            )
            recorder.add(store.insert(store.fresh(stay)))
        return recorder.result(len(people))


class LeaveCircle(_FishbowlCommand):
    """The sitter in ``chair`` goes back to the outer circle; their turn ends with it."""

    chair: int
    at: dt.datetime

    def apply(self, store: Store) -> OpResult:
        view = fishbowl_view(store, self.item_id)
        if not 0 <= self.chair < view.chairs or view.seats[self.chair] is None:
            raise FishbowlError(EMPTY_CHAIR)
        recorder = Recorder()
        left = _end_stays(store, recorder, view, self.chair, self.at)
        item, _ = self._item(store)
        end_floor(store, recorder, item, self.at, only=left)
        return recorder.result()


class GiveFloor(_FishbowlCommand):
    """The sitter in ``chair`` speaks, timed by the speaker timer for the time each."""

    chair: int
    at: dt.datetime

    def apply(self, store: Store) -> OpResult:
        view = fishbowl_view(store, self.item_id)
        person = view.seats[self.chair] if 0 <= self.chair < view.chairs else None
        if person is None:
            raise FishbowlError(EMPTY_CHAIR)
        item, _ = self._item(store)
        recorder = Recorder()
        give_floor(store, recorder, item, person, view.seconds_each, self.at)
        return recorder.result()


class SetTopic(_FishbowlCommand):
    """Move the circle to ``topic`` (added if new); the sitters stay, and each stay goes on
    as a new piece on the new topic."""

    topic: str = Field(max_length=MAX_TOPIC_LENGTH)
    at: dt.datetime

    def apply(self, store: Store) -> OpResult:
        topic = self.topic.strip()
        if not topic:
            raise FishbowlError(NO_TOPIC)
        view = fishbowl_view(store, self.item_id)
        item, event_id = self._item(store)
        recorder = Recorder()
        if topic not in view.topics:
            record = FishbowlTopic(
                event_id=event_id,
                session_id=item.session_id,
                item_id=item.id,
                text=topic,
                added_at=self.at,
            )
            recorder.add(store.insert(store.fresh(record)))
        if topic == view.topic:
            return recorder.result()
        self._settings(store, recorder, view, topic=topic)
        for stay in view.holding:
            recorder.add(
                store.update(FishbowlRotation, stay.id, ended_at=max(self.at, stay.started_at))
            )
            # Derived id: two laptops moving one stay to the same topic make one piece.
            piece = stay.model_copy(
                update={
                    "id": uuid5(stay.id, f"topic:{topic}"),
                    "topic": topic,
                    "started_at": self.at,
                    "ended_at": None,
                }
            )
            recorder.add(store.insert(store.fresh(piece)))
        return recorder.result()


class SetChairs(_FishbowlCommand):
    """How many chairs, and whether one is kept open; a taken chair cannot go."""

    chairs: int = Field(ge=2, le=12)
    keep_open: bool

    def apply(self, store: Store) -> OpResult:
        view = fishbowl_view(store, self.item_id)
        if any(person is not None for person in view.seats[self.chairs :]):
            raise FishbowlError(CHAIR_TAKEN)
        recorder = Recorder()
        self._settings(store, recorder, view, chairs=self.chairs, keep_open=self.keep_open)
        return recorder.result()


class SetSpeakerTime(_FishbowlCommand):
    """Each speaker's time (0: the turn only counts up)."""

    seconds: int = Field(ge=0, le=3600)

    def apply(self, store: Store) -> OpResult:
        recorder = Recorder()
        view = fishbowl_view(store, self.item_id)
        self._settings(store, recorder, view, seconds_each=self.seconds)
        return recorder.result()
