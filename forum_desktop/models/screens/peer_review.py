"""Peer review of practices: the cases under review and which one the room is on."""

from __future__ import annotations

import datetime as dt
from uuid import UUID, uuid4

from pydantic import Field

from forum_desktop.models.screens.base import ScreenState


class ReviewCase(ScreenState):
    """One practice under review; feedback, responses and syntheses name it by ``id``."""

    id: UUID = Field(default_factory=uuid4)
    presenter_id: UUID | None = None
    presenter_name: str = Field(default="", max_length=500)
    """The presenter when they are not on the roster."""
    organisation: str = Field(default="", max_length=500)
    city: str = Field(default="", max_length=500)
    topic: str = Field(default="", max_length=2000)


class CaseMove(ScreenState):
    """The room moved on to ``case_id`` at ``at``: the phases it runs from then on are that
    case's, so each case has its own phase timers."""

    case_id: UUID
    at: dt.datetime


class PeerReviewState(ScreenState):
    cases: tuple[ReviewCase, ...] = Field(default=(), max_length=100)
    current: UUID | None = None
    """The case the room is on."""
    moves: tuple[CaseMove, ...] = Field(default=(), max_length=1000)
    """When the room moved to each case, oldest first."""
