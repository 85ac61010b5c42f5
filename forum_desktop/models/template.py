"""Session templates: an agenda tree to start a session from."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from forum_desktop.models.agenda import ItemKind, Priority
from forum_desktop.models.base import Record, Title


class TemplateItem(BaseModel):
    """An agenda item without ids, dates or people: what carries over to a new session."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    title: Title
    description: str = ""
    planned_minutes: int = Field(default=0, ge=0, le=24 * 60)
    kind: ItemKind = ItemKind.OTHER
    method: str = ""
    guiding_question: str = ""
    min_minutes: int | None = Field(default=None, ge=0, le=24 * 60)
    priority: Priority = Priority.FLEXIBLE
    materials: str = ""
    notes: str = ""
    children: list[TemplateItem] = Field(default_factory=list)


class SessionTemplate(Record):
    """A user's template (stored) or a built-in one (shipped under resources/templates)."""

    record_type: ClassVar[str] = "session_template"

    name: Title
    description: str = ""
    language: str = ""
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    items: list[TemplateItem] = Field(default_factory=list)
