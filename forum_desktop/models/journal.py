"""The change journal: one entry per change to any record."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any
from uuid import UUID, uuid4

from pydantic import BaseModel, ConfigDict, Field

JsonValue = Any
"""A field value as stored in JSON (str, number, bool, None, list or dict)."""


class ChangeKind(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


class FieldChange(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    old: JsonValue = None
    new: JsonValue = None


class Change(BaseModel):
    """One change to one record, as the journal keeps it.

    For an insert every field has ``old=None``; for a delete every field has
    ``new=None``; an update lists only the fields that changed.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    change_id: UUID = Field(default_factory=uuid4)
    device_id: UUID
    sequence: int = Field(ge=1)
    author: str
    record_type: str
    record_id: UUID
    kind: ChangeKind
    fields: dict[str, FieldChange]
    at: datetime
    event_id: UUID | None = None
    """The event the record belongs to (None for records of no event, like templates)."""
    hlc: int = 0
    """Hybrid logical clock value (see forum_desktop.sync.hlc): later than every change
    this laptop knew of when the change was made."""
    parents: tuple[UUID, ...] = ()
    """The latest changes of the same record this change was made on top of."""
    keeps: dict[str, tuple[UUID, ...]] = Field(default_factory=dict)
    """Per text field, the versions this change was made beside without replacing them:
    an ordinary edit of a text in conflict keeps every version open (the one shown
    included) until a person resolves the conflict (see forum_desktop.sync.merge)."""

    def new_values(self) -> dict[str, JsonValue]:
        return {name: change.new for name, change in self.fields.items()}

    def old_values(self) -> dict[str, JsonValue]:
        return {name: change.old for name, change in self.fields.items()}
