"""Migrations: from nothing and from every earlier schema version, one atomic step each."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path
from uuid import UUID

import pytest

from forum_desktop.clock import FakeClock
from forum_desktop.models import (
    RECORD_TYPES,
    AgendaItem,
    ChangeKind,
    Event,
    Outcome,
    Participant,
    Photo,
    Priority,
    Session,
    SessionRun,
    SessionTemplate,
)
from forum_desktop.services.check import run_checks
from forum_desktop.storage import SCHEMA_VERSION, BackupReason, Backups, Store, open_database
from forum_desktop.storage import database as database_module
from forum_desktop.storage.migrations import MIGRATIONS
from forum_desktop.storage.store import _columns
from tests.storage.fixtures import make_fixtures
from tests.storage.helpers import count, read_only, tables, user_version

EARLIER_VERSIONS = range(1, SCHEMA_VERSION)
SEARCH_TABLES = {
    "search_doc",
    "search_pending",
    *(f"search{part}" for part in ("", "_data", "_idx", "_content", "_docsize", "_config")),
}
"""The full-text index: its id map and FTS5's own shadow tables."""
FTS_SEGMENTS = {"search_data", "search_idx"}
"""FTS5's b-tree segments: how many rows they hold changes when the index is rebuilt or
merged, while the indexed rows (``search``, ``search_content``) stay the same."""
ALL_TABLES = {
    "installation",
    "journal",
    "image_data",
    "sync_conflict",
    "sync_held",
    "sync_revived",
    *RECORD_TYPES,
    *SEARCH_TABLES,
}


def copy_fixture(version: int, tmp_path: Path) -> Path:
    target = tmp_path / "forum.sqlite3"
    shutil.copyfile(make_fixtures.fixture_path(version), target)
    return target


def row_counts(path: Path) -> dict[str, int]:
    conn = read_only(path)
    try:
        return {table: count(conn, table) for table in tables(conn) - FTS_SEGMENTS}
    finally:
        conn.close()


# --- from nothing ---------------------------------------------------------------------


@pytest.mark.parametrize("start", ["missing", "missing-folder", "empty"])
def test_new_database_gets_the_whole_schema(tmp_path: Path, clock: FakeClock, start: str) -> None:
    path = tmp_path / "nested" / "forum.sqlite3" if start == "missing-folder" else tmp_path / "f.db"
    if start == "empty":
        path.write_bytes(b"")

    conn = open_database(path, clock)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert tables(conn) == ALL_TABLES
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    assert Backups(path, clock).list() == []  # nothing existed to back up


def test_reopening_a_current_database_changes_nothing(db_path: Path, clock: FakeClock) -> None:
    conn = open_database(db_path, clock)
    store = Store(conn, clock)
    store.insert(store.fresh(Event(title="Atelier")))
    conn.close()

    conn = open_database(db_path, clock)
    try:
        assert [e.title for e in Store(conn, clock).select(Event, order_by="title")] == ["Atelier"]
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        conn.close()
    assert Backups(db_path, clock).list() == []


@pytest.mark.parametrize("record_type", sorted(RECORD_TYPES))
def test_table_columns_follow_the_model_fields_in_order(store: Store, record_type: str) -> None:
    """Rows are read with SELECT *, so a column added by a migration must also come last
    in the model."""
    columns = [row[1] for row in store.conn.execute(f"PRAGMA table_info({record_type})")]
    assert columns == ["id", *_columns(RECORD_TYPES[record_type])]


# --- from every earlier version -------------------------------------------------------


def test_every_earlier_version_has_a_fixture() -> None:
    assert set(make_fixtures.BUILDERS) == set(EARLIER_VERSIONS)
    for version in EARLIER_VERSIONS:
        path = make_fixtures.fixture_path(version)
        assert user_version(path) == version
        header = path.read_bytes()[:100]
        assert header[18:20] == b"\x01\x01", "fixtures are kept in rollback-journal mode"
        for suffix in ("-wal", "-shm", "-journal"):
            assert not path.with_name(path.name + suffix).exists()


@pytest.mark.parametrize("version", EARLIER_VERSIONS)
def test_every_earlier_version_migrates_keeping_its_rows(
    tmp_path: Path, clock: FakeClock, version: int
) -> None:
    path = copy_fixture(version, tmp_path)
    before = row_counts(path)

    conn = open_database(path, clock)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert tables(conn) == ALL_TABLES
        assert {t: count(conn, t) for t in before} == before
        store = Store(conn, clock)
        for cls in RECORD_TYPES.values():  # every row still validates as a model
            assert len(store.select(cls, order_by="id")) == count(conn, cls.record_type)
        assert len(store.journal()) == before["journal"]
    finally:
        conn.close()

    [backup] = Backups(path, clock).list()
    assert backup.reason is BackupReason.MIGRATION
    assert user_version(backup.path) == version
    assert row_counts(backup.path) == before


