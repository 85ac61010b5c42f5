"""Settling a sync conflict: concurrent edits of a text that could not be merged."""

from __future__ import annotations

from uuid import UUID

from forum_desktop.models import RECORD_TYPES, ChangeKind
from forum_desktop.services.commands import Command
from forum_desktop.services.operations import OpResult, Recorder
from forum_desktop.storage import Store
from forum_desktop.sync.engine import rebuild_record
from forum_desktop.sync.merge import TEXT_FIELDS


class ResolveConflict(Command):
    """Make ``value`` (one version, both combined, or both kept) the text shown.

    The change is made on top of every version this laptop holds, so the conflict
    closes here at once and on every laptop that receives it.
    """

    record_type: str
    record_id: UUID
    field: str
    value: str

    def apply(self, store: Store) -> OpResult:
        if self.field not in TEXT_FIELDS.get(self.record_type, frozenset()):
            raise ValueError(
                f"{self.record_type}.{self.field} is not a text that can be in conflict"
            )
        cls = RECORD_TYPES[self.record_type]
        store.require(cls, self.record_id)
        recorder = Recorder()
        recorder.add(
            store.apply(
                self.record_type,
                self.record_id,
                ChangeKind.UPDATE,
                {self.field: self.value, "updated_at": store.clock.now().isoformat()},
                resolves=frozenset({self.field}),
            )
        )
        rebuild_record(store, self.record_type, self.record_id)  # its versions are settled
        return recorder.result(self.record_id)
