"""The portable JSON document that carries a whole event."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from forum_desktop.models.agenda import AgendaItem, Session
from forum_desktop.models.event import Event
from forum_desktop.models.outcome import Outcome
from forum_desktop.models.participant import Participant

FORMAT_VERSION = 2
"""1: event, roster, sessions, agenda. 2: adds captured outcomes (version 1 still reads)."""


class EventDocument(BaseModel):
    """Everything about one event; ``format_version`` grows when the shape changes."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    format: Literal["forum-desktop-event"] = "forum-desktop-event"
    format_version: Literal[1, 2] = 2
    event: Event
    participants: list[Participant] = Field(default_factory=list)
    sessions: list[Session] = Field(default_factory=list)
    agenda_items: list[AgendaItem] = Field(default_factory=list)
    outcomes: list[Outcome] = Field(default_factory=list)
