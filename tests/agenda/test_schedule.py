"""The computed schedule: cascade, nesting, locks, flags, midnight and daylight saving.

Compare datetimes in UTC: Python compares two datetimes sharing a tzinfo by wall time,
ignoring ``fold``, which would hide errors on the hour a clock change repeats.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from uuid import UUID, uuid4
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forum_desktop.agenda.schedule import (
    Flag,
    FlagKind,
    Schedule,
    ScheduledItem,
    compute_schedule,
    effective_timezone,
)
from forum_desktop.models import AgendaItem, Session
from forum_desktop.services.demo import load_demo_document

EVENT_ID = uuid4()
PARIS = "Europe/Paris"
SANTIAGO = "America/Santiago"
UTC = dt.UTC


def hm(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


def make_session(
    day: str | None = "2022-02-23",
    start: str | None = "10:00",
    end: str | None = "11:30",
    timezone: str = "",
) -> Session:
    return Session(
        event_id=EVENT_ID,
        title="Session",
        date=dt.date.fromisoformat(day) if day else None,
        start_time=hm(start) if start else None,
        end_time=hm(end) if end else None,
        timezone=timezone,
    )


class Node:
    """A hand-written agenda item: ``Node(25, Node(10), Node(15))``."""

    def __init__(
        self, minutes: int, *children: Node, lock: str | None = None, title: str = "Item"
    ) -> None:
        self.minutes, self.children, self.lock, self.title = minutes, children, lock, title


def build(
    session: Session, nodes: Sequence[Node], parent_id: UUID | None = None
) -> list[AgendaItem]:
    items: list[AgendaItem] = []
    for position, node in enumerate(nodes):
        item = AgendaItem(
            session_id=session.id,
            parent_id=parent_id,
            position=position,
            title=node.title,
            planned_minutes=node.minutes,
            locked_start=hm(node.lock) if node.lock else None,
        )
        items += [item, *build(session, node.children, item.id)]
    return items


def schedule_of(session: Session, *nodes: Node, event_timezone: str = PARIS) -> Schedule:
    return compute_schedule(session, build(session, nodes), event_timezone)


def by_number(schedule: Schedule) -> dict[str, ScheduledItem]:
    return {entry.number: entry for entry in schedule.items}


def local(day: str, time: str, zone: str = PARIS, fold: int = 0) -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{time}").replace(tzinfo=ZoneInfo(zone), fold=fold)


def utc(moment: dt.datetime | None) -> dt.datetime:
    assert moment is not None
    return moment.astimezone(UTC)


def wall(moment: dt.datetime | None) -> str:
    assert moment is not None
    return moment.strftime("%H:%M")


def elapsed(later: dt.datetime | None, earlier: dt.datetime | None) -> int:
    return (utc(later) - utc(earlier)) // dt.timedelta(minutes=1)


def seed() -> list[Node]:
    """The demo's session: 10:00–11:30, three items with sub-items."""
    return [
        Node(25, Node(10), Node(15), title="Bienvenue"),
        Node(40, Node(20), Node(20)),
        Node(25, Node(10), Node(10), Node(5)),
    ]


# --- the cascade ---------------------------------------------------------------------------


def test_seed_session_fits_exactly() -> None:
    schedule = schedule_of(make_session(), *seed())
    entries = by_number(schedule)
    assert list(entries) == ["1", "1.1", "1.2", "2", "2.1", "2.2", "3", "3.1", "3.2", "3.3"]
    assert [wall(entries[n].start) for n in ("1", "1.2", "2", "2.2", "3", "3.3")] == [
        "10:00",
        "10:10",
        "10:25",
        "10:45",
        "11:05",
        "11:25",
    ]
    assert entries["3"].offset == 65
    assert utc(schedule.start) == utc(local("2022-02-23", "10:00"))
    assert utc(schedule.projected_end) == utc(local("2022-02-23", "11:30"))
    assert utc(schedule.planned_end) == utc(local("2022-02-23", "11:30"))
    assert (schedule.total_minutes, schedule.available_minutes) == (90, 90)
    assert schedule.overrun_minutes() == 0
    assert all(entry.flags == () for entry in schedule.items)
    assert schedule.timezone == PARIS
    assert [entry.depth for entry in schedule.items[:3]] == [0, 1, 1]
    assert entries["1"].has_children and not entries["1.1"].has_children


