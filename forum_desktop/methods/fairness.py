"""Who got the floor: speaking time and turns per person and per organisation.

Computed from the speaker timer's records (``SpeakerTurn``) and the roster, so the
fishbowl's fairness view and the minutes say the same thing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise
from uuid import UUID

from forum_desktop.models import AttendanceStatus, Participant, SpeakerTurn

CAME = frozenset({AttendanceStatus.PRESENT, AttendanceStatus.LATE})


@dataclass(frozen=True)
class Share:
    """One person's share of the floor; ``participant_id`` None for a name typed at the
    speaker timer that is not on the roster."""

    participant_id: UUID | None
    name: str
    organisation: str
    seconds: float
    turns: int


@dataclass(frozen=True)
class OrganisationShare:
    organisation: str
    """"" when the people have none given (or are not on the roster)."""
    seconds: float
    turns: int
    people: int
    """How many of the listed people belong to it (silent ones too)."""


@dataclass(frozen=True)
class Fairness:
    people: tuple[Share, ...]
    organisations: tuple[OrganisationShare, ...]

    @property
    def seconds(self) -> float:
        return sum(share.seconds for share in self.people)

    @property
    def turns(self) -> int:
        return sum(share.turns for share in self.people)


def present_people(participants: Iterable[Participant]) -> list[Participant]:
    """Who is in the room: checked in as present or late — or, when nobody was checked in
    so, everyone not marked absent (a session run without check-in)."""
    people = list(participants)
    came = [p for p in people if p.attendance in CAME]
    return came or [p for p in people if p.attendance is not AttendanceStatus.ABSENT]


def _order(seconds: float, turns: int, name: str) -> tuple[float, int, str]:
    return (-seconds, -turns, name.casefold())


def fairness(
    turns: Iterable[SpeakerTurn],
    participants: Iterable[Participant],
    now: dt.datetime | None = None,
) -> Fairness:
    """Speaking time (seconds) and number of turns per person and per organisation.

    ``turns`` are the speaker-timer records to count (e.g. every turn of a method item and
    its phases); ``participants`` the event's roster. Everyone present (``present_people``)
    is listed, with zero turns if they never spoke, and so is everyone who spoke, present
    or not. A turn still open counts until ``now`` (nothing without ``now``). Turns
    overlap only where two laptops gave the floor at once: one person's overlapping turns
    count as one turn, and the turn started last holds the floor while it lasts. A speaker
    typed by name (not on the roster) is one person per name, without organisation. People
    and organisations come most speaking time first, then most turns, then by name.
    """
    roster = {p.id: p for p in participants}
    seconds: dict[UUID | str, float] = {p.id: 0.0 for p in present_people(roster.values())}
    counts: dict[UUID | str, int] = dict.fromkeys(seconds, 0)
    names: dict[UUID | str, str] = {}
    spans: dict[UUID | str, list[Span]] = {}
    for turn in sorted(turns, key=lambda t: (t.started_at, str(t.id))):
        key: UUID | str = turn.participant_id or turn.name.strip().casefold()
        names.setdefault(key, turn.name.strip())
        spans.setdefault(key, []).append((turn.started_at, turn.ended_at or now))
    floor = [(start, key, end) for key in spans for start, end in _turns(spans[key])]
    for _, key, _ in floor:
        counts[key] = counts.get(key, 0) + 1
    for key, held in _held(floor).items():
        seconds[key] = seconds.get(key, 0.0) + held
    people: list[Share] = []
    for key, total in seconds.items():
        person = roster.get(key) if isinstance(key, UUID) else None
        people.append(
            Share(
                participant_id=key if isinstance(key, UUID) else None,
                name=person.name if person else names.get(key, ""),
                organisation=person.organisation.strip() if person else "",
                seconds=total,
                turns=counts[key],
            )
        )
    people.sort(key=lambda s: _order(s.seconds, s.turns, s.name))
    by_organisation: dict[str, list[Share]] = {}
    for share in people:
        by_organisation.setdefault(share.organisation, []).append(share)
    organisations = [
        OrganisationShare(
            organisation=name,
            seconds=sum(s.seconds for s in shares),
            turns=sum(s.turns for s in shares),
            people=len(shares),
        )
        for name, shares in by_organisation.items()
    ]
    organisations.sort(key=lambda o: _order(o.seconds, o.turns, o.organisation))
    return Fairness(people=tuple(people), organisations=tuple(organisations))


def _held(
    floor: list[tuple[dt.datetime, UUID | str, dt.datetime | None]],
) -> dict[UUID | str, float]:
    """Seconds each person held the floor. Turns overlap only where two laptops gave it at
    once: at every moment the turn started last among those under way holds it, as the
    speaker panel shows (``services.run.floor_holder``), so the room's time counts once and,
    when that turn ends, an earlier one still under way holds the floor again."""
    timed = [(start, key, end) for start, key, end in floor if end is not None and end > start]
    moments = sorted({moment for start, _, end in timed for moment in (start, end)})
    held: dict[UUID | str, float] = {}
    for begin, finish in pairwise(moments):
        under_way = [(start, key) for start, key, end in timed if start <= begin and end >= finish]
        if under_way:
            _, key = max(under_way, key=lambda turn: (turn[0], str(turn[1])))
            held[key] = held.get(key, 0.0) + (finish - begin).total_seconds()
    return held


Span = tuple[dt.datetime, dt.datetime | None]
"""A turn's start and end (None: still open, with no ``now`` to count to)."""


def _turns(spans: list[Span]) -> list[Span]:
    """One person's turns (oldest first) as they spoke them: turns that overlap are one
    turn, from the first start to the last end known — two laptops gave this person the
    floor at once, each writing a speaker-timer record the merge keeps. A turn still open
    overlaps every later one."""
    merged: list[tuple[dt.datetime, dt.datetime | None, bool]] = []  # start, end, open
    for began, ended in spans:
        if merged and (merged[-1][2] or (merged[-1][1] is not None and began < merged[-1][1])):
            start, end, still_open = merged[-1]
            latest = end if ended is None or (end is not None and end > ended) else ended
            merged[-1] = (start, latest, still_open or ended is None)
        else:
            merged.append((began, ended, ended is None))
    return [(start, end) for start, end, _ in merged]