@pytest.mark.parametrize("version", EARLIER_VERSIONS)
def test_every_earlier_version_migrated_checks_clean(
    tmp_path: Path, clock: FakeClock, version: int
) -> None:
    conn = open_database(copy_fixture(version, tmp_path), clock)
    try:
        assert run_checks(Store(conn, clock)) == []
    finally:
        conn.close()


def test_version_1_records_read_back_with_their_values(tmp_path: Path, clock: FakeClock) -> None:
    path = copy_fixture(1, tmp_path)
    conn = open_database(path, clock)
    try:
        store = Store(conn, clock)
        event_id = UUID(make_fixtures.EVENT_ID)
        event = store.require(Event, event_id)
        # Fields added since version 1 read back as their defaults.
        assert event.model_dump(mode="json") == {
            "id": str(event_id),
            **make_fixtures.EVENT,
            "logo_sha256": None,
            "footer": "",
            "footer_logo": False,
            "other_languages": [],
        }

        roster = store.select(Participant, {"event_id": event_id})
        assert [p.model_dump(mode="json") for p in roster] == [
            {"id": key, **values, "no_name": False, "no_photos": False}
            for key, values in make_fixtures.PARTICIPANTS.items()
        ]

        journal = store.journal()
        assert [(c.sequence, c.kind, c.record_type, str(c.record_id)) for c in journal] == [
            (1, ChangeKind.INSERT, "event", make_fixtures.EVENT_ID),
            *(
                (n, ChangeKind.INSERT, "participant", key)
                for n, key in enumerate(make_fixtures.PARTICIPANTS, start=2)
            ),
        ]
        assert journal[0].new_values() == make_fixtures.EVENT

        # The installation survives: same device, same author, sequence carries on.
        assert str(store.device_id) == make_fixtures.DEVICE_ID
        assert store.author == make_fixtures.AUTHOR
        change = store.update(Event, event_id, place="Saly, Sénégal")
        assert change is not None
        assert (change.sequence, change.author) == (5, make_fixtures.AUTHOR)
    finally:
        conn.close()

    [backup] = Backups(path, clock).list()
    assert backup.reason is BackupReason.MIGRATION
    assert ":" not in backup.path.name
    assert backup.created_at == clock.now()
    assert backup.path.parent == path.parent / "backups"


def test_version_2_agenda_gains_the_planning_fields(tmp_path: Path, clock: FakeClock) -> None:
    conn = open_database(copy_fixture(2, tmp_path), clock)
    try:
        store = Store(conn, clock)
        session = store.require(Session, UUID(make_fixtures.SESSION_ID))
        assert session.model_dump(mode="json") == {
            "id": make_fixtures.SESSION_ID,
            **make_fixtures.SESSION,
            "link": "",
            "final_at": None,
            "warning_percent": 20,
            "warning_max_minutes": 2,
            "description": "",
            "chatham_house": False,
        }
        items = store.select(AgendaItem, {"session_id": session.id}, order_by="created_at")
        assert [str(item.id) for item in items] == list(make_fixtures.ITEMS)
        for item in items:
            saved = make_fixtures.ITEMS[str(item.id)]
            assert item.model_dump(mode="json", include=set(saved)) == saved
            assert (item.priority, item.locked_start, item.min_minutes) == (
                Priority.FLEXIBLE,
                None,
                None,
            )
            assert item.speaker_ids == [] and item.notes == ""
    finally:
        conn.close()


def test_the_fixture_itself_is_never_changed(tmp_path: Path, clock: FakeClock) -> None:
    original = make_fixtures.fixture_path(1).read_bytes()
    open_database(copy_fixture(1, tmp_path), clock).close()
    assert make_fixtures.fixture_path(1).read_bytes() == original


