"""Importing an event document: it never takes records from another event and never
puts an older value over a newer one made here.

A record id belongs to one event for good: a document naming a record of another event
(last year's export with only the event id changed) is refused, and ``as_copy`` imports
it as a new event with fresh ids instead. A record already here takes, field by field,
the newer of the document's record (its ``updated_at``) and this laptop's last change to
that field (the journal); when this laptop has no change of the field, its value stays.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from uuid import UUID, uuid4

from forum_desktop.models import Event, EventDocument, Record
from forum_desktop.notices import NoticeKind
from forum_desktop.services.commands import Command, execute
from forum_desktop.services.documents import (
    RECORD_PARTS,
    DocumentError,
    ordered_items,
    with_derived_ids,
)
from forum_desktop.services.method_upgrade import upgrade_runs
from forum_desktop.services.operations import OpResult, Recorder
from forum_desktop.storage import Store
from forum_desktop.storage.image_data import put_image_data
from forum_desktop.storage.ownership import owning_event

OTHER_EVENTS_RECORD = NoticeKind(
    "document.other_events_record",
    "{path}: this record belongs to another event here ({title}); import the file as a "
    "copy to keep both.",
)

_NOT_COMPARED = frozenset({"id", "created_at", "updated_at"})


@dataclass(frozen=True)
class Imported:
    """The event imported (the new one for a copy) and how many fields kept a newer
    value made here."""

    event_id: UUID
    kept: int = 0


class ImportDocument(Command):
    """Insert what is new and update what the document has newer; never deletes, so
    importing twice changes nothing. ``value`` is an ``Imported``."""

    document: EventDocument
    as_copy: bool = False

    def apply(self, store: Store) -> OpResult:
        document = copy_of(self.document) if self.as_copy else self.document
        records = _records(document)
        _refuse_other_events_records(store, document.event.id, records)
        recorder = Recorder()
        for image in document.images:  # before the photos that point to them
            put_image_data(store, image.data)
        kept = 0
        for _, record in records:
            current = store.get(type(record), record.id)
            if current is None:
                recorder.add(store.insert(record))
                continue
            newer, kept_here = _newer_fields(store, record, current)
            kept += kept_here
            if newer:
                newer["updated_at"] = max(record.updated_at, current.updated_at)
                recorder.add(store.update(type(record), record.id, **newer))
        # A format-4 document's live method state becomes records, as at start-up.
        recorder.changes.extend(upgrade_runs(store, document.method_runs))
        return recorder.result(Imported(document.event.id, kept))


def copy_of(document: EventDocument) -> EventDocument:
    """The document as a new event: every record under a fresh id, every reference to
    one (in fields, lists and method states alike) following it; images stay shared."""
    fresh = {str(record.id): str(uuid4()) for _, record in _records(document)}

    def remap(value: Any) -> Any:
        if isinstance(value, str):
            return fresh.get(value, value)
        if isinstance(value, list):
            return [remap(v) for v in value]
        if isinstance(value, dict):
            return {remap(k): remap(v) for k, v in value.items()}
        return value

    copied = EventDocument.model_validate(remap(document.model_dump(mode="json")))
    return with_derived_ids(copied)


def _records(document: EventDocument) -> list[tuple[str, Record]]:
    """Every record with where it is in the document, in an order that inserts parents
    first."""
    named: list[tuple[str, Record]] = [("event", document.event)]
    for part in RECORD_PARTS:
        records: list[Record] = getattr(document, part)
        index = {record.id: i for i, record in enumerate(records)}
        if part == "agenda_items":
            records = list(ordered_items(document.agenda_items))
        named.extend((f"{part}[{index[record.id]}]", record) for record in records)
    return named


def _refuse_other_events_records(
    store: Store, event_id: UUID, records: list[tuple[str, Record]]
) -> None:
    for path, record in records[1:]:
        owner = owning_event(store, record.record_type, record.id)
        if owner is not None and owner != event_id:
            event = store.get(Event, owner)
            raise DocumentError(
                OTHER_EVENTS_RECORD, path=path, title=repr(event.title) if event else str(owner)
            )


def _newer_fields(store: Store, record: Record, current: Record) -> tuple[dict[str, Any], int]:
    """The document's values that are newer than this laptop's last change of the field,
    and how many differing fields keep a newer value made here."""
    changed_here = _last_change_of_each_field(store, record)
    newer: dict[str, Any] = {}
    kept = 0
    for name in type(record).model_fields:
        value = getattr(record, name)
        if name in _NOT_COMPARED or value == getattr(current, name):
            continue
        here = changed_here.get(name)
        if here is None:  # unknown here: the local value stays
            continue
        if here > record.updated_at:
            kept += 1
        else:
            newer[name] = value
    return newer, kept


def _last_change_of_each_field(store: Store, record: Record) -> dict[str, dt.datetime]:
    """When each field last changed here: the ``updated_at`` a change gave the record (an
    imported or merged record keeps its own time), else when the change was made."""
    last: dict[str, dt.datetime] = {}
    for change in store.record_changes(record.record_type, record.id):
        stamped = change.fields.get("updated_at")
        at = change.at
        if stamped is not None and isinstance(stamped.new, str):
            at = dt.datetime.fromisoformat(stamped.new)
        for name in change.fields:
            if name not in last or at > last[name]:
                last[name] = at
    return last


def import_document(store: Store, *, document: EventDocument, as_copy: bool = False) -> OpResult:
    """Run ``ImportDocument`` in one transaction (the command line's and tests' entry)."""
    return execute(store, ImportDocument(document=document, as_copy=as_copy))
