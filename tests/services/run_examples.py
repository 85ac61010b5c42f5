"""Examples of the run commands for the undo/redo test, keyed by the command's name."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from forum_desktop.services.commands import Command, execute
from forum_desktop.services.run import (
    ApplyReplan,
    ExtendItem,
    FinishRun,
    JumpToItem,
    NextItem,
    PauseRun,
    PreviousItem,
    ResumeEndedRun,
    ResumeRun,
    RunAgain,
    SkipItem,
    StartRun,
    StartSpeaker,
    StopSpeaker,
)
from forum_desktop.storage import Store
from tests.services.helpers import Built, build_event

T0 = datetime(2022, 2, 23, 9, 0, tzinfo=UTC)


def _running(store: Store) -> Built:
    built = build_event(store)
    execute(store, StartRun(session_id=built.session_id, at=T0))
    return built


def example_start_run(store: Store) -> Command:
    return StartRun(session_id=build_event(store).session_id, at=T0)


def example_pause_run(store: Store) -> Command:
    return PauseRun(session_id=_running(store).session_id, at=T0 + timedelta(minutes=3))


def example_resume_run(store: Store) -> Command:
    built = _running(store)
    execute(store, PauseRun(session_id=built.session_id, at=T0 + timedelta(minutes=3)))
    return ResumeRun(session_id=built.session_id, at=T0 + timedelta(minutes=5))


def example_next_item(store: Store) -> Command:
    return NextItem(session_id=_running(store).session_id, at=T0 + timedelta(minutes=4))


def example_previous_item(store: Store) -> Command:
    built = _running(store)
    execute(store, NextItem(session_id=built.session_id, at=T0 + timedelta(minutes=4)))
    return PreviousItem(session_id=built.session_id, at=T0 + timedelta(minutes=6))


def example_jump_to_item(store: Store) -> Command:
    built = _running(store)
    return JumpToItem(session_id=built.session_id, item_id=built.item_ids[3], at=T0)


def example_finish_run(store: Store) -> Command:
    return FinishRun(session_id=_running(store).session_id, at=T0 + timedelta(minutes=50))


def _ended(store: Store) -> Built:
    built = _running(store)
    execute(store, NextItem(session_id=built.session_id, at=T0 + timedelta(minutes=4)))
    execute(store, FinishRun(session_id=built.session_id, at=T0 + timedelta(minutes=50)))
    return built


def example_resume_ended_run(store: Store) -> Command:
    return ResumeEndedRun(session_id=_ended(store).session_id, at=T0 + timedelta(minutes=60))


def example_run_again(store: Store) -> Command:
    return RunAgain(session_id=_ended(store).session_id, at=T0 + timedelta(minutes=60))


def example_extend_item(store: Store) -> Command:
    return ExtendItem(session_id=_running(store).session_id, seconds=300, at=T0)


def example_skip_item(store: Store) -> Command:
    built = _running(store)
    return SkipItem(session_id=built.session_id, item_id=built.item_ids[2], at=T0)


def example_start_speaker(store: Store) -> Command:
    built = _running(store)
    execute(
        store,
        StartSpeaker(
            session_id=built.session_id,
            item_id=built.item_ids[1],
            participant_id=built.participant_ids[0],
            at=T0,
        ),
    )
    return StartSpeaker(
        session_id=built.session_id,
        item_id=built.item_ids[1],
        name="Invitée du public",
        allotted_seconds=120,
        at=T0 + timedelta(minutes=2),
    )


def example_stop_speaker(store: Store) -> Command:
    built = _running(store)
    turn = execute(
        store,
        StartSpeaker(
            session_id=built.session_id,
            item_id=built.item_ids[1],
            participant_id=built.participant_ids[1],
            at=T0,
        ),
    ).value
    return StopSpeaker(turn_id=turn, at=T0 + timedelta(seconds=90))


def example_apply_replan(store: Store) -> Command:
    built = _running(store)
    return ApplyReplan(
        session_id=built.session_id,
        at=T0 + timedelta(minutes=5),
        minutes={built.item_ids[3]: 15},
        dropped=(built.item_ids[2],),
        new_end=T0 + timedelta(hours=4),
    )


RUN_EXAMPLES: dict[str, Callable[[Store], Command]] = {
    "StartRun": example_start_run,
    "PauseRun": example_pause_run,
    "ResumeRun": example_resume_run,
    "NextItem": example_next_item,
    "PreviousItem": example_previous_item,
    "JumpToItem": example_jump_to_item,
    "FinishRun": example_finish_run,
    "ResumeEndedRun": example_resume_ended_run,
    "RunAgain": example_run_again,
    "ExtendItem": example_extend_item,
    "SkipItem": example_skip_item,
    "StartSpeaker": example_start_speaker,
    "StopSpeaker": example_stop_speaker,
    "ApplyReplan": example_apply_replan,
}
