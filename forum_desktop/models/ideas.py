"""1-2-4-All themes as records: a theme, and an idea's place in a theme.

The ideas themselves are ``idea`` outcomes. Grouping an idea makes a ``ThemeIdea``; the
latest one of an idea (by creation, then id) whose theme is still there says its theme,
so two laptops grouping ideas add up. Merging a theme into another marks it
``merged_into``, so an idea another laptop put in it meanwhile lands in the merged theme.
"""

from __future__ import annotations

from typing import ClassVar
from uuid import UUID

from pydantic import Field

from forum_desktop.models.base import Record


class IdeaTheme(Record):
    record_type: ClassVar[str] = "idea_theme"

    event_id: UUID
    session_id: UUID
    item_id: UUID
    name: str = Field(min_length=1, max_length=500)
    position: float = 0.0
    merged_into: UUID | None = None


class ThemeIdea(Record):
    """The idea (an ``idea`` outcome, or a round-robin's ``answer``) ``idea_id`` belongs to
    ``theme_id``."""

    record_type: ClassVar[str] = "theme_idea"

    event_id: UUID
    session_id: UUID
    item_id: UUID
    theme_id: UUID
    idea_id: UUID
