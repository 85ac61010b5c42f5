"""Working languages on the command line (issue 25): ``new-event --lang fr,en`` and
documents in several languages at once, one file each."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

import pytest

from forum_desktop.cli import EXIT_OK, EXIT_USAGE
from forum_desktop.clock import FakeClock
from forum_desktop.export.labels import labels
from forum_desktop.models import Event, Language
from forum_desktop.services.commands import execute
from forum_desktop.storage import Store, open_database
from tests.export.pdf_reading import all_text
from tests.test_cli import cli, private_home

__all__ = ["private_home"]  # the autouse fixture keeps logs under tmp_path here too


def _languages(db: Path, event_id: str) -> tuple[Language, ...]:
    conn = open_database(db, FakeClock())
    try:
        return Store(conn, FakeClock()).require(Event, UUID(event_id)).working_languages
    finally:
        conn.close()


def _new_event(capsys: pytest.CaptureFixture[str], db: Path, languages: str) -> str:
    made = cli(
        capsys, "new-event", "Forum", "--start", "2026-03-10", "--lang", languages, "--db", db
    )
    assert made.code == EXIT_OK, made
    return made.lines[-1]


def test_new_event_sets_the_working_languages_main_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "forum.sqlite3"
    event_id = _new_event(capsys, db, "fr,en,es")
    assert _languages(db, event_id) == (Language.FR, Language.EN, Language.ES)
    one = _new_event(capsys, db, "es")
    assert _languages(db, one) == (Language.ES,)


@pytest.mark.parametrize(
    ("languages", "message"),
    [("fr,de", "'de' is not a language"), ("fr,", "has an empty language"), ("", "empty")],
)
def test_new_event_refuses_a_bad_language_list_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], languages: str, message: str
) -> None:
    db = tmp_path / "forum.sqlite3"
    outcome = cli(
        capsys, "new-event", "Forum", "--start", "2026-03-10", "--lang", languages, "--db", db
    )
    assert outcome.code == EXIT_USAGE, outcome
    assert message in outcome.err and len(outcome.err.strip().splitlines()) == 1
    assert cli(capsys, "events", "--db", db).lines == []


@pytest.mark.parametrize("suffix", [".pdf", ".md"])
def test_export_minutes_in_all_working_languages_writes_one_file_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    db = tmp_path / "forum.sqlite3"
    event_id = _new_event(capsys, db, "fr,en")
    out = tmp_path / f"minutes{suffix}"
    outcome = cli(capsys, "export-minutes", event_id, "-o", out, "--lang", "all", "--db", db)
    assert outcome.code == EXIT_OK, outcome
    french, english = tmp_path / f"minutes.fr{suffix}", tmp_path / f"minutes.en{suffix}"
    assert outcome.lines == [f"wrote {french}", f"wrote {english}"]
    assert not out.exists()
    if suffix == ".pdf":
        texts = {
            language: all_text(path.read_bytes())
            for language, path in ((Language.FR, french), (Language.EN, english))
        }
    else:
        # Markdown escapes the brackets: a reader sees them as typed
        texts = {
            Language.FR: french.read_text("utf-8").replace("\\[", "["),
            Language.EN: english.read_text("utf-8").replace("\\[", "[").replace("\\]", "]"),
        }
    for language, text in texts.items():
        assert labels(language)["minutes"] in text
    assert "Forum [fr]" in texts[Language.EN] and "[fr]" not in texts[Language.FR]


def test_several_languages_name_each_file_and_one_keeps_the_file_as_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "forum.sqlite3"
    event_id = _new_event(capsys, db, "fr")
    out = tmp_path / "agenda.pdf"
    outcome = cli(capsys, "export-agenda", event_id, "-o", out, "--lang", "es,en", "--db", db)
    assert outcome.code == EXIT_OK, outcome
    assert outcome.lines == [
        f"wrote {tmp_path / 'agenda.es.pdf'}",
        f"wrote {tmp_path / 'agenda.en.pdf'}",
    ]
    assert labels(Language.ES)["run_sheet"] in all_text((tmp_path / "agenda.es.pdf").read_bytes())
    outcome = cli(capsys, "export-agenda", event_id, "-o", out, "--lang", "en", "--db", db)
    assert outcome.lines == [f"wrote {out}"]


@pytest.mark.parametrize("command", ["export-minutes", "export-agenda"])
def test_a_bad_document_language_is_refused_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    db = tmp_path / "forum.sqlite3"
    event_id = _new_event(capsys, db, "fr,en")
    out = tmp_path / "out.pdf"
    outcome = cli(capsys, command, event_id, "-o", out, "--lang", "fr,xx", "--db", db)
    assert outcome.code == EXIT_USAGE, outcome
    assert "'xx' is not a language" in outcome.err
    assert list(tmp_path.glob("out*")) == []


def test_the_photos_are_scaled_once_for_every_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from forum_desktop.export import minutes_data
    from forum_desktop.services.agenda import AddItem, AddSession
    from forum_desktop.services.photos import AddPhoto
    from tests.photo_bytes import png_bytes

    db = tmp_path / "forum.sqlite3"
    event_id = _new_event(capsys, db, "fr,en,es")
    conn = open_database(db, FakeClock())
    try:
        store = Store(conn, FakeClock())
        session = execute(store, AddSession(event_id=UUID(event_id), title="Matin")).value
        item = execute(store, AddItem(session_id=session, title="Atelier")).value
        execute(
            store,
            AddPhoto(
                event_id=UUID(event_id),
                item_id=item,
                image=png_bytes(40, 30),
                mime="image/png",
                width=40,
                height=30,
                caption="Mur de post-it",
            ),
        )
    finally:
        conn.close()
    scalings: list[int] = []
    scale = minutes_data.scaled_for_print

    def counted(originals: object) -> object:
        scalings.append(1)
        return scale(originals)  # type: ignore[arg-type]

    monkeypatch.setattr(minutes_data, "scaled_for_print", counted)
    out = tmp_path / "minutes.pdf"
    outcome = cli(capsys, "export-minutes", event_id, "-o", out, "--lang", "all", "--db", db)
    assert outcome.code == EXIT_OK, outcome
    assert len(outcome.lines) == 3 and scalings == [1]
    for language in ("fr", "en", "es"):
        assert "Mur de post-it" in all_text((tmp_path / f"minutes.{language}.pdf").read_bytes())
