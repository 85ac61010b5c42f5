"""Fishbowl records: what each laptop adds stays its own record, so acts add up after sync.

- ``FishbowlSettings``: the chairs, the open chair, the time each and the current topic —
  one record per method item (its id derived from the item's, so two laptops setting
  it up make the same record), each field merged latest-wins.
- ``FishbowlTopic``: a topic the circle took up, one record per topic added.
- ``FishbowlQueueEntry``: one person joining the queue; closed when they leave it or sit.
- ``FishbowlRotation``: one stay in one chair on one topic (a topic switch splits a stay).

Every record names the method's item (never a phase). What the screen shows is computed
from them in ``methods/fishbowl.py``.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar
from uuid import UUID, uuid5

from pydantic import Field

from forum_desktop.models.base import Record

MAX_TOPIC_LENGTH = 500


def settings_id(item_id: UUID) -> UUID:
    """The one settings record of the method item: the same on every laptop."""
    return uuid5(item_id, "fishbowl:settings")


class FishbowlSettings(Record):
    record_type: ClassVar[str] = "fishbowl_settings"

    event_id: UUID
    session_id: UUID
    item_id: UUID
    chairs: int = Field(default=5, ge=2, le=12)
    keep_open: bool = True
    """One chair stays free: whoever fills the last free chair makes the longest sitter
    leave."""
    seconds_each: int = Field(default=180, ge=0, le=3600)
    """Each speaker's time; 0: the turn only counts up."""
    topic: str = Field(default="", max_length=MAX_TOPIC_LENGTH)
    """The topic the circle is on."""


class FishbowlTopic(Record):
    record_type: ClassVar[str] = "fishbowl_topic"

    event_id: UUID
    session_id: UUID
    item_id: UUID
    text: str = Field(min_length=1, max_length=MAX_TOPIC_LENGTH)
    added_at: dt.datetime
    """When the circle first took it up: topics are listed in this order."""


class FishbowlQueueEntry(Record):
    """One person joining the queue; ``closed_at`` is set when they leave it or sit."""

    record_type: ClassVar[str] = "fishbowl_queue_entry"

    event_id: UUID
    session_id: UUID
    item_id: UUID
    participant_id: UUID
    joined_at: dt.datetime
    position: float
    """The place in the queue: the join order, changed by moving someone up or down."""
    closed_at: dt.datetime | None = None


class FishbowlRotation(Record):
    """One person's stay in one chair on one topic; ``ended_at`` None while they sit."""

    record_type: ClassVar[str] = "fishbowl_rotation"

    event_id: UUID
    session_id: UUID
    item_id: UUID
    chair: int = Field(ge=0)
    participant_id: UUID
    topic: str = Field(default="", max_length=MAX_TOPIC_LENGTH)
    started_at: dt.datetime
    ended_at: dt.datetime | None = None
