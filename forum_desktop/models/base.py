"""Common ground of every stored record."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, ClassVar
from uuid import UUID, uuid4

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

TITLE_MAX_LENGTH = 500
Title = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=TITLE_MAX_LENGTH)
]
"""A name or title: surrounding spaces dropped, never empty."""


STORED_ROWS = {"stored_rows": True}
"""Validation context of the rows the store reads back in bulk (``Store.select_many``):
a model may skip normalising what it normalised before the row was written."""


def utc_now() -> datetime:
    return datetime.now(UTC)


class Record(BaseModel):
    """A stored record: a UUID primary key and created/updated timestamps.

    ``record_type`` names the record in the change journal and in storage.
    """

    model_config = ConfigDict(validate_assignment=True, extra="forbid", defer_build=True)

    record_type: ClassVar[str]
    together: ClassVar[frozenset[str]] = frozenset()
    """Fields that only mean something side by side (a check-in's status and time): a
    change to one of them carries them all, so the merge, which takes each field from the
    latest change setting it, never pairs one laptop's value with another's."""

    id: UUID = Field(default_factory=uuid4)
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)