def test_demo_document_schedules_like_the_seed() -> None:
    document = load_demo_document()
    session = document.sessions[0]
    schedule = compute_schedule(session, document.agenda_items, document.event.timezone)
    assert schedule.items[0].item.title == "Bienvenue"
    assert wall(by_number(schedule)["3"].start) == "11:05"
    assert wall(schedule.projected_end) == "11:30"
    assert not any(entry.flags for entry in schedule.items)


def test_five_more_minutes_run_past_the_session_end() -> None:
    schedule = schedule_of(make_session(), *seed(), Node(5, title="Clôture"))
    closing = by_number(schedule)["4"]
    assert (wall(closing.start), wall(closing.end)) == ("11:30", "11:35")
    assert closing.flags == (Flag(FlagKind.PAST_SESSION_END, 5),)
    assert closing.flags[0].reason() == "ends 5 min after the session's end"
    assert schedule.overrun_minutes() == 5
    assert wall(schedule.projected_end) == "11:35"
    assert [e.number for e in schedule.items if e.flags] == ["4"]


def test_a_longer_sub_item_overflows_its_parent_and_the_session() -> None:
    nodes = seed()
    nodes[2].children[2].minutes = 10  # 3.3: 5 → 10 min
    entries = by_number(schedule_of(make_session(), *nodes))
    assert entries["3"].minutes == 30
    assert entries["3"].flags == (Flag(FlagKind.PAST_SESSION_END, 5),)
    assert entries["3.3"].flags == (
        Flag(FlagKind.OVERFLOWS_PARENT, 5),
        Flag(FlagKind.PAST_SESSION_END, 5),
    )


def test_parent_lasts_its_planned_minutes_when_children_are_shorter() -> None:
    entries = by_number(schedule_of(make_session(), Node(30, Node(10), Node(5)), Node(10)))
    assert entries["1"].minutes == 30
    assert entries["2"].offset == 30
    assert all(entry.flags == () for entry in entries.values())


def test_only_the_first_child_past_the_parent_end_is_flagged() -> None:
    entries = by_number(
        schedule_of(make_session(), Node(20, Node(10), Node(15), Node(10)), Node(10))
    )
    assert entries["1.2"].flags == (Flag(FlagKind.OVERFLOWS_PARENT, 5),)
    assert entries["1.3"].flags == ()
    assert entries["1"].minutes == 35
    assert entries["2"].offset == 35


def test_parent_planned_at_zero_lasts_its_children() -> None:
    entries = by_number(schedule_of(make_session(), Node(0, Node(10), Node(15)), Node(5)))
    assert entries["1"].minutes == 25
    assert entries["2"].offset == 25
    assert all(entry.flags == () for entry in entries.values())


def test_three_levels_of_nesting() -> None:
    schedule = schedule_of(
        make_session(),
        Node(60, Node(30, Node(10), Node(25)), Node(20)),
        Node(10),
    )
    entries = by_number(schedule)
    assert list(entries) == ["1", "1.1", "1.1.1", "1.1.2", "1.2", "2"]
    assert [entries[n].depth for n in entries] == [0, 1, 2, 2, 1, 0]
    assert entries["1.1.2"].flags == (Flag(FlagKind.OVERFLOWS_PARENT, 5),)
    assert entries["1.1"].minutes == 35
    assert (entries["1.2"].offset, wall(entries["1.2"].start)) == (35, "10:35")
    assert entries["1.2"].flags == ()  # 35 + 20 = 55, within the parent's 60
    assert entries["1"].minutes == 60
    assert wall(entries["2"].start) == "11:00"


