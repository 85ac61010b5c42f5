"""Syncing one event through a shared folder: merge what others wrote, write what is new.

Remote changes go into the journal as they were made (by their UUID: a duplicate is
ignored) and the records they touch are rebuilt from every change this laptop holds
(see ``merge``), written through the store without being journaled again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from uuid import UUID

from pydantic import ValidationError

from forum_desktop.models import RECORD_TYPES, Change, ChangeKind, Event
from forum_desktop.notices import Notice, NoticeKind
from forum_desktop.storage import Store
from forum_desktop.storage.image_data import image_data, put_image_data, sha256_of
from forum_desktop.storage.ownership import other_event_of
from forum_desktop.sync.agenda_tree import untangle_agendas
from forum_desktop.sync.changefile import (
    IMAGE_PATTERN,
    MAX_FILE_BYTES,
    UNSYNCED_TYPES,
    change_files,
    encode_change,
    images_dir,
    next_file_name,
    not_a_folder,
    ops_dir,
    parse_changes,
    read_regular_file,
    write_new_file,
)
from forum_desktop.sync.hlc import hlc_time, is_far_ahead
from forum_desktop.sync.merge import merge_record
from forum_desktop.sync.share import prepare_folder

CLOCK_AHEAD = NoticeKind(
    "sync.clock_ahead",
    "a change by {author} is dated {when} UTC, more than a day ahead of this laptop's clock: "
    "a laptop's clock is wrong (nothing is lost; check the date on the laptops)",
)


@dataclass
class SyncReport:
    """What one sync did, for the status line and the command line."""

    received: int = 0
    sent: int = 0
    devices: set[UUID] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)
    clock_warnings: list[Notice] = field(default_factory=list)
    incomplete_files: int = 0
    reidentified: UUID | None = None
    conflicts: int = 0
    held: int = 0
    brought_back: bool = False
    """The event was deleted here and another laptop's edit brought it back (an edit
    concurrent with a delete keeps the record): the window says so."""


def sync_event(store: Store, event_id: UUID, folder: Path) -> SyncReport:
    """Merge the changes other laptops wrote for the event, then write this laptop's new ones.

    On a laptop without the event this brings the whole event in.
    """
    report = SyncReport()
    prepare_folder(folder)
    # Held here once and gone now: deleted here (an event never held has no changes).
    deleted = not store.exists(Event, event_id) and bool(
        store.record_changes(Event.record_type, event_id)
    )
    in_folder = import_folder(store, event_id, folder, report)
    report.brought_back = deleted and store.exists(Event, event_id)
    report.sent = write_folder(store, event_id, folder, in_folder, report)
    report.devices.add(store.device_id)
    _count_open(store, event_id, report)
    return report


def import_folder(store: Store, event_id: UUID, folder: Path, report: SyncReport) -> set[UUID]:
    """Merge every complete, valid line of the event's change files; returns their ids."""
    changes: list[Change] = []
    copied = False
    for device, path in change_files(folder, event_id, report.problems):
        report.devices.add(device)
        source = f"{device}/{path.name}"
        try:
            data = read_regular_file(path, MAX_FILE_BYTES)
        except (OSError, ValueError) as error:
            report.problems.append(f"{source}: {_reason(error)}")
            continue
        parsed = parse_changes(data, event_id, source)
        report.problems.extend(parsed.problems)
        report.incomplete_files += parsed.incomplete
        if device == store.device_id:
            copied = copied or any(not _held_here(store, c.change_id) for c in parsed.changes)
        changes.extend(parsed.changes)
    changes = _of_this_event(store, event_id, changes, report)
    with store.transaction():
        _import_images(store, event_id, folder, report)
        report.received = apply_changes(store, changes, report)
        if copied:
            # Another laptop writes under this laptop's device id: its profile was copied.
            # This laptop takes a new id; what both wrote under the old one stays readable.
            report.reidentified = store.reidentify()
    return {change.change_id for change in changes}


def _of_this_event(
    store: Store, event_id: UUID, changes: list[Change], report: SyncReport
) -> list[Change]:
    """Leave out, and report, new changes that reach into another event: a shared folder
    is as untrusted as a bundle."""
    known = {
        row[0]
        for row in store.conn.execute(
            "SELECT change_id FROM journal WHERE event_id = ?", (str(event_id),)
        )
    }
    kept = []
    for change in changes:
        if str(change.change_id) not in known and other_event_of(store, event_id, change):
            report.problems.append(
                f"a change by {change.author} of {change.record_type} {change.record_id}: "
                "the record belongs to another event here, skipped"
            )
            continue
        kept.append(change)
    return kept


