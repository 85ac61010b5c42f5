"""The live state of a group method being run on an agenda item.

A method screen (round-robin, fishbowl, peer review, dot voting, breakouts, 1-2-4-All)
keeps what it needs between keystrokes and across a restart — the speaking order, the
seats and the queue, the cases, the vote's options and ballots, the groups — in one
``MethodRun`` per method item. ``state`` is validated by the screen's own model in
``SCREEN_STATES``, the way an outcome's ``fields`` are by ``KIND_FIELDS``. What a screen
*captures* is not state: it is stored as outcomes of the method kinds, so the capture
views, the search, the JSON export and the minutes show it like any other entry.
"""

from __future__ import annotations

from typing import Any, ClassVar
from uuid import UUID

from pydantic import Field, model_validator

from forum_desktop.models.base import Record
from forum_desktop.models.method import MethodScreen
from forum_desktop.models.screens import SCREEN_STATES, ScreenState


class MethodRun(Record):
    record_type: ClassVar[str] = "method_run"

    event_id: UUID
    session_id: UUID
    item_id: UUID
    """The agenda item the method is applied to (its phases are its sub-items)."""
    screen: MethodScreen
    state: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _state_fits_the_screen(self) -> MethodRun:
        model = SCREEN_STATES.get(self.screen)
        if model is None:
            raise ValueError(f"no state model for the {self.screen.value!r} screen")
        # Normalise to the JSON form so stored and in-memory values compare equal.
        checked = model.model_validate(self.state).model_dump(mode="json")
        if checked != self.state:
            object.__setattr__(self, "state", checked)
        return self

    def screen_state(self) -> ScreenState:
        """``state`` as the screen's own model."""
        return SCREEN_STATES[self.screen].model_validate(self.state)