def test_deep_overflow_pushes_every_level() -> None:
    entries = by_number(schedule_of(make_session(), Node(20, Node(15, Node(20)), Node(5))))
    assert entries["1.1.1"].flags == (Flag(FlagKind.OVERFLOWS_PARENT, 5),)
    assert entries["1.1"].minutes == 20
    assert entries["1.1"].flags == ()  # 20 min: just fits in its parent's 20
    assert entries["1.2"].flags == (Flag(FlagKind.OVERFLOWS_PARENT, 5),)
    assert entries["1"].minutes == 25


def test_siblings_follow_position_not_input_order() -> None:
    session = make_session()
    first, second = build(session, [Node(10, title="A"), Node(20, title="B")])
    shuffled = [second, first]
    schedule = compute_schedule(session, shuffled, PARIS)
    assert [entry.item.title for entry in schedule.items] == ["A", "B"]


def test_items_of_other_sessions_are_ignored_and_orphans_go_to_the_top() -> None:
    session = make_session()
    mine = build(session, [Node(10)])
    theirs = build(make_session(), [Node(99)])
    orphan = AgendaItem(session_id=session.id, parent_id=uuid4(), position=5, title="Orphan")
    schedule = compute_schedule(session, [*mine, *theirs, orphan], PARIS)
    assert [(entry.number, entry.depth) for entry in schedule.items] == [("1", 0), ("2", 0)]
    with pytest.raises(KeyError, match="not in this schedule"):
        schedule.item(theirs[0].id)


def test_item_lookup() -> None:
    session = make_session()
    items = build(session, seed())
    schedule = compute_schedule(session, items, PARIS)
    assert schedule.item(items[1].id).number == "1.1"
    assert schedule.item(items[1].id).item is items[1]


def test_empty_agenda() -> None:
    schedule = schedule_of(make_session())
    assert schedule.items == []
    assert schedule.total_minutes == 0
    assert utc(schedule.projected_end) == utc(schedule.start)
    assert schedule.overrun_minutes() == 0


# --- locked starts -------------------------------------------------------------------------


def test_an_early_lock_is_kept_and_leaves_idle_time() -> None:
    schedule = schedule_of(make_session(), Node(20), Node(15, lock="10:30"), Node(10))
    entries = by_number(schedule)
    assert (entries["2"].offset, wall(entries["2"].start)) == (30, "10:30")
    assert entries["2"].flags == ()
    assert wall(entries["3"].start) == "10:45"
    assert schedule.total_minutes == 55  # the 10 idle minutes count


def test_a_late_lock_is_missed() -> None:
    entries = by_number(schedule_of(make_session(), Node(45), Node(15, lock="10:30")))
    assert wall(entries["2"].start) == "10:45"
    assert entries["2"].flags == (Flag(FlagKind.LOCKED_START_MISSED, 15),)
    assert entries["2"].flags[0].reason() == "starts 15 min after its locked start"


def test_a_lock_met_exactly_is_not_flagged() -> None:
    entries = by_number(schedule_of(make_session(), Node(30), Node(15, lock="10:30")))
    assert (wall(entries["2"].start), entries["2"].flags) == ("10:30", ())


def test_a_lock_before_the_session_is_missed() -> None:
    entries = by_number(schedule_of(make_session(), Node(15, lock="09:00")))
    assert entries["1"].flags == (Flag(FlagKind.LOCKED_START_MISSED, 60),)


def test_a_locked_child_stretches_its_parent() -> None:
    entries = by_number(
        schedule_of(make_session(), Node(30, Node(10), Node(10, lock="10:30")), Node(10))
    )
    assert wall(entries["1.2"].start) == "10:30"
    assert entries["1.2"].flags == (Flag(FlagKind.OVERFLOWS_PARENT, 10),)
    assert entries["1"].minutes == 40
    assert wall(entries["2"].start) == "10:40"


def test_lock_seconds_are_ignored() -> None:
    session = make_session()
    item = AgendaItem(
        session_id=session.id, title="x", planned_minutes=5, locked_start=dt.time(10, 30, 45)
    )
    entry = compute_schedule(session, [item], PARIS).items[0]
    assert (wall(entry.start), entry.flags) == ("10:30", ())


# --- midnight ------------------------------------------------------------------------------


