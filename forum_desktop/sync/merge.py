"""The deterministic merge: one record's state from every change to it, from any laptop.

The result depends only on the set of changes, never on the order they arrived in, so
every laptop that holds the same changes shows the same record. Order comes from
ancestry first (a change made on top of another wins over it, whatever the clocks say);
only between concurrent changes does the later clock value win, the device id breaking
ties. Nothing typed is lost: an overwritten simple value stays in the journal (the
record's history), concurrent edits of a text merge line by line, and an edit that
cannot be merged is kept as a conflict version. A conflict version stays open until a
person resolves it: an ordinary edit made while a text is in conflict names every open
version in its ``keeps`` (the one it replaces on screen included), so it is made on top
of them without superseding them; only a resolution (or a delete) closes them, and
undoing the resolution (an update on top of it that keeps them) opens them again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from uuid import UUID

from forum_desktop.models import RECORD_TYPES, Change, ChangeKind
from forum_desktop.models.journal import JsonValue
from forum_desktop.sync.listmerge import merge_elements
from forum_desktop.sync.textmerge import merge3

TEXT_FIELDS: dict[str, frozenset[str]] = {
    "event": frozenset({"title", "place", "organisers", "context", "footer"}),
    "participant": frozenset({"name", "organisation", "notes"}),
    "session": frozenset({"title", "description"}),
    "agenda_item": frozenset({"title", "description", "guiding_question", "materials", "notes"}),
    "outcome": frozenset({"text"}),
    "photo": frozenset({"caption"}),
    "translation": frozenset({"text"}),
    "room_question": frozenset({"answer"}),
    "moderation": frozenset({"text"}),
}
"""Text people type (a title or a name too: two laptops renaming an item at once must not
lose one), merged line by line; every other field: the latest write wins."""

LIST_FIELDS: dict[str, frozenset[str]] = {"event": frozenset({"objectives"})}
"""Lists of things people type, each element with its own id (an event's objectives):
concurrent versions merge element by element (``listmerge``)."""


@dataclass(frozen=True)
class ConflictVersion:
    """A concurrent edit of a text that could not be merged into the one shown."""

    field: str
    change_id: UUID
    value: str
    author: str
    hlc: int


@dataclass(frozen=True)
class RecordState:
    values: dict[str, JsonValue] | None
    """The record's fields, or None when it is deleted."""
    conflicts: tuple[ConflictVersion, ...] = ()


def change_order(change: Change) -> tuple[int, str, str]:
    """The merge's order between concurrent changes: the clock, then the device id."""
    return (change.hlc, str(change.device_id), str(change.change_id))


class _History:
    """One record's changes with their ancestry as bit sets (bit i: the i-th change)."""

    def __init__(self, changes: Iterable[Change]) -> None:
        unique = {change.change_id: change for change in changes}
        self.changes = sorted(unique.values(), key=change_order)
        index = {change.change_id: i for i, change in enumerate(self.changes)}
        self.ancestors: list[int] = []
        for i, change in enumerate(self.changes):
            mask = 0
            for parent in change.parents:
                # A parent always sorts earlier; anything else is damaged data, ignored.
                j = index.get(parent)
                if j is not None and j < i:
                    mask |= (1 << j) | self.ancestors[j]
            self.ancestors.append(mask)
        self.index = index

    def kept(self, i: int, name: str) -> int:
        """The versions of field ``name`` change ``i`` was made beside, as a bit set."""
        mask = 0
        for kept in self.changes[i].keeps.get(name, ()):
            j = self.index.get(kept)
            if j is not None:
                mask |= 1 << j
        return mask

    def open_versions(self, name: str, setting: list[int]) -> list[int]:
        """Those of ``setting`` (the changes setting ``name``) no change replaced: the
        latest ones and those kept open by an edit made on top of them. A change replaces
        only the versions open where it was made (those it saw and did not keep): one made
        on top of a resolution leaves what the resolution closed to the resolution. A
        change does not replace what a change made on top of it keeps either: undoing a
        resolution keeps the versions it had closed, and so opens them again, even beside
        an edit made on top of the resolution elsewhere."""
        kept = [self.kept(j, name) for j in range(len(self.changes))]
        everything = (1 << len(self.changes)) - 1
        if not any(kept):  # nothing kept: the latest versions, the others replaced
            covered = 0
            for i in setting:
                covered |= self.ancestors[i]
            return [i for i in setting if not covered >> i & 1]
        replaced = [0] * len(self.changes)  # per change: the versions it replaced itself
        for i in setting:  # ascending: every ancestor's ``replaced`` is known
            replaced[i] = self._open_in(setting, self.ancestors[i], kept, replaced) & ~kept[i]
        opened = self._open_in(setting, everything, kept, replaced)
        return [i for i in setting if opened >> i & 1]

    def _open_in(
        self, setting: list[int], within: int, kept: list[int], replaced: list[int]
    ) -> int:
        """The versions open among the changes in ``within`` (a bit set closed under
        ancestry): each replaced by a change, unless a change on top of it keeps it."""
        covered = 0
        for i in setting:
            if within >> i & 1 and replaced[i]:
                above = 0
                for j in range(i + 1, len(self.changes)):
                    if within >> j & 1 and self.ancestors[j] >> i & 1:
                        above |= kept[j]
                covered |= replaced[i] & ~above
        versions = 0
        for i in setting:
            if within >> i & 1:
                versions |= 1 << i
        return versions & ~covered

    def latest(self, among: list[int]) -> list[int]:
        """Those of ``among`` no other of them was made on top of."""
        covered = 0
        for i in among:
            covered |= self.ancestors[i]
        return [i for i in among if not covered >> i & 1]


def _setting(history: _History, name: str) -> list[int]:
    return [
        i
        for i, change in enumerate(history.changes)
        if change.kind is not ChangeKind.DELETE and name in change.fields
    ]


def open_text_versions(changes: Iterable[Change], name: str) -> tuple[UUID, ...]:
    """The changes whose version of text field ``name`` is open: shown, merged into the
    text shown, or kept as a conflict version. An ordinary edit keeps them all."""
    history = _History(changes)
    return tuple(
        history.changes[i].change_id for i in history.open_versions(name, _setting(history, name))
    )


def shown_change(changes: Iterable[Change], name: str) -> Change | None:
    """The change whose value of simple field ``name`` the merge shows; None if none set it."""
    history = _History(changes)
    setting = _setting(history, name)
    return history.changes[history.latest(setting)[-1]] if setting else None


def merge_record(record_type: str, changes: Iterable[Change]) -> RecordState | None:
    """The record's merged state; None while its insert has not arrived."""
    history = _History(changes)
    if not any(change.kind is ChangeKind.INSERT for change in history.changes):
        return None
    everything = list(range(len(history.changes)))
    heads = history.latest(everything)
    if all(history.changes[i].kind is ChangeKind.DELETE for i in heads):
        return RecordState(None)  # an edit concurrent with a delete keeps the record
    values: dict[str, JsonValue] = {}
    conflicts: list[ConflictVersion] = []
    text_fields = TEXT_FIELDS.get(record_type, frozenset())
    list_fields = LIST_FIELDS.get(record_type, frozenset())
    for name in RECORD_TYPES[record_type].model_fields:
        setting = _setting(history, name)
        if not setting:
            continue
        if name in list_fields:
            values[name] = _merged_list(history, name, setting)
            continue
        value, lost = _field_value(history, name, setting, name in text_fields)
        values[name] = value
        conflicts.extend(lost)
    return RecordState(values, tuple(conflicts))


def _field_value(
    history: _History, name: str, setting: list[int], is_text: bool
) -> tuple[JsonValue, list[ConflictVersion]]:
    """The value shown for one field, and the text versions it could not take in: the
    concurrent edits that did not merge and the versions an ordinary edit kept open."""
    latest = history.latest(setting)  # ascending clock order: the last one wins
    winner = history.changes[latest[-1]].fields[name].new
    if not is_text:
        return winner, []
    shown, lost = _merged_text(history, name, setting, latest, winner)
    listed = {shown, *(version.value for version in lost)}
    for i in reversed(history.open_versions(name, setting)):
        kept = history.changes[i]
        value = kept.fields[name].new
        if i in latest or not isinstance(value, str) or value in listed:
            continue
        listed.add(value)
        lost.append(ConflictVersion(name, kept.change_id, value, kept.author, kept.hlc))
    return shown, lost


def _merged_text(
    history: _History, name: str, setting: list[int], latest: list[int], winner: JsonValue
) -> tuple[JsonValue, list[ConflictVersion]]:
    """The latest versions of a text merged line by line, and those that would not merge."""
    rivals = [history.changes[i] for i in reversed(latest[:-1])]
    if not rivals:
        return winner, []
    common = -1
    for i in latest:
        common &= history.ancestors[i]
    base_setting = [i for i in setting if common >> i & 1]
    base, base_lost = _field_value(history, name, base_setting, True) if base_setting else ("", [])
    shown = winner if isinstance(winner, str) else ""
    lost: list[ConflictVersion] = []
    # Line by line only against a base every latest version replaced: a base in conflict
    # is one version among several (a change writing it again, a resolution choosing it
    # or an undo, is a decision, not "unchanged"), and an edit made in conflict kept the
    # versions beside it rather than replacing them. Otherwise every version is kept.
    mergeable = not base_lost and not any(history.kept(i, name) for i in latest)
    for rival in rivals:
        theirs = rival.fields[name].new
        merged = (
            merge3(base, shown, theirs)
            if mergeable and isinstance(base, str) and isinstance(theirs, str)
            else None
        )
        if merged is None:
            lost.append(
                ConflictVersion(name, rival.change_id, str(theirs), rival.author, rival.hlc)
            )
        else:
            shown = merged
    return shown, lost


def _merged_list(history: _History, name: str, setting: list[int]) -> JsonValue:
    """The latest versions of a list field merged element by element against their common
    ancestor's list (itself merged the same way); the latest alone when one is not a list
    of elements with ids."""
    latest = history.latest(setting)
    winner = history.changes[latest[-1]].fields[name].new
    if len(latest) == 1:
        return winner
    common = -1
    for i in latest:
        common &= history.ancestors[i]
    base_setting = [i for i in setting if common >> i & 1]
    base = _merged_list(history, name, base_setting) if base_setting else []
    shown = winner
    for i in reversed(latest[:-1]):
        rival = history.changes[i]
        theirs = rival.fields[name].new
        if not (isinstance(base, list) and isinstance(shown, list) and isinstance(theirs, list)):
            return winner
        merged = merge_elements(base, shown, theirs, str(rival.device_id))
        if merged is None:
            return winner
        shown = merged
    return shown
