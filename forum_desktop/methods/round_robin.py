"""Round-robin introductions: the order, who speaks now and next, skips and absences.

Pure functions over ``RoundRobinState``: each returns a new state, which the screen
saves as one undo step. The round is the order minus the absent; a turn ends by moving
on (the speaker is done) or by a skip (the speaker comes back once everyone else has
spoken, or when called back).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from uuid import UUID

from forum_desktop.models import AttendanceStatus, Participant
from forum_desktop.models.screens import RoundRobinState


def settle(state: RoundRobinState, people: Sequence[Participant]) -> RoundRobinState:
    """``state`` over today's roster: people no longer on it are dropped, new people join
    at the end in roster order, and those the roster marks absent start out absent."""
    ids = {person.id for person in people}
    order = [pid for pid in state.order if pid in ids]
    known = set(order)
    new = [person for person in people if person.id not in known]
    order += [person.id for person in new]
    absent = [pid for pid in state.absent if pid in ids]
    absent += [p.id for p in new if p.attendance is AttendanceStatus.ABSENT]
    current = state.current if state.current in ids and state.current not in absent else None
    return state.model_copy(
        update={
            "order": tuple(order),
            "absent": tuple(absent),
            "skipped": tuple(pid for pid in state.skipped if pid in ids and pid not in absent),
            "done": tuple(pid for pid in state.done if pid in ids),
            "current": current,
        }
    )


def speakers(state: RoundRobinState) -> list[UUID]:
    """Everyone in the round, in speaking order: the order without the absent."""
    absent = set(state.absent)
    return [pid for pid in state.order if pid not in absent]


def next_speaker(state: RoundRobinState) -> UUID | None:
    """Who speaks after the current speaker: the first who has not had a turn, else the
    first person skipped (coming back at the end), else nobody."""
    passed = {*state.done, *state.skipped, state.current}
    waiting = [pid for pid in speakers(state) if pid not in passed]
    if waiting:
        return waiting[0]
    return next((pid for pid in state.skipped if pid != state.current), None)


def progress(state: RoundRobinState) -> tuple[int, int]:
    """(the current speaker's place, how many are in the round): "7 of 15"."""
    round_ = speakers(state)
    done = len(set(state.done) & set(round_))
    return done + (1 if state.current is not None else 0), len(round_)


def finished(state: RoundRobinState) -> bool:
    """Everyone present has had a turn."""
    return state.current is None and set(speakers(state)) <= set(state.done) and bool(state.done)


def advance(state: RoundRobinState, *, skip: bool = False) -> RoundRobinState:
    """End the current turn (the speaker is done, or skipped) and give the next person
    the turn; from no current speaker this starts the round."""
    done, skipped = list(state.done), list(state.skipped)
    current = state.current
    if current is not None:
        if skip:
            skipped = [pid for pid in skipped if pid != current] + [current]
        elif current not in done:
            done.append(current)
    moved = state.model_copy(update={"done": tuple(done), "skipped": tuple(skipped)})
    return _give_turn(moved, next_speaker(moved))


def call_back(state: RoundRobinState, person: UUID) -> RoundRobinState:
    """Give the turn to ``person`` (someone skipped, or anyone present who has not spoken);
    the current speaker's turn ends as done."""
    if person in state.absent or person == state.current:
        return state
    done = list(state.done)
    if state.current is not None and state.current not in done:
        done.append(state.current)
    return _give_turn(state.model_copy(update={"done": tuple(done)}), person)


def _give_turn(state: RoundRobinState, person: UUID | None) -> RoundRobinState:
    return state.model_copy(
        update={
            "current": person,
            "skipped": tuple(pid for pid in state.skipped if pid != person),
            "done": tuple(pid for pid in state.done if pid != person),
        }
    )


def set_absent(state: RoundRobinState, person: UUID, absent: bool) -> RoundRobinState:
    """Leave ``person`` out of the round (or bring them back, at their place in the order);
    if they had the turn, it goes to the next person."""
    if absent == (person in state.absent):
        return state
    if not absent:
        return state.model_copy(update={"absent": tuple(p for p in state.absent if p != person)})
    changed = state.model_copy(
        update={
            "absent": (*state.absent, person),
            "skipped": tuple(p for p in state.skipped if p != person),
        }
    )
    if state.current != person:
        return changed
    changed = changed.model_copy(update={"current": None})
    return _give_turn(changed, next_speaker(changed))


def shuffled(state: RoundRobinState, rng: random.Random) -> RoundRobinState:
    """The order shuffled by ``rng`` (seed it for a repeatable order)."""
    order = list(state.order)
    rng.shuffle(order)
    return state.model_copy(update={"order": tuple(order)})


def in_roster_order(state: RoundRobinState, people: Sequence[Participant]) -> RoundRobinState:
    rank = {person.id: n for n, person in enumerate(people)}
    order = sorted(state.order, key=lambda pid: rank.get(pid, len(rank)))
    return state.model_copy(update={"order": tuple(order)})


def moved(state: RoundRobinState, person: UUID, to: int) -> RoundRobinState:
    """``person`` moved to place ``to`` in the order (clamped to the ends)."""
    if person not in state.order:
        return state
    order = [pid for pid in state.order if pid != person]
    order.insert(max(0, min(to, len(order))), person)
    return state.model_copy(update={"order": tuple(order)})