def test_session_crossing_midnight() -> None:
    session = make_session("2022-02-23", "22:00", "01:00")
    schedule = schedule_of(
        session,
        Node(60),
        Node(60),
        Node(15, lock="00:30"),  # before the start time: the next day
        Node(30),
    )
    entries = by_number(schedule)
    assert schedule.available_minutes == 180
    assert utc(schedule.planned_end) == utc(local("2022-02-24", "01:00"))
    assert entries["2"].flags == ()  # ends at 00:00 exactly: does not cross
    assert utc(entries["3"].start) == utc(local("2022-02-24", "00:30"))
    assert entries["3"].flags == ()
    assert entries["4"].flags == (Flag(FlagKind.PAST_SESSION_END, 15),)
    assert schedule.overrun_minutes() == 15


def test_item_across_midnight_is_flagged() -> None:
    entries = by_number(
        schedule_of(make_session("2022-02-23", "22:00", "01:00"), Node(90), Node(60))
    )
    assert entries["1"].flags == ()
    assert entries["2"].flags == (Flag(FlagKind.CROSSES_MIDNIGHT, 30),)
    assert entries["2"].flags[0].reason() == "ends 30 min after midnight"
    assert entries["2"].end is not None and entries["2"].end.date() == dt.date(2022, 2, 24)


def test_overrunning_a_day_session_into_the_night() -> None:
    entries = by_number(schedule_of(make_session("2022-02-23", "23:00", "23:45"), Node(90)))
    assert entries["1"].flags == (
        Flag(FlagKind.PAST_SESSION_END, 45),
        Flag(FlagKind.CROSSES_MIDNIGHT, 30),
    )


# --- daylight saving -----------------------------------------------------------------------


def test_paris_spring_forward() -> None:
    # 2022-03-27: 02:00 CET becomes 03:00 CEST.
    schedule = schedule_of(
        make_session("2022-03-27", "01:00", "04:00"), Node(30), Node(60), Node(30)
    )
    entries = by_number(schedule)
    assert (wall(entries["2"].start), wall(entries["2"].end)) == ("01:30", "03:30")
    assert schedule.available_minutes == 120  # four hours on the wall, two elapsed
    assert entries["3"].flags == ()
    assert utc(schedule.projected_end) == utc(local("2022-03-27", "04:00"))


def test_paris_spring_forward_lock_after_the_gap() -> None:
    entries = by_number(
        schedule_of(make_session("2022-03-27", "01:00", "04:00"), Node(30), Node(10, lock="03:00"))
    )
    assert entries["2"].offset == 60  # 03:00 CEST is one hour after 01:00 CET
    assert entries["2"].flags == ()


def test_paris_fall_back() -> None:
    # 2022-10-30: 03:00 CEST becomes 02:00 CET; the hour 02:00–03:00 happens twice.
    schedule = schedule_of(
        make_session("2022-10-30", "01:00", "04:00"), Node(120), Node(60), Node(60)
    )
    entries = by_number(schedule)
    assert schedule.available_minutes == 240
    assert utc(entries["2"].start) == utc(local("2022-10-30", "02:00", fold=1))
    assert entries["2"].start is not None and entries["2"].start.fold == 1
    assert (wall(entries["3"].start), wall(entries["3"].end)) == ("03:00", "04:00")
    assert all(entry.flags == () for entry in schedule.items)


def test_santiago_spring_forward_at_midnight() -> None:
    # 2022-09-11: midnight -04 becomes 01:00 -03, so local midnight never happens.
    session = make_session("2022-09-10", "23:00", "02:00", timezone=SANTIAGO)
    schedule = schedule_of(session, Node(90), Node(30))
    entries = by_number(schedule)
    assert schedule.available_minutes == 120
    assert utc(entries["1"].end) == utc(local("2022-09-11", "01:30", SANTIAGO))
    assert entries["1"].flags == (Flag(FlagKind.CROSSES_MIDNIGHT, 30),)  # elapsed, not wall
    assert wall(entries["2"].end) == "02:00"
    assert entries["2"].flags == ()


