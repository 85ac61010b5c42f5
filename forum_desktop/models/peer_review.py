"""Peer review of practices as records: each case under review, and each time the room
moved on to a case.

Every record names the method's item (``item_id``), never a phase, so two laptops' cases
and moves add up after a merge. Feedback, the presenter's response and the synthesis stay
outcomes (``feedback``, ``response``, ``synthesis``), one per reviewer and case, naming
the case by ``case_id``.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar
from uuid import UUID

from pydantic import Field

from forum_desktop.models.base import Record


class PeerCase(Record):
    """One practice under review; its id is what feedback outcomes name."""

    record_type: ClassVar[str] = "peer_case"

    event_id: UUID
    session_id: UUID
    item_id: UUID
    presenter_id: UUID | None = None
    presenter_name: str = Field(default="", max_length=500)
    """The presenter when they are not on the roster."""
    organisation: str = Field(default="", max_length=500)
    city: str = Field(default="", max_length=500)
    topic: str = Field(default="", max_length=2000)
    position: float = 0.0
    """Cases are presented by position (ties: by creation, then id)."""


class PeerCaseMove(Record):
    """The room moved on to ``case_id`` at ``at``: the phases run from then on are that
    case's. The latest move (by ``at``, then creation and id) names the case on now."""

    record_type: ClassVar[str] = "peer_case_move"

    event_id: UUID
    session_id: UUID
    item_id: UUID
    case_id: UUID
    at: dt.datetime
