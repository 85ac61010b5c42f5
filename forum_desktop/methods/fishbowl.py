"""The fishbowl as the screen and the minutes show it, computed from its records.

Every laptop adds its own records (queue entries, stays in a chair, topics) and merges
the others', so the view is a pure function of the set of records, whatever order they
arrived in. Where two laptops raced, one rule decides the same on every laptop:

- a chair is held by the earliest open stay in it (by start, then id); a person seated
  twice sits in the chair of their earliest open stay (by start, then chair). The other
  stay stays in the log (nothing typed is lost), its person back in the outer circle,
  and leaving the circle ends it too (``services.fishbowl``);
- a queue entry waits while it is open, its person does not sit, and they have not sat
  down since they joined (another laptop may have seated them from its own entry);
- the queue is ordered by position, then join time, then id; a person queued twice on
  two laptops keeps their first place.
"""

from __future__ import annotations

import datetime as dt
from uuid import UUID

from pydantic import BaseModel, ConfigDict

from forum_desktop.models import (
    FishbowlQueueEntry,
    FishbowlRotation,
    FishbowlSettings,
    FishbowlTopic,
)
from forum_desktop.models.fishbowl import settings_id
from forum_desktop.storage import Store


class FishbowlView(BaseModel):
    model_config = ConfigDict(frozen=True)

    chairs: int = 5
    keep_open: bool = True
    seconds_each: int = 180
    topic: str = ""
    topics: tuple[str, ...] = ()
    seats: tuple[UUID | None, ...] = ()
    """Who sits in each chair, one entry per chair (None: free)."""
    queue: tuple[UUID, ...] = ()
    """People waiting to come in, first in front."""
    waiting: tuple[FishbowlQueueEntry, ...] = ()
    """The queue's entries, in its order."""
    holding: tuple[FishbowlRotation, ...] = ()
    """The open stays that hold a chair."""
    log: tuple[FishbowlRotation, ...] = ()
    """Every stay, in the order they started."""

    def sitting_since(self) -> dict[UUID, dt.datetime]:
        """When each sitter sat down: a topic switch splits a stay in the log, not in the
        room."""
        since: dict[UUID, dt.datetime] = {}
        for stay in self.holding:
            start = stay.started_at
            for earlier in reversed(self.log):  # back through the stay's pieces
                if (
                    earlier.participant_id == stay.participant_id
                    and earlier.chair == stay.chair
                    and earlier.ended_at == start
                ):
                    start = earlier.started_at
            since[stay.participant_id] = start
        return since

    def free_chairs(self) -> list[int]:
        return [chair for chair, person in enumerate(self.seats) if person is None]


def _started(stay: FishbowlRotation) -> tuple[dt.datetime, int, str]:
    return (stay.started_at, stay.chair, str(stay.id))


def compute_view(
    settings: FishbowlSettings | None,
    topics: list[FishbowlTopic],
    entries: list[FishbowlQueueEntry],
    stays: list[FishbowlRotation],
) -> FishbowlView:
    chairs = settings.chairs if settings else FishbowlView().chairs
    log = sorted(stays, key=_started)
    seats: list[UUID | None] = [None] * chairs
    holding: list[FishbowlRotation] = []
    for stay in log:
        if stay.ended_at is not None or stay.chair >= chairs:
            continue
        if seats[stay.chair] is None and stay.participant_id not in seats:
            seats[stay.chair] = stay.participant_id
            holding.append(stay)
    sat_down: dict[UUID, dt.datetime] = {}
    for stay in log:
        sat_down[stay.participant_id] = stay.started_at  # the latest, as the log is sorted
    waiting: list[FishbowlQueueEntry] = []
    for entry in sorted(entries, key=lambda e: (e.position, e.joined_at, str(e.id))):
        person = entry.participant_id
        if entry.closed_at is not None or person in seats:
            continue
        if person in sat_down and sat_down[person] >= entry.joined_at:
            continue
        if all(other.participant_id != person for other in waiting):
            waiting.append(entry)
    texts: list[str] = []
    for topic in sorted(topics, key=lambda t: (t.added_at, str(t.id))):
        if topic.text not in texts:
            texts.append(topic.text)
    current = settings.topic if settings else ""
    if current and current not in texts:
        texts.append(current)
    return FishbowlView(
        chairs=chairs,
        keep_open=settings.keep_open if settings else FishbowlView().keep_open,
        seconds_each=settings.seconds_each if settings else FishbowlView().seconds_each,
        topic=current,
        topics=tuple(texts),
        seats=tuple(seats),
        queue=tuple(entry.participant_id for entry in waiting),
        waiting=tuple(waiting),
        holding=tuple(holding),
        log=tuple(log),
    )


def fishbowl_view(store: Store, item_id: UUID) -> FishbowlView:
    """The item's fishbowl as stored (defaults before anything was done)."""
    where = {"item_id": item_id}
    return compute_view(
        store.get(FishbowlSettings, settings_id(item_id)),
        store.select(FishbowlTopic, where, order_by="added_at"),
        store.select(FishbowlQueueEntry, where),
        store.select(FishbowlRotation, where, order_by="started_at"),
    )