def test_santiago_fall_back_at_midnight() -> None:
    # 2022-04-03: midnight -03 becomes 23:00 -04 on the 2nd; 23:00–24:00 happens twice.
    session = make_session("2022-04-02", "22:00", "01:00", timezone=SANTIAGO)
    schedule = schedule_of(session, Node(90), Node(60), Node(60))
    entries = by_number(schedule)
    assert schedule.available_minutes == 240
    assert (wall(entries["2"].start), wall(entries["2"].end)) == ("23:30", "23:30")
    assert elapsed(entries["2"].end, entries["2"].start) == 60
    assert entries["2"].flags == ()  # the same calendar day, twice over
    assert entries["3"].flags == (Flag(FlagKind.CROSSES_MIDNIGHT, 30),)
    assert utc(schedule.projected_end) == utc(local("2022-04-03", "00:30", SANTIAGO))


# --- zones and missing times ----------------------------------------------------------------


def test_session_inherits_the_event_zone() -> None:
    session = make_session()
    assert effective_timezone(session, SANTIAGO) == SANTIAGO
    schedule = schedule_of(session, Node(10), event_timezone=SANTIAGO)
    assert schedule.timezone == SANTIAGO
    assert schedule.start is not None
    assert schedule.start.tzinfo == ZoneInfo(SANTIAGO)
    assert utc(schedule.start) == utc(local("2022-02-23", "10:00", SANTIAGO))


def test_session_zone_wins_over_the_event_zone() -> None:
    session = make_session(timezone="Asia/Tokyo")
    assert effective_timezone(session, SANTIAGO) == "Asia/Tokyo"
    entry = schedule_of(session, Node(10), event_timezone=SANTIAGO).items[0]
    assert utc(entry.start) == dt.datetime(2022, 2, 23, 1, 0, tzinfo=UTC)


def test_unknown_zone_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown time zone"):
        schedule_of(make_session(timezone="Mars/Olympus"), Node(10))


def test_undated_session_keeps_offsets_locks_and_flags() -> None:
    schedule = schedule_of(
        make_session(None, "10:00", "11:00"), Node(20), Node(20, lock="10:30"), Node(20)
    )
    entries = by_number(schedule)
    assert (schedule.start, schedule.planned_end, schedule.projected_end) == (None, None, None)
    assert all(entry.start is None and entry.end is None for entry in schedule.items)
    assert [entries[n].offset for n in ("1", "2", "3")] == [0, 30, 50]
    assert entries["3"].flags == (Flag(FlagKind.PAST_SESSION_END, 10),)
    assert (schedule.total_minutes, schedule.available_minutes) == (70, 60)
    assert schedule.overrun_minutes() == 10


def test_session_without_start_time_has_offsets_only() -> None:
    schedule = schedule_of(
        make_session("2022-02-23", None, "11:00"),
        Node(20, Node(15), Node(10)),
        Node(20, lock="09:00"),
    )
    entries = by_number(schedule)
    assert (schedule.start, schedule.available_minutes) == (None, None)
    assert [entries[n].offset for n in ("1", "1.1", "1.2", "2")] == [0, 0, 15, 25]
    assert entries["1.2"].flags == (Flag(FlagKind.OVERFLOWS_PARENT, 5),)
    assert entries["2"].flags == ()  # no time, no lock
    assert schedule.total_minutes == 45
    assert schedule.overrun_minutes() == 0


def test_session_without_end_time_never_runs_over() -> None:
    schedule = schedule_of(make_session(end=None), Node(600))
    assert schedule.planned_end is None and schedule.available_minutes is None
    assert schedule.items[0].flags == ()
    assert schedule.overrun_minutes() == 0


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        (FlagKind.PAST_SESSION_END, "ends 1 h 05 after the session's end"),
        (FlagKind.LOCKED_START_MISSED, "starts 1 h 05 after its locked start"),
        (FlagKind.OVERFLOWS_PARENT, "ends 1 h 05 after the end planned for the item it belongs to"),
        (FlagKind.CROSSES_MIDNIGHT, "ends 1 h 05 after midnight"),
    ],
)
def test_flag_reasons(kind: FlagKind, reason: str) -> None:
    assert Flag(kind, 65).reason() == reason


# --- properties ----------------------------------------------------------------------------

