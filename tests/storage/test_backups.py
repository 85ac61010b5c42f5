"""Rotating backups, made with SQLite's backup API, and restoring them."""

from __future__ import annotations

import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import pytest

from forum_desktop.clock import FakeClock
from forum_desktop.models import Event
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent, UpdateEvent
from forum_desktop.services.participants import AddParticipant
from forum_desktop.storage import (
    Backup,
    BackupReason,
    Backups,
    CorruptDatabaseError,
    NotADatabaseError,
    Store,
    open_database,
)
from forum_desktop.storage import backups as backups_module
from forum_desktop.storage.backups import KEEP, CopyCancelledError, copy_database, pin
from tests.storage.helpers import count, read_only, snapshot

HOUR = 3600


def titles_in(path: Path) -> list[str]:
    """Event titles in a backup, read without the app."""
    conn = read_only(path)
    try:
        return [row[0] for row in conn.execute("SELECT title FROM event ORDER BY title")]
    finally:
        conn.close()


def make_event(store: Store, title: str) -> None:
    execute(store, CreateEvent(title=title))


@pytest.fixture
def backups(db_path: Path, clock: FakeClock, store: Store) -> Backups:
    return Backups(db_path, clock)


def test_each_reason_is_listed_newest_first(
    store: Store, clock: FakeClock, backups: Backups
) -> None:
    made: list[Backup] = []
    for minutes, reason in enumerate(BackupReason):
        clock.advance(60)
        make_event(store, f"Atelier {minutes}")
        made.append(backups.create(store.conn, reason))

    listed = backups.list()
    assert listed == list(reversed(made))
    assert [b.reason for b in listed] == list(reversed(BackupReason))
    start = clock.now() - timedelta(minutes=len(made) - 1)
    assert [b.created_at for b in reversed(listed)] == [
        start + timedelta(minutes=n) for n in range(len(made))
    ]
    for n, backup in enumerate(made):
        assert backup.path.parent == backups.folder
        assert ":" not in backup.path.name
        assert backup.path.name.startswith(f"{backups.database.stem}-")
        assert backup.path.name.endswith(f"-{backup.reason}.sqlite3")
        assert titles_in(backup.path) == [f"Atelier {m}" for m in range(n + 1)]


def test_a_backup_is_a_consistent_copy_of_the_database(
    store: Store, clock: FakeClock, backups: Backups
) -> None:
    event_id = execute(store, CreateEvent(title="Atelier")).value
    execute(store, AddParticipant(event_id=event_id, name="Fatou Ndiaye"))
    backup = backups.create(store.conn, BackupReason.START)

    conn = open_database(backup.path, clock)
    try:
        copy = Store(conn, clock)
        assert snapshot(copy) == snapshot(store)
        assert copy.journal() == store.journal()
        assert copy.device_id == store.device_id
    finally:
        conn.close()
    assert not list(backups.folder.glob("*.partial"))


def test_backups_made_in_the_same_instant_do_not_overwrite_each_other(
    store: Store, backups: Backups
) -> None:
    make_event(store, "Atelier 1")
    first = backups.create(store.conn, BackupReason.START)
    make_event(store, "Atelier 2")
    second = backups.create(store.conn, BackupReason.START)

    assert first.path != second.path
    assert backups.list() == [second, first]
    assert titles_in(first.path) == ["Atelier 1"]
    assert titles_in(second.path) == ["Atelier 1", "Atelier 2"]


@pytest.mark.parametrize("reason", list(BackupReason))
def test_rotation_keeps_the_newest_of_each_reason(
    store: Store, clock: FakeClock, backups: Backups, reason: BackupReason
) -> None:
    other = BackupReason.START if reason is not BackupReason.START else BackupReason.HOURLY
    kept_other = backups.create(store.conn, other)
    made = []
    for _ in range(KEEP[reason] + 3):
        clock.advance(60)
        made.append(backups.create(store.conn, reason))

    same = [b for b in backups.list() if b.reason is reason]
    assert same == list(reversed(made[-KEEP[reason] :]))
    for old in made[: -KEEP[reason]]:
        assert not old.path.exists()
    assert [b for b in backups.list() if b.reason is other] == [kept_other]


