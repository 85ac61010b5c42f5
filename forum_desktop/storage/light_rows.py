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

_COLUMNS = (
    "id, item_id, kind, text, captured_at, author, anonymous, review, tags, mentions, fields, "
    "language"
)


class EntryRow(NamedTuple):
    """One entry as a list shows it (a tuple: built in one call, no validation)."""

    key: str
    """The entry's id as stored: lists key their rows by it (a ``UUID`` of every entry
    was a third of building the rows, and hashing one is a Python call)."""
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
    language: str | None
    """The working language it was said in (``Outcome.language``), if known."""

    @property
    def id(self) -> UUID:
        return UUID(self.key)


def light_rows(store: Store, event_id: UUID) -> list[EntryRow]:
    """The event's entries in capture order (the order ``select`` gives by captured_at)."""
    sql = f"SELECT {_COLUMNS} FROM outcome WHERE event_id IS ? ORDER BY captured_at, created_at, id"
    return _build(store.conn.execute(sql, (str(event_id),)))


def light_rows_by_id(store: Store, event_id: UUID, ids: Sequence[UUID]) -> list[EntryRow]:
    """The entries of the event among ``ids`` (in no particular order)."""
    marks = ", ".join("?" * len(ids))
    sql = f"SELECT {_COLUMNS} FROM outcome WHERE event_id IS ? AND id IN ({marks})"
    return _build(store.conn.execute(sql, [str(event_id), *map(str, ids)]))


KindPart = tuple[tuple[UUID, ...], tuple[str, ...], UUID | None, str, dt.date | None, str | None]
"""An entry's owner_ids, owner_names, speaker_id, speaker_name, due and status."""


def _kind_part(kind: str, fields: str) -> KindPart:
    values = json.loads(fields)
    if kind in ACTION_KINDS:
        due = values.get("due")
        return (
            tuple(map(UUID, values.get("owner_ids", ()))),
            tuple(values.get("owner_names", ())),
            None,
            "",
            dt.date.fromisoformat(due) if due else None,
            values.get("status", "open"),
        )
    if kind in SPEAKER_KINDS:
        speaker = values.get("speaker_id")
        return (
            (),
            (),
            UUID(speaker) if speaker else None,
            values.get("speaker_name", ""),
            None,
            None,
        )
    return (), (), None, "", None, None


def _build(rows: Iterable[tuple[Any, ...]]) -> list[EntryRow]:
    # Items, tag lists and kind fields repeat across thousands of entries: each distinct
    # text is decoded once per read (a JSON decode or a UUID is ~1 µs per entry).
    items: dict[str | None, UUID | None] = {None: None}
    tag_lists: dict[str, tuple[str, ...]] = {"[]": ()}
    mention_lists: dict[str, tuple[UUID, ...]] = {"[]": ()}
    parts: dict[tuple[str, str], KindPart] = {}
    built = []
    for (
        id_,
        item,
        kind,
        text,
        captured,
        author,
        anonymous,
        review,
        tags,
        mentions,
        fields,
        language,
    ) in rows:
        item_id = items.get(item)
        if item_id is None and item is not None:
            item_id = items[item] = UUID(item)
        tag_list = tag_lists.get(tags)
        if tag_list is None:
            tag_list = tag_lists[tags] = tuple(json.loads(tags))
        mentioned = mention_lists.get(mentions)
        if mentioned is None:
            mentioned = mention_lists[mentions] = tuple(map(UUID, json.loads(mentions)))
        part = parts.get((kind, fields))
        if part is None:
            part = parts[kind, fields] = _kind_part(kind, fields)
        built.append(
            EntryRow(
                id_,
                item_id,
                kind,
                text,
                dt.datetime.fromisoformat(captured),
                author,
                bool(anonymous),
                review,
                tag_list,
                mentioned,
                *part,
                language,
            )
        )
    return built
