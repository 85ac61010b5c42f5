"""A whole event as a versioned JSON document: export, validate, import idempotently."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any
from uuid import UUID

from pydantic import ValidationError

from forum_desktop.capture.image_bytes import ImageError
from forum_desktop.jsonlimits import JsonLimitError, load_json
from forum_desktop.models import (
    AgendaItem,
    Event,
    EventDocument,
    ItemRun,
    MethodRun,
    Outcome,
    Participant,
    Photo,
    Record,
    Session,
    SessionRun,
    SpeakerTurn,
)
from forum_desktop.models.agenda import parents_first
from forum_desktop.models.document import ImageBytes
from forum_desktop.notices import NoticeError, NoticeKind
from forum_desktop.services.logo import LogoRejectedError, check_logo
from forum_desktop.services.method_runs import method_runs_of_event
from forum_desktop.services.operations import OpResult, Recorder, operation
from forum_desktop.services.photos import check_photo_bytes, photos_of_event
from forum_desktop.storage import Store
from forum_desktop.storage.image_data import image_data, put_image_data

MAX_DOCUMENT_BYTES = 500 * 1024 * 1024
"""Room for an event's photos with kept originals, base64-encoded."""


# Why a document cannot be imported (or exported). ``path`` is where in the document,
# e.g. "agenda_items[3].parent_id".
TOO_LARGE = NoticeKind(
    "document.too_large",
    "The file is {megabytes} MB; event documents are limited to {limit} MB.",
)
NOT_UTF8 = NoticeKind(
    "document.not_utf8", "The file is not UTF-8 text, so it is not an event document."
)
NOT_JSON = NoticeKind(
    "document.not_json",
    "The file is not valid JSON (line {line}, column {column}: {error}).",
)
NOT_A_DOCUMENT = NoticeKind(
    "document.not_a_document", "The file is JSON but not a Forum Desktop event document."
)
REFUSED_FIELD = NoticeKind("document.refused_field", "{path}: {message}")
"""A value the models (pydantic) or the image checks refused; ``message`` stays English."""
IMAGE_MISSING = NoticeKind(
    "document.image_missing", "the bytes of image {digest} are missing from the database"
)
USED_TWICE = NoticeKind("document.used_twice", "{path}: {id} is used twice")
OTHER_EVENT = NoticeKind("document.other_event", "{path}: not the document's event")
NO_SUCH_SESSION = NoticeKind("document.no_such_session", "{path}: no such session in the document")
NO_SUCH_PARENT = NoticeKind("document.no_such_parent", "{path}: no such item in the same session")
PARENT_CYCLE = NoticeKind("document.parent_cycle", "{path}: the parent links form a cycle")
NO_SUCH_ITEM = NoticeKind("document.no_such_item", "{path}: no such item in the document")
SECOND_SESSION_RUN = NoticeKind(
    "document.second_session_run", "{path}: a second run of the same session"
)
SECOND_ITEM_RUN = NoticeKind("document.second_item_run", "{path}: a second run of the same item")
NO_SUCH_IMAGE = NoticeKind("document.no_such_image", "{path}: no such image in the document")
UNUSED_IMAGE = NoticeKind(
    "document.unused_image", "{path}: no photo or logo in the document uses it"
)


class DocumentError(NoticeError):
    """A document that cannot be imported; ``str()`` says where and why, in English."""


def export_document(store: Store, event_id: UUID) -> EventDocument:
    event = store.require(Event, event_id)
    sessions = store.select(Session, {"event_id": event_id})
    items: list[AgendaItem] = []
    for session in sessions:
        items.extend(parents_first(store.select(AgendaItem, {"session_id": session.id})))
    photos = photos_of_event(store, event_id)
    runs = [
        r
        for s in sessions
        for r in store.select(SessionRun, {"session_id": s.id}, order_by="started_at")
    ]
    item_runs = [
        r
        for s in sessions
        for r in store.select(ItemRun, {"session_id": s.id}, order_by="created_at")
    ]
    turns = [
        t
        for s in sessions
        for t in store.select(SpeakerTurn, {"session_id": s.id}, order_by="started_at")
    ]
    return EventDocument(
        event=event,
        participants=store.select(Participant, {"event_id": event_id}),
        sessions=sessions,
        agenda_items=items,
        outcomes=store.select(Outcome, {"event_id": event_id}, order_by="captured_at"),
        photos=photos,
        images=_images_of(store, photos, event),
        session_runs=runs,
        item_runs=item_runs,
        speaker_turns=turns,
        method_runs=method_runs_of_event(store, event_id),
    )


def _images_of(store: Store, photos: list[Photo], event: Event) -> list[ImageBytes]:
    """Each image the photos and the event's logo point to, once, in the order they first
    need it."""
    digests = dict.fromkeys(
        digest for p in photos for digest in (p.image_sha256, p.original_sha256) if digest
    )
    if event.logo_sha256:
        digests[event.logo_sha256] = None
    found = []
    for digest in digests:
        data = image_data(store, digest)
        if data is None:  # a damaged database; `forum-desktop check` reports it
            raise DocumentError(IMAGE_MISSING, digest=digest)
        found.append(ImageBytes(sha256=digest, data=data))
    return found


