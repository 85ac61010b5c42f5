"""Re-planning a late session: the three strategies, and their promises under any agenda."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from forum_desktop.agenda.schedule import compute_schedule
from forum_desktop.models import AgendaItem, Event, ItemRun, Priority, Session, SessionRun, Span
from forum_desktop.timing.replan import Plan, Strategy, is_late, minimum_minutes, plan
from forum_desktop.timing.snapshot import Snapshot, snapshot

DAY = dt.date(2022, 2, 23)
T0 = dt.datetime(2022, 2, 23, 9, 0, tzinfo=dt.UTC)
EVENT = Event(title="Forum", language="fr", timezone="UTC")


def running(
    items: list[AgendaItem], session: Session, minutes_in: float, current: int = 0
) -> Snapshot:
    """``session`` running its item ``current`` since ``minutes_in`` minutes after 09:00."""
    schedule = compute_schedule(session, items, "UTC")
    leaves = [entry.item for entry in schedule.items if not entry.has_children]
    now = T0 + dt.timedelta(minutes=minutes_in)
    run = SessionRun(
        session_id=session.id,
        current_item_id=leaves[current].id,
        started_at=T0,
        saved_at=now,
    )
    item_run = ItemRun(session_id=session.id, item_id=leaves[current].id, spans=[Span(start=T0)])
    return snapshot(session, schedule, run, {item_run.item_id: item_run}, now)


def agenda(
    specs: list[tuple[int, Priority, int | None, dt.time | None]], end: dt.time = dt.time(10, 0)
) -> tuple[Session, list[AgendaItem]]:
    session = Session(
        event_id=EVENT.id, title="Matin", date=DAY, start_time=dt.time(9, 0), end_time=end
    )
    items = [
        AgendaItem(
            session_id=session.id,
            title=f"Point {n}",
            position=n,
            planned_minutes=minutes,
            priority=priority,
            min_minutes=minimum,
            locked_start=lock,
        )
        for n, (minutes, priority, minimum, lock) in enumerate(specs)
    ]
    return session, items


FLEX = Priority.FLEXIBLE
OPT = Priority.OPTIONAL
FIXED = Priority.FIXED


def test_shrink_takes_time_in_proportion_to_what_items_can_spare() -> None:
    session, items = agenda([(20, FIXED, None, None), (30, FLEX, 10, None), (20, FLEX, 10, None)])
    late = running(items, session, minutes_in=10)  # 20 + 30 + 20 = 70 min for 60: 10 over
    assert is_late(late) and late.end_delta_seconds == 600
    result = plan(late, Strategy.SHRINK)
    # Spare: 20 and 10 minutes; ten minutes to find: 7 and 3 (largest remainder).
    assert result.minutes == {items[1].id: 23, items[2].id: 17}
    assert result.fits and result.projected_end == T0 + dt.timedelta(hours=1)


def test_a_flexible_item_without_a_minimum_may_halve() -> None:
    session, items = agenda([(20, FIXED, None, None), (50, FLEX, None, None)])
    result = plan(running(items, session, minutes_in=0), Strategy.SHRINK)
    assert result.minutes == {items[1].id: 40} and result.fits


def test_it_says_when_nothing_fits() -> None:
    session, items = agenda([(20, FIXED, None, None), (90, FLEX, 60, None)], end=dt.time(10, 0))
    result = plan(running(items, session, minutes_in=0), Strategy.SHRINK)
    assert result.minutes == {items[1].id: 60} and not result.fits
    assert result.overrun_seconds == 20 * 60


def test_drop_removes_optional_items_from_the_last_one_back() -> None:
    session, items = agenda(
        [
            (20, FIXED, None, None),
            (15, OPT, None, None),
            (30, FLEX, None, None),
            (10, OPT, None, None),
        ]
    )
    result = plan(running(items, session, minutes_in=5), Strategy.DROP)
    # 75 minutes for 60: dropping the last (10) is not enough, so the other goes too.
    assert result.dropped == (items[3].id, items[1].id)
    assert result.fits


def test_move_end_says_when_the_session_will_end() -> None:
    session, items = agenda([(40, FIXED, None, None), (32, FIXED, None, None)])
    result = plan(running(items, session, minutes_in=0.5), Strategy.MOVE_END)
    assert result.new_end == T0 + dt.timedelta(minutes=72)
    assert result.fits


def test_items_before_a_lock_shrink_to_end_by_it_and_the_locked_item_keeps_its_start() -> None:
    session, items = agenda(
        [
            (30, FLEX, 10, None),
            (30, FLEX, 10, None),
            (20, FIXED, None, dt.time(9, 50)),
            (10, FLEX, 5, None),
        ],
        end=dt.time(10, 20),
    )
    late = running(items, session, minutes_in=0)
    result = plan(late, Strategy.SHRINK)
    assert result.minutes == {items[1].id: 20}
    assert result.fits and result.late_locks == ()


def test_a_plan_names_a_lock_it_cannot_keep() -> None:
    session, items = agenda(
        [(30, FIXED, None, None), (30, FIXED, None, None), (10, FIXED, None, dt.time(9, 45))],
        end=dt.time(11, 0),
    )
    result = plan(running(items, session, minutes_in=0), Strategy.SHRINK)
    assert result.late_locks == (items[2].id,) and not result.fits


specs = st.lists(
    st.tuples(
        st.integers(0, 90),
        st.sampled_from([FIXED, FLEX, OPT]),
        st.one_of(st.none(), st.integers(0, 90)),
        st.one_of(st.none(), st.integers(0, 300)),
    ),
    min_size=1,
    max_size=12,
)


def _build(
    raw: list[tuple[int, Priority, int | None, int | None]],
) -> list[tuple[int, Priority, int | None, dt.time | None]]:
    locks = [
        None if lock is None else (dt.datetime(2022, 1, 1, 9) + dt.timedelta(minutes=lock)).time()
        for *_, lock in raw
    ]
    return [(m, p, mn, lock) for (m, p, mn, _), lock in zip(raw, locks, strict=True)]


def _check(late: Snapshot, result: Plan) -> None:
    for timing in late.upcoming:
        item = timing.entry.item
        new = result.minutes.get(item.id)
        if new is None:
            continue
        assert item.priority is FLEX
        assert minimum_minutes(item, item.planned_minutes) <= new < item.planned_minutes
    for dropped in result.dropped:
        assert late.timing(dropped).entry.item.priority is OPT
    if result.fits:
        end = result.new_end or late.planned_end
        assert result.projected_end is not None and end is not None
        assert result.projected_end <= end + dt.timedelta(seconds=1)


@settings(max_examples=150, deadline=None)
@given(raw=specs, minutes_in=st.floats(0, 120), end_minutes=st.integers(10, 360))
def test_every_strategy_keeps_its_promises(
    raw: list[tuple[int, Priority, int | None, int | None]], minutes_in: float, end_minutes: int
) -> None:
    end = (dt.datetime(2022, 1, 1, 9) + dt.timedelta(minutes=end_minutes)).time()
    session, items = agenda(_build(raw), end=end)
    late = running(items, session, minutes_in=minutes_in)
    for strategy in Strategy:
        result = plan(late, strategy)
        _check(late, result)
        if strategy is Strategy.MOVE_END and not result.late_locks:
            assert result.fits
    shrink = plan(late, Strategy.SHRINK)
    # Shrinking fits whenever the minimums leave room before every lock and the end.
    if not shrink.fits and not shrink.late_locks:
        floor = sum(
            minimum_minutes(t.entry.item, t.entry.item.planned_minutes) for t in late.upcoming
        )
        assert late.planned_end is not None
        room = (late.planned_end - late.now).total_seconds() - max(0.0, late.remaining_seconds)
        if not any(t.entry.item.locked_start for t in late.upcoming):
            assert floor * 60 > room
