"""Commands on an event's roster: add, edit, remove, check in, import."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from pydantic import Field

from forum_desktop.interchange.roster_csv import MAX_ROWS, TOO_MANY_ROWS, CsvFormatError
from forum_desktop.models import AttendanceStatus, Event, Language, Participant
from forum_desktop.models.base import Title
from forum_desktop.models.participant import AttendanceMode, Role
from forum_desktop.services.commands import Command
from forum_desktop.services.operations import OpResult, Recorder
from forum_desktop.storage import Store


def roster(store: Store, event_id: UUID) -> list[Participant]:
    return store.select(Participant, {"event_id": event_id})


def _next_position(store: Store, event_id: UUID) -> int:
    (last,) = store.conn.execute(
        "SELECT COALESCE(MAX(position), -1) FROM participant WHERE event_id = ?", (str(event_id),)
    ).fetchone()
    return int(last) + 1


class AddParticipant(Command):
    """Add a person at the end of the roster; the value is their id."""

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
    no_name: bool = False
    no_photos: bool = False

    def apply(self, store: Store) -> OpResult:
        store.require(Event, self.event_id)
        person = Participant.model_validate(
            {**self.model_dump(), "position": _next_position(store, self.event_id)}
        )
        recorder = Recorder()
        recorder.add(store.insert(store.fresh(person)))
        return recorder.result(person.id)


class ImportParticipants(Command):
    """Append many people at once (one undo step); each mapping holds participant fields
    (a roster file's row); the value is how many."""

    event_id: UUID
    people: tuple[dict[str, Any], ...]

    def apply(self, store: Store) -> OpResult:
        if len(self.people) > MAX_ROWS:
            raise CsvFormatError(TOO_MANY_ROWS, count=len(self.people), limit=MAX_ROWS)
        store.require(Event, self.event_id)
        position = _next_position(store, self.event_id)
        recorder = Recorder()
        for change in store.insert_many(
            [
                store.fresh(
                    Participant(event_id=self.event_id, position=position + offset, **fields)
                )
                for offset, fields in enumerate(self.people)
            ]
        ):
            recorder.add(change)
        return recorder.result(len(self.people))


class UpdateParticipant(Command):
    """Change a person's fields: those given. Free texts are plain strings here: the
    roster's own rules (a name, an e-mail address) are checked as they are written."""

    participant_id: UUID
    name: str | None = None
    organisation: str | None = None
    city: str | None = None
    country: str | None = None
    role: Role | None = None
    email: str | None = None
    language: Language | None = None
    mode: AttendanceMode | None = None
    notes: str | None = None
    no_name: bool | None = None
    no_photos: bool | None = None

    def apply(self, store: Store) -> OpResult:
        fields = {name: getattr(self, name) for name in self.model_fields_set - {"participant_id"}}
        recorder = Recorder()
        recorder.add(store.update(Participant, self.participant_id, **fields))
        return recorder.result(self.participant_id)


class DeleteParticipants(Command):
    """Remove people from the roster; the value is how many."""

    participant_ids: tuple[UUID, ...]

    def apply(self, store: Store) -> OpResult:
        recorder = Recorder()
        for participant_id in self.participant_ids:
            recorder.add(store.delete(Participant, participant_id))
        return recorder.result(len(self.participant_ids))


class CheckIn(Command):
    """Record the attendance of one or more people, with the time of check-in: only
    someone who came has one (cleared when set back to unknown or to absent). All of
    them or, when one is not on the roster, none."""

    participant_ids: tuple[UUID, ...] = Field(min_length=1)
    status: AttendanceStatus

    def apply(self, store: Store) -> OpResult:
        came = self.status in (AttendanceStatus.PRESENT, AttendanceStatus.LATE)
        when = store.clock.now() if came else None
        recorder = Recorder()
        for participant_id in self.participant_ids:
            recorder.add(
                store.update(
                    Participant, participant_id, attendance=self.status, checked_in_at=when
                )
            )
        return recorder.result(len(self.participant_ids))
