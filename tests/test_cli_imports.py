"""``import-roster`` and ``import-method``: the files the app takes in dialogs, from a script."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from forum_desktop.cli import EXIT_OK, EXIT_REFUSED
from forum_desktop.paths import resource
from forum_desktop.services.demo import DEMO_EVENT_ID
from tests.test_cli import cli, demo_db, private_home

__all__ = ["demo_db", "private_home"]

ROSTER = (
    "Nom;Prénom;Organisation;Courriel\n"
    "Ndiaye;Fatou;Ville de Dakar;fatou@example.org\n"
    "Dupont;Jean;Métropole de Lyon;pas-un-courriel\n"
    "Cissé;Aminata;Ville de Saint-Louis;aminata@example.org\n"
)


def names(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM participant ORDER BY position")]
    finally:
        conn.close()


def test_import_roster_adds_the_good_rows_and_names_the_others(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER, encoding="utf-8")
    before = names(demo_db)
    dry = cli(capsys, "import-roster", path, "--event", DEMO_EVENT_ID, "--dry-run", "--db", demo_db)
    assert (dry.code, dry.lines[-1]) == (EXIT_OK, "would import 2 people")
    assert names(demo_db) == before
    done = cli(capsys, "import-roster", path, "--event", DEMO_EVENT_ID, "--db", demo_db)
    assert (done.code, done.lines[-1]) == (EXIT_OK, "imported 2 people")
    assert done.err == 'left out: line 3: email "pas-un-courriel" is not an e-mail address\n'
    assert names(demo_db) == [*before, "Fatou Ndiaye", "Aminata Cissé"]


def test_import_roster_refuses_a_file_of_nobody_and_an_unknown_event(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "roster.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    before = names(demo_db)
    refused = cli(capsys, "import-roster", path, "--event", DEMO_EVENT_ID, "--db", demo_db)
    assert refused.code == EXIT_REFUSED
    assert refused.err.startswith("forum-desktop: no row of the file can be imported (line 2")
    other = "00000000-0000-4000-8000-000000000000"
    unknown = cli(capsys, "import-roster", path, "--event", other, "--db", demo_db)
    assert unknown.code == EXIT_REFUSED and f"no event with id {other}" in unknown.err
    assert names(demo_db) == before


def test_import_method_adds_it_to_the_library_and_prints_its_id(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    done = cli(capsys, "import-method", resource("methods", "fishbowl.json"), "--db", demo_db)
    assert done.code == EXIT_OK, done
    conn = sqlite3.connect(demo_db)
    try:
        stored = conn.execute("SELECT id FROM user_method").fetchall()
    finally:
        conn.close()
    assert [row[0] for row in stored] == [done.lines[-1]]
    bad = tmp_path / "method.json"
    bad.write_text('{"id": 5}', encoding="utf-8")
    refused = cli(capsys, "import-method", bad, "--db", demo_db)
    assert refused.code == EXIT_REFUSED
    assert refused.err.startswith("forum-desktop: id: ")
