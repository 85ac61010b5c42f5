"""Legacy method state (one ``MethodRun`` blob per method item) turned into the methods'
own records.

Each converted screen registers ``upgrade_<screen>(store, run)`` in ``LEGACY_UPGRADES``;
it writes the run's state as records whose ids derive from the run's (or the item's), so
two laptops converting the same run end with the same records and their merge adds
nothing twice. ``upgrade_legacy_method_runs`` converts every run that has an upgrade and
deletes it, in one transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any
from uuid import uuid5

from forum_desktop.models import (
    FishbowlQueueEntry,
    FishbowlRotation,
    FishbowlSettings,
    FishbowlTopic,
    MethodRun,
    MethodScreen,
    Record,
    RoundRobinSettings,
    RoundTurn,
    TurnStatus,
)
from forum_desktop.models.fishbowl import settings_id
from forum_desktop.models.round_robin import round_settings_id, turn_id
from forum_desktop.models.screens import FishbowlState, RoundRobinState
from forum_desktop.storage import Store


def _put(store: Store, record: Record) -> None:
    """Insert ``record`` unless this laptop has it already (from another's conversion)."""
    if not store.exists(type(record), record.id):
        store.insert(record)


def _where(run: MethodRun) -> dict[str, Any]:
    """What every converted record shares: the run's event, session and item, and its
    time as creation time, so each laptop's conversion makes identical records."""
    return {
        "event_id": run.event_id,
        "session_id": run.session_id,
        "item_id": run.item_id,
        "created_at": run.updated_at,
        "updated_at": run.updated_at,
    }


def upgrade_fishbowl(store: Store, run: MethodRun) -> None:
    state = run.screen_state()
    assert isinstance(state, FishbowlState)
    at = run.updated_at
    where = _where(run)
    _put(
        store,
        FishbowlSettings(
            id=settings_id(run.item_id),
            chairs=state.chairs,
            keep_open=state.keep_open,
            seconds_each=state.seconds_each,
            topic=state.topic,
            **where,
        ),
    )
    for n, text in enumerate(state.topics):
        added = at + dt.timedelta(microseconds=n)  # in the order the state listed them
        topic = FishbowlTopic(id=uuid5(run.id, f"topic:{n}"), text=text, added_at=added, **where)
        _put(store, topic)
    sitting: set[tuple[int, object]] = set()
    for n, stay in enumerate(state.log):
        if stay.ended_at is None:
            sitting.add((stay.chair, stay.participant_id))
        rotation = FishbowlRotation(id=uuid5(run.id, f"rotation:{n}"), **stay.model_dump(), **where)
        _put(store, rotation)
    for chair, person in enumerate(state.seats):  # a seat the log did not record
        if person is not None and (chair, person) not in sitting:
            rotation = FishbowlRotation(
                id=uuid5(run.id, f"seat:{chair}"),
                chair=chair,
                participant_id=person,
                topic=state.topic,
                started_at=at,
                **where,
            )
            _put(store, rotation)
    for n, person in enumerate(state.queue):
        # They joined after they last sat down (the state kept no time for it).
        sat = [stay.started_at for stay in state.log if stay.participant_id == person]
        joined = max([at, *(start + dt.timedelta(microseconds=1) for start in sat)])
        entry = FishbowlQueueEntry(
            id=uuid5(run.id, f"queue:{n}"),
            participant_id=person,
            joined_at=joined,
            position=float(n + 1),
            **where,
        )
        _put(store, entry)


def upgrade_round_robin(store: Store, run: MethodRun) -> None:
    state = run.screen_state()
    assert isinstance(state, RoundRobinState)
    at = run.updated_at
    where = _where(run)
    _put(
        store,
        RoundRobinSettings(
            id=round_settings_id(run.item_id), seconds_each=state.seconds_each, **where
        ),
    )
    for n, person in enumerate(state.order):
        status_at = at
        if person == state.current:
            status = TurnStatus.CURRENT
        elif person in state.absent:
            status = TurnStatus.ABSENT
        elif person in state.skipped:
            status = TurnStatus.SKIPPED  # skipped in this order: they come back in it
            status_at = at + dt.timedelta(microseconds=state.skipped.index(person))
        elif person in state.done:
            status = TurnStatus.DONE
        else:
            status = TurnStatus.WAITING
        turn = RoundTurn(
            id=turn_id(run.item_id, person),
            participant_id=person,
            position=float(n + 1),
            status=status,
            status_at=status_at,
            **where,
        )
        _put(store, turn)


LEGACY_UPGRADES: dict[MethodScreen, Callable[[Store, MethodRun], None]] = {
    MethodScreen.FISHBOWL: upgrade_fishbowl,
    MethodScreen.ROUND_ROBIN: upgrade_round_robin,
}
"""The screens whose blob state has become records, with the conversion of each."""


def upgrade_legacy_method_runs(store: Store) -> int:
    """Convert every legacy run of a converted screen and delete it; how many."""
    converted = 0
    with store.transaction():
        for run in store.select(MethodRun, order_by="created_at"):
            upgrade = LEGACY_UPGRADES.get(run.screen)
            if upgrade is not None:
                upgrade(store, run)
                store.delete(MethodRun, run.id)
                converted += 1
    return converted
