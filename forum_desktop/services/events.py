"""Commands on events: create, edit, duplicate, delete."""

from __future__ import annotations

from datetime import date
from uuid import UUID, uuid4

from pydantic import field_validator

from forum_desktop.models import (
    AttendanceStatus,
    Event,
    Objective,
    Participant,
    Session,
    Translation,
)
from forum_desktop.models.base import Record, Title
from forum_desktop.models.event import Language, check_timezone
from forum_desktop.models.translation import translation_id
from forum_desktop.notices import NoticeError, NoticeKind
from forum_desktop.services.agenda import items_of
from forum_desktop.services.commands import Command
from forum_desktop.services.operations import OpResult, Recorder
from forum_desktop.services.translations import SetWorkingLanguages
from forum_desktop.storage import Store


def list_events(store: Store) -> list[Event]:
    """All events, soonest first; undated ones last by title."""
    events = store.select(Event, order_by="title")
    return sorted(events, key=lambda e: (e.start_date is None, e.start_date, e.title.casefold()))


ENDS_BEFORE_START = NoticeKind(
    "event.ends_before_start",
    "the event cannot end ({end}) before it starts ({start}); give an end on or after the start",
)


class EventError(NoticeError):
    """An event that cannot be created as asked; nothing was written."""


def check_dates(start: date | None, end: date | None) -> None:
    """Refuse an end before the start (either may be absent: an undated event)."""
    if start and end and end < start:
        raise EventError(ENDS_BEFORE_START, start=start, end=end)


class CreateEvent(Command):
    """Create an event with its languages, time zone, place and dates (none: undated);
    the value is its id."""

    title: Title
    start_date: date | None = None
    end_date: date | None = None
    language: Language = Language.EN
    timezone: str = "UTC"
    place: str = ""
    organisers: str = ""
    context: str = ""
    objectives: tuple[Objective, ...] = ()
    other_languages: tuple[Language, ...] = ()
    """Working languages beside the main one, in order (the main one is left out)."""

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        return check_timezone(value)

    def apply(self, store: Store) -> OpResult:
        check_dates(self.start_date, self.end_date)
        event = store.fresh(Event.model_validate(self.model_dump()))
        recorder = Recorder()
        recorder.add(store.insert(event))
        return recorder.result(event.id)


class UpdateEvent(Command):
    """Change an event's fields: those given, an explicit None included (no end date).

    Free texts are plain strings here: the event's own rules (a title, a known time zone)
    are checked as it is written, so the app reports a refusal as for any record."""

    event_id: UUID
    title: str | None = None
    language: Language | None = None
    timezone: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    place: str | None = None
    organisers: str | None = None
    context: str | None = None
    objectives: tuple[Objective, ...] | None = None
    footer: str | None = None
    footer_logo: bool | None = None

    def apply(self, store: Store) -> OpResult:
        fields = {name: getattr(self, name) for name in self.model_fields_set - {"event_id"}}
        if isinstance(fields.get("objectives"), tuple):
            fields["objectives"] = list(fields["objectives"])
        if {"start_date", "end_date"} & fields.keys():
            event = store.require(Event, self.event_id)
            check_dates(
                fields.get("start_date", event.start_date), fields.get("end_date", event.end_date)
            )
        recorder = Recorder()
        if fields.get("language") is not None:  # a new main language takes over its texts
            main = fields.pop("language")
            event = store.require(Event, self.event_id)
            others = tuple(language for language in event.other_languages if language != main)
            changed = SetWorkingLanguages(event_id=self.event_id, languages=(main, *others))
            recorder.changes.extend(changed.apply(store).changes)
        recorder.add(store.update(Event, self.event_id, **fields))
        return recorder.result(self.event_id)


class DuplicateEvent(Command):
    """Copy an event with its roster and agenda under new ids; attendance starts blank."""

    event_id: UUID
    title: Title

    def apply(self, store: Store) -> OpResult:
        source = store.require(Event, self.event_id)
        now = store.clock.now()
        recorder = Recorder()
        copy = source.model_copy(
            update={"id": uuid4(), "title": self.title, "created_at": now, "updated_at": now}
        )
        recorder.add(store.insert(copy))
        new_ids: dict[UUID, UUID] = {self.event_id: copy.id}
        for person in store.select(Participant, {"event_id": self.event_id}):
            recorder.add(
                store.insert(
                    person.model_copy(
                        update={
                            "id": uuid4(),
                            "event_id": copy.id,
                            "attendance": AttendanceStatus.UNKNOWN,
                            "checked_in_at": None,
                            "created_at": now,
                            "updated_at": now,
                        }
                    )
                )
            )
        for session in store.select(Session, {"event_id": self.event_id}):
            new_session = session.model_copy(
                update={"id": uuid4(), "event_id": copy.id, "created_at": now, "updated_at": now}
            )
            recorder.add(store.insert(new_session))
            new_ids[session.id] = new_session.id
            for item in items_of(store, session.id):
                new_ids[item.id] = uuid4()
                parent = new_ids[item.parent_id] if item.parent_id else None
                recorder.add(
                    store.insert(
                        item.model_copy(
                            update={
                                "id": new_ids[item.id],
                                "session_id": new_session.id,
                                "parent_id": parent,
                                "created_at": now,
                                "updated_at": now,
                            }
                        )
                    )
                )
        for translation in store.select(Translation, {"event_id": self.event_id}, "created_at"):
            renamed = translation.target_id == self.event_id and translation.field == "title"
            if translation.target_id in new_ids and not renamed:  # not of a deleted item
                target = new_ids[translation.target_id]
                copied = translation.model_copy(
                    update={
                        "id": translation_id(target, translation.field, translation.language),
                        "event_id": copy.id,
                        "target_id": target,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
                recorder.add(store.insert(copied))
        return recorder.result(copy.id)


class DeleteEvent(Command):
    """Delete an event and everything in it (undo brings all of it back)."""

    event_id: UUID

    def apply(self, store: Store) -> OpResult:
        # Every kind of record an event holds is listed once, by its document (its runs,
        # methods' records, phones' records, translations…); loaded only to delete one.
        from forum_desktop.services.documents import RECORD_PARTS, event_document

        held = event_document(store, self.event_id)
        recorder = Recorder()
        for part in reversed(RECORD_PARTS):  # children before the records they name
            records: list[Record] = getattr(held, part)
            for record in reversed(records):
                recorder.add(store.delete(type(record), record.id))
        recorder.add(store.delete(Event, self.event_id))
        return recorder.result(self.event_id)
