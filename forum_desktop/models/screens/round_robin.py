"""Round-robin introductions: who speaks in which order, and where the round stands."""

from __future__ import annotations

from uuid import UUID

from pydantic import Field

from forum_desktop.models.screens.base import ScreenState


class RoundRobinState(ScreenState):
    order: tuple[UUID, ...] = ()
    """Everyone in the round, in speaking order (roster order, shuffled or dragged)."""
    absent: tuple[UUID, ...] = ()
    """Left out of the round (and of its progress)."""
    skipped: tuple[UUID, ...] = ()
    """Passed over for now, to come back to."""
    current: UUID | None = None
    done: tuple[UUID, ...] = ()
    """Had their turn (with or without an answer captured)."""
    seconds_each: int = Field(default=120, ge=0, le=3600)
    """Each person's time; 0: no countdown."""
