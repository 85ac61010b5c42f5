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
    Breakout,
    BreakoutMember,
    Event,
    EventDocument,
    FishbowlQueueEntry,
    FishbowlRotation,
    FishbowlSettings,
    FishbowlTopic,
    IdeaTheme,
    ItemRun,
    Outcome,
    Participant,
    PeerCase,
    PeerCaseMove,
    Photo,
    Record,
    RoundRobinSettings,
    RoundTurn,
    Session,
    SessionRun,
    SpeakerTurn,
    ThemeIdea,
)
from forum_desktop.models.agenda import parents_first
from forum_desktop.models.document import ImageBytes
from forum_desktop.models.room import (
    Evaluation,
    EvaluationAnswer,
    Moderation,
    QuestionVote,
    RoomQuestion,
    evaluation_id,
    moderation_id,
    question_vote_id,
)
from forum_desktop.models.translation import (
    TranslatedRecord,
    Translation,
    text_limit,
    translation_id,
)
from forum_desktop.models.vote import DotVoteBallot, DotVoteOption, DotVoteSettings, settings_id
from forum_desktop.notices import NoticeError, NoticeKind
from forum_desktop.services.logo import LogoRejectedError, check_logo
from forum_desktop.services.method_runs import method_runs_of_event
from forum_desktop.services.photos import check_photo_bytes, photos_of_event
from forum_desktop.storage import Store
from forum_desktop.storage.image_data import image_data

MethodRecord = (
    DotVoteSettings
    | DotVoteOption
    | DotVoteBallot
    | FishbowlSettings
    | FishbowlTopic
    | FishbowlQueueEntry
    | FishbowlRotation
    | RoundTurn
    | RoundRobinSettings
    | PeerCase
    | PeerCaseMove
    | Breakout
    | BreakoutMember
    | IdeaTheme
    | ThemeIdea
)
METHOD_RECORDS: tuple[tuple[str, type[MethodRecord]], ...] = (
    ("dot_vote_settings", DotVoteSettings),
    ("dot_vote_options", DotVoteOption),
    ("dot_vote_ballots", DotVoteBallot),
    ("fishbowl_settings", FishbowlSettings),
    ("fishbowl_topics", FishbowlTopic),
    ("fishbowl_queue", FishbowlQueueEntry),
    ("fishbowl_rotations", FishbowlRotation),
    ("round_turns", RoundTurn),
    ("round_robin_settings", RoundRobinSettings),
    ("peer_cases", PeerCase),
    ("peer_case_moves", PeerCaseMove),
    ("breakouts", Breakout),
    ("breakout_members", BreakoutMember),
    ("idea_themes", IdeaTheme),
    ("theme_ideas", ThemeIdea),
)
"""The methods' own records (issue 15): the document's field for each, and its class."""

RoomRecord = Moderation | RoomQuestion | QuestionVote | Evaluation | EvaluationAnswer
ROOM_RECORDS: tuple[tuple[str, type[RoomRecord]], ...] = (
    ("moderations", Moderation),
    ("room_questions", RoomQuestion),
    ("question_votes", QuestionVote),
    ("evaluations", Evaluation),
    ("evaluation_answers", EvaluationAnswer),
)
"""What phones in the room sent (issue 22): each names a session, maybe an item."""

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
NO_SUCH_RECORD = NoticeKind(
    "document.no_such_record", "{path}: no such record of that kind in the document"
)
NO_SUCH_ENTRY = NoticeKind("document.no_such_entry", "{path}: no such entry in the document")
NO_SUCH_PARTICIPANT = NoticeKind(
    "document.no_such_participant", "{path}: no such participant in the document"
)
NO_SUCH_IMAGE = NoticeKind("document.no_such_image", "{path}: no such image in the document")
UNUSED_IMAGE = NoticeKind(
    "document.unused_image", "{path}: no photo or logo in the document uses it"
)


class DocumentError(NoticeError):
    """A document that cannot be imported; ``str()`` says where and why, in English."""


def export_document(store: Store, event_id: UUID) -> EventDocument:
    document = _without_deleted_references(event_document(store, event_id))
    images = _images_of(store, document.photos, document.event)
    return document.model_copy(update={"images": images})


def event_document(store: Store, event_id: UUID) -> EventDocument:
    """Every record of an event as it is stored (no image bytes; references to what was
    deleted kept as they are)."""
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
        session_runs=runs,
        item_runs=item_runs,
        speaker_turns=turns,
        method_runs=method_runs_of_event(store, event_id),
        **{
            name: store.select(cls, {"event_id": event_id}, "created_at")
            for name, cls in METHOD_RECORDS + ROOM_RECORDS
        },
        translations=store.select(Translation, {"event_id": event_id}, "created_at"),
    )