def _held_here(store: Store, change_id: UUID) -> bool:
    row = store.conn.execute("SELECT 1 FROM journal WHERE change_id = ?", (str(change_id),))
    return row.fetchone() is not None


def apply_changes(store: Store, changes: Iterable[Change], report: SyncReport) -> int:
    """Keep the changes not yet here and rebuild the records they touch; returns how many."""
    with store.transaction():
        # Records may arrive before the ones they point to; the check runs at commit,
        # after records still missing what they point to are held back.
        store.conn.execute("PRAGMA defer_foreign_keys = ON")
        now = store.clock.now()
        touched: set[tuple[str, UUID]] = set()
        received = 0
        for change in changes:
            if change.record_type in UNSYNCED_TYPES or not store.receive(change):
                continue
            received += 1
            touched.add((change.record_type, change.record_id))
            if is_far_ahead(change.hlc, now):
                when = f"{hlc_time(change.hlc):%Y-%m-%d %H:%M}"
                report.clock_warnings.append(CLOCK_AHEAD(author=change.author, when=when))
        touched |= _retried(store)
        pending = sorted(touched, key=_parents_first)
        while pending:
            for record_type, record_id in pending:
                rebuild_record(store, record_type, record_id)
            # A record held for one that came later in the same batch gets another go.
            held = sorted(_retried(store) & set(pending), key=_parents_first)
            pending = held if len(held) < len(pending) else []
        untangle_agendas(store, [key for kind, key in touched if kind == "agenda_item"])
        _hold_orphans(store)
    return received


PARENTS_FIRST = ("event", "session", "participant", "agenda_item", "outcome", "photo")
"""Rebuild order: the full-text index's triggers look a new item's event up in its session."""


def _parents_first(key: tuple[str, UUID]) -> tuple[int, str, str]:
    record_type, record_id = key
    rank = PARENTS_FIRST.index(record_type) if record_type in PARENTS_FIRST else len(PARENTS_FIRST)
    return (rank, record_type, str(record_id))


def _missing_parent(
    store: Store,
    record_type: str,
    values: Mapping[str, object],
    reviving: frozenset[tuple[str, str]] = frozenset(),
) -> str | None:
    """The record (or image) a row would point to that is not here and cannot be brought
    back, if any. A parent deleted on another laptop while this record was added to it
    is shown again (see ``_revive``)."""
    for row in store.conn.execute(f"PRAGMA foreign_key_list({record_type})").fetchall():
        parent, column, key = str(row[2]), row[3], row[4]
        value = values.get(column)
        if value is None:
            continue
        found = store.conn.execute(
            f"SELECT 1 FROM {parent} WHERE {key or 'id'} = ?", (str(value),)
        ).fetchone()
        if found is None and not _revive(store, parent, str(value), reviving):
            return "image" if parent == "image_data" else parent
    return None


def _revive(
    store: Store, record_type: str, key: str, reviving: frozenset[tuple[str, str]] = frozenset()
) -> bool:
    """Show a deleted record again because a record added to it on another laptop is
    shown: an addition concurrent with a delete wins, as an edit does. False when the
    record never arrived here. ``reviving``: the records whose revival asked for this
    one; deleted agenda items whose parents make a loop all come back (and the merge
    untangles the loop, see ``agenda_tree``) instead of asking for each other for ever."""
    if (record_type, key) in reviving:
        return True
    if record_type not in RECORD_TYPES or record_type in UNSYNCED_TYPES:
        return False
    record_id = UUID(key)
    changes = store.record_changes(record_type, record_id)
    state = merge_record(record_type, [c for c in changes if c.kind is not ChangeKind.DELETE])
    if state is None or state.values is None:
        return False
    if (
        _missing_parent(store, record_type, state.values, reviving | {(record_type, key)})
        is not None
    ):
        return False
    try:
        store.put_row(record_type, record_id, state.values)
    except ValidationError:
        return False
    event_id = next((str(c.event_id) for c in changes if c.event_id is not None), None)
    store.conn.execute(
        "INSERT INTO sync_revived (record_type, record_id, event_id) VALUES (?, ?, ?) "
        "ON CONFLICT DO NOTHING",
        (record_type, key, event_id),
    )
    return True


