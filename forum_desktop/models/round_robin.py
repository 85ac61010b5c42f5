"""Round-robin records: one turn per person in the round, and the round's setting.

A ``RoundTurn`` is a person's place in the speaking order (``position``) and where they
stand (``status``); its id is derived from the item and the person, so two laptops
preparing the same round make the same records and edits of one person's turn merge
field by field. ``RoundRobinSettings`` holds the time each (one record per item).
The answers are ``answer`` outcomes, as any capture.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import ClassVar
from uuid import UUID, uuid5

from pydantic import Field

from forum_desktop.models.base import Record


class TurnStatus(StrEnum):
    WAITING = "waiting"
    CURRENT = "current"
    SKIPPED = "skipped"
    """Passed over for now: comes back once everyone else has spoken, or when called."""
    DONE = "done"
    ABSENT = "absent"
    """Left out of the round and of its progress."""


def turn_id(item_id: UUID, participant_id: UUID) -> UUID:
    """A person's turn in the item's round: the same id on every laptop."""
    return uuid5(item_id, f"round-robin:turn:{participant_id}")


def round_settings_id(item_id: UUID) -> UUID:
    return uuid5(item_id, "round-robin:settings")


class RoundTurn(Record):
    record_type: ClassVar[str] = "round_turn"

    event_id: UUID
    session_id: UUID
    item_id: UUID
    participant_id: UUID
    position: float
    status: TurnStatus = TurnStatus.WAITING
    status_at: dt.datetime
    """When the status last changed: the skipped come back in this order, and of two
    laptops giving the turn to different people the later one holds it."""


class RoundRobinSettings(Record):
    record_type: ClassVar[str] = "round_robin_settings"

    event_id: UUID
    session_id: UUID
    item_id: UUID
    seconds_each: int = Field(default=120, ge=0, le=3600)
    """Each person's time; 0: no countdown."""
