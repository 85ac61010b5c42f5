"""Documents in each working language (issue 25): a French event with English translations
of some texts, its minutes, run sheet and participants' agenda read back as a reader gets
them — labels and texts in the document's language, untranslated texts marked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from uuid import UUID

import pytest

from forum_desktop.clock import FakeClock
from forum_desktop.export.labels import labels
from forum_desktop.export.loading import load_agenda
from forum_desktop.export.localized import DocumentTexts
from forum_desktop.export.minutes_data import load_minutes
from forum_desktop.export.minutes_options import MinutesOptions
from forum_desktop.models import Language
from forum_desktop.models.translation import TranslatedField, TranslatedRecord
from forum_desktop.services.agenda import AddItem, AddSession, items_of
from forum_desktop.services.capture import CaptureOutcome
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.method_apply import ApplyMethod
from forum_desktop.services.translations import SetTranslation
from forum_desktop.storage import Store, open_database
from tests.export.pdf_reading import all_text
from tests.test_cli import private_home

__all__ = ["private_home"]  # the autouse fixture keeps the command's logs under tmp_path

FR, EN, ES = Language.FR, Language.EN, Language.ES
TRANSLATED_TITLE = ("Tour de table des villes", "Round of the cities")
UNTRANSLATED_TITLE = "Pause café et réseautage"
QUESTION = ("Qu'avez-vous appris cette année ?", "What did you learn this year?")
CONTEXT = (
    "Le forum réunit les villes du réseau.",
    "The forum brings the network's cities together.",
)
EVENT_TITLE = ("Forum des villes apprenantes", "Learning cities forum")
SESSION_TITLE = "Matinée du mardi"
ENTRY = "Les villes veulent un atelier commun en mars."
SAID_IN_ENGLISH = "We need a shared workshop with the other cities before the congress."


@dataclass(frozen=True)
class Bilingual:
    db: Path
    event_id: UUID
    session_id: UUID


def _translate(
    store: Store, kind: TranslatedRecord, record_id: UUID, field: TranslatedField, text: str
) -> None:
    execute(
        store,
        SetTranslation(target_type=kind, target_id=record_id, field=field, language=EN, text=text),
    )


@pytest.fixture(scope="module")
def bilingual(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bilingual]:
    """A French event working in French and English: the event's title and context, one
    item's title and question translated; the session's title, another item and a
    world café's phases (the method library's texts) not."""
    db = tmp_path_factory.mktemp("bilingual") / "forum.sqlite3"
    conn = open_database(db, FakeClock())
    store = Store(conn, FakeClock())
    event_id: UUID = execute(
        store,
        CreateEvent(
            title=EVENT_TITLE[0],
            language=FR,
            other_languages=[EN],
            context=CONTEXT[0],
            start_date=dt.date(2026, 3, 10),
        ),
    ).value
    session_id: UUID = execute(
        store,
        AddSession(
            event_id=event_id,
            title=SESSION_TITLE,
            date=dt.date(2026, 3, 10),
            start_time=dt.time(9),
            end_time=dt.time(12),
        ),
    ).value
    round_id: UUID = execute(
        store,
        AddItem(
            session_id=session_id,
            title=TRANSLATED_TITLE[0],
            guiding_question=QUESTION[0],
            planned_minutes=30,
        ),
    ).value
    execute(store, AddItem(session_id=session_id, title=UNTRANSLATED_TITLE, planned_minutes=15))
    cafe_id: UUID = execute(
        store, AddItem(session_id=session_id, title="Café", planned_minutes=60)
    ).value
    execute(
        store,
        ApplyMethod(item_id=cafe_id, method_id="world-cafe", language="fr", at=store.clock.now()),
    )
    _translate(store, TranslatedRecord.EVENT, event_id, TranslatedField.TITLE, EVENT_TITLE[1])
    _translate(store, TranslatedRecord.EVENT, event_id, TranslatedField.CONTEXT, CONTEXT[1])
    item = TranslatedRecord.AGENDA_ITEM
    _translate(store, item, round_id, TranslatedField.TITLE, TRANSLATED_TITLE[1])
    _translate(store, item, round_id, TranslatedField.GUIDING_QUESTION, QUESTION[1])
    execute(
        store,
        CaptureOutcome(event_id=event_id, session_id=session_id, item_id=round_id, text=ENTRY),
    )
    execute(
        store,
        CaptureOutcome(
            event_id=event_id, session_id=session_id, item_id=round_id, text=SAID_IN_ENGLISH
        ),
    )
    conn.close()
    yield Bilingual(db, event_id, session_id)


@pytest.fixture
def store(bilingual: Bilingual) -> Iterator[Store]:
    conn = open_database(bilingual.db, FakeClock())
    try:
        yield Store(conn, FakeClock())
    finally:
        conn.close()


def _minutes_pdf_text(store: Store, event_id: UUID, language: Language) -> str:
    from forum_desktop.export.minutes_pdf import minutes_pdf

    return all_text(minutes_pdf(load_minutes(store, event_id, MinutesOptions(language=language))))


def test_minutes_in_english_read_in_english_with_untranslated_texts_marked(
    store: Store, bilingual: Bilingual
) -> None:
    text = _minutes_pdf_text(store, bilingual.event_id, EN)
    lab = labels(EN)
    assert lab["minutes"] in text and lab["guiding_question"] in text
    assert EVENT_TITLE[1] in text and CONTEXT[1] in text
    assert TRANSLATED_TITLE[1] in text and QUESTION[1] in text
    assert TRANSLATED_TITLE[0] not in text and QUESTION[0] not in text
    assert f"{UNTRANSLATED_TITLE} [fr]" in text
    assert f"{SESSION_TITLE} [fr]" in text
    assert ENTRY in text  # captured entries stay as typed
    assert SAID_IN_ENGLISH in text and f"{SAID_IN_ENGLISH} [en]" not in text


def test_minutes_in_the_main_language_are_as_typed_and_unmarked(
    store: Store, bilingual: Bilingual
) -> None:
    text = _minutes_pdf_text(store, bilingual.event_id, FR)
    lab = labels(FR)
    assert lab["minutes"] in text and lab["guiding_question"] in text
    assert EVENT_TITLE[0] in text and TRANSLATED_TITLE[0] in text and QUESTION[0] in text
    assert TRANSLATED_TITLE[1] not in text
    assert "[fr]" not in text
    assert f"{SAID_IN_ENGLISH} [en]" in text  # an entry said in another language, as said
    assert f"{ENTRY} [" not in text  # one whose language is not known has no tag


def test_minutes_in_a_language_that_is_not_a_working_one_mark_every_text(
    store: Store, bilingual: Bilingual
) -> None:
    text = _minutes_pdf_text(store, bilingual.event_id, ES)
    assert labels(ES)["minutes"] in text
    assert f"{TRANSLATED_TITLE[0]} [fr]" in text and f"{EVENT_TITLE[0]} [fr]" in text


def test_markdown_and_docx_minutes_carry_the_same_texts(store: Store, bilingual: Bilingual) -> None:
    from docx import Document

    from forum_desktop.export.minutes_docx import minutes_docx
    from forum_desktop.export.minutes_md import minutes_markdown

    data = load_minutes(store, bilingual.event_id, MinutesOptions(language=EN))
    markdown = minutes_markdown(data)
    document = Document(BytesIO(minutes_docx(data)))
    word = "\n".join(paragraph.text for paragraph in document.paragraphs)
    for text in (markdown, word):
        assert EVENT_TITLE[1] in text and TRANSLATED_TITLE[1] in text
        assert TRANSLATED_TITLE[0] not in text
    assert f"{UNTRANSLATED_TITLE} \\[fr\\]" in markdown  # shows as "[fr]"
    assert f"{UNTRANSLATED_TITLE} [fr]" in word


def test_method_phases_take_the_library_s_text_in_the_document_s_language(
    store: Store, bilingual: Bilingual
) -> None:
    from forum_desktop.methods.library import builtin_library

    cafe = next(m for m in builtin_library().methods if m.id == "world-cafe")
    _, sessions, _ = load_agenda(store, bilingual.event_id)
    items = DocumentTexts.load(store, bilingual.event_id, EN).items(sessions[0][1])
    titles = [item.title for item in items]
    assert [step.name.en for step in cafe.steps] == titles[-len(cafe.steps) :]
    method_item = items[-len(cafe.steps) - 1]
    assert method_item.method == cafe.name.en
    assert items[-1].description == cafe.steps[-1].instructions.en
    french = items_of(store, bilingual.session_id)
    assert [item.title for item in french][-len(cafe.steps) :] == [
        step.name.fr for step in cafe.steps
    ]


@pytest.mark.parametrize("participants", [False, True])
def test_run_sheet_and_participants_agenda_in_english(
    bilingual: Bilingual, tmp_path: Path, capsys: pytest.CaptureFixture[str], participants: bool
) -> None:
    from forum_desktop.cli import main
    from forum_desktop.methods.library import builtin_library

    out = tmp_path / "agenda.pdf"
    argv = ["--db", str(bilingual.db), "export-agenda", str(bilingual.event_id), "-o", str(out)]
    status = main([*argv, "--lang", "en", *(["--participants"] if participants else [])])
    assert status == 0
    assert capsys.readouterr().out.splitlines() == [f"wrote {out}"]
    text = all_text(out.read_bytes())
    lab = labels(EN)
    assert lab["participants_agenda" if participants else "run_sheet"] in text
    assert EVENT_TITLE[1] in text and TRANSLATED_TITLE[1] in text
    assert f"{UNTRANSLATED_TITLE} [fr]" in text and TRANSLATED_TITLE[0] not in text
    cafe = next(m for m in builtin_library().methods if m.id == "world-cafe")
    assert cafe.steps[0].name.en in text and cafe.steps[0].name.fr not in text


def test_answers_and_summaries_said_in_another_language_are_tagged_too(tmp_path: Path) -> None:
    """The method-shaped parts of the minutes (a round's answers, a summary) tag an entry
    said in another working language as the plain entries do."""
    conn = open_database(tmp_path / "forum.sqlite3", FakeClock())
    store = Store(conn, FakeClock())
    try:
        event_id = execute(
            store,
            CreateEvent(
                title="Forum", language=FR, other_languages=[EN], start_date=dt.date(2026, 3, 10)
            ),
        ).value
        session_id = execute(store, AddSession(event_id=event_id, title="Matin")).value
        item_id = execute(store, AddItem(session_id=session_id, title="Tour de table")).value
        answer = "Our city would share its water plans with the other towns."
        summary = "The cities agreed that the water plans should be shared between the towns."
        place = {"event_id": event_id, "session_id": session_id, "item_id": item_id}
        execute(
            store,
            CaptureOutcome(
                text=answer, kind="answer", fields={"speaker_name": "Awa Diop"}, **place
            ),
        )
        execute(store, CaptureOutcome(text=summary, kind="summary", **place))
        text = _minutes_pdf_text(store, event_id, FR)
    finally:
        conn.close()
    assert f"{answer} [en]" in " ".join(text.split())
    assert f"{summary} [en]" in " ".join(text.split())
