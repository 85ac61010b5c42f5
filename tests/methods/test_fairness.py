"""Fairness totals: speaking time and turns per person and per organisation, silent people
present listed with zero."""

from __future__ import annotations

import datetime as dt
from uuid import uuid4

from forum_desktop.methods.fairness import fairness, present_people
from forum_desktop.models import AttendanceStatus, Participant, SpeakerTurn
from forum_desktop.services.run import floor_holder

T0 = dt.datetime(2022, 2, 23, 9, 0, tzinfo=dt.UTC)
EVENT = uuid4()


def person(name: str, organisation: str, attendance: AttendanceStatus) -> Participant:
    return Participant(event_id=EVENT, name=name, organisation=organisation, attendance=attendance)


def turn(who: Participant | str, start: int, seconds: int | None) -> SpeakerTurn:
    return SpeakerTurn(
        session_id=EVENT,
        item_id=EVENT,
        participant_id=who.id if isinstance(who, Participant) else None,
        name=who if isinstance(who, str) else "",
        started_at=T0 + dt.timedelta(seconds=start),
        ended_at=None if seconds is None else T0 + dt.timedelta(seconds=start + seconds),
    )


AICHA = person("Aïcha Diallo", "Ville de Dakar", AttendanceStatus.PRESENT)
JUN = person("Jun Park", "Daejeon", AttendanceStatus.LATE)
MOUSSA = person("Moussa Sy", "Ville de Dakar", AttendanceStatus.PRESENT)
LUCIA = person("Lucía Gómez", "", AttendanceStatus.PRESENT)
ABSENT = person("Absent Person", "Daejeon", AttendanceStatus.ABSENT)
UNCHECKED = person("Not Checked", "Lisbon", AttendanceStatus.UNKNOWN)
ROSTER = [AICHA, JUN, MOUSSA, LUCIA, ABSENT, UNCHECKED]


def test_time_and_turns_per_person_and_organisation_with_the_silent_ones() -> None:
    turns = [turn(AICHA, 0, 120), turn(JUN, 120, 60), turn(AICHA, 180, 30), turn(LUCIA, 300, 90)]
    result = fairness(turns, ROSTER)
    assert [(s.name, s.seconds, s.turns) for s in result.people] == [
        ("Aïcha Diallo", 150.0, 2),
        ("Lucía Gómez", 90.0, 1),
        ("Jun Park", 60.0, 1),
        ("Moussa Sy", 0.0, 0),  # present, never spoke: listed with zero
    ]
    assert [(o.organisation, o.seconds, o.turns, o.people) for o in result.organisations] == [
        ("Ville de Dakar", 150.0, 2, 2),
        ("", 90.0, 1, 1),
        ("Daejeon", 60.0, 1, 1),
    ]
    assert (result.seconds, result.turns) == (300.0, 4)


def test_someone_not_checked_in_who_spoke_and_a_typed_name_are_counted() -> None:
    turns = [turn(UNCHECKED, 0, 45), turn("Invitée", 60, 30), turn(" invitée ", 100, 10)]
    result = fairness(turns, ROSTER)
    shares = {s.name: s for s in result.people}
    assert shares["Not Checked"].seconds == 45 and shares["Not Checked"].organisation == "Lisbon"
    assert shares["Invitée"].turns == 2 and shares["Invitée"].participant_id is None
    assert "Absent Person" not in shares


def test_an_open_turn_counts_until_now_only_when_now_is_given() -> None:
    turns = [turn(JUN, 0, None)]
    [jun] = [s for s in fairness(turns, ROSTER).people if s.name == "Jun Park"]
    assert (jun.seconds, jun.turns) == (0.0, 1)
    later = fairness(turns, ROSTER, T0 + dt.timedelta(seconds=75))
    [jun] = [s for s in later.people if s.name == "Jun Park"]
    assert (jun.seconds, jun.turns) == (75.0, 1)


def test_without_check_in_everyone_not_absent_is_present() -> None:
    unknown = [person(name, "", AttendanceStatus.UNKNOWN) for name in ("A", "B")]
    assert present_people([*unknown, ABSENT]) == unknown
    assert present_people(ROSTER) == [AICHA, JUN, MOUSSA, LUCIA]


def test_one_persons_overlapping_turns_count_once() -> None:
    """Two laptops gave Aïcha the floor at once (two records the merge keeps): one turn,
    from the first start to the last end; a turn starting as the last one ended is a new
    turn; an open turn counts until ``now`` and holds the turns started under it."""
    overlapping = [turn(AICHA, 0, 100), turn(AICHA, 2, 120), turn(AICHA, 122, 30)]
    shares = {s.name: s for s in fairness(overlapping, ROSTER).people}
    assert (shares["Aïcha Diallo"].seconds, shares["Aïcha Diallo"].turns) == (152.0, 2)
    still_open = [turn(JUN, 0, None), turn(JUN, 5, 10)]
    now = T0 + dt.timedelta(seconds=60)
    shares = {s.name: s for s in fairness(still_open, ROSTER, now).people}
    assert (shares["Jun Park"].seconds, shares["Jun Park"].turns) == (60.0, 1)
    shares = {s.name: s for s in fairness(still_open, ROSTER).people}  # no now: the closed part
    assert (shares["Jun Park"].seconds, shares["Jun Park"].turns) == (15.0, 1)


def test_a_turn_counts_until_a_later_turn_took_the_floor() -> None:
    """Two laptops gave the floor at once, to Aïcha and, 30 s later, to Moussa: the later
    give holds it, so Aïcha's turn counts until Moussa's began and the room's time once."""
    turns = [turn(AICHA, 0, None), turn(MOUSSA, 30, None)]
    shares = {s.name: s for s in fairness(turns, ROSTER, T0 + dt.timedelta(seconds=90)).people}
    assert (shares["Aïcha Diallo"].seconds, shares["Moussa Sy"].seconds) == (30.0, 60.0)
    closed = [turn(AICHA, 0, 60), turn(MOUSSA, 30, 30)]  # both ended by the next act, at 60 s
    assert fairness(closed, ROSTER).seconds == 60.0


def test_an_earlier_turn_still_under_way_holds_the_floor_again_when_a_later_one_ends() -> None:
    """Aïcha was given the floor on one laptop; another gave it to Moussa at 50 s and ended
    his turn at 60 s. The speaker panel shows Aïcha holding it again (``floor_holder``), so
    her time goes on counting: 190 s of the 200, Moussa 10 s, the room's time once."""
    turns = [turn(AICHA, 0, None), turn(MOUSSA, 50, 10)]
    now = T0 + dt.timedelta(seconds=200)
    assert floor_holder(turns) == turns[0]
    shares = {s.name: s for s in fairness(turns, ROSTER, now).people}
    assert (shares["Aïcha Diallo"].seconds, shares["Moussa Sy"].seconds) == (190.0, 10.0)
    assert fairness(turns, ROSTER, now).seconds == 200.0
