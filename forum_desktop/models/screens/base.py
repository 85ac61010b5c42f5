"""The base of every live screen's state model."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class ScreenState(BaseModel):
    """Unknown keys are refused, values are immutable: a change is a new state."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)
