"""The ``forum-desktop`` commands: output formats, round trips, and clean refusals.

Most tests call ``cli.main`` in-process; a few run ``python -m forum_desktop`` to check
what a user really sees (the entry point, argparse's exits, no traceback).
"""

from __future__ import annotations

import json
import logging
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import uuid4

import pytest

from forum_desktop import __version__
from forum_desktop.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, main
from forum_desktop.clock import SystemClock
from forum_desktop.models import Language
from forum_desktop.progress_lines import read_notice_line
from forum_desktop.services.commands import execute
from forum_desktop.services.demo import DEMO_EVENT_ID, DEMO_EVENT_IDS
from forum_desktop.services.events import CreateEvent
from forum_desktop.storage import Store, open_database

COMMANDS = ("demo", "events", "export-json", "import-json", "check")
DEMO_PARTICIPANTS = 15
SUBPROCESS_TIMEOUT = 60
TABLES = ("event", "participant", "session", "agenda_item", "journal")


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return self.out.splitlines()


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Logs and default paths under tmp_path; the log handler ``main`` adds is removed."""
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    root = logging.getLogger()
    level = root.level
    yield
    for handler in list(root.handlers):
        if getattr(handler, "_forum_desktop", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> Outcome:
    """Run ``forum-desktop args`` in-process; argparse's exits become exit codes."""
    capsys.readouterr()
    try:
        code = main([str(arg) for arg in args])
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    captured = capsys.readouterr()
    return Outcome(code, captured.out, captured.err)


def run_module(*args: str | Path) -> Outcome:
    """Run ``python -m forum_desktop args`` as a user would (environment included)."""
    result = subprocess.run(
        [sys.executable, "-m", "forum_desktop", *(str(arg) for arg in args)],
        capture_output=True,
        text=True,
        timeout=SUBPROCESS_TIMEOUT,
        check=False,
    )
    return Outcome(result.returncode, result.stdout, result.stderr)


def assert_refused(outcome: Outcome) -> None:
    """A user error: non-zero, one ``forum-desktop:`` message, no traceback."""
    assert outcome.code != EXIT_OK, outcome
    assert outcome.err.startswith("forum-desktop:"), outcome.err
    assert "Traceback" not in outcome.err + outcome.out


def counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES
        }
    finally:
        conn.close()


@pytest.fixture
def demo_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "demo.sqlite3"
    outcome = cli(capsys, "demo", "--db", db)
    assert outcome.code == EXIT_OK, outcome
    return db


