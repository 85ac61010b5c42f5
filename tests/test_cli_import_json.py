"""``import-json`` from outside: records stay in their event, newer edits stay, references
must name something (issue 17's proofs)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from uuid import UUID, uuid4

import pytest

from forum_desktop.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE
from forum_desktop.clock import SystemClock
from forum_desktop.models import Participant
from forum_desktop.services.demo import DEMO_EVENT_ID
from forum_desktop.storage import Store, open_database
from tests.test_cli import cli, private_home

__all__ = ["private_home"]  # autouse: logs and default paths under tmp_path

EVENT = str(DEMO_EVENT_ID)


@pytest.fixture
def demo_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "demo.sqlite3"
    assert cli(capsys, "demo", "--db", db).code == EXIT_OK
    return db


@pytest.fixture
def exported(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "last-year.json"
    assert cli(capsys, "export-json", EVENT, "-o", path, "--db", demo_db).code == EXIT_OK
    return path


def dump(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def records_of(db: Path, event_id: str) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        by_event = {
            table: conn.execute(
                f"SELECT count(*) FROM {table} WHERE event_id = ?", (event_id,)
            ).fetchone()[0]
            for table in ("participant", "session", "outcome")
        }
        by_event["agenda_item"] = conn.execute(
            "SELECT count(*) FROM agenda_item JOIN session ON session.id = agenda_item.session_id "
            "WHERE session.event_id = ?",
            (event_id,),
        ).fetchone()[0]
        return by_event
    finally:
        conn.close()


def with_new_event_id(exported: Path, target: Path) -> str:
    """Last year's export with only the event id changed, as a user would do it."""
    new_id = str(uuid4())
    target.write_text(exported.read_text(encoding="utf-8").replace(EVENT, new_id))
    return new_id


def test_a_copied_export_with_a_changed_event_id_is_refused(
    demo_db: Path, exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copied = tmp_path / "this-year.json"
    with_new_event_id(exported, copied)
    before = dump(demo_db)
    outcome = cli(capsys, "import-json", copied, "--db", demo_db)
    assert outcome.code == EXIT_USAGE, outcome
    assert outcome.err.count("\n") == 1
    assert outcome.err.startswith("forum-desktop: participants[0]: this record belongs to ")
    assert "import the file as a copy" in outcome.err
    assert "unexpected error" not in outcome.err
    assert dump(demo_db) == before


def test_as_copy_makes_a_second_event_and_the_first_keeps_all_its_records(
    demo_db: Path, exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = records_of(demo_db, EVENT)
    for source in (exported, tmp_path / "this-year.json"):
        if source != exported:
            with_new_event_id(exported, source)
        outcome = cli(capsys, "import-json", source, "--as-copy", "--db", demo_db)
        assert outcome.code == EXIT_OK, outcome
        new_id = outcome.lines[-1]
        assert UUID(new_id) != DEMO_EVENT_ID
        assert records_of(demo_db, new_id) == before
        assert records_of(demo_db, EVENT) == before
    events = cli(capsys, "events", "--db", demo_db)
    assert len(events.lines) == 3
    assert cli(capsys, "check", "--db", demo_db).lines == ["ok"]
    again = tmp_path / "again.json"
    assert cli(capsys, "export-json", EVENT, "-o", again, "--db", demo_db).code == EXIT_OK
    assert again.read_bytes() == exported.read_bytes()


def test_reimporting_an_older_export_after_an_edit_keeps_the_edit(
    demo_db: Path, exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(exported.read_text(encoding="utf-8"))
    person = UUID(document["participants"][0]["id"])
    conn = open_database(demo_db, SystemClock())
    try:
        Store(conn, SystemClock()).update(Participant, person, city="Thiès")
    finally:
        conn.close()

    outcome = cli(capsys, "import-json", exported, "--db", demo_db)

    assert outcome.code == EXIT_OK, outcome
    assert outcome.lines == [
        f"imported {document['event']['title']!r}: 0 changes",
        "1 newer change here was kept",
        EVENT,
    ]
    conn = open_database(demo_db, SystemClock())
    try:
        assert Store(conn, SystemClock()).require(Participant, person).city == "Thiès"
    finally:
        conn.close()


def test_a_dangling_reference_is_refused_naming_the_field(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["outcomes"] = [
        {
            "id": str(uuid4()),
            "created_at": "2022-02-23T09:20:00Z",
            "updated_at": "2022-02-23T09:20:00Z",
            "event_id": EVENT,
            "session_id": document["sessions"][0]["id"],
            "item_id": str(uuid4()),
            "text": "Une entrée sans point",
            "captured_at": "2022-02-23T09:20:00Z",
        }
    ]
    path = tmp_path / "dangling.json"
    path.write_text(json.dumps(document))
    db = tmp_path / "fresh.sqlite3"
    outcome = cli(capsys, "import-json", path, "--db", db)
    assert outcome.code == EXIT_USAGE, outcome
    assert outcome.err == "forum-desktop: outcomes[0].item_id: no such item in the document\n"
    assert cli(capsys, "events", "--db", db).lines == []


def test_check_reports_a_dangling_reference_in_a_database(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    turn, missing = str(uuid4()), str(uuid4())
    conn = sqlite3.connect(demo_db, isolation_level=None)
    try:
        (session_id,) = conn.execute("SELECT id FROM session").fetchone()
        conn.execute(
            "INSERT INTO speaker_turn (id, created_at, updated_at, session_id, item_id, "
            "participant_id, name, allotted_seconds, started_at) "
            "VALUES (?, '2022-02-23T09:00:00Z', '2022-02-23T09:00:00Z', ?, ?, NULL, 'Awa', 0, "
            "'2022-02-23T09:00:00Z')",
            (turn, session_id, missing),
        )
    finally:
        conn.close()
    outcome = cli(capsys, "check", "--db", demo_db)
    assert outcome.code == EXIT_PROBLEMS
    assert outcome.lines == [f"speaker_turn {turn}: item_id {missing} names no agenda_item"]
