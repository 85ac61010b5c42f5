"""Cues fire once per line crossed, whatever the ticks do."""

from __future__ import annotations

from forum_desktop.services import run as run_ops
from forum_desktop.services.commands import execute
from forum_desktop.storage import Store
from forum_desktop.timing.cues import Cue, CueTracker
from tests.services.helpers import at, build_day


def test_warning_then_time_up_each_once_and_again_after_an_extension(store: Store) -> None:
    session_id, _ = build_day(store, [10, 10])
    execute(store, run_ops.StartRun(session_id=session_id, at=at(0)))
    tracker = CueTracker()

    def cues(*minutes: float) -> list[Cue | None]:
        records = run_ops.load_run(store, session_id)
        return [tracker.update(records.at(at(m))) for m in minutes]

    assert cues(1, 7.9, 8, 8.5, 9.99) == [None, None, Cue.WARNING, None, None]
    assert cues(10, 10, 12) == [Cue.TIME_UP, None, None]
    execute(store, run_ops.ExtendItem(session_id=session_id, seconds=300, at=at(12)))
    assert cues(12.5, 13.5, 15) == [None, Cue.WARNING, Cue.TIME_UP]


def test_a_late_tick_straight_into_overtime_gives_only_time_up(store: Store) -> None:
    session_id, _ = build_day(store, [10])
    execute(store, run_ops.StartRun(session_id=session_id, at=at(0)))
    tracker = CueTracker()
    records = run_ops.load_run(store, session_id)
    assert [tracker.update(records.at(at(m))) for m in (1, 11, 11.5)] == [
        None,
        Cue.TIME_UP,
        None,
    ]


def test_paused_and_untimed_items_never_cue(store: Store) -> None:
    session_id, _ = build_day(store, [0, 10])
    execute(store, run_ops.StartRun(session_id=session_id, at=at(0)))
    tracker = CueTracker()
    assert tracker.update(run_ops.load_run(store, session_id).at(at(30))) is None
    execute(store, run_ops.NextItem(session_id=session_id, at=at(30)))
    execute(store, run_ops.PauseRun(session_id=session_id, at=at(31)))
    assert tracker.update(run_ops.load_run(store, session_id).at(at(45))) is None
