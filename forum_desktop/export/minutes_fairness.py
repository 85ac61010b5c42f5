"""Who held the floor in an item, and for how long: the speaking-time fairness of a
fishbowl, per person and per organisation, from the item's speaker turns and the roster.

Pure: records in, totals out. Everyone present (or late) is counted, so that a person
who never spoke shows with no turns instead of being missing from the table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from forum_desktop.models import AttendanceStatus, Participant, SpeakerTurn

PRESENT = (AttendanceStatus.PRESENT, AttendanceStatus.LATE)


@dataclass(frozen=True)
class PersonTime:
    name: str
    organisation: str
    """Empty for a speaker off the roster, or a person who gave none."""
    turns: int
    seconds: float


@dataclass(frozen=True)
class OrganisationTime:
    organisation: str
    people: int
    """Speakers and present people of the organisation."""
    turns: int
    seconds: float


@dataclass(frozen=True)
class Fairness:
    people: list[PersonTime]
    """Most time first; present people without a turn last, in roster order."""
    organisations: list[OrganisationTime]
    total_seconds: float


def speaking_time(
    turns: Sequence[SpeakerTurn],
    participants: Sequence[Participant],
    *,
    until: dt.datetime | None = None,
) -> Fairness:
    """The totals of ``turns``; a turn never ended counts up to ``until`` (the item's end),
    or nothing when there is none."""
    roster = {person.id: person for person in participants}
    order: list[str] = []
    names: dict[str, str] = {}
    organisations: dict[str, str] = {}
    counts: dict[str, int] = {}
    seconds: dict[str, float] = {}

    def person_key(key: str, name: str, organisation: str) -> str:
        if key not in names:
            order.append(key)
            names[key] = name
            organisations[key] = organisation
            counts[key] = 0
            seconds[key] = 0.0
        return key

    for turn in turns:
        person = roster.get(turn.participant_id) if turn.participant_id else None
        if person is not None:
            key = person_key(str(person.id), person.name, person.organisation.strip())
        else:
            name = turn.name.strip()
            key = person_key(f"name:{name.casefold()}", name, "")
        counts[key] += 1
        end = turn.ended_at or until or turn.started_at
        seconds[key] += max(0.0, (end - turn.started_at).total_seconds())
    for person in sorted(participants, key=lambda p: (p.position, p.name)):
        if person.attendance in PRESENT:
            person_key(str(person.id), person.name, person.organisation.strip())

    people = [PersonTime(names[k], organisations[k], counts[k], seconds[k]) for k in order]
    spoke = sorted(
        (p for p in people if p.turns),
        key=lambda p: (-p.seconds, -p.turns, p.name.casefold()),
    )
    silent = [p for p in people if not p.turns]
    return Fairness([*spoke, *silent], _by_organisation(people), sum(seconds.values()))


def _by_organisation(people: list[PersonTime]) -> list[OrganisationTime]:
    totals: dict[str, list[float]] = {}
    for person in people:
        total = totals.setdefault(person.organisation, [0, 0, 0.0])
        total[0] += 1
        total[1] += person.turns
        total[2] += person.seconds
    rows = [
        OrganisationTime(organisation, int(people), int(turns), seconds)
        for organisation, (people, turns, seconds) in totals.items()
    ]
    return sorted(rows, key=lambda row: (-row.seconds, -row.turns, row.organisation.casefold()))
