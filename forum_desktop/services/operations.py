"""What a user act changed, and its undo and redo.

Every user act is a typed command (``services.commands``): it writes through the store
and returns an ``OpResult`` listing the journaled changes. Undo applies the inverse of
those changes (newest first) through the same write path; redo applies them again. Both
are derived from the journal entries, so no command needs hand-written inverses.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from forum_desktop.models import Change, ChangeKind
from forum_desktop.notices import NoticeError, NoticeKind
from forum_desktop.storage import Store


@dataclass(frozen=True)
class OpResult:
    """What an operation changed, plus the value it produced (e.g. a new record's id)."""

    changes: tuple[Change, ...] = ()
    value: Any = None

    def touches(self, *record_types: str) -> bool:
        return any(change.record_type in record_types for change in self.changes)

    def records(self, record_type: str) -> set[UUID]:
        return {c.record_id for c in self.changes if c.record_type == record_type}


@dataclass
class Recorder:
    """Collects the changes an operation makes; ``None`` (no-op updates) is ignored."""

    changes: list[Change] = field(default_factory=list)

    def add(self, change: Change | None) -> None:
        if change is not None:
            self.changes.append(change)

    def result(self, value: Any = None) -> OpResult:
        return OpResult(tuple(self.changes), value)


CHANGED_ELSEWHERE = NoticeKind(
    "undo.changed_elsewhere",
    "{author} changed this on another laptop since, so it was not undone; "
    "edit it yourself if it still needs changing",
)
CHANGED_SINCE = NoticeKind(
    "undo.changed_since",
    "This has changed since, by an act that cannot be undone (the session run again, for "
    "instance), so it was not undone; edit it yourself if it still needs changing",
)
PARENT_GONE = NoticeKind(
    "undo.parent_gone",
    "What this belonged to has been deleted since (on another laptop, perhaps), so it was "
    "not undone; add it again where it belongs if it is still needed",
)
UNDO_STAMPS = frozenset({"created_at", "updated_at"})


class UndoRefusedError(NoticeError):
    """Undo or redo would overwrite what another laptop changed since: nothing is changed."""


def check_not_changed_elsewhere(store: Store, changes: tuple[Change, ...]) -> None:
    """Refuse to revert ``changes`` when another laptop has since changed a field they set
    (or created, deleted or brought back their record): undo is for this laptop's acts."""
    for change in changes:
        mine = set(change.fields) - UNDO_STAMPS
        for later in store.changes_after(change):
            if later.device_id == store.device_id:
                continue
            overlap = set(later.fields) & mine
            if overlap or ChangeKind.UPDATE not in (change.kind, later.kind):
                raise UndoRefusedError(CHANGED_ELSEWHERE, author=later.author)


def check_parents_here(store: Store, writes: Sequence[tuple[Change, bool]]) -> None:
    """Refuse to write records back (each change with whether its old values are written,
    in the order written) where they would point to a record no longer here: an item
    whose session or parent went since, deleted by another laptop or no longer needed
    where it had come back (see ``sync.engine``)."""
    coming: set[tuple[str, str]] = set()
    for change, back in writes:
        values = change.old_values() if back else change.new_values()
        for key in store.conn.execute(f"PRAGMA foreign_key_list({change.record_type})"):
            parent, column, column_there = str(key[2]), str(key[3]), key[4] or "id"
            value = values.get(column)
            if value is None or (parent, str(value)) in coming:
                continue
            found = store.conn.execute(
                f"SELECT 1 FROM {parent} WHERE {column_there} = ?", (str(value),)
            ).fetchone()
            if found is None:
                raise UndoRefusedError(PARENT_GONE)
        coming.add((change.record_type, str(change.record_id)))


def check_still_as_left(store: Store, changes: tuple[Change, ...]) -> None:
    """Refuse to revert ``changes`` unless their records still hold what they wrote. This
    laptop's later undoable acts are undone first, so what differs was changed by an act
    that cannot be undone (a timer's: running the session again after ending it)."""
    checked: set[tuple[str, UUID, str | None]] = set()  # what a later change of theirs set
    for change in reversed(changes):
        record = (change.record_type, change.record_id)
        if (*record, None) in checked:  # deleted or brought back later in the same act
            continue
        now = store.current_values(*record)
        wrote = change.new_values()
        fields = {name for name in set(wrote) - UNDO_STAMPS if (*record, name) not in checked}
        if change.kind is ChangeKind.DELETE:
            left_as_it_was = now is None
        else:
            left_as_it_was = now is not None and all(now.get(f) == wrote[f] for f in fields)
        if not left_as_it_was:
            raise UndoRefusedError(CHANGED_SINCE)
        checked |= {(*record, name) for name in fields}
        if change.kind is not ChangeKind.UPDATE:
            checked.add((*record, None))


def undo(store: Store, result: OpResult) -> OpResult:
    """Revert ``result``'s changes, newest first; returns the journaled inverse.

    Refused (``UndoRefusedError``, nothing written) where another laptop changed the
    same field since, an act that cannot be undone changed what it wrote, or a record it
    would bring back belongs to one gone since."""
    check_not_changed_elsewhere(store, result.changes)
    check_still_as_left(store, result.changes)
    check_parents_here(
        store, [(c, True) for c in reversed(result.changes) if c.kind is not ChangeKind.INSERT]
    )
    recorder = Recorder()
    with store.transaction():
        for change in reversed(result.changes):
            if change.kind is ChangeKind.INSERT:
                recorder.add(
                    store.apply(change.record_type, change.record_id, ChangeKind.DELETE, {})
                )
            elif change.kind is ChangeKind.DELETE:
                # the record comes back with the conflict versions the delete closed
                reopens = store.versions_closed_by_delete(change.record_type, change.record_id)
                recorder.add(
                    store.apply(
                        change.record_type,
                        change.record_id,
                        ChangeKind.INSERT,
                        change.old_values(),
                        reopens=reopens,
                    )
                )
            else:
                # the texts come back with the versions open before the change: those an
                # edit kept beside it, those a resolution closed
                recorder.add(
                    store.apply(
                        change.record_type,
                        change.record_id,
                        ChangeKind.UPDATE,
                        change.old_values(),
                        reopens=store.versions_open_before(change),
                    )
                )
    return recorder.result(result.value)


def redo(store: Store, result: OpResult, undone: OpResult | None = None) -> OpResult:
    """Apply ``result``'s changes again, oldest first, with the same ids and values.

    ``undone``, the undo's own changes, are checked as ``undo`` checks its step."""
    if undone is not None:
        check_not_changed_elsewhere(store, undone.changes)
        check_still_as_left(store, undone.changes)
    check_parents_here(
        store, [(c, False) for c in result.changes if c.kind is not ChangeKind.DELETE]
    )
    recorder = Recorder()
    with store.transaction():
        for change in result.changes:
            if change.kind is not ChangeKind.UPDATE:
                recorder.add(
                    store.apply(
                        change.record_type, change.record_id, change.kind, change.new_values()
                    )
                )
                continue
            # As the change did: keeping the versions it kept, closing those it closed (a
            # resolution), journaling a text it left as it was (choosing the version shown).
            unchanged = frozenset(name for name, f in change.fields.items() if f.old == f.new)
            recorder.add(
                store.apply(
                    change.record_type,
                    change.record_id,
                    ChangeKind.UPDATE,
                    change.new_values(),
                    resolves=unchanged,
                    reopens=change.keeps,
                )
            )
    return OpResult(tuple(recorder.changes), result.value)
