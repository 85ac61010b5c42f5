"""Every case of the generated hostile corpus, in-process, each on its own database copy.

Every reader goes through its command (import-json, import-bundle, import-agenda,
import-roster, import-method), which either does its job (exit 0) or refuses the input
(exit 2) with one line on stderr that is not "unexpected error"; a refusal leaves the
database as it was (its SQL dump compared), and a method file's refusal names the field.
A sync ends with exit 0, brings in the good laptop's event and names what it skipped.
Hangs are caught by the timeout; the memory cases run in subprocesses (test_outside.py).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest

from forum_desktop.cli import EXIT_OK, EXIT_REFUSED
from forum_desktop.clock import SystemClock
from forum_desktop.paths import resource
from forum_desktop.services.commands import execute
from forum_desktop.services.demo import DEMO_EVENT_ID, CreateDemoEvent
from forum_desktop.storage import Store, open_database
from forum_desktop.sync.engine import sync_event
from tests.hostile.corpus import Case, cases
from tests.test_cli import cli, private_home

__all__ = ["private_home"]  # the autouse fixture keeps logs under tmp_path here too

EVENT = str(DEMO_EVENT_ID)
OTHER_DEVICE = UUID(int=0xBAD)
DOCUMENT = json.loads(resource("demo", "learning-forum.fr.json").read_text("utf-8"))
METHOD = json.loads(resource("methods", "fishbowl.json").read_text("utf-8"))
CASES = cases(DOCUMENT, METHOD, EVENT)
COMMANDS = {
    "import-json": ("import-json",),
    "import-bundle": ("import-bundle",),
    "import-agenda": ("import-agenda", "--event", EVENT),
    "roster": ("import-roster", "--event", EVENT),
    "method": ("import-method",),
}


def test_the_corpus_is_large_and_covers_every_reader() -> None:
    targets = {case.target for case in CASES}
    assert targets == {"import-json", "import-bundle", "import-agenda", "roster", "method", "sync"}
    assert len(CASES) >= 300
    assert len({case.id for case in CASES}) == len(CASES), "case names are unique"


def dump(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """An empty database, one holding the demo event, and a shared folder where another
    laptop wrote that event."""
    folder = tmp_path_factory.mktemp("templates")
    paths = {"empty": folder / "empty.sqlite3", "demo": folder / "demo.sqlite3"}
    open_database(paths["empty"], SystemClock()).close()
    conn = open_database(paths["demo"], SystemClock())
    store = Store(conn, SystemClock())
    execute(store, CreateDemoEvent())
    shared = folder / "shared"
    shared.mkdir()
    sync_event(store, DEMO_EVENT_ID, shared)
    conn.close()
    # The laptop itself is not needed any more: its copies would share its device id.
    paths["shared"] = shared
    return paths


@pytest.fixture
def database(tmp_path: Path, templates: dict[str, Path]) -> Path:
    db = tmp_path / "laptop.sqlite3"
    shutil.copyfile(templates["demo"], db)
    return db


@contextmanager
def opened(db: Path) -> Iterator[Store]:
    conn = open_database(db, SystemClock())
    try:
        yield Store(conn, SystemClock())
    finally:
        conn.close()


def assert_clean(code: int, err: str) -> None:
    assert "unexpected error" not in err, err
    assert "Traceback" not in err, err
    if code != EXIT_OK:
        assert err.startswith("forum-desktop:") and err.count("\n") == 1, err


@pytest.mark.timeout(60)
@pytest.mark.parametrize("case", [c for c in CASES if c.target in COMMANDS], ids=lambda c: c.id)
def test_a_command_refuses_clearly_and_changes_nothing(
    case: Case, database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "input"
    path.write_bytes(case.data)
    before = dump(database)
    command, *options = COMMANDS[case.target]
    outcome = cli(capsys, command, path, *options, "--db", database)
    assert outcome.code in (EXIT_OK, EXIT_REFUSED), outcome
    assert_clean(outcome.code, outcome.err)
    if case.must_refuse:
        assert outcome.code == EXIT_REFUSED, outcome
    where, _, value = case.name.partition("=")
    if case.target == "import-json" and value == "huge-int":
        assert f"{_document_path(where)}: a number longer than" in outcome.err, outcome.err
    if case.target == "method" and value in ("huge-int", "deep"):
        field = where if value == "huge-int" else where.split(".")[0]
        assert outcome.err.startswith(f"forum-desktop: {field}: "), outcome.err
    if outcome.code == EXIT_REFUSED:
        assert dump(database) == before


@pytest.mark.timeout(60)
@pytest.mark.parametrize("case", [c for c in CASES if c.target == "sync"], ids=lambda c: c.id)
def test_a_shared_folder_never_stops_sync(
    case: Case,
    templates: dict[str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "shared"
    shutil.copytree(templates["shared"], folder, symlinks=True)
    event_dir = folder / "forum-sync" / EVENT
    named: list[str] = []
    if case.data.strip():
        bad = event_dir / "ops" / str(OTHER_DEVICE) / "00000001-00000bad.jsonl"
        bad.parent.mkdir(parents=True)
        bad.write_bytes(case.data)
        named.append(bad.name)
    for relative, kind in case.entries:
        entry = event_dir / relative.format(other=OTHER_DEVICE, stray=UUID(int=0x57A7))
        if _lay(entry, kind, tmp_path):
            named.append(entry.name)
    db = tmp_path / "rapporteur.sqlite3"
    shutil.copyfile(templates["empty"], db)

    outcome = cli(capsys, "sync", EVENT, "--folder", folder, "--db", db)

    assert outcome.code == EXIT_OK, outcome
    assert_clean(outcome.code, outcome.err)
    assert outcome.lines[-1].startswith("synced "), outcome
    assert _people(db) == _people(templates["demo"]), "the good laptop's event came in"
    for name in named:
        assert name in outcome.err, outcome.err


def _document_path(dotted: str) -> str:
    """``participants.0.name`` as a document refusal names it: ``participants[0].name``."""
    text = ""
    for part in dotted.split("."):
        text += f"[{part}]" if part.isdigit() else (f".{part}" if text else part)
    return text


def _lay(entry: Path, kind: str, scratch: Path) -> bool:
    """Put a hostile entry in the folder; whether sync must name it."""
    entry.parent.mkdir(parents=True, exist_ok=True)
    if kind == "dir":
        entry.mkdir()
        return entry.suffix == ".jsonl" or entry.parent.name == "images"
    if kind == "file":
        entry.write_bytes(b"not what it should be\n")
        return not entry.name.startswith(".")
    target = scratch / "elsewhere"
    target.mkdir(exist_ok=True)
    if kind == "link-dir":
        os.symlink(target, entry, target_is_directory=True)
    elif kind == "link-file":
        (target / "change.jsonl").write_bytes(b"{}\n")
        os.symlink(target / "change.jsonl", entry)
    else:
        os.symlink(target / "missing", entry)
    return True


def _people(db: Path) -> list[Any]:
    conn = sqlite3.connect(db)
    try:
        return sorted(conn.execute("SELECT id, name FROM participant").fetchall())
    finally:
        conn.close()


@pytest.mark.parametrize("where", ["forum-sync", "event", "ops", "images"])
def test_a_file_where_a_folder_should_be_is_reported_and_sync_goes_on(
    where: str, database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "shared"
    event_dir = folder / "forum-sync" / EVENT
    path = {
        "forum-sync": folder / "forum-sync",
        "event": event_dir,
        "ops": event_dir / "ops",
        "images": event_dir / "images",
    }[where]
    path.parent.mkdir(parents=True)
    path.write_bytes(b"a file, not a folder\n")

    outcome = cli(capsys, "sync", EVENT, "--folder", folder, "--db", database)

    assert outcome.code == EXIT_OK, outcome
    assert_clean(outcome.code, outcome.err)
    relative = path.relative_to(folder).as_posix()
    assert f"skipped: {relative}: not a folder, nothing written there\n" in outcome.err
    assert path.read_bytes() == b"a file, not a folder\n"
    if where == "images":
        assert list((event_dir / "ops").iterdir()), "the changes were still written"
