"""Speaking-time fairness from speaker turns and the roster's attendance."""

from __future__ import annotations

import datetime as dt
from uuid import uuid4

from forum_desktop.export.minutes_fairness import speaking_time
from forum_desktop.models import AttendanceStatus, Participant, SpeakerTurn

T0 = dt.datetime(2026, 10, 12, 9, 0, tzinfo=dt.UTC)
EVENT = uuid4()
SESSION = uuid4()
ITEM = uuid4()


def person(name: str, organisation: str, status: AttendanceStatus, position: int) -> Participant:
    return Participant(
        event_id=EVENT,
        name=name,
        organisation=organisation,
        attendance=status,
        position=position,
    )


def turn(
    start: int, seconds: int | None, *, who: Participant | None = None, name: str = ""
) -> SpeakerTurn:
    return SpeakerTurn(
        session_id=SESSION,
        item_id=ITEM,
        participant_id=who.id if who else None,
        name=name,
        started_at=T0 + dt.timedelta(seconds=start),
        ended_at=None if seconds is None else T0 + dt.timedelta(seconds=start + seconds),
    )


ANA = person("Ana", "Quito", AttendanceStatus.PRESENT, 0)
BO = person("Bo", "Daejeon", AttendanceStatus.LATE, 1)
CY = person("Cy", "Quito", AttendanceStatus.PRESENT, 2)
DI = person("Di", "Dakar", AttendanceStatus.ABSENT, 3)
EVE = person("Eve", "Dakar", AttendanceStatus.UNKNOWN, 4)
ROSTER = [DI, CY, BO, ANA, EVE]


def test_people_by_time_then_present_people_who_never_spoke_in_roster_order() -> None:
    fairness = speaking_time(
        [turn(0, 60, who=CY), turn(60, 200, who=BO), turn(260, 30, who=CY)], ROSTER
    )
    rows = [(p.name, p.organisation, p.turns, p.seconds) for p in fairness.people]
    assert rows == [
        ("Bo", "Daejeon", 1, 200.0),
        ("Cy", "Quito", 2, 90.0),
        ("Ana", "Quito", 0, 0.0),  # present, silent; Di is absent and Eve never checked in
    ]
    assert fairness.total_seconds == 290.0


def test_organisations_add_up_their_people_present_or_speaking() -> None:
    fairness = speaking_time([turn(0, 60, who=CY), turn(60, 45, who=EVE)], ROSTER)
    rows = [(o.organisation, o.people, o.turns, o.seconds) for o in fairness.organisations]
    assert rows == [
        ("Quito", 2, 1, 60.0),  # Cy spoke, Ana did not
        ("Dakar", 1, 1, 45.0),  # Eve spoke without being checked in
        ("Daejeon", 1, 0, 0.0),
    ]


def test_a_speaker_off_the_roster_counts_by_name_and_an_open_turn_up_to_the_end() -> None:
    end = T0 + dt.timedelta(seconds=400)
    fairness = speaking_time(
        [turn(0, 100, name="Guest "), turn(100, None, name="guest")], [], until=end
    )
    [guest] = fairness.people
    assert (guest.name, guest.organisation, guest.turns, guest.seconds) == ("Guest", "", 2, 400.0)
    # Without an end, an open turn counts as a turn of no time.
    [guest] = speaking_time([turn(0, None, name="Guest")], []).people
    assert (guest.turns, guest.seconds) == (1, 0.0)
