"""Settling a sync conflict: concurrent edits of a text that could not be merged."""

from __future__ import annotations

from uuid import UUID

from forum_desktop.models import RECORD_TYPES, ChangeKind, Translation
from forum_desktop.models.translation import TranslatedField
from forum_desktop.notices import NoticeError, NoticeKind
from forum_desktop.services.commands import Command
from forum_desktop.services.operations import OpResult, Recorder
from forum_desktop.storage import Store
from forum_desktop.sync.engine import rebuild_record
from forum_desktop.sync.merge import TEXT_FIELDS

ONE_LINE_FIELDS: dict[str, frozenset[str]] = {
    "event": frozenset({"title", "place", "organisers", "footer"}),
    "session": frozenset({"title"}),
    "agenda_item": frozenset({"title"}),
    "participant": frozenset({"name", "organisation"}),
}
"""Typed texts that are one line (a title, a name): both versions kept go on one line."""

ONE_LINE = NoticeKind(
    "conflict.one_line",
    "A title or a name is one line: put the versions on one line (separated by “ / ”, say)",
)


def one_line(store: Store, record_type: str, record_id: UUID, field: str) -> bool:
    """Whether this text is one line (a translation: when it translates a title)."""
    if record_type == Translation.record_type:
        return store.require(Translation, record_id).field is TranslatedField.TITLE
    return field in ONE_LINE_FIELDS.get(record_type, frozenset())


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
        if "\n" in self.value.strip() and one_line(
            store, self.record_type, self.record_id, self.field
        ):
            raise NoticeError(ONE_LINE)
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