def test_hourly_backups_are_due_only_after_an_hour(
    store: Store, clock: FakeClock, backups: Backups
) -> None:
    assert backups.hourly_due()  # none existed yet
    first = backups.pin(BackupReason.HOURLY).copy()
    assert first.reason is BackupReason.HOURLY

    clock.advance(HOUR - 1)
    assert not backups.hourly_due()
    clock.advance(1)
    assert backups.hourly_due()
    second = backups.pin(BackupReason.HOURLY).copy()
    assert second.created_at == first.created_at + timedelta(hours=1)

    # A new session of the app finds the last hourly backup on disk.
    clock.advance(HOUR / 2)
    assert not Backups(backups.database, clock).hourly_due()
    clock.advance(HOUR / 2)
    assert Backups(backups.database, clock).hourly_due()


def test_a_pinned_backup_holds_the_file_as_it_was_when_pinned_copied_on_another_thread(
    store: Store, clock: FakeClock, backups: Backups
) -> None:
    make_event(store, "Atelier 1")
    pending = backups.pin(BackupReason.START)
    pinned_at = clock.now()
    clock.advance(60)
    make_event(store, "Atelier 2")  # the app goes on writing while the copy waits

    with ThreadPoolExecutor(1) as worker:
        backup = worker.submit(pending.copy).result()

    assert titles_in(backup.path) == ["Atelier 1"]
    assert backup.created_at == pinned_at
    assert backups.list() == [backup]
    assert not list(backups.folder.glob("*.partial"))
    assert [row[0] for row in store.conn.execute("SELECT title FROM event ORDER BY title")] == [
        "Atelier 1",
        "Atelier 2",
    ]


def test_list_ignores_other_files_and_other_databases(
    store: Store, clock: FakeClock, backups: Backups, tmp_path: Path
) -> None:
    mine = backups.create(store.conn, BackupReason.START)
    (backups.folder / "forum-notes.sqlite3").write_bytes(b"")
    (backups.folder / "forum-20220223T090000000000Z-weekly.sqlite3").write_bytes(b"")
    (backups.folder / "README.txt").write_text("backups")
    other_path = tmp_path / "other.sqlite3"
    other = open_database(other_path, clock)
    try:
        theirs = Backups(other_path, clock).create(other, BackupReason.START)
    finally:
        other.close()

    assert backups.list() == [mine]
    assert Backups(other_path, clock).list() == [theirs]


def test_restore_into_a_live_connection_keeps_the_current_state_aside(
    store: Store, clock: FakeClock, backups: Backups
) -> None:
    event_id = execute(store, CreateEvent(title="Atelier")).value
    earlier_state, earlier_journal = snapshot(store), store.journal()
    backup = backups.create(store.conn, BackupReason.START)

    clock.advance(60)
    execute(store, UpdateEvent(event_id=event_id, title="Atelier renommé"))
    execute(store, AddParticipant(event_id=event_id, name="Fatou Ndiaye"))
    later_state = snapshot(store)

    clock.advance(60)
    kept = backups.restore_into(store.conn, backup)

    assert snapshot(store) == earlier_state
    assert store.journal() == earlier_journal
    assert kept.reason is BackupReason.RESTORE
    assert kept.created_at == clock.now()
    assert backups.list()[0] == kept
    conn = read_only(kept.path)
    try:
        assert count(conn, "participant") == 1
        assert count(conn, "journal") == len(earlier_journal) + 2
    finally:
        conn.close()
    assert titles_in(kept.path) == ["Atelier renommé"]

    # The live connection keeps working, and the kept state can itself be restored.
    execute(store, AddParticipant(event_id=event_id, name="João Pereira"))
    backups.restore_into(store.conn, kept)
    assert snapshot(store) == later_state


def test_restore_over_an_unreadable_file_moves_it_aside(db_path: Path, clock: FakeClock) -> None:
    conn = open_database(db_path, clock)
    store = Store(conn, clock)
    execute(store, CreateEvent(title="Atelier"))
    saved = snapshot(store)
    backups = Backups(db_path, clock)
    backup = backups.create(conn, BackupReason.START)
    conn.close()

    garbage = b"these bytes were a database once\n" * 100
    db_path.write_bytes(garbage)
    wal, shm = (db_path.with_name(db_path.name + s) for s in ("-wal", "-shm"))
    wal.write_bytes(b"stale log")
    shm.write_bytes(b"stale index")
    with pytest.raises(NotADatabaseError):
        open_database(db_path, clock)

    clock.advance(60)
    aside = backups.restore_over_unreadable(backup)

    assert aside.read_bytes() == garbage  # never deleted
    assert aside.parent == db_path.parent
    assert aside.name.startswith(f"{db_path.name}.unreadable-")
    assert ":" not in aside.name
    assert aside.with_name(aside.name + "-wal").read_bytes() == b"stale log"
    assert aside.with_name(aside.name + "-shm").read_bytes() == b"stale index"
    conn = open_database(db_path, clock)
    try:
        assert snapshot(Store(conn, clock)) == saved
    finally:
        conn.close()


