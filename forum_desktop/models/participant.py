"""A person on an event's roster, with their attendance."""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum
from typing import ClassVar
from uuid import UUID

from pydantic import field_validator

from forum_desktop.models.base import Record, Title
from forum_desktop.models.event import Language


class Role(StrEnum):
    FACILITATOR = "facilitator"
    RAPPORTEUR = "rapporteur"
    PARTICIPANT = "participant"
    SPEAKER = "speaker"
    HOST = "host"


class AttendanceMode(StrEnum):
    ONSITE = "onsite"
    ONLINE = "online"


class AttendanceStatus(StrEnum):
    """Check-in state; ``UNKNOWN`` until somebody checks the person in."""

    UNKNOWN = "unknown"
    PRESENT = "present"
    LATE = "late"
    ABSENT = "absent"


class Participant(Record):
    record_type: ClassVar[str] = "participant"
    together: ClassVar[frozenset[str]] = frozenset({"attendance", "checked_in_at"})

    event_id: UUID
    name: Title
    organisation: str = ""
    city: str = ""
    country: str = ""
    role: Role = Role.PARTICIPANT
    email: str = ""
    language: Language | None = None
    mode: AttendanceMode = AttendanceMode.ONSITE
    notes: str = ""
    attendance: AttendanceStatus = AttendanceStatus.UNKNOWN
    checked_in_at: datetime | None = None
    position: int = 0
    no_name: bool = False
    """"Do not name me": the minutes say "(not named)" where this person's name would be
    and leave them out of the list of people. (These two come last: migration 14 added
    their columns, and fields follow the table's column order.)"""
    no_photos: bool = False
    """"No photos": the minutes leave out the photos of entries that name this person."""

    @field_validator("email")
    @classmethod
    def _plausible_email(cls, value: str) -> str:
        value = value.strip()
        if value and not _EMAIL.fullmatch(value):
            raise ValueError(f"{value!r} is not an e-mail address")
        return value


_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
