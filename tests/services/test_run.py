"""Running a session: transitions, their arithmetic, and what survives a restart."""

from __future__ import annotations

import random
from datetime import time, timedelta
from uuid import UUID, uuid4

import pytest
from pydantic import ValidationError

from forum_desktop.clock import FakeClock
from forum_desktop.models import AgendaItem, ItemRun, RunStatus, Session, SessionRun
from forum_desktop.services import run as run_ops
from forum_desktop.services.agenda import (
    DeleteSession,
    UpdateItem,
    UpdateSession,
)
from forum_desktop.services.commands import execute
from forum_desktop.services.live_runs import running_sessions
from forum_desktop.services.operations import UndoRefusedError, undo
from forum_desktop.storage import Store
from forum_desktop.timing.clocks import RunClock
from forum_desktop.timing.snapshot import ItemState, Phase
from tests.services.helpers import T0, at, build_day
from tests.storage.helpers import snapshot


def snap(store: Store, session_id: UUID, minutes: float):
    return run_ops.load_run(store, session_id).at(at(minutes))


def test_before_the_start_the_plan_is_shown(store: Store) -> None:
    session_id, _ = build_day(store, [30, 45])
    shown = snap(store, session_id, 0)
    assert shown.phase is Phase.NOT_STARTED
    assert [t.start for t in shown.items] == [at(0), at(30)]
    assert shown.projected_end == at(75)
    assert shown.planned_end == T0.replace(hour=17)


def test_start_counts_down_and_warns_at_the_smaller_threshold(store: Store) -> None:
    session_id, ids = build_day(store, [30, 5])
    execute(store, run_ops.StartRun(session_id=session_id, at=at(0)))
    running = snap(store, session_id, 10)
    assert (running.phase, running.remaining_seconds) == (Phase.RUNNING, 20 * 60)
    assert running.current is not None and running.current.item_id == ids[0]
    # 20 % of 30 min is 6 min; the 2-minute cap is smaller, so the warning starts at 28:00.
    assert running.warning_seconds == 120
    assert snap(store, session_id, 27.9).phase is Phase.RUNNING
    assert snap(store, session_id, 28).phase is Phase.WARNING
    assert snap(store, session_id, 30).phase is Phase.OVERTIME
    over = snap(store, session_id, 33)
    assert over.remaining_seconds == -180
    assert over.progress == 1.0
    # The upcoming item is projected from now, since the current one is over.
    assert over.timing(ids[1]).start == at(33)
    assert over.projected_end == at(38)


def test_the_threshold_is_configurable_per_session(store: Store) -> None:
    session_id, _ = build_day(store, [5], warning_percent=50, warning_max_minutes=10)
    execute(store, run_ops.StartRun(session_id=session_id, at=at(0)))
    assert snap(store, session_id, 0).warning_seconds == 150  # 50 % of 5 min < 10 min


def test_pause_stops_the_clock_and_resume_restarts_it(store: Store) -> None:
    session_id, ids = build_day(store, [20])
    execute(store, run_ops.StartRun(session_id=session_id, at=at(0)))
    execute(store, run_ops.PauseRun(session_id=session_id, at=at(5)))
    paused = snap(store, session_id, 12)
    assert (paused.phase, paused.remaining_seconds) == (Phase.PAUSED, 15 * 60)
    execute(store, run_ops.ResumeRun(session_id=session_id, at=at(12)))
    assert snap(store, session_id, 14).remaining_seconds == 13 * 60
    [item_run] = store.select(ItemRun, {"item_id": ids[0]}, order_by="created_at")
    assert item_run.paused_seconds(at(14)) == 7 * 60
    with pytest.raises(run_ops.RunError, match="not paused"):
        execute(store, run_ops.ResumeRun(session_id=session_id, at=at(15)))


