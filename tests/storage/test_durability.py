"""A change is on disk once its operation returns; a full disk loses nothing saved before."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from uuid import UUID

import pytest

from forum_desktop.clock import FakeClock
from forum_desktop.models import ChangeKind, Event, Participant
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent, UpdateEvent
from forum_desktop.services.operations import OpResult
from forum_desktop.services.participants import AddParticipant, ImportParticipants
from forum_desktop.storage import DiskFullError, Store, open_database
from forum_desktop.storage.errors import SQLITE_FULL
from tests.storage.helpers import snapshot

SUBPROCESS_TIMEOUT = 60
BIG_TEXT = "Contexte détaillé de l'atelier. " * 3200  # about 100 kB

KILLED_AFTER_COMMIT = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from forum_desktop.clock import FakeClock
    from forum_desktop.services.commands import execute
    from forum_desktop.services.events import CreateEvent
    from forum_desktop.storage import Store, open_database

    clock = FakeClock()
    store = Store(open_database(Path(sys.argv[1]), clock), clock)
    result = execute(store, CreateEvent(title="Survit à un arrêt brutal", place="Dakar"))
    print(result.value, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_change_survives_the_process_being_killed(db_path: Path, clock: FakeClock) -> None:
    child = subprocess.run(
        [sys.executable, "-c", KILLED_AFTER_COMMIT, str(db_path)],
        capture_output=True,
        text=True,
        timeout=SUBPROCESS_TIMEOUT,
        check=False,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    event_id = UUID(child.stdout.strip())
    # The process never closed the database: the change is only in the write-ahead log.
    assert db_path.with_name(db_path.name + "-wal").stat().st_size > 0

    conn = open_database(db_path, clock)
    try:
        store = Store(conn, clock)
        event = store.require(Event, event_id)
        assert (event.title, event.place) == ("Survit à un arrêt brutal", "Dakar")
        [change] = store.journal()
        assert (change.kind, change.record_id, change.sequence) == (ChangeKind.INSERT, event_id, 1)
    finally:
        conn.close()


# --- disk full ------------------------------------------------------------------------


def fill_the_disk(store: Store) -> None:
    """From now on the database cannot grow by a single page."""
    (pages,) = store.conn.execute("PRAGMA page_count").fetchone()
    store.conn.execute(f"PRAGMA max_page_count = {pages}")


def many_people(event_id: UUID) -> Callable[[Store], OpResult]:
    people = [{"name": f"Personne {n}", "notes": "Arrive en retard. " * 20} for n in range(2000)]
    return lambda store: execute(store, ImportParticipants(event_id=event_id, people=people))


def big_event(store: Store) -> OpResult:
    return execute(store, CreateEvent(title="Grand atelier", context=BIG_TEXT))


def big_update(event_id: UUID) -> Callable[[Store], OpResult]:
    return lambda store: execute(store, UpdateEvent(event_id=event_id, context=BIG_TEXT))


@pytest.mark.parametrize("kind", ["ImportParticipants", "CreateEvent", "UpdateEvent"])
def test_a_full_disk_keeps_everything_saved_before(
    store: Store, clock: FakeClock, kind: str
) -> None:
    event_id = execute(store, CreateEvent(title="Atelier", place="Dakar")).value
    execute(store, AddParticipant(event_id=event_id, name="Fatou Ndiaye"))
    operation = {
        "ImportParticipants": many_people(event_id),
        "CreateEvent": big_event,
        "UpdateEvent": big_update(event_id),
    }[kind]
    fill_the_disk(store)

    with pytest.raises(DiskFullError) as raised:
        for _ in range(50):  # the first attempts may still fit in free pages
            clock.advance(1)
            before, journal_before = snapshot(store), store.journal()
            operation(store)

    cause = raised.value.__cause__
    assert isinstance(cause, sqlite3.OperationalError)
    assert cause.sqlite_errorcode == SQLITE_FULL
    assert "Free some space" in str(raised.value)
    assert "everything saved before is intact" in str(raised.value)
    assert not store.conn.in_transaction
    assert snapshot(store) == before
    assert store.journal() == journal_before
    assert store.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]

    # Once there is room again, the same store carries on.
    store.conn.execute("PRAGMA max_page_count = 1073741823")
    result = operation(store)
    assert result.changes
    assert store.journal()[-1].sequence == journal_before[-1].sequence + len(result.changes)


def test_what_was_saved_before_a_full_disk_is_still_there_after_reopening(
    db_path: Path, clock: FakeClock
) -> None:
    conn = open_database(db_path, clock)
    store = Store(conn, clock)
    event_id = execute(store, CreateEvent(title="Atelier")).value
    execute(store, AddParticipant(event_id=event_id, name="Fatou Ndiaye"))
    saved = snapshot(store)
    fill_the_disk(store)
    with pytest.raises(DiskFullError):
        many_people(event_id)(store)
    conn.close()

    conn = open_database(db_path, clock)
    try:
        store = Store(conn, clock)
        assert snapshot(store) == saved
        assert [p.name for p in store.select(Participant)] == ["Fatou Ndiaye"]
    finally:
        conn.close()