def _without_deleted_references(document: EventDocument) -> EventDocument:
    """The document naming only records it carries, so that every export imports again.

    References are soft (deleting an item keeps what was captured on it): a reference to
    a record deleted here is written as none, and what only a deleted item gave meaning to
    (a photo of it and of no entry, its runs, turns and method screen) is left out.
    """
    sessions = {s.id for s in document.sessions}
    items = {i.id for i in document.agenda_items}
    outcomes = {o.id for o in document.outcomes}
    people = {p.id for p in document.participants}

    def kept(value: UUID | None, known: set[UUID]) -> UUID | None:
        return value if value in known else None

    photos = [
        photo.model_copy(
            update={
                "item_id": kept(photo.item_id, items),
                "outcome_id": kept(photo.outcome_id, outcomes),
            }
        )
        for photo in document.photos
        if photo.item_id in items or photo.outcome_id in outcomes
    ]
    return document.model_copy(
        update={
            "outcomes": [
                o.model_copy(
                    update={
                        "session_id": kept(o.session_id, sessions),
                        "item_id": kept(o.item_id, items),
                    }
                )
                for o in document.outcomes
            ],
            "photos": photos,
            "session_runs": [
                r.model_copy(update={"current_item_id": kept(r.current_item_id, items)})
                for r in document.session_runs
            ],
            "item_runs": [r for r in document.item_runs if r.item_id in items],
            "speaker_turns": [
                t.model_copy(update={"participant_id": kept(t.participant_id, people)})
                for t in document.speaker_turns
                if t.item_id in items
            ],
            "method_runs": [r for r in document.method_runs if r.item_id in items],
            **{
                part: [r for r in getattr(document, part) if r.item_id in items]
                for part in METHOD_RECORD_PARTS
            },
            **_room_records_kept(document, sessions, items, outcomes),
            "translations": [
                t
                for t in document.translations
                if t.target_id in sessions | items or t.target_id == document.event.id
            ],
        }
    )


def _room_records_kept(
    document: EventDocument, sessions: set[UUID], items: set[UUID], outcomes: set[UUID]
) -> dict[str, list[Any]]:
    """The phones' records of the sessions and items still here."""
    questions = [q for q in document.room_questions if q.item_id in items]
    asked = {q.id for q in questions}
    return {
        "moderations": [
            m for m in document.moderations if m.item_id in items and m.outcome_id in outcomes
        ],
        "room_questions": questions,
        "question_votes": [v for v in document.question_votes if v.question_id in asked],
        "evaluations": [e for e in document.evaluations if e.session_id in sessions],
        "evaluation_answers": [a for a in document.evaluation_answers if a.session_id in sessions],
    }


METHOD_RECORD_PARTS = tuple(name for name, _ in METHOD_RECORDS)
ROOM_RECORD_PARTS = tuple(name for name, _ in ROOM_RECORDS)
RECORD_PARTS = (
    "participants",
    "sessions",
    "agenda_items",
    "outcomes",
    "photos",
    "session_runs",
    "item_runs",
    "speaker_turns",
    "method_runs",
    *METHOD_RECORD_PARTS,
    *ROOM_RECORD_PARTS,
    "translations",
)
"""A document's lists of records, in an order that writes parents first (after the event;
within ``agenda_items``, parents before their children): an import inserts in this order,
deleting an event goes the other way."""


