"""The speaker timer as the method screens use it: a turn on the method's item.

A method's speaker turns name the method's item, not the phase that runs, so the
fairness count and the minutes find every turn of the method in one place. Giving the
floor ends whoever had it — on the item or any of its phases — at the same instant.
"""

from __future__ import annotations

import datetime as dt
from uuid import UUID

from forum_desktop.models import AgendaItem, SpeakerTurn
from forum_desktop.services.agenda import items_of
from forum_desktop.services.operations import Recorder
from forum_desktop.services.run import speaker_turns
from forum_desktop.storage import Store


def method_items(store: Store, item: AgendaItem) -> list[UUID]:
    """The method item and its phases, at any depth."""
    items = items_of(store, item.session_id)
    found = [item.id]
    for item_id in found:
        found += [child.id for child in items if child.parent_id == item_id]
    return found


def method_turns(store: Store, item: AgendaItem) -> list[SpeakerTurn]:
    """Every speaker turn of the method (its item and phases), oldest first."""
    turns = [
        turn for item_id in method_items(store, item) for turn in speaker_turns(store, item_id)
    ]
    return sorted(turns, key=lambda turn: (turn.started_at, str(turn.id)))


def end_floor(
    store: Store,
    recorder: Recorder,
    item: AgendaItem,
    at: dt.datetime,
    only: set[UUID] | None = None,
) -> None:
    """End the open turns of the method (only those of the people in ``only``, if given)."""
    for turn in method_turns(store, item):
        if turn.ended_at is None and (only is None or turn.participant_id in only):
            recorder.add(store.update(SpeakerTurn, turn.id, ended_at=max(at, turn.started_at)))


def give_floor(
    store: Store,
    recorder: Recorder,
    item: AgendaItem,
    participant_id: UUID,
    seconds: int,
    at: dt.datetime,
) -> None:
    """``participant_id`` speaks from ``at`` for ``seconds`` (0: counts up)."""
    end_floor(store, recorder, item, at)
    turn = SpeakerTurn(
        session_id=item.session_id,
        item_id=item.id,
        participant_id=participant_id,
        allotted_seconds=seconds,
        started_at=at,
    )
    recorder.add(store.insert(store.fresh(turn)))