ZONES = [PARIS, SANTIAGO, "UTC", "Australia/Lord_Howe", "Asia/Kolkata"]
DATES = [
    "2022-02-23",
    "2022-03-26",  # the evening before Paris springs forward
    "2022-03-27",
    "2022-10-29",
    "2022-10-30",
    "2022-09-10",  # Santiago springs forward at midnight
    "2022-04-02",  # Santiago and Lord Howe fall back
    "2022-10-01",  # Lord Howe springs forward by half an hour
]
times = st.builds(dt.time, st.integers(0, 23), st.integers(0, 59))
Agenda = tuple[Session, list[AgendaItem], str]


@st.composite
def agendas(draw: st.DrawFn) -> Agenda:
    day = draw(st.none() | st.sampled_from(DATES).map(dt.date.fromisoformat))
    session = Session(
        event_id=EVENT_ID,
        title="Random",
        date=day,
        start_time=draw(st.none() | times),
        end_time=draw(st.none() | times),
        timezone=draw(st.sampled_from(["", *ZONES])),
    )
    items: list[AgendaItem] = []
    for index in range(draw(st.integers(0, 12))):
        parent = draw(st.none() | st.sampled_from(items)) if items else None
        item = AgendaItem(
            session_id=session.id,
            parent_id=parent.id if parent else None,
            position=draw(st.integers(0, 4)),  # ties included
            title=f"Item {index}",
            planned_minutes=draw(st.integers(0, 180)),
            locked_start=draw(st.none() | st.none() | times),
        )
        items.append(item)
    return session, items, draw(st.sampled_from(ZONES))


@dataclass
class Checked:
    """A random agenda's schedule, with what the checks need to recompute it independently."""

    session: Session
    items: list[AgendaItem]
    schedule: Schedule
    children: dict[UUID, list[ScheduledItem]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for entry in self.schedule.items:
            if entry.item.parent_id is not None:
                self.children.setdefault(entry.item.parent_id, []).append(entry)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.schedule.timezone)

    def crosses_midnight(self) -> bool:
        start, end = self.session.start_time, self.session.end_time
        return start is not None and end is not None and end < start

    def wall_instant(self, time: dt.time, next_day: bool) -> dt.datetime:
        assert self.session.date is not None
        day = self.session.date + dt.timedelta(days=1 if next_day else 0)
        return dt.datetime.combine(day, time, tzinfo=self.zone)

    def lock_instant(self, lock: dt.time) -> dt.datetime:
        assert self.session.start_time is not None
        return self.wall_instant(lock, self.crosses_midnight() and lock < self.session.start_time)

    def undated_lock_offset(self, lock: dt.time) -> int:
        assert self.session.start_time is not None
        day = 24 * 60 if self.crosses_midnight() and lock < self.session.start_time else 0
        return day + _minutes_of(lock) - _minutes_of(self.session.start_time)


def _minutes_of(time: dt.time) -> int:
    return time.hour * 60 + time.minute


# One test runs every check on each random agenda: building agendas is what costs time.
@settings(max_examples=250, deadline=None)
@given(agendas())
def test_schedule_invariants(agenda: Agenda) -> None:
    session, items, event_zone = agenda
    checked = Checked(session, items, compute_schedule(session, items, event_zone))
    check_every_item_once_parents_first(checked)
    check_end_is_start_plus_elapsed_minutes(checked)
    check_top_level_in_order_without_overlap(checked)
    check_children_lie_within_their_parent(checked)
    check_total_is_the_projected_length(checked)
    check_lock_missed_iff_started_after_the_lock(checked)
    check_past_session_end_iff_ended_after_the_planned_end(checked)
    check_crosses_midnight_iff_ended_on_a_later_day(checked)


def check_every_item_once_parents_first(checked: Checked) -> None:
    entries = checked.schedule.items
    assert sorted(str(e.item.id) for e in entries) == sorted(str(i.id) for i in checked.items)
    seen: set[UUID] = set()
    for entry in entries:
        assert entry.item.parent_id is None or entry.item.parent_id in seen
        assert entry.depth == entry.number.count(".")
        seen.add(entry.item.id)
    assert len({entry.number for entry in entries}) == len(entries)


