"""Operations on captured outcomes: capture, edit, delete, merge, approve, finalise.

Once a session's minutes are final its outcomes are locked: a change must be asked for
as an amendment, and the journal keeps who made it and when.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any
from uuid import UUID, uuid4

from forum_desktop.capture.language import detect_language
from forum_desktop.models import (
    AgendaItem,
    ChangeKind,
    Event,
    Outcome,
    Photo,
    ReviewState,
    Session,
)
from forum_desktop.services.methods import method_item_of
from forum_desktop.services.operations import OpResult, Recorder, operation
from forum_desktop.services.translations import working_languages_of
from forum_desktop.storage import RecordNotFoundError, StorageError, Store

EDITABLE_OUTCOME_FIELDS = frozenset(
    {
        "kind",
        "text",
        "item_id",
        "session_id",
        "phase",
        "mentions",
        "tags",
        "anonymous",
        "key",
        "fields",
        "language",
    }
)


class FinalSessionError(StorageError):
    """A change to an outcome of a session whose minutes are final, not asked as an amendment."""

    def __init__(self, session: Session) -> None:
        super().__init__(
            f"The minutes of “{session.title}” are final. Record the change as an amendment."
        )
        self.session = session


def filing_place(store: Store, item_id: UUID) -> tuple[UUID, str]:
    """Where an entry about ``item_id`` is filed, and the phase it was captured in.

    A method's phase (``services.methods.method_item_of``) files it under the method's
    item, so the minutes show a decision under the item, not under "set-up and rules";
    the phase's title is kept as a detail.
    """
    item = store.get(AgendaItem, item_id)
    method_item = method_item_of(store, item) if item else None
    if item is None or method_item is None:
        return item_id, ""
    return method_item.id, item.title


def outcomes_of_event(store: Store, event_id: UUID) -> list[Outcome]:
    return store.select(Outcome, {"event_id": event_id}, order_by="captured_at")


def outcomes_of_session(store: Store, session_id: UUID) -> list[Outcome]:
    return store.select(Outcome, {"session_id": session_id}, order_by="captured_at")


def _check_not_final(store: Store, outcome: Outcome, *, amend: bool) -> None:
    if outcome.session_id is None or amend:
        return
    session = store.get(Session, outcome.session_id)
    if session is not None and session.final_at is not None:
        raise FinalSessionError(session)


@operation("capture_outcome")
def capture_outcome(
    store: Store,
    /,
    *,
    event_id: UUID,
    text: str,
    kind: str = "note",
    session_id: UUID | None = None,
    item_id: UUID | None = None,
    item_offset_seconds: int | None = None,
    **fields: Any,
) -> OpResult:
    """Store one captured entry, durably, the moment Enter is pressed; value: its id.

    Capturing into a final session is allowed: it is recorded as an amendment. An entry
    about a method's phase is filed under the method's item (``filing_place``).
    """
    languages = working_languages_of(store, event_id)  # not the whole event: a fast path
    if languages is None:
        raise RecordNotFoundError(Event.record_type, event_id)
    if "language" not in fields and len(languages) > 1:
        fields["language"] = detect_language(text, languages)
    if item_id is not None:
        item_id, phase = filing_place(store, item_id)
        if phase and not fields.get("phase"):
            fields["phase"] = phase
    now = store.clock.now()
    values = {
        "created_at": now,
        "updated_at": now,
        "event_id": event_id,
        "session_id": session_id,
        "item_id": item_id,
        "kind": kind,
        "text": text,
        "captured_at": now,
        "item_offset_seconds": item_offset_seconds,
        "author": store.author,
        **fields,
    }
    # The store validates the entry as it inserts it: an Outcome built here first was
    # validated and dumped twice on the capture path (issue 24).
    outcome_id = uuid4()
    recorder = Recorder()
    recorder.add(store.apply(Outcome.record_type, outcome_id, ChangeKind.INSERT, values))
    return recorder.result(outcome_id)


@operation("update_outcome")
def update_outcome(
    store: Store, /, *, outcome_id: UUID, amend: bool = False, **fields: Any
) -> OpResult:
    unknown = set(fields) - EDITABLE_OUTCOME_FIELDS
    if unknown:
        raise ValueError(f"not editable on an outcome: {', '.join(sorted(unknown))}")
    outcome = store.require(Outcome, outcome_id)
    _check_not_final(store, outcome, amend=amend)
    recorder = Recorder()
    recorder.add(store.update(Outcome, outcome_id, **fields))
    return recorder.result(outcome_id)


@operation("delete_outcomes")
def delete_outcomes(
    store: Store, /, *, outcome_ids: Sequence[UUID], amend: bool = False
) -> OpResult:
    recorder = Recorder()
    for outcome_id in outcome_ids:
        outcome = store.require(Outcome, outcome_id)
        _check_not_final(store, outcome, amend=amend)
        recorder.add(store.delete(Outcome, outcome_id))
    return recorder.result(len(outcome_ids))


@operation("set_review")
def set_review(
    store: Store, /, *, outcome_ids: Sequence[UUID], state: ReviewState, amend: bool = False
) -> OpResult:
    """Approve entries for the minutes (or put them back to draft)."""
    recorder = Recorder()
    for outcome_id in outcome_ids:
        outcome = store.require(Outcome, outcome_id)
        _check_not_final(store, outcome, amend=amend)
        recorder.add(store.update(Outcome, outcome_id, review=ReviewState(state)))
    return recorder.result(len(outcome_ids))


@operation("merge_outcomes")
def merge_outcomes(
    store: Store, /, *, keep_id: UUID, merged_ids: Sequence[UUID], amend: bool = False
) -> OpResult:
    """Fold duplicates into one entry: texts joined, tags, mentions and photos united."""
    keep = store.require(Outcome, keep_id)
    others = [store.require(Outcome, i) for i in merged_ids if i != keep_id]
    for outcome in (keep, *others):
        _check_not_final(store, outcome, amend=amend)
    texts = [keep.text, *(o.text for o in others if o.text and o.text != keep.text)]
    tags = list(dict.fromkeys([*keep.tags, *(t for o in others for t in o.tags)]))
    mentions = list(dict.fromkeys([*keep.mentions, *(m for o in others for m in o.mentions)]))
    recorder = Recorder()
    recorder.add(
        store.update(Outcome, keep_id, text="\n\n".join(texts), tags=tags, mentions=mentions)
    )
    for outcome in others:
        for photo in store.select(Photo, {"outcome_id": outcome.id}, order_by="created_at"):
            recorder.add(store.update(Photo, photo.id, outcome_id=keep_id))
        recorder.add(store.delete(Outcome, outcome.id))
    return recorder.result(keep_id)


@operation("set_session_final")
def set_session_final(store: Store, /, *, session_id: UUID, final: bool) -> OpResult:
    """Mark a session's minutes final (entries lock) or reopen them."""
    when: dt.datetime | None = store.clock.now() if final else None
    recorder = Recorder()
    recorder.add(store.update(Session, session_id, final_at=when))
    return recorder.result(session_id)


def amendments(store: Store, session: Session) -> list[tuple[UUID, str, dt.datetime]]:
    """Changes to a final session's outcomes after it was finalised: (outcome id, who, when)."""
    if session.final_at is None:
        return []
    found: list[tuple[UUID, str, dt.datetime]] = []
    for change in store.journal():
        if change.record_type != Outcome.record_type or change.at <= session.final_at:
            continue
        outcome = store.get(Outcome, change.record_id)
        # A deleted outcome's journal entry holds all its old values, its session among them.
        where = str(outcome.session_id) if outcome else change.old_values().get("session_id")
        if where == str(session.id):
            found.append((change.record_id, change.author, change.at))
    return found
