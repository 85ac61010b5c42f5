"""Settling a sync conflict: concurrent edits of a text that could not be merged."""

from __future__ import annotations

from uuid import UUID

from forum_desktop.models import RECORD_TYPES, ChangeKind
from forum_desktop.services.operations import OpResult, Recorder, operation
from forum_desktop.storage import Store
from forum_desktop.sync.engine import rebuild_record
from forum_desktop.sync.merge import TEXT_FIELDS


@operation("resolve_conflict")
def resolve_conflict(
    store: Store, /, *, record_type: str, record_id: UUID, field: str, value: str
) -> OpResult:
    """Make ``value`` (one version, both combined, or both kept) the text shown.

    The change is made on top of every version this laptop holds, so the conflict
    closes here at once and on every laptop that receives it.
    """
    if field not in TEXT_FIELDS.get(record_type, frozenset()):
        raise ValueError(f"{record_type}.{field} is not a text that can be in conflict")
    cls = RECORD_TYPES[record_type]
    store.require(cls, record_id)
    recorder = Recorder()
    recorder.add(
        store.apply(
            record_type,
            record_id,
            ChangeKind.UPDATE,
            {field: value, "updated_at": store.clock.now().isoformat()},
            resolves=frozenset({field}),
        )
    )
    rebuild_record(store, record_type, record_id)  # its conflict versions are settled
    return recorder.result(record_id)
