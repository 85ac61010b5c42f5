"""A whole event as a versioned JSON document: export, validate, import idempotently."""

from __future__ import annotations

import json
from typing import Any
from uuid import UUID

from pydantic import ValidationError

from forum_desktop.models import (
    AgendaItem,
    Event,
    EventDocument,
    Outcome,
    Participant,
    Record,
    Session,
)
from forum_desktop.models.agenda import parents_first
from forum_desktop.services.operations import OpResult, Recorder, operation
from forum_desktop.storage import Store

MAX_DOCUMENT_BYTES = 200 * 1024 * 1024


class DocumentError(ValueError):
    """A document that cannot be imported; ``str()`` says where and why."""


def export_document(store: Store, event_id: UUID) -> EventDocument:
    event = store.require(Event, event_id)
    sessions = store.select(Session, {"event_id": event_id})
    items: list[AgendaItem] = []
    for session in sessions:
        items.extend(parents_first(store.select(AgendaItem, {"session_id": session.id})))
    return EventDocument(
        event=event,
        participants=store.select(Participant, {"event_id": event_id}),
        sessions=sessions,
        agenda_items=items,
        outcomes=store.select(Outcome, {"event_id": event_id}, order_by="captured_at"),
    )


def document_to_json(document: EventDocument) -> str:
    return json.dumps(document.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def parse_document(data: bytes) -> EventDocument:
    """Validate raw bytes as an event document, naming the first bad field when it is not."""
    if len(data) > MAX_DOCUMENT_BYTES:
        raise DocumentError(
            f"The file is {len(data) // (1024 * 1024)} MB; event documents are limited to "
            f"{MAX_DOCUMENT_BYTES // (1024 * 1024)} MB."
        )
    try:
        raw = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise DocumentError(
            "The file is not UTF-8 text, so it is not an event document."
        ) from error
    except json.JSONDecodeError as error:
        raise DocumentError(
            f"The file is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})."
        ) from error
    if not isinstance(raw, dict) or raw.get("format") != "forum-desktop-event":
        raise DocumentError("The file is JSON but not a Forum Desktop event document.")
    try:
        document = EventDocument.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        raise DocumentError(f"{_path(first['loc'])}: {first['msg']}") from error
    _check_references(document)
    return document


@operation("import_event_document")
def import_document(store: Store, /, *, document: EventDocument) -> OpResult:
    """Insert what is new and update what differs; importing twice changes nothing.

    Records the document does not mention are left alone: an import never deletes.
    """
    recorder = Recorder()
    records: list[Record] = [
        document.event,
        *document.participants,
        *document.sessions,
        *_ordered_items(document.agenda_items),
        *document.outcomes,
    ]
    for record in records:
        current = store.get(type(record), record.id)
        if current is None:
            recorder.add(store.insert(record))
            continue
        differing = {
            name: getattr(record, name)
            for name in type(record).model_fields
            if getattr(record, name) != getattr(current, name)
        }
        if differing:  # the document's own updated_at, so an import round-trips exactly
            differing["updated_at"] = record.updated_at
            recorder.add(store.update(type(record), record.id, **differing))
    return recorder.result(document.event.id)


def _ordered_items(items: list[AgendaItem]) -> list[AgendaItem]:
    """Parents before children whatever order the document lists them in."""
    by_session: dict[UUID, list[AgendaItem]] = {}
    for item in items:
        by_session.setdefault(item.session_id, []).append(item)
    return [item for group in by_session.values() for item in parents_first(group)]


def _check_unique_ids(document: EventDocument) -> None:
    seen: set[UUID] = {document.event.id}
    for name in ("participants", "sessions", "agenda_items", "outcomes"):
        records: list[Record] = getattr(document, name)
        for index, record in enumerate(records):
            if record.id in seen:
                raise DocumentError(f"{name}[{index}].id: {record.id} is used twice")
            seen.add(record.id)


def _check_references(document: EventDocument) -> None:
    _check_unique_ids(document)
    event_id = document.event.id
    for index, person in enumerate(document.participants):
        if person.event_id != event_id:
            raise DocumentError(f"participants[{index}].event_id: not the document's event")
    session_ids = set()
    for index, session in enumerate(document.sessions):
        if session.event_id != event_id:
            raise DocumentError(f"sessions[{index}].event_id: not the document's event")
        session_ids.add(session.id)
    item_session = {item.id: item.session_id for item in document.agenda_items}
    for index, item in enumerate(document.agenda_items):
        if item.session_id not in session_ids:
            raise DocumentError(
                f"agenda_items[{index}].session_id: no such session in the document"
            )
        if item.parent_id is not None and item_session.get(item.parent_id) != item.session_id:
            raise DocumentError(
                f"agenda_items[{index}].parent_id: no such item in the same session"
            )
    for index, outcome in enumerate(document.outcomes):
        if outcome.event_id != event_id:
            raise DocumentError(f"outcomes[{index}].event_id: not the document's event")
    if len(_ordered_items(document.agenda_items)) != len(document.agenda_items):
        raise DocumentError("agenda_items: the parent links form a cycle")


def _path(location: tuple[int | str, ...]) -> str:
    text = ""
    for part in location:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "document"


def document_summary(document: EventDocument) -> dict[str, Any]:
    """Counts for a confirmation message."""
    return {
        "title": document.event.title,
        "participants": len(document.participants),
        "sessions": len(document.sessions),
        "agenda_items": len(document.agenda_items),
    }
