"""Fishbowl: the inner circle's chairs and who sits in them, the queue to come in, the
topics, and the rotation log (who sat in which chair, when, on which topic)."""

from __future__ import annotations

import datetime as dt
from uuid import UUID

from pydantic import Field, model_validator

from forum_desktop.models.screens.base import ScreenState


class Rotation(ScreenState):
    """One person's stay in one chair on one topic; ``ended_at`` None while they sit."""

    chair: int = Field(ge=0)
    participant_id: UUID
    topic: str = Field(default="", max_length=500)
    started_at: dt.datetime
    ended_at: dt.datetime | None = None


class FishbowlState(ScreenState):
    chairs: int = Field(default=5, ge=2, le=12)
    keep_open: bool = True
    """One chair stays free: whoever fills the last free chair makes the longest sitter
    leave."""
    seats: tuple[UUID | None, ...] = ()
    """Who sits in each chair (None: free); shorter than ``chairs`` means the rest are free."""
    queue: tuple[UUID, ...] = ()
    """People waiting to come in, first in front."""
    topics: tuple[str, ...] = Field(default=(), max_length=50)
    topic: str = Field(default="", max_length=500)
    """The topic the circle is on (one of ``topics``)."""
    seconds_each: int = Field(default=180, ge=0, le=3600)
    """Each speaker's time; 0: the turn only counts up."""
    log: tuple[Rotation, ...] = Field(default=(), max_length=5000)

    @model_validator(mode="after")
    def _consistent(self) -> FishbowlState:
        if len(self.seats) > self.chairs:
            raise ValueError("more seats than chairs")
        sitting = [person for person in self.seats if person is not None]
        if len(set(sitting)) != len(sitting):
            raise ValueError("someone sits in two chairs")
        if len(set(self.queue)) != len(self.queue) or set(self.queue) & set(sitting):
            raise ValueError("the queue holds someone twice or someone already sitting")
        if self.topic and self.topic not in self.topics:
            raise ValueError("the current topic is not one of the topics")
        return self