def test_extend_and_shorten_the_current_item(store: Store) -> None:
    session_id, _ = build_day(store, [10, 10])
    execute(store, run_ops.StartRun(session_id=session_id, at=at(0)))
    execute(store, run_ops.ExtendItem(session_id=session_id, seconds=300, at=at(1)))
    execute(store, run_ops.ExtendItem(session_id=session_id, seconds=60, at=at(1)))
    execute(store, run_ops.ExtendItem(session_id=session_id, seconds=-60, at=at(1)))
    shown = snap(store, session_id, 2)
    assert shown.remaining_seconds == 13 * 60
    assert shown.projected_end == at(25)
    # Shortening never takes an item below nothing.
    assert (
        execute(store, run_ops.ExtendItem(session_id=session_id, seconds=-3600, at=at(2))).value
        == -600
    )
    assert snap(store, session_id, 2).current.allotted_seconds == 0  # type: ignore[union-attr]


def test_next_previous_and_jump_keep_each_item_s_own_time(store: Store) -> None:
    session_id, ids = build_day(store, [10, 20, 30])
    execute(store, run_ops.StartRun(session_id=session_id, at=at(0)))
    execute(store, run_ops.NextItem(session_id=session_id, at=at(8)))
    execute(store, run_ops.PreviousItem(session_id=session_id, at=at(15)))
    back = snap(store, session_id, 16)
    assert back.current.item_id == ids[0]  # type: ignore[union-attr]
    assert back.remaining_seconds == (10 - 9) * 60  # 8 minutes before, 1 since coming back
    assert back.timing(ids[1]).elapsed_seconds == 7 * 60
    execute(store, run_ops.JumpToItem(session_id=session_id, item_id=ids[2], at=at(16)))
    jumped = snap(store, session_id, 20)
    assert jumped.current.item_id == ids[2]  # type: ignore[union-attr]
    assert jumped.timing(ids[0]).state is ItemState.DONE
    assert jumped.timing(ids[0]).start == at(0) and jumped.timing(ids[0]).end == at(16)
    with pytest.raises(run_ops.RunError, match="not on this session"):
        execute(store, run_ops.JumpToItem(session_id=session_id, item_id=session_id, at=at(20)))


def test_skip_moves_on_and_a_skipped_item_is_passed_over(store: Store) -> None:
    session_id, ids = build_day(store, [10, 10, 10, 10])
    execute(store, run_ops.StartRun(session_id=session_id, at=at(0)))
    execute(store, run_ops.SkipItem(session_id=session_id, item_id=ids[2], at=at(1)))
    planned = snap(store, session_id, 1)
    assert planned.timing(ids[2]).state is ItemState.SKIPPED
    assert planned.projected_end == at(30)  # three items of ten minutes
    execute(store, run_ops.SkipItem(session_id=session_id, item_id=ids[0], at=at(2)))
    assert snap(store, session_id, 2).current.item_id == ids[1]  # type: ignore[union-attr]
    execute(store, run_ops.NextItem(session_id=session_id, at=at(12)))
    assert snap(store, session_id, 12).current.item_id == ids[3]  # type: ignore[union-attr]
    execute(store, run_ops.NextItem(session_id=session_id, at=at(22)))
    finished = snap(store, session_id, 30)
    assert finished.phase is Phase.FINISHED
    assert finished.projected_end == at(22)
    [run] = store.select(SessionRun, {"session_id": session_id}, order_by="started_at")
    assert (run.status, run.ended_at) == (RunStatus.FINISHED, at(22))


def test_a_locked_item_is_not_projected_before_its_lock(store: Store) -> None:
    session_id, ids = build_day(store, [10, 10])
    execute(store, UpdateItem(item_id=ids[1], locked_start=time(10, 0)))
    execute(store, run_ops.StartRun(session_id=session_id, at=at(0)))
    shown = snap(store, session_id, 1)
    assert shown.timing(ids[1]).start == at(60)
    assert shown.projected_end == at(70)


def test_running_late_shows_against_the_planned_end(store: Store) -> None:
    session_id, _ = build_day(store, [60])
    execute(store, UpdateSession(session_id=session_id, end_time=time(10, 0)))
    execute(store, run_ops.StartRun(session_id=session_id, at=at(0)))
    execute(store, run_ops.PauseRun(session_id=session_id, at=at(10)))
    assert snap(store, session_id, 18).end_delta_seconds == 8 * 60


def test_a_session_with_nested_items_runs_its_sub_items(store: Store) -> None:
    session_id, ids = build_day(store, [10])
    sub = store.fresh(
        AgendaItem(session_id=session_id, parent_id=ids[0], title="2a", planned_minutes=4)
    )
    store.insert(sub)
    execute(store, run_ops.StartRun(session_id=session_id, at=at(0)))
    assert snap(store, session_id, 1).current.item_id == sub.id  # type: ignore[union-attr]