def with_derived_ids(document: EventDocument) -> EventDocument:
    """``document`` with the ids that are derived from other ids (one settings record per
    method item) derived again, after a copy gave every record a fresh id."""
    return document.model_copy(
        update={
            "dot_vote_settings": [
                record.model_copy(update={"id": settings_id(record.item_id)})
                for record in document.dot_vote_settings
            ],
            "moderations": [
                record.model_copy(update={"id": moderation_id(record.outcome_id)})
                for record in document.moderations
            ],
            "question_votes": [
                record.model_copy(update={"id": question_vote_id(record.question_id, record.voter)})
                for record in document.question_votes
            ],
            "evaluations": [
                record.model_copy(update={"id": evaluation_id(record.session_id)})
                for record in document.evaluations
            ],
            "translations": [
                record.model_copy(
                    update={"id": translation_id(record.target_id, record.field, record.language)}
                )
                for record in document.translations
            ],
        }
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


def ordered_items(items: list[AgendaItem]) -> list[AgendaItem]:
    """Parents before children whatever order the document lists them in."""
    by_session: dict[UUID, list[AgendaItem]] = {}
    for item in items:
        by_session.setdefault(item.session_id, []).append(item)
    return [item for group in by_session.values() for item in parents_first(group)]


def _check_unique_ids(document: EventDocument) -> None:
    seen: set[UUID] = {document.event.id}
    for name in RECORD_PARTS:
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
        if outcome.session_id is not None and outcome.session_id not in session_ids:
            raise DocumentError(NO_SUCH_SESSION, path=f"outcomes[{index}].session_id")
        if outcome.item_id is not None and outcome.item_id not in item_session:
            raise DocumentError(NO_SUCH_ITEM, path=f"outcomes[{index}].item_id")
    if len(ordered_items(document.agenda_items)) != len(document.agenda_items):
        raise DocumentError(PARENT_CYCLE, path="agenda_items")
    _check_runs(document, session_ids, set(item_session))
    _check_method_records(document, session_ids, set(item_session))
    _check_room_records(document, session_ids, set(item_session))
    _check_translations(document, session_ids, set(item_session))
    _check_photos(document)


def _check_runs(document: EventDocument, session_ids: set[UUID], item_ids: set[UUID]) -> None:
    """Runs belong to the document's sessions and items, one run per session and item."""
    parts: list[tuple[str, Sequence[Record]]] = [
        ("session_runs", document.session_runs),
        ("item_runs", document.item_runs),
        ("speaker_turns", document.speaker_turns),
        ("method_runs", document.method_runs),
    ]
    for name, records in parts[3:]:
        for index, record in enumerate(records):
            if getattr(record, "event_id", None) != document.event.id:
                raise DocumentError(OTHER_EVENT, path=f"{name}[{index}].event_id")
    for name, records in parts:
        for index, run in enumerate(records):
            if getattr(run, "session_id", None) not in session_ids:
                raise DocumentError(NO_SUCH_SESSION, path=f"{name}[{index}].session_id")
            for field in ("item_id", "current_item_id"):
                item_id = getattr(run, field, None)
                if item_id is not None and item_id not in item_ids:
                    raise DocumentError(NO_SUCH_ITEM, path=f"{name}[{index}].{field}")
    people = {person.id for person in document.participants}
    for index, turn in enumerate(document.speaker_turns):
        if turn.participant_id is not None and turn.participant_id not in people:
            raise DocumentError(NO_SUCH_PARTICIPANT, path=f"speaker_turns[{index}].participant_id")
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


def _check_method_records(
    document: EventDocument, session_ids: set[UUID], item_ids: set[UUID]
) -> None:
    """The methods' records belong to the document's event, sessions and items."""
    for name, _ in METHOD_RECORDS:
        for index, record in enumerate(getattr(document, name)):
            if record.event_id != document.event.id:
                raise DocumentError(OTHER_EVENT, path=f"{name}[{index}].event_id")
            if record.session_id not in session_ids:
                raise DocumentError(NO_SUCH_SESSION, path=f"{name}[{index}].session_id")
            if record.item_id not in item_ids:
                raise DocumentError(NO_SUCH_ITEM, path=f"{name}[{index}].item_id")


def _check_room_records(
    document: EventDocument, session_ids: set[UUID], item_ids: set[UUID]
) -> None:
    """The phones' records belong to the document's event, sessions and items, and name
    the entries and questions it carries."""
    outcomes = {outcome.id for outcome in document.outcomes}
    questions = {question.id for question in document.room_questions}
    for name, _ in ROOM_RECORDS:
        for index, record in enumerate(getattr(document, name)):
            where = f"{name}[{index}]"
            if record.event_id != document.event.id:
                raise DocumentError(OTHER_EVENT, path=f"{where}.event_id")
            if record.session_id not in session_ids:
                raise DocumentError(NO_SUCH_SESSION, path=f"{where}.session_id")
            item_id = getattr(record, "item_id", None)
            if item_id is not None and item_id not in item_ids:
                raise DocumentError(NO_SUCH_ITEM, path=f"{where}.item_id")
    for index, moderation in enumerate(document.moderations):
        if moderation.outcome_id not in outcomes:
            raise DocumentError(NO_SUCH_ENTRY, path=f"moderations[{index}].outcome_id")
    for index, vote in enumerate(document.question_votes):
        if vote.question_id not in questions:
            raise DocumentError(NO_SUCH_ENTRY, path=f"question_votes[{index}].question_id")


def _check_translations(
    document: EventDocument, session_ids: set[UUID], item_ids: set[UUID]
) -> None:
    """Each translation names a record of the document, of the type it says, in a language
    other than the main one, within the field's length."""
    targets = {
        TranslatedRecord.EVENT: {document.event.id},
        TranslatedRecord.SESSION: session_ids,
        TranslatedRecord.AGENDA_ITEM: item_ids,
    }
    for index, record in enumerate(document.translations):
        where = f"translations[{index}]"
        if record.event_id != document.event.id:
            raise DocumentError(OTHER_EVENT, path=f"{where}.event_id")
        if record.target_id not in targets[record.target_type]:
            raise DocumentError(NO_SUCH_RECORD, path=f"{where}.target_id")
        if record.language == document.event.language:
            raise DocumentError(
                REFUSED_FIELD, path=f"{where}.language", message="the event's main language"
            )
        if len(record.text) > text_limit(record.field):
            raise DocumentError(REFUSED_FIELD, path=f"{where}.text", message="too long")


def _check_photos(document: EventDocument) -> None:
    """Every photo's bytes (and the logo's) are in the document and are the image the
    photo says."""
    images = {image.sha256: image.data for image in document.images}
    items = {item.id for item in document.agenda_items}
    outcomes = {outcome.id for outcome in document.outcomes}
    used: set[str] = set()
    for index, photo in enumerate(document.photos):
        if photo.event_id != document.event.id:
            raise DocumentError(OTHER_EVENT, path=f"photos[{index}].event_id")
        if photo.item_id is not None and photo.item_id not in items:
            raise DocumentError(NO_SUCH_ITEM, path=f"photos[{index}].item_id")
        if photo.outcome_id is not None and photo.outcome_id not in outcomes:
            raise DocumentError(NO_SUCH_ENTRY, path=f"photos[{index}].outcome_id")
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
