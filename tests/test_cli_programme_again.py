"""``import-agenda`` of a programme already imported: nothing is added twice, and it says so."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from forum_desktop.cli import EXIT_OK
from tests.test_cli import PROGRAMME, cli, counts, new_event_id, private_home

__all__ = ["private_home"]  # the autouse fixture keeps logs under tmp_path here too


def test_importing_the_same_programme_again_adds_nothing_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "forum.db"
    source = tmp_path / "programme.md"
    source.write_text(PROGRAMME, encoding="utf-8")
    event_id = new_event_id(capsys, db, "--start", "2026-06-15")
    args = ["import-agenda", source, "--event", event_id, "--db", db]
    first = cli(capsys, *args)
    assert first.code == EXIT_OK, first
    assert first.lines[-1] == "imported 5 agenda items"
    assert "already" not in first.err
    before = counts(db)

    again = cli(capsys, *args)

    assert again.code == EXIT_OK, again
    assert again.lines[-1] == "imported 0 agenda items"
    assert again.err.splitlines()[-1] == (
        "warning: this programme's items are already in the agenda (imported before): "
        "not added again"
    )
    assert counts(db) == before


def test_appending_a_break_the_session_already_has_adds_it_without_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # PROGRAMME ends with "Coffee break (15 min)": a second break is no programme imported again.
    db = tmp_path / "forum.db"
    source, coffee = tmp_path / "programme.md", tmp_path / "coffee.md"
    source.write_text(PROGRAMME, encoding="utf-8")
    coffee.write_text("Programme\n\n- Coffee break (15 min)\n", encoding="utf-8")
    event_id = new_event_id(capsys, db, "--start", "2026-06-15")
    assert cli(capsys, "import-agenda", source, "--event", event_id, "--db", db).code == EXIT_OK
    conn = sqlite3.connect(db)
    try:
        ((session_id,),) = conn.execute("SELECT id FROM session").fetchall()
    finally:
        conn.close()
    before = counts(db)

    args = ["import-agenda", coffee, "--event", event_id, "--session", session_id, "--db", db]
    outcome = cli(capsys, *args)

    assert outcome.code == EXIT_OK, outcome
    assert outcome.lines[-1] == "imported 1 agenda items"
    assert "already" not in outcome.err
    assert counts(db)["agenda_item"] == before["agenda_item"] + 1
