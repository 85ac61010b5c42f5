"""``import-agenda FILE --event ID --lang en``: a second note read into a working language
(issue 25), its pairs printed by ``--dry-run`` and its texts written as translations."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from uuid import UUID, uuid4

import pytest

from forum_desktop.cli import EXIT_OK, EXIT_REFUSED
from forum_desktop.clock import SystemClock
from forum_desktop.models.event import Language
from forum_desktop.services.commands import execute
from forum_desktop.services.translations import SetWorkingLanguages
from forum_desktop.storage import Store, open_database
from tests.test_cli import cli, private_home

__all__ = ["private_home"]  # the autouse fixture keeps logs under tmp_path here too

DATA = Path(__file__).parent / "agenda" / "data"
FRENCH = DATA / "learning-forum-session-note.fr.txt"
ENGLISH = DATA / "learning-forum-programme.en.txt"


def _fr_en_event(capsys: pytest.CaptureFixture[str], db: Path) -> str:
    made = cli(
        capsys,
        "new-event",
        "Forum",
        *("--lang", "fr", "--start", "2022-02-23", "--timezone", "Europe/Paris", "--db", db),
    )
    assert made.code == EXIT_OK, made
    event_id = made.lines[-1]
    conn = open_database(db, SystemClock())
    try:
        languages = (Language.FR, Language.EN)
        execute(
            Store(conn, SystemClock()),
            SetWorkingLanguages(event_id=UUID(event_id), languages=languages),
        )
    finally:
        conn.close()
    return event_id


def _count(db: Path, table: str) -> int:
    conn = sqlite3.connect(db)
    try:
        (count,) = conn.execute(f"SELECT count(*) FROM {table}").fetchone()
    finally:
        conn.close()
    return int(count)


def test_the_main_language_imports_as_before_and_a_second_one_as_translations(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "forum.db"
    event_id = _fr_en_event(capsys, db)
    main = cli(capsys, "import-agenda", FRENCH, "--event", event_id, "--lang", "fr", "--db", db)
    assert main.code == EXIT_OK, main
    assert main.lines == ["imported 10 agenda items"]

    args = ["import-agenda", ENGLISH, "--event", event_id, "--lang", "en", "--db", db]
    preview = cli(capsys, *args, "--dry-run")
    assert preview.code == EXIT_OK, preview
    assert preview.lines == [
        "2022-02-23  En route vers le Forum d'apprentissage  ->  On the way to the Learning Forum",
        "10:00  Bienvenue  ->  Welcome",
        "10:00    Aperçu de l'approche globale d'apprentissage de CGLU  ->  "
        "Overview of the network's learning approach",
        "10:15    Introduction interactive : Qui est qui et qui êtes-vous ?  ->  "
        "Interactive introduction: who is who, and who are you?",
        "10:30  Évaluation par les pairs du processus d'apprentissage  ->  "
        "Peer review of the learning process",
        "10:30    Localisation et développement de MOOC  ->  Localisation and MOOC development",
        "10:45    Apprentissage entre pairs et méthodologies  ->  Peer learning and methods",
        "unmatched in the agenda: 11:00  La voie à suivre : Vers un Forum d'apprentissage "
        "utile et pratique: the note has no item at 11:00 here",
        "unmatched in the agenda: 11:00    Activités d'intérêt pour avoir un Forum actif: "
        "the item it belongs to is not paired",
        "unmatched in the agenda: 11:10    Programme et méthodes de travail prévus pour 2022: "
        "the item it belongs to is not paired",
        "unmatched in the agenda: 11:20    Suggestions pour le Congrès de CGLU à Daejeon: "
        "the item it belongs to is not paired",
        "unmatched in the note: 11:30  Closing words: no item of the agenda starts at 11:30 here",
    ]
    assert _count(db, "translation") == 0  # a dry run changes nothing

    done = cli(capsys, *args)
    assert done.code == EXIT_OK, done
    assert done.lines[-2:] == [
        "paired 1 session and 6 agenda items; 5 left unpaired",
        "imported 11 translations into en",
    ]
    assert _count(db, "translation") == 11
    assert _count(db, "agenda_item") == 10  # no item added


@pytest.mark.parametrize(
    ("language", "note", "message"),
    [
        ("es", ENGLISH, "es is not one of the event's working languages (fr, en)"),
        ("en", None, "Nothing in the note pairs with the event's agenda"),
    ],
)
def test_a_refused_translation_exits_2_and_changes_nothing(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    language: str,
    note: Path | None,
    message: str,
) -> None:
    db = tmp_path / "forum.db"
    event_id = _fr_en_event(capsys, db)
    if note is None:  # an event without sessions: nothing to pair with
        note = ENGLISH
    else:
        imported = cli(capsys, "import-agenda", FRENCH, "--event", event_id, "--db", db)
        assert imported.code == EXIT_OK, imported
    args = ["import-agenda", note, "--event", event_id, "--lang", language, "--db", db]
    for dry_run in ([], ["--dry-run"]):
        outcome = cli(capsys, *args, *dry_run)
        assert outcome.code == EXIT_REFUSED, outcome
        assert message in outcome.err
        assert "Traceback" not in outcome.err
        assert _count(db, "translation") == 0


def test_session_limits_the_translation_to_that_session(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "forum.db"
    event_id = _fr_en_event(capsys, db)
    for note in ("Programme\n\n- Accueil (10 min)\n", "Programme\n\n- Bilan (10 min)\n"):
        source = tmp_path / "note.txt"
        source.write_text(note, encoding="utf-8")
        made = cli(capsys, "import-agenda", source, "--event", event_id, "--db", db)
        assert made.code == EXIT_OK, made
    conn = sqlite3.connect(db)
    try:
        second = conn.execute("SELECT id FROM session ORDER BY position DESC").fetchone()[0]
    finally:
        conn.close()
    source.write_text("Programme\n\n- Review\n", encoding="utf-8")
    args = ["import-agenda", source, "--event", event_id, "--lang", "en", "--db", db]
    outcome = cli(capsys, *args, "--session", second, "--dry-run")
    assert outcome.code == EXIT_OK, outcome
    assert outcome.lines == ["-  Session 2  ->  -", "-  Bilan  ->  Review"]

    stranger = str(uuid4())
    outcome = cli(capsys, *args, "--session", stranger)
    assert outcome.code == EXIT_REFUSED, outcome
    assert f"no session with id {stranger} in event {event_id}" in outcome.err