def _unique_rivals(
    store: Store, record_type: str, record_id: UUID, values: Mapping[str, object]
) -> list[UUID]:
    """Other stored records holding a value this one must hold alone."""
    rivals: list[UUID] = []
    for index in store.conn.execute(f"PRAGMA index_list({record_type})").fetchall():
        name, unique, origin = index[1], index[2], index[3]
        if not unique or origin == "pk":
            continue
        columns = [row[2] for row in store.conn.execute(f"PRAGMA index_info({name})")]
        if any(values.get(column) is None for column in columns):
            continue  # NULLs never clash
        found = store.conn.execute(
            f"SELECT id FROM {record_type} WHERE id != ? AND "
            + " AND ".join(f"{column} = ?" for column in columns),
            [str(record_id), *(str(values.get(column)) for column in columns)],
        )
        rivals.extend(UUID(row[0]) for row in found)
    return rivals


def _first_insert(store: Store, record_type: str, record_id: UUID) -> tuple[int, str]:
    (hlc, device) = store.conn.execute(
        "SELECT hlc, device_id FROM journal WHERE record_type = ? AND record_id = ? "
        "AND kind = 'insert' ORDER BY hlc, device_id LIMIT 1",
        (record_type, str(record_id)),
    ).fetchone()
    return (hlc, device)


def _retried(store: Store) -> set[tuple[str, UUID]]:
    """Records held back or with open conflicts are merged again on every import."""
    rows = store.conn.execute(
        "SELECT record_type, record_id FROM sync_held "
        "UNION SELECT record_type, record_id FROM sync_conflict "
        "UNION SELECT record_type, record_id FROM sync_revived"
    )
    return {(record_type, UUID(record_id)) for record_type, record_id in rows}


def rebuild_record(store: Store, record_type: str, record_id: UUID) -> None:
    """Write the merged state of one record, with its unmerged text versions."""
    changes = store.record_changes(record_type, record_id)
    key = (record_type, str(record_id))
    event_id = next((str(c.event_id) for c in changes if c.event_id is not None), None)
    store.conn.execute("DELETE FROM sync_conflict WHERE record_type = ? AND record_id = ?", key)
    store.conn.execute("DELETE FROM sync_held WHERE record_type = ? AND record_id = ?", key)
    store.conn.execute("DELETE FROM sync_revived WHERE record_type = ? AND record_id = ?", key)
    state = merge_record(record_type, changes)
    if state is None:  # its insert has not arrived yet
        return
    if state.values is None:
        store.remove_row(record_type, record_id)
        return
    missing = _missing_parent(store, record_type, state.values)
    if missing is not None:
        store.remove_row(record_type, record_id)
        _hold(store, record_type, record_id, event_id, f"waits for its {missing}")
        return
    for rival in _unique_rivals(store, record_type, record_id, state.values):
        if _first_insert(store, record_type, rival) > _first_insert(store, record_type, record_id):
            _hold(store, record_type, record_id, event_id, "another laptop's took its place")
            return
        # Two laptops made one record each where only one may be (two runs of one
        # session): the later one shows, the other is kept aside, not lost.
        store.remove_row(record_type, rival)
        _hold(store, record_type, rival, event_id, "another laptop's took its place")
    try:
        store.put_row(record_type, record_id, state.values)
    except ValidationError as error:
        store.remove_row(record_type, record_id)
        _hold(store, record_type, record_id, event_id, f"merged values are invalid: {error}")
        return
    store.replace_conflicts(record_type, record_id, event_id, state.conflicts)


def _hold(
    store: Store, record_type: str, record_id: UUID, event_id: str | None, reason: str
) -> None:
    store.conn.execute(
        "INSERT INTO sync_held (record_type, record_id, event_id, reason) VALUES (?, ?, ?, ?) "
        "ON CONFLICT DO UPDATE SET reason = excluded.reason",
        (record_type, str(record_id), event_id, reason),
    )


def _hold_orphans(store: Store) -> None:
    """Show again a deleted record that a shown record points to; hold back records
    pointing to one that has not arrived yet (they come back when it does)."""
    while violations := [
        found
        for found in store.conn.execute("PRAGMA foreign_key_check").fetchall()
        if found[0] in RECORD_TYPES  # records are the only rows a merge writes
    ]:
        for table, rowid, parent, fkid in violations:
            column = next(
                key[3]
                for key in store.conn.execute(f"PRAGMA foreign_key_list({table})")
                if key[0] == fkid
            )
            row = store.conn.execute(
                f"SELECT id, {column} FROM {table} WHERE rowid = ?", (rowid,)
            ).fetchone()
            if row is None:
                continue
            if row[1] is not None and _revive(store, parent, str(row[1])):
                continue
            record_id = UUID(row[0])
            event_id = next(
                (str(c.event_id) for c in store.record_changes(table, record_id) if c.event_id),
                None,
            )
            store.remove_row(table, record_id)
            _hold(store, table, record_id, event_id, f"waits for its {parent}")


