"""Operations on an event's roster: add, edit, remove, check in, import."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

from forum_desktop.interchange.roster_csv import MAX_ROWS, TOO_MANY_ROWS, CsvFormatError
from forum_desktop.models import AttendanceStatus, Event, Participant
from forum_desktop.services.operations import OpResult, Recorder, operation
from forum_desktop.storage import Store

EDITABLE_PARTICIPANT_FIELDS = frozenset(
    {
        "name",
        "organisation",
        "city",
        "country",
        "role",
        "email",
        "language",
        "mode",
        "notes",
        "no_name",
        "no_photos",
    }
)


def roster(store: Store, event_id: UUID) -> list[Participant]:
    return store.select(Participant, {"event_id": event_id})


def _next_position(store: Store, event_id: UUID) -> int:
    (last,) = store.conn.execute(
        "SELECT COALESCE(MAX(position), -1) FROM participant WHERE event_id = ?", (str(event_id),)
    ).fetchone()
    return int(last) + 1


@operation("add_participant")
def add_participant(store: Store, /, *, event_id: UUID, name: str, **fields: Any) -> OpResult:
    """Add a person at the end of the roster; the result's value is their id."""
    store.require(Event, event_id)
    person = Participant(
        event_id=event_id, name=name.strip(), position=_next_position(store, event_id), **fields
    )
    recorder = Recorder()
    recorder.add(store.insert(store.fresh(person)))
    return recorder.result(person.id)


@operation("import_participants")
def import_participants(
    store: Store, /, *, event_id: UUID, people: Sequence[dict[str, Any]]
) -> OpResult:
    """Append many people at once (one undo step); each dict holds participant fields."""
    if len(people) > MAX_ROWS:
        raise CsvFormatError(TOO_MANY_ROWS, count=len(people), limit=MAX_ROWS)
    store.require(Event, event_id)
    position = _next_position(store, event_id)
    recorder = Recorder()
    for change in store.insert_many(
        [
            store.fresh(Participant(event_id=event_id, position=position + offset, **fields))
            for offset, fields in enumerate(people)
        ]
    ):
        recorder.add(change)
    return recorder.result(len(people))


@operation("update_participant")
def update_participant(store: Store, /, *, participant_id: UUID, **fields: Any) -> OpResult:
    unknown = set(fields) - EDITABLE_PARTICIPANT_FIELDS
    if unknown:
        raise ValueError(f"not editable on a participant: {', '.join(sorted(unknown))}")
    recorder = Recorder()
    recorder.add(store.update(Participant, participant_id, **fields))
    return recorder.result(participant_id)


@operation("delete_participants")
def delete_participants(store: Store, /, *, participant_ids: Sequence[UUID]) -> OpResult:
    recorder = Recorder()
    for participant_id in participant_ids:
        recorder.add(store.delete(Participant, participant_id))
    return recorder.result(len(participant_ids))


@operation("check_in")
def check_in(store: Store, /, *, participant_id: UUID, status: AttendanceStatus) -> OpResult:
    """Record attendance with the time of check-in: only someone who came has one (cleared
    when set back to unknown or to absent)."""
    status = AttendanceStatus(status)  # a plain string from a caller means the same
    came = status in (AttendanceStatus.PRESENT, AttendanceStatus.LATE)
    when = store.clock.now() if came else None
    recorder = Recorder()
    recorder.add(store.update(Participant, participant_id, attendance=status, checked_in_at=when))
    return recorder.result(participant_id)
