"""Examples of the run operations for the registry's undo/redo test."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from forum_desktop.services.run import (
    finish_run,
    next_item,
    pause_run,
    start_run,
    start_speaker,
)
from forum_desktop.storage import Store
from tests.services.helpers import Built, build_event

T0 = datetime(2022, 2, 23, 9, 0, tzinfo=UTC)


def _running(store: Store) -> Built:
    built = build_event(store)
    start_run(store, session_id=built.session_id, at=T0)
    return built


def example_start_run(store: Store) -> dict[str, Any]:
    built = build_event(store)
    return {"session_id": built.session_id, "at": T0}


def example_pause_run(store: Store) -> dict[str, Any]:
    return {"session_id": _running(store).session_id, "at": T0 + timedelta(minutes=3)}


def example_resume_run(store: Store) -> dict[str, Any]:
    built = _running(store)
    pause_run(store, session_id=built.session_id, at=T0 + timedelta(minutes=3))
    return {"session_id": built.session_id, "at": T0 + timedelta(minutes=5)}


def example_next_item(store: Store) -> dict[str, Any]:
    return {"session_id": _running(store).session_id, "at": T0 + timedelta(minutes=4)}


def example_previous_item(store: Store) -> dict[str, Any]:
    built = _running(store)
    next_item(store, session_id=built.session_id, at=T0 + timedelta(minutes=4))
    return {"session_id": built.session_id, "at": T0 + timedelta(minutes=6)}


def example_jump_to_item(store: Store) -> dict[str, Any]:
    built = _running(store)
    return {"session_id": built.session_id, "item_id": built.item_ids[3], "at": T0}


def example_finish_run(store: Store) -> dict[str, Any]:
    return {"session_id": _running(store).session_id, "at": T0 + timedelta(minutes=50)}


def _ended(store: Store) -> Built:
    built = _running(store)
    next_item(store, session_id=built.session_id, at=T0 + timedelta(minutes=4))
    finish_run(store, session_id=built.session_id, at=T0 + timedelta(minutes=50))
    return built


def example_resume_ended_run(store: Store) -> dict[str, Any]:
    return {"session_id": _ended(store).session_id, "at": T0 + timedelta(minutes=60)}


def example_run_again(store: Store) -> dict[str, Any]:
    return {"session_id": _ended(store).session_id, "at": T0 + timedelta(minutes=60)}


def example_extend_item(store: Store) -> dict[str, Any]:
    return {"session_id": _running(store).session_id, "seconds": 300, "at": T0}


def example_skip_item(store: Store) -> dict[str, Any]:
    built = _running(store)
    return {"session_id": built.session_id, "item_id": built.item_ids[2], "at": T0}


def example_start_speaker(store: Store) -> dict[str, Any]:
    built = _running(store)
    start_speaker(
        store,
        session_id=built.session_id,
        item_id=built.item_ids[1],
        participant_id=built.participant_ids[0],
        at=T0,
    )
    return {
        "session_id": built.session_id,
        "item_id": built.item_ids[1],
        "name": "Invitée du public",
        "allotted_seconds": 120,
        "at": T0 + timedelta(minutes=2),
    }


def example_stop_speaker(store: Store) -> dict[str, Any]:
    built = _running(store)
    turn = start_speaker(
        store,
        session_id=built.session_id,
        item_id=built.item_ids[1],
        participant_id=built.participant_ids[1],
        at=T0,
    ).value
    return {"turn_id": turn, "at": T0 + timedelta(seconds=90)}


RUN_EXAMPLES = {
    "start_run": example_start_run,
    "pause_run": example_pause_run,
    "resume_run": example_resume_run,
    "next_item": example_next_item,
    "previous_item": example_previous_item,
    "jump_to_item": example_jump_to_item,
    "finish_run": example_finish_run,
    "resume_ended_run": example_resume_ended_run,
    "run_again": example_run_again,
    "extend_item": example_extend_item,
    "skip_item": example_skip_item,
    "start_speaker": example_start_speaker,
    "stop_speaker": example_stop_speaker,
}


def example_apply_replan(store: Store) -> dict[str, Any]:
    built = _running(store)
    return {
        "session_id": built.session_id,
        "at": T0 + timedelta(minutes=5),
        "minutes": {built.item_ids[3]: 15},
        "dropped": [built.item_ids[2]],
        "new_end": T0 + timedelta(hours=4),
    }


RUN_EXAMPLES["apply_replan"] = example_apply_replan
