"""The fishbowl's rules: the queue, coming in through the open chair, who leaves, topics."""

from __future__ import annotations

import datetime as dt
from uuid import UUID, uuid4

import pytest

from forum_desktop.methods.fishbowl import (
    FishbowlError,
    Refusal,
    dequeue,
    enqueue,
    leave,
    move_in_queue,
    seats,
    set_chairs,
    set_topic,
    swap_in,
)
from forum_desktop.models.screens import FishbowlState

T0 = dt.datetime(2022, 2, 23, 9, 0, tzinfo=dt.UTC)
A, B, C, D = (uuid4() for _ in range(4))


def at(minutes: int) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def queued(state: FishbowlState, *people: UUID) -> FishbowlState:
    for person in people:
        state = enqueue(state, person)
    return state


def test_the_queue_adds_once_reorders_and_removes() -> None:
    state = queued(FishbowlState(), A, B, C, A)
    assert state.queue == (A, B, C)
    assert move_in_queue(state, C, -5).queue == (C, A, B)
    assert move_in_queue(state, A, 1).queue == (B, A, C)
    assert dequeue(state, B).queue == (A, C)


def test_with_one_chair_kept_open_the_longest_sitter_leaves() -> None:
    state = queued(FishbowlState(chairs=3, keep_open=True, topics=("MOOC",), topic="MOOC"), A, B)
    state = swap_in(swap_in(state, at(0)), at(1))
    assert seats(state) == [A, B, None]  # the third chair stays open
    state = swap_in(enqueue(state, C), at(5))  # C takes the open chair: A, in longest, leaves
    assert seats(state) == [None, B, C]
    assert [(r.participant_id, r.chair, r.started_at, r.ended_at) for r in state.log] == [
        (A, 0, at(0), at(5)),
        (B, 1, at(1), None),
        (C, 2, at(5), None),
    ]
    assert {r.topic for r in state.log} == {"MOOC"}
    with pytest.raises(FishbowlError) as refused:
        enqueue(state, B)
    assert refused.value.reason is Refusal.SEATED


def test_the_first_in_the_queue_replaces_a_chosen_sitter() -> None:
    state = queued(FishbowlState(chairs=2, keep_open=False), A, B, C)
    state = swap_in(swap_in(state, at(0)), at(0))
    assert seats(state) == [A, B]
    with pytest.raises(FishbowlError) as refused:
        swap_in(state, at(2))  # no free chair and none chosen
    assert refused.value.reason is Refusal.NO_FREE_CHAIR
    state = swap_in(state, at(3), chair=1)
    assert seats(state) == [A, C] and state.queue == ()
    assert state.log[1].ended_at == at(3)
    with pytest.raises(FishbowlError) as refused:
        swap_in(state, at(4))
    assert refused.value.reason is Refusal.QUEUE_EMPTY


def test_a_topic_switch_splits_each_stay_in_the_log_but_not_in_the_room() -> None:
    state = set_topic(queued(FishbowlState(chairs=3), A, B), "MOOC", at(0))
    state = swap_in(swap_in(state, at(0)), at(2))
    state = set_topic(state, "Apprentissage entre pairs", at(10))
    assert state.topics == ("MOOC", "Apprentissage entre pairs")
    assert [(r.participant_id, r.topic, r.started_at, r.ended_at) for r in state.log] == [
        (A, "MOOC", at(0), at(10)),
        (B, "MOOC", at(2), at(10)),
        (A, "Apprentissage entre pairs", at(10), None),
        (B, "Apprentissage entre pairs", at(10), None),
    ]
    state = swap_in(enqueue(state, C), at(12))  # A sat first, before the switch: A leaves
    assert seats(state) == [None, B, C]
    with pytest.raises(FishbowlError):
        set_topic(state, "  ", at(13))


def test_leaving_and_fewer_chairs() -> None:
    state = swap_in(queued(FishbowlState(chairs=4, keep_open=False), A, B, C, D), at(0))
    state = swap_in(swap_in(swap_in(state, at(0)), at(0)), at(0))
    with pytest.raises(FishbowlError) as refused:
        set_chairs(state, 3, keep_open=True)
    assert refused.value.reason is Refusal.CHAIR_TAKEN
    state = leave(state, 3, at(4))
    assert seats(state) == [A, B, C, None] and state.log[3].ended_at == at(4)
    assert seats(set_chairs(state, 3, keep_open=True)) == [A, B, C]
    assert seats(set_chairs(state, 6, keep_open=True)) == [A, B, C, None, None, None]
    assert leave(state, 3, at(5)) == state  # an empty chair: nothing changes


def test_the_state_refuses_inconsistent_seats() -> None:
    with pytest.raises(ValueError, match="two chairs"):
        FishbowlState(seats=(A, A))
    with pytest.raises(ValueError, match="queue"):
        FishbowlState(seats=(A,), queue=(A,))
    with pytest.raises(ValueError, match="topic"):
        FishbowlState(topic="X")