@pytest.fixture
def exported(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "demo.json"
    outcome = cli(capsys, "export-json", str(DEMO_EVENT_ID), "-o", path, "--db", demo_db)
    assert outcome.code == EXIT_OK, outcome
    return path


# --- the entry point ------------------------------------------------------------------


def test_version() -> None:
    outcome = run_module("--version")
    assert outcome.code == EXIT_OK, outcome
    assert outcome.out.strip() == f"forum-desktop {__version__}"


def test_help_lists_every_command() -> None:
    outcome = run_module("--help")
    assert outcome.code == EXIT_OK, outcome
    for command in COMMANDS:
        assert command in outcome.out


def test_commands_do_not_import_qt(tmp_path: Path) -> None:
    """Commands start fast: the UI (and Qt) is loaded only to open the window."""
    db = tmp_path / "forum.sqlite3"
    probe = (
        "import sys\n"
        "from forum_desktop.cli import main\n"
        f"code = main(['events', '--db', {str(db)!r}])\n"
        "assert not any(m.startswith(('PySide6', 'forum_desktop.ui')) for m in sys.modules)\n"
        "raise SystemExit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=SUBPROCESS_TIMEOUT,
        check=False,
    )
    assert result.returncode == EXIT_OK, result.stderr


# --- demo and events ------------------------------------------------------------------


def test_demo_prints_its_id_last_and_twice_keeps_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "forum.sqlite3"
    for _ in range(2):
        outcome = cli(capsys, "demo", "--db", db)
        assert outcome.code == EXIT_OK, outcome
        assert outcome.lines[-1] == str(DEMO_EVENT_ID)
    listed = cli(capsys, "events", "--db", db)
    assert [line.split("\t")[0] for line in listed.lines] == [str(DEMO_EVENT_ID)]
    assert counts(db)["participant"] == DEMO_PARTICIPANTS


def test_demo_in_each_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "forum.sqlite3"
    for language in ("es", "en", "fr"):
        outcome = cli(capsys, "demo", "--lang", language, "--db", db)
        assert outcome.code == EXIT_OK, outcome
        assert outcome.lines[-1] == str(DEMO_EVENT_IDS[Language(language)])
    listed = cli(capsys, "events", "--db", db)
    assert sorted(line.split("\t")[2] for line in listed.lines) == [
        "En route vers le Forum d'apprentissage",
        "Rumbo al Foro de Aprendizaje",
        "Towards the Learning Forum",
    ]
    assert counts(db)["participant"] == 3 * DEMO_PARTICIPANTS


def test_demo_refuses_an_unknown_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outcome = cli(capsys, "demo", "--lang", "de", "--db", tmp_path / "forum.sqlite3")
    assert outcome.code == EXIT_USAGE
    assert "invalid choice: 'de'" in outcome.err
    assert not (tmp_path / "forum.sqlite3").exists()


def test_demo_via_the_module(tmp_path: Path) -> None:
    outcome = run_module("demo", "--db", tmp_path / "forum.sqlite3")
    assert outcome.code == EXIT_OK, outcome
    assert outcome.out.splitlines()[-1] == str(DEMO_EVENT_ID)
    assert outcome.err == ""


def test_events_prints_id_date_title(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clock = SystemClock()
    conn = open_database(demo_db, clock)
    try:
        undated = execute(Store(conn, clock), CreateEvent(title="Atelier sans date")).value
    finally:
        conn.close()
    outcome = cli(capsys, "events", "--db", demo_db)
    assert outcome.code == EXIT_OK, outcome
    rows = [line.split("\t") for line in outcome.lines]
    assert rows == [
        [str(DEMO_EVENT_ID), "2022-02-23", "En route vers le Forum d'apprentissage"],
        [str(undated), "-", "Atelier sans date"],  # undated events come last
    ]


def test_events_on_a_new_database_prints_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outcome = cli(capsys, "events", "--db", tmp_path / "new.sqlite3")
    assert outcome == Outcome(EXIT_OK, "", "")


# --- export and import ----------------------------------------------------------------


def test_export_writes_a_version_1_document(exported: Path) -> None:
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert document["format"] == "forum-desktop-event"
    assert document["format_version"] == 5
    assert document["event"]["id"] == str(DEMO_EVENT_ID)
    assert len(document["participants"]) == DEMO_PARTICIPANTS


def test_round_trip_through_an_empty_database_is_byte_identical(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.sqlite3"
    imported = cli(capsys, "import-json", exported, "--db", other)
    assert imported.code == EXIT_OK, imported
    assert imported.lines[-1] == str(DEMO_EVENT_ID)
    again = tmp_path / "again.json"
    outcome = cli(capsys, "export-json", str(DEMO_EVENT_ID), "-o", again, "--db", other)
    assert outcome.code == EXIT_OK, outcome
    assert again.read_bytes() == exported.read_bytes()


def test_importing_twice_changes_nothing(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "other.sqlite3"
    first = cli(capsys, "import-json", exported, "--db", db)
    assert first.code == EXIT_OK, first
    after_first = counts(db)
    second = cli(capsys, "import-json", exported, "--db", db)
    assert second.code == EXIT_OK, second
    assert ": 0 changes" in second.lines[0]
    assert counts(db) == after_first
    assert after_first["event"] == 1
    assert after_first["participant"] == DEMO_PARTICIPANTS


def test_importing_into_the_source_database_changes_nothing(
    demo_db: Path, exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = counts(demo_db)
    outcome = cli(capsys, "import-json", exported, "--db", demo_db)
    assert outcome.code == EXIT_OK, outcome
    assert counts(demo_db) == before


def _edited(exported: Path, change: Any) -> bytes:
    document = json.loads(exported.read_text(encoding="utf-8"))
    change(document)
    return json.dumps(document).encode("utf-8")


def _set_participant_name(document: dict[str, Any]) -> None:
    document["participants"][0]["name"] = 5


def _set_event_title(document: dict[str, Any]) -> None:
    document["event"]["title"] = ["not", "a", "title"]


def _drop_event(document: dict[str, Any]) -> None:
    del document["event"]


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        pytest.param(
            "bad.json",
            lambda _: b'{"format": "forum-desktop-event",',
            "not valid JSON",
            id="bad-json",
        ),
        pytest.param(
            "list.json", lambda _: b"[]", "not a Forum Desktop event document", id="not-ours"
        ),
        pytest.param(
            "latin1.json", lambda _: '{"é": 1}'.encode("latin-1"), "not UTF-8", id="not-utf8"
        ),
        pytest.param(
            "name.json",
            lambda e: _edited(e, _set_participant_name),
            "participants[0].name",
            id="participant-name-type",
        ),
        pytest.param(
            "title.json",
            lambda e: _edited(e, _set_event_title),
            "event.title",
            id="event-title-type",
        ),
        pytest.param(
            "no-event.json",
            lambda e: _edited(e, _drop_event),
            "forum-desktop: event: ",
            id="event-missing",
        ),
        pytest.param("missing.json", None, "missing.json", id="no-such-file"),
    ],
)
def test_a_bad_document_is_refused_and_changes_nothing(
    demo_db: Path,
    exported: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: Any,
    expected: str,
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content(exported))
    before = (counts(demo_db), cli(capsys, "events", "--db", demo_db))
    outcome = cli(capsys, "import-json", path, "--db", demo_db)
    assert_refused(outcome)
    assert expected in outcome.err
    assert (counts(demo_db), cli(capsys, "events", "--db", demo_db)) == before


def test_a_bad_document_via_the_module(exported: Path, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(_edited(exported, _set_participant_name))
    db = tmp_path / "empty.sqlite3"
    outcome = run_module("import-json", path, "--db", db)
    assert_refused(outcome)
    assert outcome.err.count("\n") == 1, "one line, no traceback"
    assert "participants[0].name" in outcome.err
    assert run_module("events", "--db", db) == Outcome(EXIT_OK, "", "")


def test_export_of_an_unknown_event_is_refused(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    unknown = uuid4()
    output = tmp_path / "out.json"
    outcome = cli(capsys, "export-json", str(unknown), "-o", output, "--db", demo_db)
    assert_refused(outcome)
    assert f"no event with id {unknown}" in outcome.err
    assert not output.exists()


def test_export_with_a_malformed_id_is_a_usage_error(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outcome = cli(capsys, "export-json", "not-an-id", "-o", tmp_path / "o.json", "--db", demo_db)
    assert outcome.code == EXIT_USAGE
    assert "'not-an-id' is not an event id" in outcome.err


# --- check ----------------------------------------------------------------------------


def test_check_on_a_sound_database(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(capsys, "check", "--db", demo_db) == Outcome(EXIT_OK, "ok\n", "")


def _orphan_participant(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(
        "UPDATE participant SET event_id = ? WHERE rowid = (SELECT min(rowid) FROM participant)",
        (str(uuid4()),),
    )


def _journal_gap(conn: sqlite3.Connection) -> None:
    conn.execute(
        "UPDATE journal SET sequence = sequence + 1 "
        "WHERE sequence = (SELECT max(sequence) FROM journal)"
    )


def _event_ends_before_it_starts(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE event SET end_date = '2022-02-01' WHERE id = ?", (str(DEMO_EVENT_ID),))


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        (_orphan_participant, "points to a missing event"),
        (_journal_gap, "has gaps in its sequence numbers"),
        (_event_ends_before_it_starts, "ends before it starts"),
    ],
)
def test_check_reports_inconsistencies(
    demo_db: Path, capsys: pytest.CaptureFixture[str], damage: Any, expected: str
) -> None:
    conn = sqlite3.connect(demo_db, isolation_level=None)
    try:
        damage(conn)
    finally:
        conn.close()
    outcome = cli(capsys, "check", "--db", demo_db)
    assert outcome.code == EXIT_PROBLEMS
    assert expected in outcome.out
    assert "ok" not in outcome.lines
    assert outcome.err == "1 problem(s) found\n"


# --- files that are not (our) databases -----------------------------------------------


def test_a_text_file_is_not_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("shopping list\n- bread\n", encoding="utf-8")
    before = path.read_bytes()
    for command in ("events", "check", "demo"):
        outcome = cli(capsys, command, "--db", path)
        assert_refused(outcome)
        assert "is not a Forum Desktop database" in outcome.err
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "notes.txt"]


def test_a_database_from_a_newer_version_is_left_alone(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = sqlite3.connect(demo_db)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = demo_db.read_bytes()
    for command in ("events", "check", "demo"):
        outcome = cli(capsys, command, "--db", demo_db)
        assert_refused(outcome)
        assert "newer version" in outcome.err
    assert demo_db.read_bytes() == before


def test_a_too_new_database_via_the_module(demo_db: Path) -> None:
    conn = sqlite3.connect(demo_db)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = demo_db.read_bytes()
    outcome = run_module("events", "--db", demo_db)
    assert_refused(outcome)
    assert "newer version" in outcome.err
    assert demo_db.read_bytes() == before


# --- files that are not what they claim ---------------------------------------------


def test_another_programs_sqlite_file_is_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "places.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.execute("INSERT INTO notes VALUES ('not ours')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    outcome = cli(capsys, "events", "--db", path)
    assert path.read_bytes() == before
    assert_refused(outcome)
    assert "is not a Forum Desktop database" in outcome.err


def _duplicate_participant_id(document: dict[str, Any]) -> None:
    document["participants"][1]["id"] = document["participants"][0]["id"]


def test_a_document_with_duplicate_ids_is_refused(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "duplicates.json"
    path.write_bytes(_edited(exported, _duplicate_participant_id))
    db = tmp_path / "empty.sqlite3"
    outcome = cli(capsys, "import-json", path, "--db", db)
    assert_refused(outcome)
    assert "participants[1].id" in outcome.err
    assert counts(db)["event"] == 0


def test_export_to_a_missing_folder_names_the_users_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "forum.sqlite3"
    event_id = cli(capsys, "demo", "--db", db).out.strip().splitlines()[-1]
    missing = tmp_path / "nodir" / "x.json"
    outcome = cli(capsys, "export-json", event_id, "-o", missing, "--db", db)
    assert_refused(outcome)
    assert str(missing.parent) in outcome.err and ".partial" not in outcome.err
    outcome = cli(capsys, "export-json", event_id, "-o", tmp_path, "--db", db)
    assert_refused(outcome)
    assert "it is a folder; choose a file name" in outcome.err and ".partial" not in outcome.err


def test_the_app_gets_an_export_failure_as_a_notice_line_before_the_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "forum.sqlite3"
    event_id = cli(capsys, "demo", "--db", db).out.strip().splitlines()[-1]
    missing = tmp_path / "nodir" / "x.md"
    arguments = ("export-minutes", event_id, "-o", missing, "--db", db)
    outcome = cli(capsys, "--notice-lines", *arguments)
    notice_line, english = outcome.err.splitlines()
    notice = read_notice_line(notice_line)
    assert notice is not None and notice.kind.code == "file.no_folder"
    assert notice.values == {"path": str(missing), "folder": str(missing.parent)}
    assert english == f"forum-desktop: {notice}"
    assert cli(capsys, *arguments).err == english + "\n"  # a script sees the sentence alone


# --- export-agenda ----------------------------------------------------------------------


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.parametrize(
    ("options", "present", "absent"),
    [
        ([], ["Feuille de route", "10 h 00", "Tour de table"], []),
        (["--lang", "en"], ["Run sheet", "10:00", "Wednesday 23 February 2022"], []),
        (["--participants", "--lang", "es"], ["miércoles, 23 de febrero de 2022"], []),
        (["--sign-in"], ["Núria Vilalta Puig", "Signature"], ["Tour de table"]),
    ],
)
def test_export_agenda_documents(
    demo_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    options: list[str],
    present: list[str],
    absent: list[str],
) -> None:
    target = tmp_path / "agenda.pdf"
    outcome = cli(
        capsys, "export-agenda", str(DEMO_EVENT_ID), "-o", target, *options, "--db", demo_db
    )
    assert outcome.code == EXIT_OK, outcome
    text = _pdf_text(target)
    for expected in present:
        assert expected in text
    for unexpected in absent:
        assert unexpected not in text


def test_export_agenda_as_calendar(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "sessions.ics"
    outcome = cli(capsys, "export-agenda", str(DEMO_EVENT_ID), "-o", target, "--db", demo_db)
    assert outcome.code == EXIT_OK, outcome
    data = target.read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR\r\n")
    assert b"DTSTART:20220223T090000Z\r\n" in data  # 10:00 in Paris in February


def test_export_agenda_of_an_unknown_event(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outcome = cli(capsys, "export-agenda", str(uuid4()), "-o", tmp_path / "x.pdf", "--db", demo_db)
    assert_refused(outcome)
    assert "no event with id" in outcome.err
    assert not (tmp_path / "x.pdf").exists()


# --- import-agenda and export-actions ---------------------------------------------------

PROGRAMME = (
    "Programme\n\n"
    "1. Welcome (10 min)\n"
    "2. Peer review – fishbowl (40 min)\n"
    "   a) Localising MOOCs (20 min)\n"
    "   b) Peer learning (20 min)\n"
    "3. Coffee break (15 min)\n"
)


def test_import_agenda_dry_run_changes_nothing_then_imports(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "programme.md"
    source.write_text(PROGRAMME, encoding="utf-8")
    before = counts(demo_db)
    args = ["import-agenda", source, "--event", str(DEMO_EVENT_ID), "--db", demo_db]
    outcome = cli(capsys, *args, "--dry-run")
    assert outcome.code == EXIT_OK, outcome
    assert [line.split("\t")[2:] for line in outcome.lines[:5]] == [
        ["10 min", "item", "Welcome"],
        ["40 min", "method", "Peer review – fishbowl"],
        ["20 min", "item", "  Localising MOOCs"],
        ["20 min", "item", "  Peer learning"],
        ["15 min", "break", "Coffee break"],
    ]
    assert outcome.lines[5:] == [
        # named as the (French) demo's agenda will name it
        "notice: line 4: “Peer review – fishbowl” is the library method "
        "“Méthodologie de l'aquarium”"
    ]
    assert counts(demo_db) == before
    outcome = cli(capsys, *args)
    assert outcome.code == EXIT_OK, outcome
    assert outcome.lines[-1] == "imported 5 agenda items"
    assert counts(demo_db)["agenda_item"] == before["agenda_item"] + 5


def test_import_agenda_refuses_a_session_of_another_event_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "forum.db"
    source = tmp_path / "programme.md"
    source.write_text(PROGRAMME, encoding="utf-8")
    first = new_event_id(capsys, db, "--start", "2026-06-15")
    other = new_event_id(capsys, db, "--start", "2026-06-15")
    assert cli(capsys, "import-agenda", source, "--event", first, "--db", db).code == EXIT_OK
    conn = sqlite3.connect(db)
    try:
        ((first_session,),) = conn.execute("SELECT id FROM session").fetchall()
    finally:
        conn.close()
    before = counts(db)

    args = ["--event", other, "--session", first_session, "--db", db]
    outcome = cli(capsys, "import-agenda", source, *args)

    assert outcome.code == EXIT_USAGE, outcome
    assert outcome.err.splitlines()[-1] == (
        "forum-desktop: That session belongs to another event: choose one of this event's "
        "sessions, or none to add new ones."
    )
    assert counts(db) == before


def test_export_actions_csv_and_ics(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from forum_desktop.clock import SystemClock
    from forum_desktop.services.capture import CaptureOutcome
    from forum_desktop.storage import Store, open_database

    clock = SystemClock()
    conn = open_database(demo_db, clock)
    execute(
        Store(conn, clock),
        CaptureOutcome(
            event_id=DEMO_EVENT_ID,
            kind="action",
            text="=Partager la fiche",
            fields={"owner_names": ["Jean Dupont"], "due": "2022-03-15"},
        ),
    )
    conn.close()
    csv_path, ics_path = tmp_path / "actions.csv", tmp_path / "actions.ics"
    for path in (csv_path, ics_path):
        outcome = cli(capsys, "export-actions", str(DEMO_EVENT_ID), "-o", path, "--db", demo_db)
        assert outcome.code == EXIT_OK, outcome
    text = csv_path.read_bytes().decode("utf-8-sig")
    assert "Jean Dupont" in text and "'=Partager la fiche" in text
    assert "DUE;VALUE=DATE:20220315" in ics_path.read_text(encoding="utf-8")


# --- export-minutes -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "present"),
    [
        # The DRAFT watermark is a shape: the cover's status says it in words.
        ([], ["Compte rendu", "Sommaire", "Projet", "Page 1 sur"]),
        (["--lang", "es", "--page-size", "Letter"], ["Acta", "Índice", "Borrador"]),
        (["--lang", "en", "--anonymous", "--approved-only"], ["Names of people are left out."]),
        (["--sections", "attendance"], ["Participation", "Núria Vilalta Puig"]),
    ],
)
def test_export_minutes_as_pdf(
    demo_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    options: list[str],
    present: list[str],
) -> None:
    target = tmp_path / "minutes.pdf"
    outcome = cli(
        capsys, "export-minutes", str(DEMO_EVENT_ID), "-o", target, *options, "--db", demo_db
    )
    assert outcome.code == EXIT_OK, outcome
    text = _pdf_text(target)
    for expected in present:
        assert expected in text, expected
    if "--anonymous" in options:
        assert "Núria Vilalta Puig" not in text


def test_export_minutes_reports_progress_when_asked(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "minutes.pdf"
    quiet = cli(capsys, "export-minutes", str(DEMO_EVENT_ID), "-o", target, "--db", demo_db)
    assert quiet.code == EXIT_OK and "progress" not in quiet.err  # stderr is not a terminal
    outcome = cli(
        capsys, "export-minutes", str(DEMO_EVENT_ID), "-o", target, "--progress", "--db", demo_db
    )
    assert outcome.code == EXIT_OK, outcome
    shares = [int(line.split()[1]) for line in outcome.err.splitlines()]
    assert shares and shares == sorted(shares) and shares[0] >= 0 and shares[-1] <= 99
    assert len(shares) >= 5


def test_export_minutes_as_markdown_of_one_session_and_as_docx(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = sqlite3.connect(demo_db)
    [(session_id,)] = conn.execute("SELECT id FROM session").fetchall()
    conn.close()
    target = tmp_path / "minutes.md"
    outcome = cli(
        capsys,
        "export-minutes",
        str(DEMO_EVENT_ID),
        "-o",
        target,
        "--session",
        str(session_id),
        "--db",
        demo_db,
    )
    assert outcome.code == EXIT_OK, outcome
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# En route vers le Forum d'apprentissage\n")
    assert "## Déroulé et résultats" in text
    docx = tmp_path / "minutes.docx"
    outcome = cli(capsys, "export-minutes", str(DEMO_EVENT_ID), "-o", docx, "--db", demo_db)
    assert outcome.code == EXIT_OK, outcome
    assert docx.read_bytes().startswith(b"PK")  # a zip, as every .docx


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["-o", "minutes.odt"], "name the output FILE.pdf, FILE.md or FILE.docx"),
        (["-o", "minutes.pdf", "--sections", "timing"], "unknown section 'timing'"),
        (["-o", "minutes.pdf", "--session", str(uuid4())], "No session with id"),
    ],
)
def test_export_minutes_refuses_what_it_cannot_do(
    demo_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    options: list[str],
    message: str,
) -> None:
    options = [str(tmp_path / o) if o.startswith("minutes.") else o for o in options]
    outcome = cli(capsys, "export-minutes", str(DEMO_EVENT_ID), *options, "--db", demo_db)
    assert_refused(outcome)
    assert message in outcome.err
    assert not list(tmp_path.glob("minutes.*"))


# --- new-event, and import-agenda with the event's year ---------------------------------

MULTI_DAY = (
    "Agenda\n\n"
    "Monday, June 15\n"
    "Cities on the front line\n"
    "09.00 – 10.30 Opening keynote\n"
    "10:30 Coffee break (30 min)\n"
    "11.00 Fishbowl\n"
    "12.30 End of day 1\n"
)


def new_event_id(capsys: pytest.CaptureFixture[str], db: Path, *options: str) -> str:
    outcome = cli(capsys, "new-event", "Climate exchange", *options, "--db", db)
    assert outcome.code == EXIT_OK, outcome
    return outcome.lines[-1]


def test_new_event_prints_its_id_last_and_keeps_what_it_was_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "forum.db"
    options = ["--start", "2026-06-15", "--end", "2026-06-16", "--lang", "fr"]
    event_id = new_event_id(capsys, db, *options, "--timezone", "Europe/Paris", "--place", "Lyon")
    outcome = cli(capsys, "events", "--db", db)
    assert outcome.lines == [f"{event_id}\t2026-06-15\tClimate exchange"]
    conn = sqlite3.connect(db)
    try:
        row = conn.execute(
            "SELECT language, timezone, place, end_date FROM event WHERE id = ?", (event_id,)
        ).fetchone()
    finally:
        conn.close()
    assert [json.loads(value) if value.startswith('"') else value for value in row] == [
        "fr",
        "Europe/Paris",
        "Lyon",
        "2026-06-16",
    ]


def test_new_event_without_start_makes_an_undated_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As the window allows: the dates come later (a programme's, or typed)."""
    db = tmp_path / "forum.db"
    outcome = cli(capsys, "new-event", "Climate exchange", "--lang", "fr", "--db", db)
    assert outcome.code == EXIT_OK, outcome
    assert outcome.lines[0] == "created 'Climate exchange'"
    event_id = outcome.lines[-1]
    assert cli(capsys, "events", "--db", db).lines == [f"{event_id}\t-\tClimate exchange"]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--end", "2026-06-16"], "--end needs --start"),
        (["--start", "2026-06-15", "--end", "2026-06-14"], "cannot end (2026-06-14) before"),
        (["--start", "2026-06-15", "--timezone", "Mars/Olympus"], "unknown time zone"),
        (["--start", "15/06/2026"], "is not a date (YYYY-MM-DD)"),
    ],
)
def test_new_event_refuses_bad_input_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], options: list[str], message: str
) -> None:
    db = tmp_path / "forum.db"
    outcome = cli(capsys, "new-event", "Climate exchange", *options, "--db", db)
    assert outcome.code == EXIT_USAGE, outcome
    assert message in outcome.err
    assert "Traceback" not in outcome.err
    assert cli(capsys, "events", "--db", db).lines == []


def test_import_agenda_takes_the_year_from_the_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "forum.db"
    event_id = new_event_id(capsys, db, "--start", "2026-06-15")
    source = tmp_path / "programme.txt"
    source.write_text(MULTI_DAY, encoding="utf-8")
    outcome = cli(capsys, "import-agenda", source, "--event", event_id, "--db", db, "--dry-run")
    assert outcome.code == EXIT_OK, outcome
    assert outcome.lines == [
        "2026-06-15\t09:00\t90 min\titem\tOpening keynote",
        "2026-06-15\t10:30\t30 min\tbreak\tCoffee break",
        "2026-06-15\t11:00\t90 min\tmethod\tFishbowl",
        "notice: line 7: “Fishbowl” is the library method “Fishbowl”",
    ]
    outcome = cli(capsys, "import-agenda", source, "--event", event_id, "--db", db)
    assert outcome.code == EXIT_OK, outcome
    calendar = tmp_path / "agenda.ics"
    outcome = cli(capsys, "export-agenda", event_id, "-o", calendar, "--db", db)
    assert outcome.code == EXIT_OK, outcome
    text = calendar.read_text(encoding="utf-8")
    assert "DTSTART;TZID=UTC:20260615T090000" in text or "DTSTART:20260615T090000Z" in text
    assert "20260615T123000" in text  # "End of day 1" ends the session


def test_import_agenda_says_its_notices_in_the_language_lang_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--lang es`` before the command: the window's Spanish for the programme's notices,
    with the line's English "notice:"/"warning:" kept for scripts."""
    db = tmp_path / "forum.db"
    event_id = new_event_id(capsys, db, "--start", "2026-06-15")
    source = tmp_path / "programme.txt"
    source.write_text(MULTI_DAY, encoding="utf-8")
    args = ["import-agenda", source, "--event", event_id, "--db", db]
    outcome = cli(capsys, "--lang", "es", *args, "--dry-run")
    assert outcome.code == EXIT_OK, outcome
    said = "línea 7: “Fishbowl” es el método de la biblioteca «Fishbowl»"
    assert outcome.lines[-1] == f"notice: {said}"
    outcome = cli(capsys, "--lang", "es", *args)
    assert outcome.code == EXIT_OK, outcome
    assert outcome.err.splitlines() == [f"warning: {said}"]
    assert outcome.lines == ["imported 3 agenda items"]


def test_a_year_whose_weekday_does_not_match_is_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "forum.db"
    event_id = new_event_id(capsys, db, "--start", "2026-06-15")
    source = tmp_path / "programme.txt"
    source.write_text(MULTI_DAY, encoding="utf-8")
    args = ["import-agenda", source, "--event", event_id, "--db", db, "--dry-run"]
    outcome = cli(capsys, *args, "--year", "2027")
    assert outcome.code == EXIT_OK, outcome
    assert outcome.lines[0].startswith("2027-06-15\t")
    assert (
        "notice: line 3: “Monday, June 15” says “Monday” but 2027-06-15 is a Tuesday"
        in outcome.lines
    )


def test_an_empty_calendar_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "forum.db"
    event_id = new_event_id(capsys, db, "--start", "2026-06-15")
    source = tmp_path / "programme.txt"
    source.write_text(PROGRAMME, encoding="utf-8")  # no day: an undated session
    assert cli(capsys, "import-agenda", source, "--event", event_id, "--db", db).code == EXIT_OK
    calendar = tmp_path / "agenda.ics"
    outcome = cli(capsys, "export-agenda", event_id, "-o", calendar, "--db", db)
    assert outcome.code == EXIT_USAGE, outcome
    assert "the calendar would be empty" in outcome.err
    assert not calendar.exists()


def test_the_seed_note_dry_run_prints_dates_shares_and_the_fishbowl(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "forum.db"
    # The note's "(CET)" is Paris's time in February: nothing to convert.
    zone = ("--timezone", "Europe/Paris")
    event_id = new_event_id(capsys, db, "--start", "2022-02-23", "--lang", "fr", *zone)
    seed = Path(__file__).parent / "agenda" / "data" / "learning-forum-session-note.fr.txt"
    outcome = cli(capsys, "import-agenda", seed, "--event", event_id, "--db", db, "--dry-run")
    assert outcome.code == EXIT_OK, outcome
    day = "2022-02-23"
    assert outcome.lines == [
        f"{day}\t10:00\t30 min\titem\tBienvenue",
        f"{day}\t10:00\t15 min\titem\t  Aperçu de l'approche globale d'apprentissage de CGLU",
        f"{day}\t10:15\t15 min\tmethod\t"
        "  Introduction interactive : Qui est qui et qui êtes-vous ?",
        f"{day}\t10:30\t30 min\tmethod\tÉvaluation par les pairs du processus d'apprentissage",
        f"{day}\t10:30\t15 min\titem\t  Localisation et développement de MOOC",
        f"{day}\t10:45\t15 min\titem\t  Apprentissage entre pairs et méthodologies",
        f"{day}\t11:00\t30 min\titem\t"
        "La voie à suivre : Vers un Forum d'apprentissage utile et pratique",
        f"{day}\t11:00\t10 min\titem\t  Activités d'intérêt pour avoir un Forum actif",
        f"{day}\t11:10\t10 min\titem\t  Programme et méthodes de travail prévus pour 2022",
        f"{day}\t11:20\t10 min\titem\t  Suggestions pour le Congrès de CGLU à Daejeon",
        # The note's header is the session's, not its context.
        "notice: line 5: “NOTE D'INFORMATION” names the kind of document; it is not taken "
        "as context",
        "notice: line 7: “En route vers le Forum d'apprentissage” is the note's title; it is "
        "not taken as context",
        "notice: line 9: the programme's day is taken from "
        "“Mercredi 23 février 2022, 10h00-11h30 (CET)”",
        "notice: line 71: the 90 min from 10:00 to 11:30 are shared equally between 3 items; "
        "adjust them before importing",
        "notice: line 78: “Évaluation par les pairs du processus d'apprentissage” is the "
        "library method “Méthodologie de l'aquarium”",
    ]


def test_the_seed_note_in_cet_is_converted_into_a_dakar_events_times(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "forum.db"
    zone = ("--timezone", "Africa/Dakar")
    event_id = new_event_id(capsys, db, "--start", "2022-02-23", "--lang", "fr", *zone)
    seed = Path(__file__).parent / "agenda" / "data" / "learning-forum-session-note.fr.txt"
    outcome = cli(capsys, "import-agenda", seed, "--event", event_id, "--db", db, "--dry-run")
    assert outcome.code == EXIT_OK, outcome
    assert outcome.lines[0] == "2022-02-23\t09:00\t30 min\titem\tBienvenue"
    assert outcome.lines[10] == (  # the first notice: it concerns the whole programme
        "notice: The programme gives its times in CET; this event is in Africa/Dakar: the "
        "times were converted to 09:00–10:30."
    )
