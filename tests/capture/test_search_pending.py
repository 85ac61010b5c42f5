"""Entries indexed for search after their capture (issue 24): nothing captured is missed by
a search, a crash leaves them indexed at the next open, edits and deletes of an entry not
indexed yet give the right hits, and ``check`` sees no problem in a queued entry."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from uuid import UUID, uuid4

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forum_desktop.capture.search import search
from forum_desktop.clock import FakeClock
from forum_desktop.models import Outcome
from forum_desktop.services.capture import CaptureOutcome, DeleteOutcomes, UpdateOutcome
from forum_desktop.services.check import run_checks
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.operations import undo
from forum_desktop.storage import Store, database, open_database, search_index
from forum_desktop.storage.search_index import has_pending


@pytest.fixture
def event_id(store: Store) -> UUID:
    store.set_profile(name="Rapporteur")
    found: UUID = execute(store, CreateEvent(title="Forum")).value
    return found


def note(store: Store, event_id: UUID, text: str, **fields: object) -> UUID:
    outcome_id: UUID = execute(store, CaptureOutcome(event_id=event_id, text=text, **fields)).value
    return outcome_id


def found(store: Store, typed: str) -> set[UUID]:
    return {hit.record_id for hit in search(store.conn, typed, record_types=["outcome"])}


def indexed(conn: sqlite3.Connection, word: str) -> int:
    """How many index rows match ``word``, read straight from FTS5 (no indexing first)."""
    (count,) = conn.execute(
        "SELECT count(*) FROM search WHERE search MATCH ?", (f'"{word}"',)
    ).fetchone()
    return int(count)


def test_an_entry_is_queued_by_its_capture_and_found_by_the_next_search(
    store: Store, event_id: UUID
) -> None:
    outcome_id = note(store, event_id, "Wells dug by the village committee")
    assert has_pending(store.conn)
    assert indexed(store.conn, "wells") == 0  # not written on the Enter path
    assert found(store, "well") == {outcome_id}
    assert not has_pending(store.conn)
    assert indexed(store.conn, "wells") == 1


def test_index_search_indexes_the_queue_and_is_a_no_op_when_empty(
    store: Store, event_id: UUID
) -> None:
    first = note(store, event_id, "Budget for the schools")
    note(store, event_id, "Budget for the clinics")
    assert store.index_search() == 2
    assert store.index_search() == 0
    assert indexed(store.conn, "budget") == 2
    assert found(store, "school") == {first}


def test_a_limit_indexes_the_oldest_queued_entries_first(store: Store, event_id: UUID) -> None:
    for n in range(5):
        note(store, event_id, f"Entry {n} about the wells")
    assert store.index_search(limit=2) == 2
    assert indexed(store.conn, "wells") == 2
    assert store.index_search(limit=2) == 2
    assert store.index_search(limit=2) == 1  # the last one
    assert store.index_search(limit=2) == 0
    assert indexed(store.conn, "wells") == 5
    (first,) = store.conn.execute(
        "SELECT count(*) FROM search WHERE search MATCH '\"entry 0\"'"
    ).fetchone()
    assert first == 1


def test_entries_a_crash_left_queued_are_indexed_when_the_file_opens(
    db_path: Path, clock: FakeClock
) -> None:
    conn = open_database(db_path, clock)
    store = Store(conn, clock)
    store.set_profile(name="Rapporteur")
    event: UUID = execute(store, CreateEvent(title="Forum")).value
    kept = [note(store, event, f"Harvest number {n} stored in the granary") for n in range(3)]
    conn.close()  # the process ends here: the queue is committed with the entries
    reader = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    assert reader.execute("SELECT count(*) FROM search_pending").fetchone() == (3,)
    assert indexed(reader, "granary") == 0
    reader.close()

    reopened = open_database(db_path, clock)
    try:
        assert not has_pending(reopened)
        assert indexed(reopened, "granary") == 3
        assert {hit.record_id for hit in search(reopened, "granar")} == set(kept)
    finally:
        reopened.close()


def test_editing_an_entry_not_yet_indexed_searches_its_new_text(
    store: Store, event_id: UUID
) -> None:
    outcome_id = note(store, event_id, "Mangoes at the market")
    execute(
        store, UpdateOutcome(outcome_id=outcome_id, text="Papayas at the market", tags=["fruit"])
    )
    assert found(store, "mango") == set()
    assert found(store, "papaya") == {outcome_id}
    assert found(store, "fruit") == {outcome_id}  # its tags too


def test_deleting_an_entry_not_yet_indexed_leaves_no_hit_and_a_sound_index(
    store: Store, event_id: UUID
) -> None:
    gone = note(store, event_id, "Cassava harvest delayed")
    kept = note(store, event_id, "Cassava prices fell")
    result = execute(store, DeleteOutcomes(outcome_ids=[gone]))
    assert store.conn.execute("SELECT count(*) FROM search_pending").fetchone() == (1,)
    assert found(store, "cassava") == {kept}
    assert found(store, "delayed") == set()
    store.conn.execute("INSERT INTO search(search) VALUES ('integrity-check')")  # raises if not
    undo(store, result)  # the entry comes back, queued again
    assert found(store, "delayed") == {gone}


def test_the_queued_text_is_what_an_edit_would_index(store: Store, event_id: UUID) -> None:
    # The queue's indexing and the outcome update trigger (migration 12) write one text.
    outcome_id = note(
        store,
        event_id,
        "Dig two wells",
        kind="action",
        fields={"owner_names": ["Awa", "Kofi"]},
        tags=["water"],
    )
    store.index_search()

    def row() -> tuple[str, str]:
        title, body = store.conn.execute(
            "SELECT title, body FROM search WHERE rowid ="
            " (SELECT rowid FROM search_doc WHERE record_id = ?)",
            (str(outcome_id),),
        ).fetchone()
        return str(title), str(body)

    queued = row()
    assert "Awa" in queued[1] and queued[0] == "#water"
    store.conn.execute("UPDATE outcome SET text = text WHERE id = ?", (str(outcome_id),))
    assert row() == queued


def test_check_finds_no_problem_in_entries_waiting_to_be_indexed(
    store: Store, event_id: UUID
) -> None:
    note(store, event_id, "An entry not indexed yet")
    assert has_pending(store.conn)
    assert run_checks(store) == []


# --- any sequence of captures, edits, deletes, indexing and searches ----------------------

VOCABULARY = ("apple", "apricot", "banana", "band", "cherry", "chart", "école")
PREFIXES = ("a", "ap", "apr", "b", "ban", "band", "c", "ch", "cha", "e", "éco", "z")

TEXTS = st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=4).map(" ".join)
OPS = st.lists(
    st.one_of(
        st.tuples(st.just("capture"), TEXTS),
        st.tuples(st.just("edit"), st.integers(0, 9), TEXTS),
        st.tuples(st.just("delete"), st.integers(0, 9)),
        st.tuples(st.just("index")),
        st.tuples(st.just("search"), st.sampled_from(PREFIXES)),
    ),
    max_size=20,
)


def fold(text: str) -> str:
    return text.replace("é", "e")


def naive(entries: dict[UUID, str], prefix: str) -> set[UUID]:
    """The entries with a word starting with ``prefix``, accents folded as the index does."""
    wanted = fold(prefix)
    return {
        key
        for key, text in entries.items()
        if any(w.startswith(wanted) for w in fold(text).split())
    }


# CI runs 40 examples (each a fresh database): enough orders of queueing and indexing.
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(OPS)
def test_search_agrees_with_a_naive_matcher_whatever_was_indexed_when(
    tmp_path: Path, ops: list[tuple[object, ...]]
) -> None:
    clock = FakeClock()
    conn = open_database(tmp_path / f"{uuid4().hex}.sqlite3", clock)
    store = Store(conn, clock)
    try:
        store.set_profile(name="Rapporteur")
        event: UUID = execute(store, CreateEvent(title="Forum")).value
        entries: dict[UUID, str] = {}

        def check(prefix: str) -> None:
            hits = search(conn, prefix, event_id=event, record_types=["outcome"], limit=100)
            assert {hit.record_id for hit in hits} == naive(entries, prefix), prefix

        for op in ops:
            alive = list(entries)
            if op[0] == "capture":
                entries[note(store, event, str(op[1]))] = str(op[1])
            elif op[0] == "edit" and alive:
                target = alive[int(str(op[1])) % len(alive)]
                execute(store, UpdateOutcome(outcome_id=target, text=str(op[2])))
                entries[target] = str(op[2])
            elif op[0] == "delete" and alive:
                target = alive[int(str(op[1])) % len(alive)]
                execute(store, DeleteOutcomes(outcome_ids=[target]))
                del entries[target]
            elif op[0] == "index":
                store.index_search()
            elif op[0] == "search":
                check(str(op[1]))
        for prefix in PREFIXES:
            check(prefix)
        conn.execute("INSERT INTO search(search) VALUES ('integrity-check')")
    finally:
        conn.close()


def test_an_entry_inserted_again_under_its_id_is_refused_and_queued_once(
    store: Store, event_id: UUID
) -> None:
    # The primary key refuses it (the capture path reads no row first): nothing changes.
    outcome_id = note(store, event_id, "Seeds shared between villages")
    journal = len(store.journal())
    with pytest.raises(ValueError, match="already exists"):
        store.insert(store.require(Outcome, outcome_id).model_copy(update={"text": "Other"}))
    assert len(store.journal()) == journal
    assert store.conn.execute("SELECT count(*) FROM search_pending").fetchone() == (1,)
    assert found(store, "seed") == {outcome_id}
    assert found(store, "other") == set()


def test_indexing_walks_the_queue_not_the_whole_index(store: Store) -> None:
    # Left to the planner, a pass read every search_doc row (in random id order): one
    # queued entry cost milliseconds over 20,000 entries, and FTS5 got rows out of order.
    plan = store.conn.execute("EXPLAIN QUERY PLAN " + search_index.INDEX_PENDING).fetchall()
    steps = [row[3] for row in plan if row[1] == 0]
    assert steps[:3] == [
        "SCAN p",
        "SEARCH d USING INTEGER PRIMARY KEY (rowid=?)",
        "SEARCH o USING INDEX sqlite_autoindex_outcome_1 (id=?)",
    ]


def test_an_entry_arriving_by_sync_takes_the_same_queue(store: Store, event_id: UUID) -> None:
    # A merge writes rows with put_row (no journal of its own): the trigger queues them too.
    outcome_id = note(store, event_id, "Rainwater tanks on every school")
    values = store.require(Outcome, outcome_id).model_dump(mode="json", exclude={"id"})
    store.remove_row("outcome", outcome_id)
    assert found(store, "rainwater") == set()
    store.put_row("outcome", outcome_id, values)
    assert has_pending(store.conn)
    assert found(store, "rainwater") == {outcome_id}


def test_a_file_opens_while_another_program_writes_and_its_queue_waits(
    db_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = open_database(db_path, clock)
    store = Store(conn, clock)
    store.set_profile(name="Rapporteur")
    event: UUID = execute(store, CreateEvent(title="Forum")).value
    outcome_id = note(store, event, "Boreholes repaired")
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)  # the test need not wait 10 s
    conn.execute("BEGIN IMMEDIATE")  # another program's write lock
    try:
        reader = open_database(db_path, clock)  # e.g. a command that exports
        assert has_pending(reader)
        reader.close()
    finally:
        conn.execute("ROLLBACK")
    assert found(store, "borehole") == {outcome_id}
    conn.close()


def test_a_search_while_another_program_writes_neither_fails_nor_waits_for_it(
    db_path: Path, store: Store, event_id: UUID
) -> None:
    """A sync merge is one transaction that can last seconds: a search meanwhile neither
    waits for it (with the app's 10 s busy timeout, waiting for the lock would have raised
    "database is locked" here) nor misses what was captured a moment ago."""
    older = note(store, event_id, "Wells dug last year")
    assert found(store, "wells") == {older}
    newer = note(store, event_id, "Wells dug this morning")  # queued
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program's write lock
    try:
        assert found(store, "wells") == {older, newer}  # the queued one matched apart
        assert has_pending(store.conn)  # and left queued for the next chance
        assert store.index_search() is None
    finally:
        other.execute("ROLLBACK")
        other.close()
    (timeout,) = store.conn.execute("PRAGMA busy_timeout").fetchone()
    assert timeout == database.BUSY_TIMEOUT_MS  # the connection's own wait is back
    assert found(store, "wells") == {older, newer}  # the write is over: indexed
    assert not has_pending(store.conn)


def test_a_file_that_cannot_be_written_still_opens_and_searches(
    db_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash or a command that captured leaves entries queued; a read-only copy of such
    a file (read-only media, a locked folder) must open and search all the rest."""
    conn = open_database(db_path, clock)
    store = Store(conn, clock)
    store.set_profile(name="Rapporteur")
    event: UUID = execute(store, CreateEvent(title="Forum")).value
    indexed_one = note(store, event, "Boreholes repaired")
    assert found(store, "borehole") == {indexed_one}
    queued_one = note(store, event, "Boreholes to dig")  # left queued
    conn.close()

    def read_only(path: Path) -> sqlite3.Connection:
        # As on read-only media: the file and its WAL are opened but never written.
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)

    monkeypatch.setattr(database, "connect", read_only)
    reader = open_database(db_path, clock)
    try:
        assert has_pending(reader)
        hits = {hit.record_id for hit in search(reader, "borehole")}
        assert hits == {indexed_one, queued_one}  # the queued one matched apart
    finally:
        reader.close()

    def told_to_write_nothing(path: Path) -> sqlite3.Connection:
        opened = sqlite3.connect(path)
        opened.execute("PRAGMA query_only = 1")  # not even its own temporary tables
        return opened

    monkeypatch.setattr(database, "connect", told_to_write_nothing)
    reader = open_database(db_path, clock)
    try:
        assert {hit.record_id for hit in search(reader, "borehole")} == {indexed_one}
    finally:
        reader.close()
