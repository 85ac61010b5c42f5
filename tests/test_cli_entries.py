"""``forum-desktop capture``, ``edit`` and ``entries``: entries from outside the window,
and two laptops' edits of one entry through ``sync`` with nothing typed lost."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from forum_desktop.cli import EXIT_OK, EXIT_USAGE
from tests.test_cli import cli, private_home

__all__ = ["private_home"]  # the autouse fixture keeps logs under tmp_path here too


def entries(capsys: pytest.CaptureFixture[str], db: Path, event: str) -> dict[str, Any]:
    listed = cli(capsys, "entries", event, "--json", "--db", db)
    assert listed.code == EXIT_OK, listed.err
    rows = [json.loads(line) for line in listed.lines]
    return {row["id"]: row for row in rows}


def demo(capsys: pytest.CaptureFixture[str], db: Path) -> str:
    made = cli(capsys, "demo", "--db", db)
    assert made.code == EXIT_OK
    return made.lines[-1]


def test_capture_reads_the_capture_bars_syntax_and_prints_the_id_last(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "a.sqlite3"
    event = demo(capsys, db)
    conn = sqlite3.connect(db)
    (name,) = conn.execute("SELECT name FROM participant LIMIT 1").fetchone()
    (item,) = conn.execute("SELECT id FROM agenda_item LIMIT 1").fetchone()
    conn.close()

    made = cli(
        capsys, "capture", event, f"> Envoyer le rapport @{name} #suivi", "--item", item, "--db", db
    )
    assert made.code == EXIT_OK, made.err
    entry = entries(capsys, db, event)[made.lines[-1]]
    assert (entry["kind"], entry["text"], entry["owners"], entry["item_id"]) == (
        "action",
        "Envoyer le rapport",
        [name],
        item,
    )
    assert entry["conflicts"] == []

    edited = cli(capsys, "edit", made.lines[-1], "Envoyer le rapport lundi", "--db", db)
    assert edited.code == EXIT_OK
    assert entries(capsys, db, event)[made.lines[-1]]["text"] == "Envoyer le rapport lundi"


def test_capture_says_which_language_an_entry_was_said_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "a.sqlite3"
    made = cli(capsys, "new-event", "Forum", "--start", "2022-02-23", "--lang", "fr,en", "--db", db)
    assert made.code == EXIT_OK, made.err
    event = made.lines[-1]
    english = "We need the peer review guide in English before the next session."
    detected = cli(capsys, "capture", event, english, "--db", db).lines[-1]
    told = cli(capsys, "capture", event, english, "--lang", "fr", "--db", db).lines[-1]
    rows = entries(capsys, db, event)
    assert (rows[detected]["language"], rows[told]["language"]) == ("en", "fr")
    refused = cli(capsys, "capture", event, english, "--lang", "xx", "--db", db)
    assert refused.code == EXIT_USAGE and "invalid choice: 'xx'" in refused.err
    assert len(entries(capsys, db, event)) == 2  # nothing captured by the refused one


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("capture", "{event}", "   "), "the entry has no text"),
        (("capture", "{event}", "x", "--item", "{event}"), "is not a session or agenda item"),
        (("edit", "{event}", "x"), "there is no entry"),
        (("entries", "00000000-0000-4000-8000-000000000000", "--json"), "there is no event"),
    ],
)
def test_a_bad_capture_or_edit_is_refused_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], says: str
) -> None:
    db = tmp_path / "a.sqlite3"
    event = demo(capsys, db)
    before = entries(capsys, db, event)
    refused = cli(capsys, *(arg.replace("{event}", event) for arg in args), "--db", db)
    assert refused.code == EXIT_USAGE
    assert says in refused.err and "Traceback" not in refused.err
    assert refused.out == ""
    assert entries(capsys, db, event) == before


def test_two_laptops_editing_one_entry_keep_both_latest_texts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    event = demo(capsys, a)

    def sync(*dbs: Path) -> None:
        for db in dbs:
            assert cli(capsys, "sync", event, "--folder", folder, "--db", db).code == EXIT_OK

    def edit(db: Path, text: str) -> None:
        assert cli(capsys, "edit", entry, text, "--db", db).code == EXIT_OK

    entry = cli(capsys, "capture", event, "! Reporter l'atelier", "--db", a).lines[-1]
    sync(a, b)
    edit(a, "Reporter l'atelier à mars")
    edit(b, "Adopter le calendrier")
    sync(a, b, a)
    edit(a, "Reporter l'atelier à avril")  # an ordinary edit of an entry in conflict
    sync(a, b)

    seen = []
    for db in (a, b):
        row = entries(capsys, db, event)[entry]
        versions = {row["text"], *row["conflicts"]}
        assert {"Reporter l'atelier à avril", "Adopter le calendrier"} <= versions
        seen.append((row["text"], sorted(row["conflicts"])))
    assert seen[0] == seen[1]

    # The minutes print every version, marked, until someone resolves the conflict.
    minutes = tmp_path / "minutes.md"
    made = cli(capsys, "export-minutes", event, "-o", minutes, "--lang", "en", "--db", b)
    assert made.code == EXIT_OK, made.err
    text = minutes.read_text(encoding="utf-8")
    shown, others = seen[0]
    assert f"{shown} (sync conflict, not resolved)" in text
    for other in others:
        assert f"other version: “{other}”" in text
