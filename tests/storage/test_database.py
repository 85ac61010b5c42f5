"""Opening the database: connection settings, and refusals that leave the file untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from forum_desktop.clock import FakeClock
from forum_desktop.models import Event
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.participants import ImportParticipants
from forum_desktop.storage import (
    SCHEMA_VERSION,
    Backups,
    CorruptDatabaseError,
    DatabaseTooNewError,
    NotADatabaseError,
    StorageError,
    Store,
    connect_read_only,
    inspect_database,
    open_database,
)
from tests.storage.helpers import age, file_state

GARBAGE_PAGE_START = 3


def make_database(path: Path, clock: FakeClock, people: int = 0) -> None:
    """A closed, fully checkpointed database with one event and ``people`` participants."""
    conn = open_database(path, clock)
    store = Store(conn, clock)
    event_id = execute(store, CreateEvent(title="Atelier")).value
    if people:
        rows = [{"name": f"Personne {n}", "notes": "note " * 10} for n in range(people)]
        execute(store, ImportParticipants(event_id=event_id, people=rows))
    conn.close()
    assert not path.with_name(path.name + "-wal").exists()


def page_geometry(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        page_count = int(conn.execute("PRAGMA page_count").fetchone()[0])
    finally:
        conn.close()
    return page_size, page_count


def overwrite_page(path: Path, page: int, page_size: int) -> None:
    data = bytearray(path.read_bytes())
    garbage = bytes((n * 7 + 13) % 256 for n in range(page_size))
    data[(page - 1) * page_size : page * page_size] = garbage
    path.write_bytes(bytes(data))


def assert_refused(
    path: Path, clock: FakeClock, error: type[StorageError], *phrases: str
) -> StorageError:
    """``open_database`` refuses ``path`` with ``error``, leaving it exactly as it was."""
    before = age(path)
    with pytest.raises(error) as raised:
        open_database(path, clock)
    with pytest.raises(error):
        inspect_database(path)
    assert file_state(path) == before
    assert not Backups(path, clock).folder.exists()  # not even a backup was attempted
    message = str(raised.value)
    assert str(path) in message
    for phrase in phrases:
        assert phrase in message
    return raised.value


# --- the connection -------------------------------------------------------------------


def test_connection_is_durable_wal_with_foreign_keys(db_path: Path, clock: FakeClock) -> None:
    conn = open_database(db_path, clock)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0
        # ~190 entries between checkpoints when typing never pauses (the window's pauses
        # checkpoint): at SQLite's 1000 pages every ~60th Enter paid one.
        assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 3000
        assert conn.isolation_level is None  # the store manages transactions itself
    finally:
        conn.close()


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute(
            "INSERT INTO participant (id, created_at, updated_at, event_id, name) "
            "VALUES ('p', 't', 't', 'no-such-event', 'n')"
        )
    assert store.conn.execute("SELECT COUNT(*) FROM participant").fetchone()[0] == 0


def test_inspect_reports_the_version_without_migrating(db_path: Path, clock: FakeClock) -> None:
    assert inspect_database(db_path) == 0  # missing
    db_path.write_bytes(b"")
    assert inspect_database(db_path) == 0  # empty
    make_database(db_path, clock)
    before = age(db_path)
    assert inspect_database(db_path) == SCHEMA_VERSION
    assert file_state(db_path) == before


# --- refusals -------------------------------------------------------------------------


def test_a_newer_database_is_refused(db_path: Path, clock: FakeClock) -> None:
    make_database(db_path, clock)
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()

    error = assert_refused(
        db_path,
        clock,
        DatabaseTooNewError,
        f"schema {SCHEMA_VERSION + 1}",
        f"up to {SCHEMA_VERSION}",
        "Update Forum Desktop",
        "not changed",
    )
    assert isinstance(error, DatabaseTooNewError)
    assert (error.found, error.supported) == (SCHEMA_VERSION + 1, SCHEMA_VERSION)


@pytest.mark.parametrize(
    "content",
    [
        b"title,name\nAtelier,Fatou Ndiaye\n",
        b"hi",  # shorter than an SQLite header
        "Séminaire — notes\n".encode() * 500,
    ],
)
def test_a_file_that_is_not_sqlite_is_refused(
    db_path: Path, clock: FakeClock, content: bytes
) -> None:
    db_path.write_bytes(content)
    assert_refused(
        db_path, clock, NotADatabaseError, "not an SQLite file", "--db", "restore a backup"
    )


def test_a_database_with_a_garbage_page_is_refused(db_path: Path, clock: FakeClock) -> None:
    make_database(db_path, clock, people=400)
    page_size, page_count = page_geometry(db_path)
    assert page_count > 2 * GARBAGE_PAGE_START  # several pages of participants
    overwrite_page(db_path, page_count // 2, page_size)

    error = assert_refused(
        db_path, clock, CorruptDatabaseError, "damaged", "Restore a backup", "not changed"
    )
    assert isinstance(error, CorruptDatabaseError)
    assert error.detail


@pytest.mark.parametrize("page", [GARBAGE_PAGE_START, GARBAGE_PAGE_START + 1, -1])
def test_garbage_on_any_page_is_detected(db_path: Path, clock: FakeClock, page: int) -> None:
    make_database(db_path, clock, people=400)
    page_size, page_count = page_geometry(db_path)
    overwrite_page(db_path, page if page > 0 else page_count, page_size)
    assert_refused(db_path, clock, CorruptDatabaseError, "Restore a backup")


def test_a_truncated_database_is_refused(db_path: Path, clock: FakeClock) -> None:
    make_database(db_path, clock, people=400)
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])
    assert_refused(db_path, clock, CorruptDatabaseError, "Restore a backup")


def test_a_refused_database_can_still_be_opened_once_fixed(db_path: Path, clock: FakeClock) -> None:
    make_database(db_path, clock)
    good = db_path.read_bytes()
    db_path.write_bytes(b"not a database at all")
    with pytest.raises(NotADatabaseError):
        open_database(db_path, clock)
    db_path.write_bytes(good)
    conn = open_database(db_path, clock)
    try:
        assert [e.title for e in Store(conn, clock).select(Event, order_by="title")] == ["Atelier"]
    finally:
        conn.close()


def test_a_read_only_connection_reads_what_the_app_wrote_and_writes_nothing(
    store: Store, db_path: Path
) -> None:
    store.set_setting("theme", "dark")
    reader = connect_read_only(db_path)
    try:
        assert reader.execute("SELECT value FROM installation WHERE key = 'theme'").fetchone() == (
            "dark",
        )
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader.execute("DELETE FROM installation")
    finally:
        reader.close()
    assert store.setting("theme") == "dark"
