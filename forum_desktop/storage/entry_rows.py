"""Captured entries as light rows: what a list of them shows, read without pydantic.

The capture tab holds thousands of entries and shows a few columns of each; validating
every one as an ``Outcome`` was half of opening it. These rows are built straight from
the columns of our own database, whose entries were validated when written; whoever
edits one reads its full ``Outcome`` by id then.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple
from uuid import UUID

from forum_desktop.models.outcome import KIND_FIELDS, ActionFields, QuoteFields
from forum_desktop.storage.store import Store

ACTION_KINDS = frozenset(kind for kind, model in KIND_FIELDS.items() if model is ActionFields)
SPEAKER_KINDS = frozenset(
    kind for kind, model in KIND_FIELDS.items() if issubclass(model, QuoteFields)
)
"""Kinds whose fields name a speaker the entry's people include (quotes, answers…)."""

_COLUMNS = "id, item_id, kind, text, captured_at, author, anonymous, review, tags, mentions, fields"


class EntryRow(NamedTuple):
    """One entry as a list shows it (a tuple: built in one call, no validation)."""

    id: UUID
    item_id: UUID | None
    kind: str
    text: str
    captured_at: dt.datetime
    author: str
    anonymous: bool
    review: str
    tags: tuple[str, ...]
    mentions: tuple[UUID, ...]
    owner_ids: tuple[UUID, ...]
    """An action's owners from the roster (empty for other kinds)."""
    owner_names: tuple[str, ...]
    """An action's owners typed as free text."""
    speaker_id: UUID | None
    """A quote's (answer's, contribution's) speaker from the roster."""
    speaker_name: str
    due: dt.date | None
    status: str | None
    """An action's status; None for other kinds."""


def entry_rows(store: Store, event_id: UUID) -> list[EntryRow]:
    """The event's entries in capture order (the order ``select`` gives by captured_at)."""
    sql = f"SELECT {_COLUMNS} FROM outcome WHERE event_id IS ? ORDER BY captured_at, created_at, id"
    return _build(store.conn.execute(sql, (str(event_id),)))


def entry_rows_by_id(store: Store, event_id: UUID, ids: Sequence[UUID]) -> list[EntryRow]:
    """The entries of the event among ``ids`` (in no particular order)."""
    marks = ", ".join("?" * len(ids))
    sql = f"SELECT {_COLUMNS} FROM outcome WHERE event_id IS ? AND id IN ({marks})"
    return _build(store.conn.execute(sql, [str(event_id), *map(str, ids)]))


def _build(rows: Iterable[tuple[Any, ...]]) -> list[EntryRow]:
    # Agenda items repeat across thousands of entries: one UUID each.
    items: dict[str | None, UUID | None] = {None: None}
    built = []
    for id_, item, kind, text, captured, author, anonymous, review, tags, mentions, fields in rows:
        item_id = items.get(item)
        if item_id is None and item is not None:
            item_id = items[item] = UUID(item)
        owner_ids: tuple[UUID, ...] = ()
        owner_names: tuple[str, ...] = ()
        speaker_id = None
        speaker_name = ""
        due = None
        status = None
        values = json.loads(fields) if fields != "{}" else {}
        if kind in ACTION_KINDS:
            owner_ids = tuple(map(UUID, values.get("owner_ids", ())))
            owner_names = tuple(values.get("owner_names", ()))
            due = dt.date.fromisoformat(values["due"]) if values.get("due") else None
            status = values.get("status", "open")
        elif kind in SPEAKER_KINDS:
            speaker_id = UUID(values["speaker_id"]) if values.get("speaker_id") else None
            speaker_name = values.get("speaker_name", "")
        built.append(
            EntryRow(
                UUID(id_),
                item_id,
                kind,
                text,
                dt.datetime.fromisoformat(captured),
                author,
                bool(anonymous),
                review,
                tuple(json.loads(tags)) if tags != "[]" else (),
                tuple(map(UUID, json.loads(mentions))) if mentions != "[]" else (),
                owner_ids,
                owner_names,
                speaker_id,
                speaker_name,
                due,
                status,
            )
        )
    return built
