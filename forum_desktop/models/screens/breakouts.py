"""Breakout groups: who is in which group, who reports for it, and the report-back."""

from __future__ import annotations

from enum import StrEnum
from uuid import UUID, uuid4

from pydantic import Field, model_validator

from forum_desktop.models.screens.base import ScreenState


class Grouping(StrEnum):
    """How the groups are made (``methods.grouping`` makes them)."""

    RANDOM = "random"
    ORGANISATION = "organisation"
    """Each organisation spread across the groups as evenly as possible."""
    COUNTRY = "country"
    """Each country spread across the groups as evenly as possible."""
    BY_HAND = "by_hand"
    """Empty groups: the facilitator places everyone."""


class BreakoutGroup(ScreenState):
    """One group; reports captured for it name it by ``id`` (its name may change)."""

    id: UUID = Field(default_factory=uuid4)
    name: str = Field(default="", max_length=500)
    member_ids: tuple[UUID, ...] = ()
    rapporteur_id: UUID | None = None
    report_seconds: int = Field(default=180, ge=0, le=3600)
    """The group's time to report back; 0: no countdown."""

    @model_validator(mode="after")
    def _rapporteur_is_a_member(self) -> BreakoutGroup:
        if self.rapporteur_id is not None and self.rapporteur_id not in self.member_ids:
            raise ValueError(f"the rapporteur of {self.name!r} is not one of its members")
        if len(set(self.member_ids)) != len(self.member_ids):
            raise ValueError(f"someone is twice in {self.name!r}")
        return self


class BreakoutsState(ScreenState):
    groups: tuple[BreakoutGroup, ...] = Field(default=(), max_length=200)
    grouping: Grouping = Grouping.RANDOM
    """How the groups were made."""
    order: tuple[UUID, ...] = ()
    """The report-back order: every group's id once."""
    reporting: UUID | None = None
    """The group reporting back now."""
    reported: tuple[UUID, ...] = ()
    """The groups that have reported back."""

    @model_validator(mode="after")
    def _consistent(self) -> BreakoutsState:
        ids = [group.id for group in self.groups]
        if sorted(map(str, self.order)) != sorted(map(str, ids)):
            raise ValueError("the report-back order must name every group once")
        known = set(ids)
        if self.reporting is not None and self.reporting not in known:
            raise ValueError("the reporting group is not one of the groups")
        if not set(self.reported) <= known:
            raise ValueError("a group that reported is not one of the groups")
        members = [person for group in self.groups for person in group.member_ids]
        if len(set(members)) != len(members):
            raise ValueError("someone is in two groups")
        return self

    def group(self, group_id: UUID | None) -> BreakoutGroup | None:
        return next((group for group in self.groups if group.id == group_id), None)

    def in_order(self) -> list[BreakoutGroup]:
        """The groups in report-back order."""
        by_id = {group.id: group for group in self.groups}
        return [by_id[group_id] for group_id in self.order]

    def group_of(self, person_id: UUID) -> BreakoutGroup | None:
        return next((g for g in self.groups if person_id in g.member_ids), None)