def _import_images(store: Store, event_id: UUID, folder: Path, report: SyncReport) -> None:
    directory = images_dir(folder, event_id)
    if not directory.is_dir() or directory.is_symlink():
        return
    for path in sorted(directory.iterdir()):
        if not IMAGE_PATTERN.match(path.name) or image_data(store, path.name) is not None:
            continue
        try:
            data = read_regular_file(path, MAX_FILE_BYTES)
        except (OSError, ValueError) as error:
            report.problems.append(f"images/{path.name}: {_reason(error)}")
            continue
        if sha256_of(data) != path.name:
            report.problems.append(f"images/{path.name}: incomplete or damaged, not used yet")
            continue
        put_image_data(store, data)


def _reason(error: OSError | ValueError) -> str:
    if isinstance(error, OSError):
        return f"cannot be read ({error.strerror or error})"
    return str(error)


def write_folder(
    store: Store, event_id: UUID, folder: Path, in_folder: set[UUID], report: SyncReport
) -> int:
    """Write the event's changes the folder does not have yet as one new file of this
    laptop's, and any photo bytes it lacks; returns how many changes were written.

    Where a file stands in for one of the layout's folders nothing is written there, and
    the report says so."""
    pending = [c for c in store.event_changes(event_id) if c.change_id not in in_folder]
    directory = ops_dir(folder, event_id, store.device_id)
    if pending and _blocked(folder, directory, report):
        pending = []
    if pending:
        data = b"".join(encode_change(change) for change in pending)
        write_new_file(directory, next_file_name(directory, pending[0].change_id), data)
    images = images_dir(folder, event_id)
    if _blocked(folder, images, report):
        return len(pending)
    for digest in event_images(store, event_id):
        if not (images / digest).exists():
            stored = image_data(store, digest)
            if stored is not None:
                write_new_file(images, digest, stored)
    return len(pending)


def _blocked(folder: Path, directory: Path, report: SyncReport) -> bool:
    found = not_a_folder(folder, directory)
    if found is None:
        return False
    problem = f"{found.as_posix()}: not a folder, nothing written there"
    if problem not in report.problems:
        report.problems.append(problem)
    return True


def event_images(store: Store, event_id: UUID) -> list[str]:
    rows = store.conn.execute(
        "SELECT image_sha256 FROM photo WHERE event_id = ? UNION "
        "SELECT original_sha256 FROM photo WHERE event_id = ? AND original_sha256 IS NOT NULL "
        "UNION SELECT logo_sha256 FROM event WHERE id = ? AND logo_sha256 IS NOT NULL",
        (str(event_id), str(event_id), str(event_id)),
    )
    return sorted(row[0] for row in rows)


def _count_open(store: Store, event_id: UUID, report: SyncReport) -> None:
    key = (str(event_id),)
    (report.conflicts,) = store.conn.execute(
        "SELECT count(*) FROM sync_conflict WHERE event_id = ?", key
    ).fetchone()
    (report.held,) = store.conn.execute(
        "SELECT count(*) FROM sync_held WHERE event_id = ?", key
    ).fetchone()


def conflict_rows(store: Store, event_id: UUID) -> list[dict[str, object]]:
    """The event's unresolved conflict versions, with the value each record shows."""
    rows = store.conn.execute(
        "SELECT record_type, record_id, field, change_id, value, author, hlc "
        "FROM sync_conflict WHERE event_id = ? ORDER BY record_type, record_id, field, hlc",
        (str(event_id),),
    ).fetchall()
    found = []
    for record_type, record_id, name, change_id, value, author, hlc in rows:
        shown = store.conn.execute(
            f"SELECT {name} FROM {record_type} WHERE id = ?", (record_id,)
        ).fetchone()
        found.append(
            {
                "record_type": record_type,
                "record_id": record_id,
                "field": name,
                "change_id": change_id,
                "kept": value,
                "author": author,
                "at": hlc_time(hlc).isoformat(),
                "shown": None if shown is None else shown[0],
            }
        )
    return found