def test_starting_twice_is_refused_and_an_ended_run_is_never_erased(store: Store) -> None:
    session_id, ids = build_day(store, [10, 20])
    execute(store, run_ops.StartRun(session_id=session_id, at=at(0)))
    with pytest.raises(run_ops.RunError, match="already running"):
        execute(store, run_ops.StartRun(session_id=session_id, at=at(1)))
    execute(store, run_ops.NextItem(session_id=session_id, at=at(8)))
    execute(store, run_ops.FinishRun(session_id=session_id, at=at(15)))
    with pytest.raises(run_ops.RunError, match="resume it where it stopped, or run it again"):
        execute(store, run_ops.StartRun(session_id=session_id, at=at(60)))
    first_times = {r.item_id: r.spans for r in run_ops.item_runs(store, session_id).values()}

    execute(store, run_ops.RunAgain(session_id=session_id, at=at(60)))
    assert snap(store, session_id, 61).remaining_seconds == 9 * 60
    run = run_ops.session_run(store, session_id)
    assert run is not None and run.started_at == at(60)
    [earlier] = run.earlier_runs
    assert (earlier.started_at, earlier.ended_at) == (at(0), at(15))
    assert {r.item_id: r.spans for r in earlier.item_runs} == first_times
    assert first_times[ids[0]][0].start == at(0) and first_times[ids[1]][0].end == at(15)


def test_resuming_an_ended_session_goes_on_with_the_item_it_stopped_on(store: Store) -> None:
    session_id, ids = build_day(store, [10, 20])
    execute(store, run_ops.StartRun(session_id=session_id, at=at(0)))
    execute(store, run_ops.NextItem(session_id=session_id, at=at(8)))
    with pytest.raises(run_ops.RunError, match="has not ended"):
        execute(store, run_ops.ResumeEndedRun(session_id=session_id, at=at(9)))
    execute(store, run_ops.FinishRun(session_id=session_id, at=at(15)))
    result = execute(store, run_ops.ResumeEndedRun(session_id=session_id, at=at(30)))
    assert result.value == ids[1]
    snapshot = snap(store, session_id, 31)
    assert snapshot.current is not None and snapshot.current.item_id == ids[1]
    # 7 minutes before the end, 1 since the resume: 12 of its 20 minutes are left.
    assert snapshot.remaining_seconds == 12 * 60
    run = run_ops.session_run(store, session_id)
    assert run is not None and run.ended_at is None and run.earlier_runs == []


def test_an_empty_session_cannot_start(store: Store) -> None:
    session_id, _ = build_day(store, [])
    with pytest.raises(run_ops.RunError, match="no agenda items"):
        execute(store, run_ops.StartRun(session_id=session_id, at=at(0)))


def test_speaker_turns_record_who_spoke_when(store: Store) -> None:
    session_id, ids = build_day(store, [30])
    execute(store, run_ops.StartRun(session_id=session_id, at=at(0)))
    first = execute(
        store,
        run_ops.StartSpeaker(
            session_id=session_id, item_id=ids[0], name="Aminata", allotted_seconds=120, at=at(1)
        ),
    ).value
    execute(
        store, run_ops.StartSpeaker(session_id=session_id, item_id=ids[0], name="Jun", at=at(3.5))
    )
    execute(store, run_ops.NextItem(session_id=session_id, at=at(5)))
    turns = run_ops.speaker_turns(store, ids[0])
    assert [(t.name, t.started_at, t.ended_at) for t in turns] == [
        ("Aminata", at(1), at(3.5)),
        ("Jun", at(3.5), at(5)),
    ]
    assert turns[0].id == first and turns[0].seconds(at(9)) == 150
    with pytest.raises(run_ops.RunError, match="needs a name"):
        execute(
            store, run_ops.StartSpeaker(session_id=session_id, item_id=ids[0], name=" ", at=at(6))
        )


