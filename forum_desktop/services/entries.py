"""Captured entries from outside the window: capture as the capture bar does, edit as the
capture tab's edit does, and every entry with its open conflict versions.

The command line (``capture``, ``edit``, ``entries``) and other issues' checks use these.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from forum_desktop.capture.syntax import parse_capture, roster_of
from forum_desktop.models import AgendaItem, Event, Language, Outcome, Participant, Session
from forum_desktop.models.outcome import ActionFields, OutcomeKind
from forum_desktop.notices import NoticeError, NoticeKind
from forum_desktop.services.capture import (
    CaptureOutcome,
    UpdateOutcome,
    filing_place,
    outcomes_of_event,
)
from forum_desktop.services.commands import Command
from forum_desktop.services.open_conflicts import conflict_texts
from forum_desktop.services.operations import OpResult, Recorder
from forum_desktop.storage import Store

EMPTY_ENTRY = NoticeKind("entry.empty", "the entry has no text: type what to capture")
NO_ENTRY = NoticeKind("entry.not_found", "there is no entry {entry_id}: check the id")
NO_EVENT = NoticeKind("entry.no_event", "there is no event {event_id}: check the id")
NOT_IN_EVENT = NoticeKind(
    "entry.not_in_event",
    "{place} is not a session or agenda item of this event: give one of the event's",
)


class EntryError(NoticeError):
    """A capture or edit refused before anything was written."""


class CaptureTyped(Command):
    """One line typed in the capture bar's light syntax (``!``, ``>``, ``@name``, ``#tag``,
    ``due:``…), captured into the event, its session and item if given; said in
    ``language`` when given (else detected, in an event of several languages)."""

    event_id: UUID
    typed: str
    session_id: UUID | None = None
    item_id: UUID | None = None
    language: Language | None = None

    def apply(self, store: Store) -> OpResult:
        if not store.exists(Event, self.event_id):
            raise EntryError(NO_EVENT, event_id=self.event_id)
        session_id = self.session_id
        if self.item_id is not None:
            item = store.get(AgendaItem, self.item_id)
            if item is None or (session_id is not None and item.session_id != session_id):
                raise EntryError(NOT_IN_EVENT, place=self.item_id)
            session_id = item.session_id
        if session_id is not None:
            session = store.get(Session, session_id)
            if session is None or session.event_id != self.event_id:
                raise EntryError(NOT_IN_EVENT, place=session_id)
        roster = roster_of(store.select(Participant, {"event_id": self.event_id}))
        parsed = parse_capture(self.typed, roster, store.clock.now().date())
        if not parsed.text.strip():
            raise EntryError(EMPTY_ENTRY)
        fields = parsed.outcome_fields()
        if self.language is not None:
            fields["language"] = self.language  # said so: not detected
        return CaptureOutcome(
            event_id=self.event_id, session_id=session_id, item_id=self.item_id, **fields
        ).apply(store)


class EditEntryText(Command):
    """Replace an entry's text, as the capture tab's edit does. While the text is in sync
    conflict, every version stays open until a person resolves it (see sync.merge)."""

    outcome_id: UUID
    text: str

    def apply(self, store: Store) -> OpResult:
        if not store.exists(Outcome, self.outcome_id):
            raise EntryError(NO_ENTRY, entry_id=self.outcome_id)
        if not self.text.strip():
            raise EntryError(EMPTY_ENTRY)
        return UpdateOutcome(outcome_id=self.outcome_id, text=self.text).apply(store)


class MoveEntries(Command):
    """File the chosen entries under another agenda item (None: the event, no item), as
    one undo step. A method's phase files them under the method's item, the phase kept
    as a detail; any other item clears the phase they were captured in."""

    outcome_ids: tuple[UUID, ...]
    item_id: UUID | None
    amend: bool = False
    """The user agreed to record the move in final minutes as an amendment."""

    def apply(self, store: Store) -> OpResult:
        outcomes: list[Outcome] = []
        for outcome_id in self.outcome_ids:
            outcome = store.get(Outcome, outcome_id)
            if outcome is None:
                raise EntryError(NO_ENTRY, entry_id=outcome_id)
            outcomes.append(outcome)
        fields: dict[str, Any] = {"item_id": None, "phase": ""}
        if self.item_id is not None:
            item = store.get(AgendaItem, self.item_id)
            session = store.get(Session, item.session_id) if item else None
            if item is None or session is None:
                raise EntryError(NOT_IN_EVENT, place=self.item_id)
            if any(outcome.event_id != session.event_id for outcome in outcomes):
                raise EntryError(NOT_IN_EVENT, place=self.item_id)
            filed, phase = filing_place(store, item.id)
            fields = {"item_id": filed, "phase": phase, "session_id": item.session_id}
        recorder = Recorder()
        for outcome in outcomes:
            changed = {k: v for k, v in fields.items() if getattr(outcome, k) != v}
            if changed:
                result = UpdateOutcome(outcome_id=outcome.id, amend=self.amend, **changed).apply(
                    store
                )
                for change in result.changes:
                    recorder.add(change)
        return recorder.result(self.outcome_ids)


class SetEntryLanguage(Command):
    """Say which language the chosen entries were said in (None: not known), as one undo
    step; their texts stay as typed."""

    outcome_ids: tuple[UUID, ...]
    language: Language | None
    amend: bool = False
    """The user agreed to record the change in final minutes as an amendment."""

    def apply(self, store: Store) -> OpResult:
        recorder = Recorder()
        for outcome_id in self.outcome_ids:
            outcome = store.get(Outcome, outcome_id)
            if outcome is None:
                raise EntryError(NO_ENTRY, entry_id=outcome_id)
            if outcome.language != self.language:
                result = UpdateOutcome(
                    outcome_id=outcome_id, amend=self.amend, language=self.language
                ).apply(store)
                recorder.changes.extend(result.changes)
        return recorder.result(self.outcome_ids)


def entry_rows(store: Store, event_id: UUID) -> list[dict[str, Any]]:
    """Every entry of the event as plain values, with its owners' names and the other
    versions of its text still in conflict."""
    if not store.exists(Event, event_id):
        raise EntryError(NO_EVENT, event_id=event_id)
    names = {p.id: p.name for p in store.select(Participant, {"event_id": event_id})}
    conflicts = conflict_texts(store, event_id)
    rows = []
    for outcome in outcomes_of_event(store, event_id):
        owners: list[str] = []
        if outcome.kind == OutcomeKind.ACTION:
            fields = outcome.kind_fields()
            assert isinstance(fields, ActionFields)
            owners = [names.get(owner, "?") for owner in fields.owner_ids]
            owners += [name.strip() for name in fields.owner_names if name.strip()]
        rows.append(
            {
                "id": str(outcome.id),
                "kind": str(outcome.kind),
                "session_id": None if outcome.session_id is None else str(outcome.session_id),
                "item_id": None if outcome.item_id is None else str(outcome.item_id),
                "text": outcome.text,
                "owners": owners,
                "tags": list(outcome.tags),
                "author": outcome.author,
                "captured_at": outcome.captured_at.isoformat(),
                "language": None if outcome.language is None else outcome.language.value,
                "conflicts": conflicts.get(outcome.id, []),
            }
        )
    return rows
