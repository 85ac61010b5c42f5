"""The round-robin's order: who speaks now and next, skips that come back, absences."""

from __future__ import annotations

import random
from uuid import UUID, uuid4

from forum_desktop.methods.round_robin import (
    advance,
    call_back,
    finished,
    in_roster_order,
    moved,
    next_speaker,
    progress,
    set_absent,
    settle,
    shuffled,
    speakers,
)
from forum_desktop.models import AttendanceStatus, Participant
from forum_desktop.models.screens import RoundRobinState

EVENT = uuid4()


def roster(count: int, absent: tuple[int, ...] = ()) -> list[Participant]:
    return [
        Participant(
            event_id=EVENT,
            name=f"P{n}",
            position=n,
            attendance=AttendanceStatus.ABSENT if n in absent else AttendanceStatus.PRESENT,
        )
        for n in range(count)
    ]


def names(people: list[Participant], ids: list[UUID] | tuple[UUID, ...]) -> list[str]:
    by_id = {p.id: p.name for p in people}
    return [by_id[pid] for pid in ids]


def test_the_roster_sets_the_first_order_and_who_is_absent() -> None:
    people = roster(4, absent=(2,))
    state = settle(RoundRobinState(), people)
    assert names(people, state.order) == ["P0", "P1", "P2", "P3"]
    assert names(people, speakers(state)) == ["P0", "P1", "P3"]
    assert progress(state) == (0, 3)
    # A saved order is kept; someone added to the roster later joins at the end.
    later = [*people, *roster(1)]
    later[4] = later[4].model_copy(update={"name": "P4"})
    again = settle(moved(state, people[3].id, 0), later)
    assert names(later, again.order) == ["P3", "P0", "P1", "P2", "P4"]
    # Someone deleted from the roster leaves the round, whatever their place in it.
    speaking = advance(again)
    assert speaking.current == people[3].id
    gone = settle(speaking, [p for p in later if p.id != people[3].id])
    assert gone.current is None and names(later, gone.order) == ["P0", "P1", "P2", "P4"]


def test_turns_skips_coming_back_and_progress() -> None:
    people = roster(4)
    state = advance(settle(RoundRobinState(), people))  # the round starts
    assert names(people, [state.current]) == ["P0"]  # type: ignore[list-item]
    assert progress(state) == (1, 4)
    state = advance(state, skip=True)  # P0 passes for now
    assert names(people, state.skipped) == ["P0"] and progress(state) == (1, 4)
    state = advance(advance(state))  # P1, P2 speak
    assert names(people, [state.current]) == ["P3"]  # type: ignore[list-item]
    assert next_speaker(state) == people[0].id  # the skipped come back at the end
    assert progress(state) == (3, 4)
    state = advance(state)
    assert state.current == people[0].id and state.skipped == ()
    assert progress(state) == (4, 4)
    state = advance(state)
    assert state.current is None and finished(state)


def test_calling_back_and_absences() -> None:
    people = roster(5)
    state = advance(advance(settle(RoundRobinState(), people), skip=True))  # P0 skipped
    assert state.current == people[1].id
    state = call_back(state, people[0].id)
    assert state.current == people[0].id and state.done == (people[1].id,)
    state = set_absent(advance(state), people[2].id, True)  # P2 had the turn: it moves on
    assert state.current == people[3].id and progress(state) == (3, 4)
    assert set_absent(state, people[3].id, False) == state  # already present: unchanged
    back = set_absent(state, people[2].id, False)
    assert next_speaker(back) == people[2].id  # back at their place, not yet heard
    assert call_back(state, people[2].id) == state  # the absent cannot be called


def test_shuffle_is_repeatable_and_the_roster_order_comes_back() -> None:
    people = roster(15)
    state = settle(RoundRobinState(), people)
    one = shuffled(state, random.Random(7))
    assert one == shuffled(state, random.Random(7))
    assert one.order != state.order and sorted(one.order) == sorted(state.order)
    assert in_roster_order(one, people).order == state.order
    assert moved(one, one.order[0], 99).order[-1] == one.order[0]
    assert moved(one, uuid4(), 0) == one
