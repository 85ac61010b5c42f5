"""Breakout groups as records: each group, and each person's membership of a group.

A move ends the person's open membership and starts a new one, so two laptops moving
people add up; when they moved the same person, the latest membership (by creation,
then id) is the one shown, and the other stays in the journal.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar
from uuid import UUID

from pydantic import Field

from forum_desktop.models.base import Record
from forum_desktop.models.screens.breakouts import Grouping


class Breakout(Record):
    """One breakout group of the method's item; reports name it by id."""

    record_type: ClassVar[str] = "breakout"

    event_id: UUID
    session_id: UUID
    item_id: UUID
    making_id: UUID
    """The making of groups it came from: only the latest making's groups are shown, so
    two laptops making groups at once end with one set."""
    making_number: int = Field(default=0, ge=0)
    """One more than the making before: the highest is the latest (then by creation time
    and ``making_id``, when two laptops made groups at once)."""
    grouping: Grouping = Grouping.RANDOM
    name: str = Field(default="", max_length=500)
    report_seconds: int = Field(default=180, ge=0, le=3600)
    """The group's time to report back; 0: no countdown."""
    position: float = 0.0
    """The report-back order (ties: by id)."""
    rapporteur_id: UUID | None = None
    """Shown only while they are a member."""
    report_started_at: dt.datetime | None = None
    """When the group began reporting back; the latest such group not yet reported is
    the one reporting."""
    reported: bool = False


class BreakoutMember(Record):
    """``participant_id`` in ``group_id`` from ``created_at`` until ``ended``."""

    record_type: ClassVar[str] = "breakout_member"

    event_id: UUID
    session_id: UUID
    item_id: UUID
    group_id: UUID
    participant_id: UUID
    ended: bool = False