def test_a_negative_turn_or_item_length_is_refused_before_the_store_is_read() -> None:
    session_id, item_id = uuid4(), uuid4()
    with pytest.raises(ValidationError, match="allotted_seconds"):
        run_ops.StartSpeaker(
            session_id=session_id, item_id=item_id, name="Jun", allotted_seconds=-60, at=at(0)
        )
    with pytest.raises(ValidationError, match="minutes"):
        run_ops.ApplyReplan(session_id=session_id, at=at(0), minutes={item_id: -5})


def test_deleting_a_session_deletes_its_run_and_undo_brings_both_back(store: Store) -> None:
    session_id, _ = build_day(store, [10])
    execute(store, run_ops.StartRun(session_id=session_id, at=at(0)))
    result = execute(store, DeleteSession(session_id=session_id))
    assert store.select(ItemRun, {"session_id": session_id}, order_by="created_at") == []
    undo(store, result)
    assert run_ops.load_run(store, session_id).at(at(3)).remaining_seconds == 7 * 60


def test_a_restart_resumes_on_the_right_item_with_time_kept_running(
    store: Store, clock: FakeClock
) -> None:
    """The records alone say where the session is: a new process computes the same."""
    session_id, ids = build_day(store, [15, 15])
    execute(store, run_ops.StartRun(session_id=session_id, at=at(0)))
    execute(store, run_ops.NextItem(session_id=session_id, at=at(14)))
    [unfinished] = running_sessions(store)
    assert unfinished.saved_at == at(14)
    # The app dies at 09:16 and comes back at 09:21: five minutes of the item went by.
    resumed = snap(store, session_id, 21)
    assert resumed.current.item_id == ids[1]  # type: ignore[union-attr]
    assert resumed.remaining_seconds == 8 * 60


class ReferenceRun:
    """The simplest possible bookkeeping of the same day, to compare the engine with."""

    def __init__(self, count: int) -> None:
        self.used = [0.0] * count
        self.extra = [0] * count
        self.current = 0
        self.paused = False

    def advance(self, seconds: float) -> None:
        if not self.paused:
            self.used[self.current] += seconds


def test_an_eight_hour_day_with_irregular_ticks_never_drifts(
    store: Store, clock: FakeClock
) -> None:
    """Hundreds of transitions and ticks that come late, bunched or not at all."""
    minutes = [20, 45, 15, 60, 30, 90, 10, 40, 25, 35, 50, 20]
    session_id, ids = build_day(store, minutes)
    assert clock.now() == T0
    run_clock = RunClock(clock)
    reference = ReferenceRun(len(ids))
    rng = random.Random(20220223)
    execute(store, run_ops.StartRun(session_id=session_id, at=run_clock.now()))
    transitions = 0
    for _ in range(2000):
        step = rng.choice([0.0, 0.001, 0.25, 0.9, 1.0, 3.7, 17.0, 61.3, 120.0])
        clock.advance(step)
        reference.advance(step)
        now = run_clock.now()
        roll = rng.random()
        if roll < 0.05:
            if reference.paused:
                execute(store, run_ops.ResumeRun(session_id=session_id, at=now))
            else:
                execute(store, run_ops.PauseRun(session_id=session_id, at=now))
            reference.paused = not reference.paused
            transitions += 1
        elif roll < 0.09:
            seconds = rng.choice([60, 300, -60])
            execute(store, run_ops.ExtendItem(session_id=session_id, seconds=seconds, at=now))
            floor = -minutes[reference.current] * 60
            reference.extra[reference.current] = max(
                floor, reference.extra[reference.current] + seconds
            )
            transitions += 1
        elif roll < 0.13:
            target = rng.randrange(len(ids))
            execute(store, run_ops.JumpToItem(session_id=session_id, item_id=ids[target], at=now))
            reference.current, reference.paused = target, False
            transitions += 1
        shown = run_ops.load_run(store, session_id).at(now)
        index = reference.current
        expected = minutes[index] * 60 + reference.extra[index] - reference.used[index]
        assert shown.current is not None and shown.current.item_id == ids[index]
        assert shown.remaining_seconds == pytest.approx(expected, abs=1e-6)
    assert transitions > 200
    assert (clock.now() - T0) > timedelta(hours=8)


