"""Commands on captured outcomes: capture, edit, delete, merge, approve, finalise.

Once a session's minutes are final its outcomes are locked: a change must be asked for
as an amendment, and the journal keeps who made it and when.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from uuid import UUID, uuid4

from pydantic import Field

from forum_desktop.capture.language import detect_language
from forum_desktop.models import (
    AgendaItem,
    ChangeKind,
    Event,
    Language,
    Outcome,
    Photo,
    ReviewState,
    Session,
)
from forum_desktop.models.outcome import OutcomeKind
from forum_desktop.services.commands import Command
from forum_desktop.services.methods import method_item_of
from forum_desktop.services.operations import OpResult, Recorder
from forum_desktop.services.translations import working_languages_of
from forum_desktop.storage import RecordNotFoundError, StorageError, Store


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


def _check_not_final(store: Store, outcome: Outcome, *, amend: bool) -> None:
    if outcome.session_id is None or amend:
        return
    session = store.get(Session, outcome.session_id)
    if session is not None and session.final_at is not None:
        raise FinalSessionError(session)


class CaptureOutcome(Command):
    """Store one captured entry, durably, the moment Enter is pressed; value: its id.

    Capturing into a final session is allowed: it is recorded as an amendment. An entry
    about a method's phase is filed under the method's item (``filing_place``). The
    language, when not given, is detected in an event of several working languages.
    """

    event_id: UUID
    text: str
    kind: OutcomeKind = OutcomeKind.NOTE
    session_id: UUID | None = None
    item_id: UUID | None = None
    item_offset_seconds: int | None = None
    phase: str = ""
    mentions: tuple[UUID, ...] = ()
    tags: tuple[str, ...] = ()
    anonymous: bool = False
    key: bool = False
    fields: dict[str, Any] = Field(default_factory=dict)
    """What the kind adds (``models.outcome.KIND_FIELDS``), checked as the entry is stored."""
    language: Language | None = None

    def apply(self, store: Store) -> OpResult:
        languages = working_languages_of(store, self.event_id)  # not the whole event: fast
        if languages is None:
            raise RecordNotFoundError(Event.record_type, self.event_id)
        language = self.language
        if "language" not in self.model_fields_set and len(languages) > 1:
            language = detect_language(self.text, languages)
        item_id, phase = self.item_id, self.phase
        if item_id is not None:
            item_id, filed_phase = filing_place(store, item_id)
            phase = phase or filed_phase
        now = store.clock.now()
        values: dict[str, Any] = {
            "created_at": now,
            "updated_at": now,
            "event_id": self.event_id,
            "session_id": self.session_id,
            "item_id": item_id,
            "phase": phase,
            "kind": self.kind,
            "text": self.text,
            "captured_at": now,
            "item_offset_seconds": self.item_offset_seconds,
            "author": store.author,
            "mentions": self.mentions,
            "tags": self.tags,
            "anonymous": self.anonymous,
            "fields": self.fields,
            "key": self.key,
            "language": language,
        }
        # The store validates the entry as it inserts it: an Outcome built here first was
        # validated and dumped twice on the capture path (issue 24).
        outcome_id = uuid4()
        recorder = Recorder()
        recorder.add(store.apply(Outcome.record_type, outcome_id, ChangeKind.INSERT, values))
        return recorder.result(outcome_id)


class UpdateOutcome(Command):
    """Change the fields of one entry the caller gives (only those: an explicit None, as
    for the item or the language, clears it); in final minutes only as an amendment."""

    outcome_id: UUID
    amend: bool = False
    """The user agreed to record the change in final minutes as an amendment."""
    kind: OutcomeKind = OutcomeKind.NOTE
    text: str = ""
    item_id: UUID | None = None
    session_id: UUID | None = None
    phase: str = ""
    mentions: tuple[UUID, ...] = ()
    tags: tuple[str, ...] = ()
    anonymous: bool = False
    key: bool = False
    fields: dict[str, Any] = Field(default_factory=dict)
    language: Language | None = None

    def apply(self, store: Store) -> OpResult:
        outcome = store.require(Outcome, self.outcome_id)
        _check_not_final(store, outcome, amend=self.amend)
        changed = self.model_dump(include=self.model_fields_set - {"outcome_id", "amend"})
        recorder = Recorder()
        recorder.add(store.update(Outcome, self.outcome_id, **changed))
        return recorder.result(self.outcome_id)


class DeleteOutcomes(Command):
    """Delete entries; in final minutes only as an amendment. Value: how many."""

    outcome_ids: tuple[UUID, ...]
    amend: bool = False

    def apply(self, store: Store) -> OpResult:
        recorder = Recorder()
        for outcome_id in self.outcome_ids:
            outcome = store.require(Outcome, outcome_id)
            _check_not_final(store, outcome, amend=self.amend)
            recorder.add(store.delete(Outcome, outcome_id))
        return recorder.result(len(self.outcome_ids))


class SetReview(Command):
    """Approve entries for the minutes (or put them back to draft). Value: how many."""

    outcome_ids: tuple[UUID, ...]
    state: ReviewState
    amend: bool = False

    def apply(self, store: Store) -> OpResult:
        recorder = Recorder()
        for outcome_id in self.outcome_ids:
            outcome = store.require(Outcome, outcome_id)
            _check_not_final(store, outcome, amend=self.amend)
            recorder.add(store.update(Outcome, outcome_id, review=self.state))
        return recorder.result(len(self.outcome_ids))


class MergeOutcomes(Command):
    """Fold duplicates into one entry: texts joined, tags, mentions and photos united."""

    keep_id: UUID
    merged_ids: tuple[UUID, ...]
    amend: bool = False

    def apply(self, store: Store) -> OpResult:
        keep = store.require(Outcome, self.keep_id)
        others = [store.require(Outcome, i) for i in self.merged_ids if i != self.keep_id]
        for outcome in (keep, *others):
            _check_not_final(store, outcome, amend=self.amend)
        texts = [keep.text, *(o.text for o in others if o.text and o.text != keep.text)]
        tags = list(dict.fromkeys([*keep.tags, *(t for o in others for t in o.tags)]))
        mentions = list(dict.fromkeys([*keep.mentions, *(m for o in others for m in o.mentions)]))
        recorder = Recorder()
        recorder.add(
            store.update(
                Outcome, self.keep_id, text="\n\n".join(texts), tags=tags, mentions=mentions
            )
        )
        for outcome in others:
            for photo in store.select(Photo, {"outcome_id": outcome.id}, order_by="created_at"):
                recorder.add(store.update(Photo, photo.id, outcome_id=self.keep_id))
            recorder.add(store.delete(Outcome, outcome.id))
        return recorder.result(self.keep_id)


class SetSessionFinal(Command):
    """Mark a session's minutes final (entries lock) or reopen them."""

    session_id: UUID
    final: bool

    def apply(self, store: Store) -> OpResult:
        when: dt.datetime | None = store.clock.now() if self.final else None
        recorder = Recorder()
        recorder.add(store.update(Session, self.session_id, final_at=when))
        return recorder.result(self.session_id)


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
