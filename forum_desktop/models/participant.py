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

    @field_validator("email")
    @classmethod
    def _plausible_email(cls, value: str) -> str:
        value = value.strip()
        if value and not _EMAIL.fullmatch(value):
            raise ValueError(f"{value!r} is not an e-mail address")
        return value


_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
