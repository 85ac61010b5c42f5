"""The method commands from outside: apply-method, vote-options, vote and vote-results,
and two laptops whose ballots add up through the ``sync`` command."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from forum_desktop.cli import EXIT_OK
from tests.test_cli import cli, private_home  # noqa: F401 - the autouse fixture

EXIT_REFUSED = 2


def _query(db: Path, sql: str) -> list[tuple[str, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def demo(capsys: pytest.CaptureFixture[str], db: Path) -> tuple[str, str, list[str]]:
    """The English demo event: its id, a leaf agenda item's id, two roster names."""
    event_id = cli(capsys, "demo", "--lang", "en", "--db", db).lines[-1]
    ((item_id,),) = _query(
        db,
        "SELECT id FROM agenda_item a WHERE NOT EXISTS "
        "(SELECT 1 FROM agenda_item c WHERE c.parent_id = a.id) ORDER BY position, id LIMIT 1",
    )
    names = [name for (name,) in _query(db, "SELECT name FROM participant ORDER BY name LIMIT 2")]
    return event_id, item_id, names


def results(capsys: pytest.CaptureFixture[str], db: Path, item_id: str) -> list[dict[str, object]]:
    done = cli(capsys, "vote-results", item_id, "--json", "--db", db)
    assert done.code == EXIT_OK, done.err
    return [json.loads(line) for line in done.lines]


def test_a_vote_from_the_command_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite3"
    _, item_id, (awa, _) = demo(capsys, db)
    applied = cli(capsys, "apply-method", item_id, "Votación con puntos", "--db", db)
    assert applied.code == EXIT_OK and applied.lines[-1] == item_id
    made = cli(capsys, "vote-options", item_id, "Transport", "Housing", "--db", db)
    assert made.code == EXIT_OK and len(made.lines) == 2
    cast = cli(
        capsys, "vote", item_id, "--voter", awa, "Transport", "Transport", "Housing", "--db", db
    )
    assert cast.code == EXIT_OK
    assert _query(db, "SELECT id FROM dot_vote_ballot") == [(cast.lines[-1],)]
    assert cli(capsys, "vote", item_id, "--anonymous", "housing", "--db", db).code == EXIT_OK
    assert results(capsys, db, item_id) == [
        {"option": "Transport", "dots": 2, "ballots": 1},
        {"option": "Housing", "dots": 2, "ballots": 2},
    ]


@pytest.mark.parametrize(
    ("voter", "options", "reason"),
    [
        (["--anonymous"], ["Transport"] * 4, "at most 3 may go on one option"),
        (
            ["--anonymous"],
            ["Transport", "Transport", "Housing", "Housing", "Housing", "Housing"],
            "has 5 dots: 6 is 1 too many",
        ),
        (["--voter", "Nobody Known"], ["Housing"], "Nobody Known is not on the event's roster"),
        (["--anonymous"], ["Parks"], "“Parks” is not an option of this vote"),
    ],
)
def test_a_ballot_over_the_limits_is_refused_with_the_reason(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    voter: list[str],
    options: list[str],
    reason: str,
) -> None:
    db = tmp_path / "a.sqlite3"
    _, item_id, _ = demo(capsys, db)
    cli(capsys, "apply-method", item_id, "dot-voting", "--db", db)
    cli(capsys, "vote-options", item_id, "Transport", "Housing", "--db", db)
    refused = cli(capsys, "vote", item_id, *voter, *options, "--db", db)
    assert refused.code == EXIT_REFUSED
    assert reason in refused.err and "Traceback" not in refused.err
    assert _query(db, "SELECT count(*) FROM dot_vote_ballot") == [(0,)]


def test_voting_on_an_item_that_is_not_a_vote_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "a.sqlite3"
    _, item_id, _ = demo(capsys, db)
    refused = cli(capsys, "vote-options", item_id, "Transport", "--db", db)
    assert refused.code == EXIT_REFUSED
    assert "is not a dot vote: apply the dot voting method to it first" in refused.err
    unknown = cli(capsys, "apply-method", item_id, "no-such-method", "--db", db)
    assert unknown.code == EXIT_REFUSED and "There is no method" in unknown.err


def test_ballots_on_two_laptops_add_up_through_sync(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    first, second, folder = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3", tmp_path / "shared"
    folder.mkdir()
    event_id, item_id, (awa, jun) = demo(capsys, first)
    assert cli(capsys, "apply-method", item_id, "dot-voting", "--db", first).code == EXIT_OK
    assert cli(capsys, "vote-options", item_id, "Transport", "Housing", "--db", first).code == 0
    for db in (first, second):
        assert cli(capsys, "sync", event_id, "--folder", folder, "--db", db).code == EXIT_OK
    votes = [
        (first, ["--voter", awa, "Transport", "Housing"]),
        (first, ["--anonymous", "Transport"]),
        (second, ["--voter", jun, "Housing", "Housing"]),
    ]
    for db, ballot in votes:
        assert cli(capsys, "vote", item_id, *ballot, "--db", db).code == EXIT_OK
    for _ in range(2):
        for db in (first, second):
            assert cli(capsys, "sync", event_id, "--folder", folder, "--db", db).code == EXIT_OK
    expected = [
        {"option": "Transport", "dots": 2, "ballots": 2},
        {"option": "Housing", "dots": 3, "ballots": 2},
    ]
    assert results(capsys, first, item_id) == expected
    assert results(capsys, second, item_id) == expected
    for db in (first, second):
        assert _query(db, "SELECT count(*) FROM dot_vote_ballot") == [(3,)]


def test_sync_says_on_stderr_which_changes_are_of_a_newer_format(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import hashlib

    first, second, folder = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3", tmp_path / "shared"
    folder.mkdir()
    event_id, _, _ = demo(capsys, first)
    assert cli(capsys, "sync", event_id, "--folder", folder, "--db", first).code == EXIT_OK
    written = next((folder / "forum-sync" / event_id / "ops").rglob("*.jsonl"))
    body = json.loads(written.read_bytes().splitlines()[0])
    del body["checksum"]
    body.update(format=body["format"] + 1, change_id="00000000-0000-4000-8000-00000000abcd")
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    body["checksum"] = hashlib.sha256(canonical.encode()).hexdigest()
    newer = folder / "forum-sync" / event_id / "ops" / "00000000-0000-4000-8000-000000000009"
    newer.mkdir()
    (newer / "00000001-00000000.jsonl").write_text(json.dumps(body) + "\n", encoding="utf-8")
    synced = cli(capsys, "sync", event_id, "--folder", folder, "--db", second)
    assert synced.code == EXIT_OK
    assert "written by a newer Forum Desktop" in synced.err
    assert "update Forum Desktop on this laptop" in synced.err
