"""``forum-desktop sync``, ``conflicts``, ``export-bundle`` and ``import-bundle``."""

from __future__ import annotations

import io
import sqlite3
import zipfile
from pathlib import Path

import pytest

from forum_desktop.cli import EXIT_OK
from forum_desktop.services.demo import DEMO_EVENT_ID
from tests.test_cli import assert_refused, cli, counts, private_home

__all__ = ["private_home"]  # the autouse fixture keeps logs under tmp_path here too
EVENT = str(DEMO_EVENT_ID)
RECORD_TABLES = ("event", "participant", "session", "agenda_item", "outcome", "photo")


@pytest.fixture
def demo_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "facilitator.sqlite3"
    assert cli(capsys, "demo", "--db", db).code == EXIT_OK
    return db


def rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(db)
    try:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall()) for t in RECORD_TABLES}
    finally:
        conn.close()


def test_sync_brings_the_whole_event_to_a_new_laptop(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    first = cli(capsys, "sync", EVENT, "--folder", folder, "--db", demo_db)
    assert first.code == EXIT_OK, first
    assert first.lines[0].startswith("changes in: 0, out: ")

    rapporteur = tmp_path / "rapporteur.sqlite3"
    second = cli(capsys, "sync", EVENT, "--folder", folder, "--db", rapporteur)
    assert second.code == EXIT_OK, second
    assert "laptops seen: 2" in second.lines
    assert second.lines[-1].startswith("synced ")
    assert rows(rapporteur) == rows(demo_db)
    assert EVENT in cli(capsys, "events", "--db", rapporteur).out


def test_sync_refuses_a_missing_folder_or_an_unknown_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "new.sqlite3"
    missing = cli(capsys, "sync", EVENT, "--folder", tmp_path / "nowhere", "--db", db)
    assert_refused(missing)
    assert "give the shared folder" in missing.err
    (tmp_path / "empty").mkdir()
    unknown = cli(capsys, "sync", EVENT, "--folder", tmp_path / "empty", "--db", db)
    assert_refused(unknown)
    assert f"no event with id {EVENT} here or in" in unknown.err


def test_a_bundle_carries_the_event_and_importing_twice_changes_nothing(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = tmp_path / "atelier.fdbundle"
    assert cli(capsys, "export-bundle", EVENT, "-o", bundle, "--db", demo_db).code == EXIT_OK
    other = tmp_path / "other.sqlite3"
    first = cli(capsys, "import-bundle", bundle, "--db", other)
    assert first.code == EXIT_OK, first
    assert first.lines[-1] == EVENT
    assert rows(other) == rows(demo_db)
    again = cli(capsys, "import-bundle", bundle, "--db", other)
    assert again.lines[0] == "changes in: 0, out: 0"
    assert counts(other) == counts(demo_db)


def rewrite_bundle(source: Path, target: Path, extra: dict[str, bytes], damage: bool) -> None:
    with zipfile.ZipFile(source) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    if damage:
        name = next(n for n in members if n.startswith("ops/"))
        members[name] = members[name].replace(b"Dakar", b"Dakat", 1)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in {**members, **extra}.items():
            archive.writestr(name, data)
    target.write_bytes(buffer.getvalue())


@pytest.mark.parametrize(
    ("extra", "damage", "message"),
    [
        ({"../../evil.sh": b"rm -rf ~"}, False, "'../../evil.sh', which no Forum Desktop bundle"),
        ({"/etc/passwd": b"x"}, False, "'/etc/passwd', which no Forum Desktop bundle has"),
        ({}, True, "the checksum does not match: the line was damaged; nothing was imported"),
        ({"images/" + "0" * 64: b"x"}, False, "is not the image its name says"),
        ({"manifest.json": b'{"format": "other"}'}, False, "not a Forum Desktop manifest"),
    ],
)
def test_a_bad_bundle_is_refused_and_changes_nothing(
    demo_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: dict[str, bytes],
    damage: bool,
    message: str,
) -> None:
    good = tmp_path / "good.fdbundle"
    assert cli(capsys, "export-bundle", EVENT, "-o", good, "--db", demo_db).code == EXIT_OK
    bad = tmp_path / "bad.fdbundle"
    rewrite_bundle(good, bad, extra, damage)
    other = tmp_path / "other.sqlite3"
    cli(capsys, "events", "--db", other)
    before = counts(other)

    outcome = cli(capsys, "import-bundle", bad, "--db", other)
    assert_refused(outcome)
    assert message in outcome.err
    assert counts(other) == before
    assert not (tmp_path / "evil.sh").exists()


def test_not_a_zip_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello", encoding="utf-8")
    outcome = cli(capsys, "import-bundle", path, "--db", tmp_path / "db.sqlite3")
    assert_refused(outcome)
    assert "not a Forum Desktop bundle (it is not a zip file)" in outcome.err


def test_conflicts_lists_what_is_kept(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outcome = cli(capsys, "conflicts", EVENT, "--db", demo_db)
    assert outcome.code == EXIT_OK
    assert outcome.lines == ["0 unresolved conflict(s)"]
