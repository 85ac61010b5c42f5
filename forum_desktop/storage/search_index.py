"""Indexing captured entries' search text after the capture's transaction (issue 24).

Writing an entry into the FTS5 index (``search``, prefixes 1 2 3) was ~40 % of a
capture, and its segment merges made the slowest captures. The outcome insert trigger
(migration 15) now only queues the entry's ``search_doc`` row in ``search_pending``, in
the capture's own transaction, so a crash between capture and indexing loses nothing:
the queue is indexed at the next pause in typing (the window), before any search, when
the database opens and after a merge. None of these waits for another program's write
(a sync merge's can last seconds) or fails on a file that cannot be written: the queue
then waits for the next of them (``index_pending_if_free``), and a search meanwhile
matches the queued entries in its connection's own temporary index
(``index_queue_apart``). Agenda items and people are still indexed by their triggers.
"""

from __future__ import annotations

import sqlite3

from forum_desktop.storage.errors import is_busy, is_read_only

_WORDS_OF_FIELDS = " || ' ' || ".join(
    [
        "o.text",
        "coalesce((SELECT group_concat(value, ' ') FROM json_each(o.fields, '$.owner_names')), '')",
        *(
            f"coalesce(json_extract(o.fields, '$.{name}'), '')"
            for name in (
                "speaker_name",
                "topic",
                "group",
                "strengths",
                "challenges",
                "recommendations",
                "transferable",
            )
        ),
        "coalesce((SELECT group_concat(json_extract(value, '$.option'), ' ') "
        "FROM json_each(o.fields, '$.counts')), '')",
    ]
)
"""An entry's body as the outcome update trigger (migration 12) writes it."""

_QUEUED_TEXTS = (
    " SELECT d.rowid,"
    " coalesce((SELECT group_concat('#' || value, ' ') FROM json_each(o.tags)), ''),"
    f" {_WORDS_OF_FIELDS}"
    " FROM search_pending AS p"
    " CROSS JOIN search_doc AS d ON d.rowid = p.doc"
    " CROSS JOIN outcome AS o ON o.id = d.record_id"
)
INDEX_PENDING = f"INSERT INTO search (rowid, title, body){_QUEUED_TEXTS}"
"""CROSS JOIN keeps SQLite's planner to this order: the queue, walked by rowid, drives the
pass. Left to itself it scanned every ``search_doc`` row in id order (random), so one
queued entry cost a pass over the whole index's map, and a large queue reached FTS5 in
random rowid order, which left its index slower to query (``search_p95`` 0.011 → 0.021 s)."""


def has_pending(conn: sqlite3.Connection) -> bool:
    """Whether captured entries wait to be indexed (one index probe: cheap to ask often)."""
    return conn.execute("SELECT 1 FROM search_pending LIMIT 1").fetchone() is not None


QUICK_BUSY_MS = 20
"""How long indexing the queue waits for another program's write lock before leaving
the queue for the next chance."""


def index_pending_if_free(conn: sqlite3.Connection, limit: int | None = None) -> int | None:
    """Index the queued entries (the oldest ``limit`` when given) and take them off the
    queue, in one short transaction (or the caller's, if one is open); returns how many.
    None when another program holds the write lock for more than ``QUICK_BUSY_MS`` or the
    file cannot be written: the queue then waits for the next chance (nothing is lost:
    the entries are stored, only not yet in ``search``). A no-op read when none waits."""
    if not has_pending(conn):
        return 0
    if conn.in_transaction:
        return _index_rows(conn, limit)
    (timeout,) = conn.execute("PRAGMA busy_timeout").fetchone()
    conn.execute(f"PRAGMA busy_timeout = {QUICK_BUSY_MS}")
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            indexed = _index_rows(conn, limit)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    except sqlite3.OperationalError as error:
        if is_busy(error) or is_read_only(error):
            return None
        raise
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(timeout)}")
    return indexed


def _index_rows(conn: sqlite3.Connection, limit: int | None) -> int:
    """Index the queued entries, the oldest ``limit`` when given, and take them off the
    queue, in the caller's transaction."""
    last = None
    if limit is not None:
        row = conn.execute(
            "SELECT doc FROM search_pending ORDER BY doc LIMIT 1 OFFSET ?", (max(0, limit - 1),)
        ).fetchone()
        last = None if row is None else row[0]
    if last is None:
        indexed = conn.execute(INDEX_PENDING).rowcount
        conn.execute("DELETE FROM search_pending")
        return indexed
    indexed = conn.execute(f"{INDEX_PENDING} WHERE p.doc <= ?", (last,)).rowcount
    conn.execute("DELETE FROM search_pending WHERE doc <= ?", (last,))
    return indexed


QUEUED_INDEX = "search_queued"
"""A connection's own index of the entries still queued (SQLite's temporary database):
what a search matches besides ``search`` while the queue cannot be written."""


def index_queue_apart(conn: sqlite3.Connection) -> str | None:
    """Index the queued entries in this connection's temporary database — which another
    program's write lock or a read-only file leaves writable — and return that index's
    name; None when even that cannot be written (a connection told to write nothing)."""
    try:
        conn.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{QUEUED_INDEX} USING fts5("
            "title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
        )  # as the index's own (migration 14)
        conn.execute(f"DELETE FROM temp.{QUEUED_INDEX}")
        conn.execute(f"INSERT INTO temp.{QUEUED_INDEX} (rowid, title, body){_QUEUED_TEXTS}")
    except sqlite3.OperationalError:
        return None
    return QUEUED_INDEX
