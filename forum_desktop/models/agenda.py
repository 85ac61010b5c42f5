"""Sessions of an event and the tree of agenda items in each."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import StrEnum
from typing import ClassVar
from uuid import UUID

from pydantic import Field, field_validator

from forum_desktop.models.base import Record, Title
from forum_desktop.models.event import check_timezone


class SessionMode(StrEnum):
    ONSITE = "onsite"
    ONLINE = "online"
    HYBRID = "hybrid"


class Session(Record):
    """One sitting of an event; ``timezone`` empty means the event's."""

    record_type: ClassVar[str] = "session"

    event_id: UUID
    title: Title
    date: dt.date | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    timezone: str = ""
    place: str = ""
    mode: SessionMode = SessionMode.ONSITE
    position: int = 0
    link: str = ""
    final_at: dt.datetime | None = None
    """When its minutes were marked final; later changes to its outcomes are amendments."""
    warning_percent: int = Field(default=20, ge=0, le=100)
    warning_max_minutes: int = Field(default=2, ge=0, le=60)
    """The run timer warns when an item's remaining time is at most the smaller of
    ``warning_percent`` of its planned time and ``warning_max_minutes``."""
    description: str = ""
    """What the session is about (a programme's theme line for the day)."""
    chatham_house: bool = False
    """Held under the Chatham House rule: what was said is kept, who said it is not — its
    entries print without speakers, owners or members (migration 14)."""

    @field_validator("timezone")
    @classmethod
    def _known_timezone_or_inherited(cls, value: str) -> str:
        return value if value == "" else check_timezone(value)


class ItemKind(StrEnum):
    PRESENTATION = "presentation"
    DISCUSSION = "discussion"
    GROUP_METHOD = "group_method"
    BREAK = "break"
    ENERGISER = "energiser"
    OTHER = "other"


class Priority(StrEnum):
    """What may give when running late: fixed items never shrink, optional ones may go."""

    FIXED = "fixed"
    FLEXIBLE = "flexible"
    OPTIONAL = "optional"


class AgendaItem(Record):
    """An item or sub-item (``parent_id`` set) of a session's agenda."""

    record_type: ClassVar[str] = "agenda_item"

    session_id: UUID
    parent_id: UUID | None = None
    position: int = 0
    title: Title
    description: str = ""
    planned_minutes: int = Field(default=0, ge=0, le=24 * 60)
    kind: ItemKind = ItemKind.OTHER
    method: str = ""
    guiding_question: str = ""
    locked_start: dt.time | None = None
    min_minutes: int | None = Field(default=None, ge=0, le=24 * 60)
    priority: Priority = Priority.FLEXIBLE
    facilitator_ids: list[UUID] = Field(default_factory=list)
    rapporteur_ids: list[UUID] = Field(default_factory=list)
    speaker_ids: list[UUID] = Field(default_factory=list)
    objective_ids: list[UUID] = Field(default_factory=list)
    materials: str = ""
    notes: str = ""
    """Private to the facilitator: never on the projector or the participants' agenda."""


def parents_first(items: Iterable[AgendaItem]) -> list[AgendaItem]:
    """Agenda items depth-first: each parent before its children, siblings by position.

    Items whose parent is missing, or that sit in a parent cycle, are left out; callers
    that must refuse such input compare lengths.
    """
    children: dict[UUID | None, list[AgendaItem]] = {}
    for item in sorted(items, key=lambda i: (i.position, i.created_at)):
        children.setdefault(item.parent_id, []).append(item)
    ordered: list[AgendaItem] = []
    stack = list(reversed(children.get(None, [])))
    while stack:
        item = stack.pop()
        ordered.append(item)
        stack.extend(reversed(children.get(item.id, [])))
    return ordered
