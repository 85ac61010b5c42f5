"""Who is using this laptop: the author of every change made here."""

from __future__ import annotations

from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field


class Profile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    device_id: UUID
    name: str = Field(min_length=1, max_length=200)
    organisation: str = ""
    role: str = ""