def document_to_json(document: EventDocument) -> str:
    return json.dumps(document.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def parse_document(data: bytes) -> EventDocument:
    """Validate raw bytes as an event document, naming the first bad field when it is not."""
    if len(data) > MAX_DOCUMENT_BYTES:
        raise DocumentError(
            TOO_LARGE,
            megabytes=len(data) // (1024 * 1024),
            limit=MAX_DOCUMENT_BYTES // (1024 * 1024),
        )
    try:
        raw = load_json(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise DocumentError(NOT_UTF8) from error
    except json.JSONDecodeError as error:
        raise DocumentError(
            NOT_JSON, line=error.lineno, column=error.colno, error=error.msg
        ) from error
    except JsonLimitError as error:
        path = _path(error.location)
        raise DocumentError(REFUSED_FIELD, path=path, message=error.problem) from None
    if not isinstance(raw, dict) or raw.get("format") != "forum-desktop-event":
        raise DocumentError(NOT_A_DOCUMENT)
    try:
        document = EventDocument.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        raise DocumentError(
            REFUSED_FIELD, path=_path(first["loc"]), message=first["msg"]
        ) from error
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
        *document.photos,
        *document.session_runs,
        *document.item_runs,
        *document.speaker_turns,
        *document.method_runs,
    ]
    for image in document.images:  # before the photos that point to them
        put_image_data(store, image.data)
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
    for name in (
        "participants",
        "sessions",
        "agenda_items",
        "outcomes",
        "photos",
        "session_runs",
        "item_runs",
        "speaker_turns",
        "method_runs",
    ):
        records: list[Record] = getattr(document, name)
        for index, record in enumerate(records):
            if record.id in seen:
                raise DocumentError(USED_TWICE, path=f"{name}[{index}].id", id=record.id)
            seen.add(record.id)


def _check_references(document: EventDocument) -> None:
    _check_unique_ids(document)
    event_id = document.event.id
    for index, person in enumerate(document.participants):
        if person.event_id != event_id:
            raise DocumentError(OTHER_EVENT, path=f"participants[{index}].event_id")
    session_ids = set()
    for index, session in enumerate(document.sessions):
        if session.event_id != event_id:
            raise DocumentError(OTHER_EVENT, path=f"sessions[{index}].event_id")
        session_ids.add(session.id)
    item_session = {item.id: item.session_id for item in document.agenda_items}
    for index, item in enumerate(document.agenda_items):
        if item.session_id not in session_ids:
            raise DocumentError(NO_SUCH_SESSION, path=f"agenda_items[{index}].session_id")
        if item.parent_id is not None and item_session.get(item.parent_id) != item.session_id:
            raise DocumentError(NO_SUCH_PARENT, path=f"agenda_items[{index}].parent_id")
    for index, outcome in enumerate(document.outcomes):
        if outcome.event_id != event_id:
            raise DocumentError(OTHER_EVENT, path=f"outcomes[{index}].event_id")
    if len(_ordered_items(document.agenda_items)) != len(document.agenda_items):
        raise DocumentError(PARENT_CYCLE, path="agenda_items")
    _check_runs(document, session_ids, set(item_session))
    _check_photos(document)


def _check_runs(document: EventDocument, session_ids: set[UUID], item_ids: set[UUID]) -> None:
    """Runs belong to the document's sessions and items, one run per session and item."""
    parts: list[tuple[str, Sequence[SessionRun | ItemRun | SpeakerTurn | MethodRun]]] = [
        ("session_runs", document.session_runs),
        ("item_runs", document.item_runs),
        ("speaker_turns", document.speaker_turns),
        ("method_runs", document.method_runs),
    ]
    for index, method_run in enumerate(document.method_runs):
        if method_run.event_id != document.event.id:
            raise DocumentError(OTHER_EVENT, path=f"method_runs[{index}].event_id")
    for name, records in parts:
        for index, run in enumerate(records):
            if run.session_id not in session_ids:
                raise DocumentError(NO_SUCH_SESSION, path=f"{name}[{index}].session_id")
            item_id = getattr(run, "item_id", None)
            if item_id is not None and item_id not in item_ids:
                raise DocumentError(NO_SUCH_ITEM, path=f"{name}[{index}].item_id")
    for name, key, second in (
        ("session_runs", "session_id", SECOND_SESSION_RUN),
        ("item_runs", "item_id", SECOND_ITEM_RUN),
    ):
        seen: set[UUID] = set()
        for index, record in enumerate(getattr(document, name)):
            value = getattr(record, key)
            if value in seen:
                raise DocumentError(second, path=f"{name}[{index}].{key}")
            seen.add(value)


def _check_photos(document: EventDocument) -> None:
    """Every photo's bytes (and the logo's) are in the document and are the image the
    photo says."""
    images = {image.sha256: image.data for image in document.images}
    used: set[str] = set()
    for index, photo in enumerate(document.photos):
        if photo.event_id != document.event.id:
            raise DocumentError(OTHER_EVENT, path=f"photos[{index}].event_id")
        for name in ("image_sha256", "original_sha256"):
            digest = getattr(photo, name)
            if digest is not None and digest not in images:
                raise DocumentError(NO_SUCH_IMAGE, path=f"photos[{index}].{name}")
            used.add(digest)
        try:
            check_photo_bytes(
                images[photo.image_sha256],
                photo.mime,
                photo.width,
                photo.height,
                images.get(photo.original_sha256 or ""),
                photo.original_mime,
            )
        except ImageError as error:
            raise DocumentError(REFUSED_FIELD, path=f"photos[{index}]", message=error) from error
    logo = document.event.logo_sha256
    if logo is not None:
        if logo not in images:
            raise DocumentError(NO_SUCH_IMAGE, path="event.logo_sha256")
        try:
            check_logo(images[logo])
        except LogoRejectedError as error:
            raise DocumentError(REFUSED_FIELD, path="event.logo_sha256", message=error) from error
        used.add(logo)
    for index, image in enumerate(document.images):
        if image.sha256 not in used:
            raise DocumentError(UNUSED_IMAGE, path=f"images[{index}]")


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
        "photos": len(document.photos),
    }
