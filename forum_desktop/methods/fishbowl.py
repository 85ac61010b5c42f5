"""The fishbowl's rules, on its stored state: who comes in through which chair, who
leaves, the queue, the topics and the rotation log.

Every function takes a ``FishbowlState`` and returns a new one (states are immutable), or
raises ``FishbowlError`` naming why the move cannot be made, so the screen can say it
in the interface language. ``at`` is the instant of the move, read once from the run clock.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from uuid import UUID

from forum_desktop.models.screens.fishbowl import FishbowlState, Rotation


class Refusal(StrEnum):
    QUEUE_EMPTY = "queue_empty"
    NO_FREE_CHAIR = "no_free_chair"
    SEATED = "seated"
    CHAIR_TAKEN = "chair_taken"
    NO_TOPIC = "no_topic"


class FishbowlError(ValueError):
    def __init__(self, reason: Refusal) -> None:
        super().__init__(reason.value)
        self.reason = reason


def seats(state: FishbowlState) -> list[UUID | None]:
    """Who sits in each of the chairs, one entry per chair (None: free)."""
    return [*state.seats, *([None] * (state.chairs - len(state.seats)))]


def sitting_since(state: FishbowlState) -> dict[UUID, dt.datetime]:
    """When each sitter sat down: a topic switch splits a stay in the log, not in the room."""
    since: dict[UUID, dt.datetime] = {}
    for rotation in state.log:
        if rotation.ended_at is not None:
            continue
        start = rotation.started_at
        for earlier in reversed(state.log):  # back through the stay's back-to-back pieces
            if (
                earlier.participant_id == rotation.participant_id
                and earlier.chair == rotation.chair
                and earlier.ended_at == start
            ):
                start = earlier.started_at
        since[rotation.participant_id] = start
    return since


def enqueue(state: FishbowlState, person: UUID) -> FishbowlState:
    """Put ``person`` at the back of the queue (where they are if already waiting)."""
    if person in state.seats:
        raise FishbowlError(Refusal.SEATED)
    if person in state.queue:
        return state
    return state.model_copy(update={"queue": (*state.queue, person)})


def dequeue(state: FishbowlState, person: UUID) -> FishbowlState:
    return state.model_copy(update={"queue": tuple(p for p in state.queue if p != person)})


def move_in_queue(state: FishbowlState, person: UUID, offset: int) -> FishbowlState:
    """Move ``person`` ``offset`` places towards the back (negative: the front)."""
    queue = list(state.queue)
    index = queue.index(person)
    target = min(max(index + offset, 0), len(queue) - 1)
    queue.insert(target, queue.pop(index))
    return state.model_copy(update={"queue": tuple(queue)})


def _close(log: list[Rotation], person: UUID, at: dt.datetime) -> None:
    for index, rotation in enumerate(log):
        if rotation.participant_id == person and rotation.ended_at is None:
            log[index] = rotation.model_copy(update={"ended_at": max(at, rotation.started_at)})


def leave(state: FishbowlState, chair: int, at: dt.datetime) -> FishbowlState:
    """The sitter in ``chair`` goes back to the outer circle; the chair is free."""
    chairs = seats(state)
    person = chairs[chair]
    if person is None:
        return state
    chairs[chair] = None
    log = list(state.log)
    _close(log, person, at)
    return state.model_copy(update={"seats": tuple(chairs), "log": tuple(log)})


def swap_in(state: FishbowlState, at: dt.datetime, chair: int | None = None) -> FishbowlState:
    """The first in the queue comes in: into ``chair`` (its sitter leaves) or, without one,
    the first free chair. When one chair is kept open and none is free any more, whoever
    has sat the longest leaves, so the circle stays open."""
    if not state.queue:
        raise FishbowlError(Refusal.QUEUE_EMPTY)
    chairs = seats(state)
    if chair is None:
        if None not in chairs:
            raise FishbowlError(Refusal.NO_FREE_CHAIR)
        chair = chairs.index(None)
    if chairs[chair] is not None:
        state = leave(state, chair, at)
    newcomer = state.queue[0]
    chairs = seats(state)
    chairs[chair] = newcomer
    log = [
        *state.log,
        Rotation(chair=chair, participant_id=newcomer, topic=state.topic, started_at=at),
    ]
    state = state.model_copy(
        update={"seats": tuple(chairs), "queue": state.queue[1:], "log": tuple(log)}
    )
    if state.keep_open and None not in chairs:
        since = sitting_since(state)
        sitters = [(since[p], i) for i, p in enumerate(chairs) if p is not None and p != newcomer]
        state = leave(state, min(sitters)[1], at)
    return FishbowlState.model_validate(state.model_dump())


def set_topic(state: FishbowlState, topic: str, at: dt.datetime) -> FishbowlState:
    """Move the circle to ``topic`` (added to the topics if new); the sitters stay, and
    the log starts a new piece of each stay on the new topic."""
    topic = topic.strip()
    if not topic:
        raise FishbowlError(Refusal.NO_TOPIC)
    topics = state.topics if topic in state.topics else (*state.topics, topic)
    if topic == state.topic:
        return state.model_copy(update={"topics": topics})
    log = list(state.log)
    for index, rotation in enumerate(state.log):
        if rotation.ended_at is None:
            log[index] = rotation.model_copy(update={"ended_at": max(at, rotation.started_at)})
            log.append(rotation.model_copy(update={"topic": topic, "started_at": at}))
    return FishbowlState.model_validate(
        state.model_copy(update={"topics": topics, "topic": topic, "log": tuple(log)}).model_dump()
    )


def set_chairs(state: FishbowlState, chairs: int, keep_open: bool) -> FishbowlState:
    """Change the number of chairs; a chair taken cannot go (its sitter leaves first)."""
    taken = seats(state)
    if any(person is not None for person in taken[chairs:]):
        raise FishbowlError(Refusal.CHAIR_TAKEN)
    return FishbowlState.model_validate(
        state.model_copy(
            update={"chairs": chairs, "keep_open": keep_open, "seats": tuple(taken[:chairs])}
        ).model_dump()
    )