def check_end_is_start_plus_elapsed_minutes(checked: Checked) -> None:
    schedule = checked.schedule
    for entry in schedule.items:
        if schedule.start is None:
            assert entry.start is None and entry.end is None
            continue
        assert elapsed(entry.end, entry.start) == entry.minutes
        assert elapsed(entry.start, schedule.start) == entry.offset
        assert entry.start is not None and entry.start.tzinfo == checked.zone


def check_top_level_in_order_without_overlap(checked: Checked) -> None:
    schedule = checked.schedule
    top = [entry for entry in schedule.items if entry.depth == 0]
    for before, after in pairwise(top):
        assert after.offset >= before.end_offset
        if schedule.start is not None:
            assert utc(after.start) >= utc(before.end)
    assert all(entry.offset >= 0 for entry in schedule.items)


def check_children_lie_within_their_parent(checked: Checked) -> None:
    for entry in checked.schedule.items:
        children = checked.children.get(entry.item.id, [])
        if not children:
            assert entry.minutes == entry.item.planned_minutes
            continue
        total = sum(child.minutes for child in children)
        span = children[-1].end_offset - entry.offset  # the sum plus idle time before locks
        assert entry.minutes == max(entry.item.planned_minutes, span) >= total
        for before, after in pairwise(children):
            assert after.offset >= before.end_offset
        for child in children:
            assert entry.offset <= child.offset <= child.end_offset <= entry.offset + span
        cascade = [entry.offset, *(child.end_offset for child in children[:-1])]
        if [child.offset for child in children] == cascade:
            assert span == total  # no idle time: the children fill [start, start + sum]


def check_total_is_the_projected_length(checked: Checked) -> None:
    schedule = checked.schedule
    top = [entry for entry in schedule.items if entry.depth == 0]
    assert schedule.total_minutes == (top[-1].end_offset if top else 0)
    if schedule.start is not None:
        assert elapsed(schedule.projected_end, schedule.start) == schedule.total_minutes
    if schedule.available_minutes is not None:
        expected = max(0, schedule.total_minutes - schedule.available_minutes)
        assert schedule.overrun_minutes() == expected


def check_lock_missed_iff_started_after_the_lock(checked: Checked) -> None:
    for entry in checked.schedule.items:
        flag = entry.flag(FlagKind.LOCKED_START_MISSED)
        lock = entry.item.locked_start
        if lock is None or checked.session.start_time is None:
            assert flag is None
            continue
        if checked.session.date is None:
            late = entry.offset - checked.undated_lock_offset(lock)
        else:
            late = elapsed(entry.start, checked.lock_instant(lock))
        assert late >= 0  # a locked item never starts early
        assert flag == (Flag(FlagKind.LOCKED_START_MISSED, late) if late > 0 else None)


def check_past_session_end_iff_ended_after_the_planned_end(checked: Checked) -> None:
    schedule, session = checked.schedule, checked.session
    if session.date is not None and session.start_time and session.end_time:
        planned = checked.wall_instant(session.end_time, checked.crosses_midnight())
        assert utc(schedule.planned_end) == max(utc(planned), utc(schedule.start))
    for entry in schedule.items:
        flag = entry.flag(FlagKind.PAST_SESSION_END)
        if schedule.available_minutes is None:
            assert flag is None
            continue
        if schedule.planned_end is not None:
            over = elapsed(entry.end, schedule.planned_end)
        else:
            over = entry.end_offset - schedule.available_minutes
        assert flag == (Flag(FlagKind.PAST_SESSION_END, over) if over > 0 else None)


def check_crosses_midnight_iff_ended_on_a_later_day(checked: Checked) -> None:
    for entry in checked.schedule.items:
        if entry.start is None or entry.end is None:
            continue
        last_minute = (utc(entry.end) - dt.timedelta(minutes=1)).astimezone(checked.zone)
        crosses = entry.minutes > 0 and last_minute.date() > entry.start.date()
        assert (entry.flag(FlagKind.CROSSES_MIDNIGHT) is not None) == crosses
