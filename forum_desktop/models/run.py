"""A session run live: where it stands, and what actually happened to each agenda item.

Everything is recorded as instants (wall-clock, UTC), never as counted ticks: elapsed and
remaining time are always recomputed from them, so the timer cannot drift, and a restart
after a crash picks up exactly where the records say the session is.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import ClassVar
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from forum_desktop.models.base import Record


class RunStatus(StrEnum):
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class Span(BaseModel):
    """One interval; ``end`` None while it is still open."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    start: dt.datetime
    end: dt.datetime | None = None

    def seconds(self, now: dt.datetime) -> float:
        return max(0.0, ((self.end or now) - self.start).total_seconds())


class ItemRun(Record):
    """Planned vs actual for one agenda item of a run.

    ``spans`` are the intervals the item was running (the current one open); ``pauses``
    the intervals it was paused while current. Going back to an item adds a span.
    """

    record_type: ClassVar[str] = "item_run"

    session_id: UUID
    item_id: UUID
    spans: list[Span] = Field(default_factory=list)
    pauses: list[Span] = Field(default_factory=list)
    extension_seconds: int = 0
    """Added (or, negative, removed) while running: +1, +5, −1 min."""
    skipped: bool = False

    @property
    def actual_start(self) -> dt.datetime | None:
        return self.spans[0].start if self.spans else None

    @property
    def actual_end(self) -> dt.datetime | None:
        return self.spans[-1].end if self.spans else None

    def elapsed(self, now: dt.datetime) -> float:
        """Seconds the item has run, pauses excluded."""
        return sum(span.seconds(now) for span in self.spans)

    def paused_seconds(self, now: dt.datetime) -> float:
        return sum(pause.seconds(now) for pause in self.pauses)


class EarlierRun(BaseModel):
    """A finished run of a session that was run again: kept as it was, never changed."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    started_at: dt.datetime
    ended_at: dt.datetime | None = None
    item_runs: list[ItemRun] = Field(default_factory=list)


class SessionRun(Record):
    """The live state of one session: one per session, kept after it finishes.

    The run record is append-only: running a finished session again moves its run into
    ``earlier_runs`` (the latest run is this record's own times and item runs)."""

    record_type: ClassVar[str] = "session_run"

    session_id: UUID
    status: RunStatus = RunStatus.RUNNING
    current_item_id: UUID | None = None
    started_at: dt.datetime
    ended_at: dt.datetime | None = None
    saved_at: dt.datetime
    """The last transition; a restart long after it says the timer kept running."""
    earlier_runs: list[EarlierRun] = Field(default_factory=list)


class SpeakerTurn(Record):
    """One speaker holding the floor inside an item: who, from when to when, and for how long
    they were given."""

    record_type: ClassVar[str] = "speaker_turn"

    session_id: UUID
    item_id: UUID
    participant_id: UUID | None = None
    name: str = ""
    """The speaker's name when they are not on the roster."""
    allotted_seconds: int = Field(default=0, ge=0)
    """0: no countdown, the turn only counts up."""
    started_at: dt.datetime
    ended_at: dt.datetime | None = None

    def seconds(self, now: dt.datetime) -> float:
        return max(0.0, ((self.ended_at or now) - self.started_at).total_seconds())
