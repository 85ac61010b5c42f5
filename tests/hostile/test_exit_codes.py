"""The command line's exit codes, as the README's table gives them, one of each."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from forum_desktop.cli import EXIT_ERROR, EXIT_OK, EXIT_PROBLEMS, EXIT_REFUSED
from tests.hostile.test_corpus import EVENT, templates
from tests.test_cli import cli, private_home

__all__ = ["private_home", "templates"]


@pytest.fixture
def database(tmp_path: Path, templates: dict[str, Path]) -> Path:
    db = tmp_path / "laptop.sqlite3"
    shutil.copyfile(templates["demo"], db)
    return db


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(("import-json",), id="missing-argument"),
        pytest.param(("export-json", "not-an-id", "-o", "x.json"), id="bad-id"),
        pytest.param(("frobnicate",), id="unknown-command"),
        pytest.param(("import-json", "no-such-file.json"), id="missing-file"),
        pytest.param(("import-bundle", "."), id="folder-as-file"),
        pytest.param(
            ("export-json", "00000000-0000-0000-0000-000000000000", "-o", "x.json"),
            id="unknown-event",
        ),
    ],
)
def test_a_refused_command_line_is_one_line_and_exit_2(
    args: tuple[str, ...], database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outcome = cli(capsys, *args, "--db", database)
    assert outcome.code == EXIT_REFUSED, outcome
    assert outcome.err.startswith("forum-desktop") and outcome.err.count("\n") == 1, outcome.err
    assert "usage:" not in outcome.err


def test_done_other_failure_and_problems_found(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(capsys, "events", "--db", database).code == EXIT_OK
    folder = tmp_path / "a folder"
    folder.mkdir()
    unwritable = cli(capsys, "export-json", EVENT, "-o", folder, "--db", database)
    assert unwritable.code == EXIT_ERROR, unwritable
    assert unwritable.err.count("\n") == 1 and "unexpected error" not in unwritable.err
    conn = sqlite3.connect(database)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE participant SET event_id = '00000000-0000-0000-0000-000000000000'")
    conn.commit()
    conn.close()
    assert cli(capsys, "check", "--db", database).code == EXIT_PROBLEMS