def test_a_laptop_that_sleeps_over_lunch_catches_up_with_the_wall_clock(
    store: Store, clock: FakeClock
) -> None:
    session_id, _ = build_day(store, [60, 90])
    run_clock = RunClock(clock)
    execute(store, run_ops.StartRun(session_id=session_id, at=run_clock.now()))
    clock.advance(60 * 60)
    execute(store, run_ops.NextItem(session_id=session_id, at=run_clock.now()))
    # Asleep for 70 minutes: the wall clock moves, the monotonic clock does not.
    clock.jump_wall(70 * 60)
    now = run_clock.now()
    assert now == at(130)
    assert run_clock.slept_seconds == 70 * 60
    assert run_ops.load_run(store, session_id).at(now).remaining_seconds == 20 * 60


def test_a_previewed_shrink_applies_and_undo_restores_the_agenda(store: Store) -> None:
    from forum_desktop.models import Priority
    from forum_desktop.timing.replan import Strategy, plan

    session_id, ids = build_day(store, [30, 40, 40])
    execute(store, UpdateSession(session_id=session_id, end_time=time(10, 40)))
    for item_id in ids[1:]:
        execute(store, UpdateItem(item_id=item_id, priority=Priority.FLEXIBLE, min_minutes=20))
    execute(store, run_ops.StartRun(session_id=session_id, at=at(0)))
    late = snap(store, session_id, 40)  # ten minutes over on the first item
    proposal = plan(late, Strategy.SHRINK)
    assert proposal.fits
    result = execute(
        store, run_ops.ApplyReplan(session_id=session_id, at=at(40), minutes=proposal.minutes)
    )
    assert [store.require(AgendaItem, i).planned_minutes for i in ids] == [30, 30, 30]
    assert snap(store, session_id, 40).end_delta_seconds == 0
    undo(store, result)
    assert [store.require(AgendaItem, i).planned_minutes for i in ids] == [30, 40, 40]


def test_moving_the_end_writes_the_session_s_local_end_time(store: Store) -> None:
    session_id, _ = build_day(store, [30])
    execute(store, run_ops.StartRun(session_id=session_id, at=at(0)))
    execute(store, run_ops.ApplyReplan(session_id=session_id, at=at(1), new_end=at(9 * 60 + 15)))
    assert store.require(Session, session_id).end_time == time(18, 15)


def test_a_session_run_on_another_day_is_timed_against_that_day(store: Store) -> None:
    session_id, _ = build_day(store, [60])  # planned for 2022-02-23, 09:00–17:00
    rehearsal = at(0) + timedelta(days=3, hours=1)  # run on the 26th at 10:00
    execute(store, run_ops.StartRun(session_id=session_id, at=rehearsal))
    shown = run_ops.load_run(store, session_id).at(rehearsal + timedelta(minutes=5))
    assert shown.planned_end == (T0 + timedelta(days=3)).replace(hour=17)
    assert shown.end_delta_seconds == -(6 * 60 * 60)


@pytest.mark.parametrize("again", [run_ops.RunAgain, run_ops.ResumeEndedRun])
def test_ending_a_session_cannot_be_undone_once_it_runs_again(
    store: Store, again: type[run_ops.RunAgain] | type[run_ops.ResumeEndedRun]
) -> None:
    """Run steps are not undo steps: undoing "End the session" after the session was run
    again would rewind the live run to the old one; it is refused and changes nothing."""
    session_id, _ = build_day(store, [30, 45])
    execute(store, run_ops.StartRun(session_id=session_id, at=at(0)))
    ended = execute(store, run_ops.FinishRun(session_id=session_id, at=at(20)))
    execute(store, again(session_id=session_id, at=at(40)))
    execute(store, run_ops.NextItem(session_id=session_id, at=at(45)))
    before = snapshot(store)
    with pytest.raises(UndoRefusedError, match="changed since, by an act that cannot be undone"):
        undo(store, ended)
    assert snapshot(store) == before


def test_ending_a_session_can_be_undone_while_nothing_ran_since(store: Store) -> None:
    session_id, _ = build_day(store, [30, 45])
    execute(store, run_ops.StartRun(session_id=session_id, at=at(0)))
    running = snapshot(store)
    ended = execute(store, run_ops.FinishRun(session_id=session_id, at=at(20)))
    undo(store, ended)
    assert snapshot(store) == running