def test_restore_over_a_corrupt_database(db_path: Path, clock: FakeClock) -> None:
    conn = open_database(db_path, clock)
    store = Store(conn, clock)
    execute(store, CreateEvent(title="Atelier"))
    backups = Backups(db_path, clock)
    backup = backups.create(conn, BackupReason.HOURLY)
    conn.close()
    damaged = db_path.read_bytes()[:4096] + b"\x00" * 10  # a header and nothing behind it
    db_path.write_bytes(damaged)
    with pytest.raises(CorruptDatabaseError):
        open_database(db_path, clock)

    aside = backups.restore_over_unreadable(backup)

    assert aside.read_bytes() == damaged
    conn = open_database(db_path, clock)
    try:
        assert [e.title for e in Store(conn, clock).select(Event, order_by="title")] == ["Atelier"]
    finally:
        conn.close()


def test_restore_over_a_missing_file(db_path: Path, clock: FakeClock) -> None:
    conn = open_database(db_path, clock)
    execute(Store(conn, clock), CreateEvent(title="Atelier"))
    backup = Backups(db_path, clock).create(conn, BackupReason.START)
    conn.close()
    db_path.unlink()

    Backups(db_path, clock).restore_over_unreadable(backup)

    assert titles_in(db_path) == ["Atelier"]
    assert sqlite3.connect(db_path).execute("PRAGMA user_version").fetchone()[0] >= 1


def test_a_pinned_copy_holds_the_file_as_pinned_and_reports_its_progress(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    execute(store, CreateEvent(title="Before"))
    source = pin(db_path)
    execute(store, CreateEvent(title="After"))  # written after the pin: not in the copy
    heard: list[tuple[int, int]] = []
    target = tmp_path / "copy.sqlite3"
    copy_database(source, target, lambda done, total: heard.append((done, total)))
    source.close()
    assert titles_in(target) == ["Before"]
    assert heard and heard[-1][0] == heard[-1][1] > 0  # the last report: every page copied


def test_a_failed_copy_leaves_nothing_at_the_target_nor_beside_it(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    execute(store, CreateEvent(title="Lyon"))
    source = pin(db_path)
    target = tmp_path / "copies" / "copy.sqlite3"
    target.parent.mkdir()

    def disk_full(done: int, total: int) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        copy_database(source, target, disk_full)
    source.close()
    assert list(target.parent.iterdir()) == []


def test_a_cancelled_copy_stops_at_its_next_step_and_leaves_nothing(
    store: Store, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backups_module, "COPY_STEP_PAGES", 1)  # one page a step: many steps
    for number in range(20):
        make_event(store, f"Atelier {number}")
    before = db_path.read_bytes()
    source = pin(db_path)
    target = tmp_path / "copies" / "copy.sqlite3"
    target.parent.mkdir()
    cancel = threading.Event()
    heard: list[int] = []

    def cancel_after_the_second_step(done: int, total: int) -> None:
        heard.append(done)
        if len(heard) == 2:
            cancel.set()  # as the window's Cancel does, from another thread

    with pytest.raises(CopyCancelledError):
        copy_database(source, target, cancel_after_the_second_step, cancel)
    source.close()
    assert heard == [1, 2]  # stopped at the next step, not at the end of the file
    assert list(target.parent.iterdir()) == []
    assert db_path.read_bytes() == before  # the database was only read


def test_a_copy_cancelled_as_its_last_step_ends_is_discarded(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    make_event(store, "Lyon")
    source = pin(db_path)
    target = tmp_path / "copies" / "copy.sqlite3"
    target.parent.mkdir()
    cancel = threading.Event()

    def cancel_at_the_end(done: int, total: int) -> None:
        if done == total:
            cancel.set()

    with pytest.raises(CopyCancelledError):
        copy_database(source, target, cancel_at_the_end, cancel)
    source.close()
    assert list(target.parent.iterdir()) == []
