"""The round-robin as the screen and the minutes show it, computed from its records.

The round is the roster in the turns' order: a person without a turn record yet (the
round not touched since they joined the roster) comes at the end, in roster order,
absent if the roster says so; a turn of someone no longer on the roster is left out.
Of two laptops giving the turn to different people, the later change of status holds it
(then the larger id); the other person waits for their turn again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from uuid import UUID

from pydantic import BaseModel, ConfigDict

from forum_desktop.models import (
    AgendaItem,
    AttendanceStatus,
    Participant,
    RoundRobinSettings,
    RoundTurn,
    TurnStatus,
)
from forum_desktop.models.round_robin import round_settings_id
from forum_desktop.storage import Store


class RoundView(BaseModel):
    model_config = ConfigDict(frozen=True)

    order: tuple[UUID, ...] = ()
    """Everyone in the round, in speaking order (the absent too)."""
    absent: frozenset[UUID] = frozenset()
    skipped: tuple[UUID, ...] = ()
    """Passed over for now, in the order they were skipped."""
    done: frozenset[UUID] = frozenset()
    current: UUID | None = None
    seconds_each: int = 120
    stored: frozenset[UUID] = frozenset()
    """The people who have a turn record."""
    positions: tuple[float, ...] = ()
    """Each person's stored position, in ``order`` (made up for those without a record)."""

    def speakers(self) -> list[UUID]:
        """Everyone in the round, in speaking order, without the absent."""
        return [person for person in self.order if person not in self.absent]

    def next_speaker(self) -> UUID | None:
        """Who speaks after the current speaker: the first who has not had a turn, else
        the first person skipped (coming back at the end), else nobody."""
        passed = {*self.done, *self.skipped, self.current}
        waiting = [person for person in self.speakers() if person not in passed]
        if waiting:
            return waiting[0]
        return next((person for person in self.skipped if person != self.current), None)

    def progress(self) -> tuple[int, int]:
        """(the current speaker's place, how many are in the round): "7 of 15"."""
        speakers = self.speakers()
        done = len(self.done & set(speakers))
        return done + (1 if self.current is not None else 0), len(speakers)

    def finished(self) -> bool:
        """Everyone present has had a turn."""
        return self.current is None and bool(self.done) and set(self.speakers()) <= self.done


def compute_view(
    people: Sequence[Participant],
    turns: Sequence[RoundTurn],
    settings: RoundRobinSettings | None,
) -> RoundView:
    rank = {person.id: n for n, person in enumerate(people)}
    kept = sorted(
        (turn for turn in turns if turn.participant_id in rank),
        key=lambda t: (t.position, rank[t.participant_id], str(t.id)),
    )
    by_person: dict[UUID, RoundTurn] = {}
    for turn in kept:
        by_person.setdefault(turn.participant_id, turn)
    order = list(by_person)
    positions = [by_person[person].position for person in order]
    last = max(positions, default=0.0)
    absent = {p for p, t in by_person.items() if t.status is TurnStatus.ABSENT}
    for person in people:
        if person.id not in by_person:
            order.append(person.id)
            last += 1
            positions.append(last)
            if person.attendance is AttendanceStatus.ABSENT:
                absent.add(person.id)
    current_turns = [t for t in by_person.values() if t.status is TurnStatus.CURRENT]
    current = max(current_turns, key=_latest, default=None)
    skipped = sorted((t for t in by_person.values() if t.status is TurnStatus.SKIPPED), key=_latest)
    return RoundView(
        order=tuple(order),
        absent=frozenset(absent),
        skipped=tuple(t.participant_id for t in skipped),
        done=frozenset(p for p, t in by_person.items() if t.status is TurnStatus.DONE),
        current=current.participant_id if current else None,
        seconds_each=settings.seconds_each if settings else RoundView().seconds_each,
        stored=frozenset(by_person),
        positions=tuple(positions),
    )


def _latest(turn: RoundTurn) -> tuple[dt.datetime, str]:
    return (turn.status_at, str(turn.id))


def round_view(store: Store, item_id: UUID, event_id: UUID) -> RoundView:
    """The item's round over the event's roster today."""
    return compute_view(
        store.select(Participant, {"event_id": event_id}),
        store.select(RoundTurn, {"item_id": item_id}),
        store.get(RoundRobinSettings, round_settings_id(item_id)),
    )


class RoundOverrun(BaseModel):
    """The round needs more time than its phase has: people × time each, in seconds."""

    model_config = ConfigDict(frozen=True)

    people: int
    seconds_each: int
    phase: AgendaItem

    @property
    def seconds(self) -> int:
        return self.people * self.seconds_each


def round_phase(store: Store, item_id: UUID) -> AgendaItem:
    """The phase the round runs in: the item's longest phase (the library's "round of
    answers"; the earlier on a tie), or the item itself without phases."""
    phases = store.select(AgendaItem, {"parent_id": item_id}, order_by="position")
    if not phases:
        return store.require(AgendaItem, item_id)
    return max(phases, key=lambda phase: (phase.planned_minutes, -phase.position))


def round_overrun(store: Store, item_id: UUID, view: RoundView) -> RoundOverrun | None:
    """What exceeds the round's phase, or None when everyone's time fits (or is unlimited,
    or the phase has no planned time)."""
    phase = round_phase(store, item_id)
    people = len(view.speakers())
    if not view.seconds_each or not phase.planned_minutes:
        return None
    if people * view.seconds_each <= phase.planned_minutes * 60:
        return None
    return RoundOverrun(people=people, seconds_each=view.seconds_each, phase=phase)