def test_a_relative_database_path_is_backed_up_and_migrated(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy_fixture(1, tmp_path)
    monkeypatch.chdir(tmp_path)
    open_database(Path("forum.sqlite3"), clock).close()
    assert user_version(tmp_path / "forum.sqlite3") == SCHEMA_VERSION
    [backup] = Backups(tmp_path / "forum.sqlite3", clock).list()
    assert user_version(backup.path) == 1


# --- atomicity ------------------------------------------------------------------------


def use_migrations(monkeypatch: pytest.MonkeyPatch, migrations: tuple[str, ...]) -> None:
    monkeypatch.setattr(database_module, "MIGRATIONS", migrations)
    monkeypatch.setattr(database_module, "SCHEMA_VERSION", len(migrations))


def test_a_failing_migration_leaves_its_version_untouched(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = copy_fixture(1, tmp_path)
    broken = "CREATE TABLE session (id TEXT PRIMARY KEY); INSERT INTO no_such_table VALUES (1)"
    use_migrations(monkeypatch, (MIGRATIONS[0], broken))

    with pytest.raises(sqlite3.OperationalError, match="no_such_table"):
        open_database(path, clock)

    assert user_version(path) == 1
    conn = read_only(path)
    try:
        assert "session" not in tables(conn)  # the statement before the failure is undone
        assert count(conn, "participant") == len(make_fixtures.PARTICIPANTS)
    finally:
        conn.close()

    # Once the migration is fixed, the same file migrates normally.
    monkeypatch.undo()
    open_database(path, clock).close()
    assert user_version(path) == SCHEMA_VERSION


def test_migrations_before_the_failing_one_stay_applied(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = copy_fixture(1, tmp_path)
    broken = "CREATE TABLE note (id TEXT PRIMARY KEY); INSERT INTO note VALUES (NULL, 'two')"
    use_migrations(monkeypatch, (*MIGRATIONS, broken))

    with pytest.raises(sqlite3.OperationalError):
        open_database(path, clock)

    assert user_version(path) == SCHEMA_VERSION
    conn = read_only(path)
    try:
        assert tables(conn) == ALL_TABLES  # migration 2 committed, the broken one did not
    finally:
        conn.close()


def test_version_3_planning_fields_survive(tmp_path: Path, clock: FakeClock) -> None:
    conn = open_database(copy_fixture(3, tmp_path), clock)
    try:
        store = Store(conn, clock)
        session = store.require(Session, UUID(make_fixtures.SESSION_ID))
        assert session.link == make_fixtures.SESSION_LINK
        item = store.require(AgendaItem, UUID(make_fixtures.ITEM_IDS[2]))
        assert item.model_dump(mode="json", include=set(make_fixtures.PLANNED_ITEM)) == (
            make_fixtures.PLANNED_ITEM
        )
        assert store.select(SessionTemplate, order_by="name") == []
    finally:
        conn.close()


def test_version_4_template_survives_and_search_covers_old_rows(
    tmp_path: Path, clock: FakeClock
) -> None:
    conn = open_database(copy_fixture(4, tmp_path), clock)
    try:
        store = Store(conn, clock)
        template = store.require(SessionTemplate, UUID(make_fixtures.TEMPLATE_ID))
        assert template.model_dump(mode="json", exclude={"id"}) == make_fixtures.TEMPLATE
        # The full-text index is built for what was there before it existed.
        found = conn.execute(
            "SELECT d.record_type FROM search JOIN search_doc d ON d.rowid = search.rowid "
            "WHERE search MATCH ? ORDER BY d.record_type",
            ("fatou OR accueil",),
        ).fetchall()
        assert found == [("agenda_item",), ("participant",)]
    finally:
        conn.close()


def test_version_5_outcome_survives_and_is_searchable(tmp_path: Path, clock: FakeClock) -> None:
    conn = open_database(copy_fixture(5, tmp_path), clock)
    try:
        store = Store(conn, clock)
        outcome = store.require(Outcome, UUID(make_fixtures.OUTCOME_ID))
        dumped = outcome.model_dump(mode="json", exclude={"id", "key", "language"})
        assert dumped == make_fixtures.OUTCOME
        assert not outcome.key  # migration 14: no entry was marked key before
        assert outcome.language is None  # nor had its language detected
        session = store.require(Session, UUID(make_fixtures.SESSION_ID))
        assert session.final_at is None
        found = conn.execute(
            "SELECT d.record_id FROM search JOIN search_doc d ON d.rowid = search.rowid "
            "WHERE search MATCH ?",
            ("methodologique",),
        ).fetchall()
        assert found == [(make_fixtures.OUTCOME_ID,)]
    finally:
        conn.close()


def test_version_6_final_session_keeps_its_mark_and_gains_run_settings(
    tmp_path: Path, clock: FakeClock
) -> None:
    conn = open_database(copy_fixture(6, tmp_path), clock)
    try:
        store = Store(conn, clock)
        session = store.require(Session, UUID(make_fixtures.SESSION_ID))
        assert session.final_at == datetime.fromisoformat(make_fixtures.FINAL_AT)
        assert (session.warning_percent, session.warning_max_minutes) == (20, 2)
        assert store.select(SessionRun, {"session_id": session.id}, order_by="started_at") == []
    finally:
        conn.close()


def test_version_7_a_running_session_survives_and_there_are_no_photos(
    tmp_path: Path, clock: FakeClock
) -> None:
    conn = open_database(copy_fixture(7, tmp_path), clock)
    try:
        store = Store(conn, clock)
        [run] = store.select(SessionRun, order_by="started_at")
        assert run.model_dump(mode="json", exclude={"id", "earlier_runs"}) == (
            make_fixtures.SESSION_RUN
        )
        assert run.earlier_runs == []  # migration 14: no run was run again before
        assert store.select(Photo, order_by="created_at") == []
        assert count(conn, "image_data") == 0
    finally:
        conn.close()


def test_version_8_entries_are_searched_as_words_not_json(tmp_path: Path, clock: FakeClock) -> None:
    conn = open_database(copy_fixture(8, tmp_path), clock)
    try:
        [(title, body)] = conn.execute(
            "SELECT title, body FROM search JOIN search_doc d ON d.rowid = search.rowid "
            "WHERE d.record_id = ?",
            (make_fixtures.OUTCOME_ID,),
        ).fetchall()
        assert title == "#mooc"
        assert "[" not in body and body.startswith(make_fixtures.OUTCOME["text"])
        store = Store(conn, clock)
        store.update(
            Outcome,
            UUID(make_fixtures.OUTCOME_ID),
            tags=["mooc", "pairs"],
            fields={**make_fixtures.OUTCOME["fields"], "owner_names": ["Karim", "Núria"]},
        )
        [(title, body)] = conn.execute(
            "SELECT title, body FROM search JOIN search_doc d ON d.rowid = search.rowid "
            "WHERE d.record_id = ?",
            (make_fixtures.OUTCOME_ID,),
        ).fetchall()
        assert title == "#mooc #pairs" and "Karim Núria" in body
    finally:
        conn.close()


def test_version_8_journal_gains_events_clock_values_and_parents(
    tmp_path: Path, clock: FakeClock
) -> None:
    conn = open_database(copy_fixture(8, tmp_path), clock)
    try:
        store = Store(conn, clock)
        journal = store.journal()
        assert {change.event_id for change in journal} == {UUID(make_fixtures.EVENT_ID)}
        assert [c.hlc for c in journal] == sorted(c.hlc for c in journal)
        assert journal[0].hlc >> 16 == int(journal[0].at.timestamp() * 1000)
        assert all(change.parents == () for change in journal)  # one insert per record
        photo = store.require(Photo, UUID(make_fixtures.PHOTO_ID))
        assert photo.caption == make_fixtures.PHOTO["caption"]

        edit = store.update(Photo, photo.id, caption="Tour de table, salle pleine")
        assert edit is not None
        assert edit.parents == (journal[-1].change_id,)
        assert edit.event_id == UUID(make_fixtures.EVENT_ID)
        assert edit.hlc > journal[-1].hlc
    finally:
        conn.close()


SEARCH_PREFIXES = "prefix = '1 2 3'"
"""Migration 14's full-text index: one-letter prefixes have an index of their own."""


def search_table_sql(conn: sqlite3.Connection) -> str:
    return str(conn.execute("SELECT sql FROM sqlite_master WHERE name = 'search'").fetchone()[0])


def test_a_new_database_indexes_one_letter_prefixes(db_path: Path, clock: FakeClock) -> None:
    conn = open_database(db_path, clock)
    try:
        assert SEARCH_PREFIXES in search_table_sql(conn)
    finally:
        conn.close()


@pytest.mark.parametrize("version", EARLIER_VERSIONS)
def test_every_earlier_version_gets_one_letter_prefixes_and_keeps_what_it_found(
    tmp_path: Path, clock: FakeClock, version: int
) -> None:
    """The index is rebuilt with the same rows: every word a fixture's search found by
    its first two letters is still found, now by its first letter as well."""
    path = copy_fixture(version, tmp_path)
    old = read_only(path)
    try:
        had_search = "search" in tables(old)
        words = (
            {
                word
                for (title, body) in old.execute("SELECT title, body FROM search")
                for word in f"{title} {body}".split()
                if word.isalpha() and word.isascii() and len(word) >= 2
            }
            if had_search
            else set()
        )
        found_before = {
            word: old.execute(
                "SELECT count(*) FROM search WHERE search MATCH ?", (f'"{word[:2]}"*',)
            ).fetchone()[0]
            for word in words
        }
    finally:
        old.close()
    assert found_before or not had_search  # a fixture with an index has words to find

    conn = open_database(path, clock)
    try:
        assert SEARCH_PREFIXES in search_table_sql(conn)
        assert "search_copy" not in tables(conn)
        for word, before in found_before.items():
            after = conn.execute(
                "SELECT count(*) FROM search WHERE search MATCH ?", (f'"{word[:2]}"*',)
            ).fetchone()[0]
            assert after == before, word
            assert (
                conn.execute(
                    "SELECT count(*) FROM search WHERE search MATCH ?", (f'"{word[:1]}"*',)
                ).fetchone()[0]
                >= before
            )
        conn.execute("INSERT INTO search (search) VALUES ('integrity-check')")
    finally:
        conn.close()
