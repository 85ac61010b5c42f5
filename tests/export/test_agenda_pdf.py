"""The run sheet and the participants' agenda, read back from the PDF."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from forum_desktop.export.agenda_pdf import participants_agenda_pdf, run_sheet_pdf
from forum_desktop.export.pdf import MIN_FONT_SIZE, styles
from forum_desktop.models import AgendaItem, Event, ItemKind, Language, Session
from tests.export.conftest import (
    GUIDING_QUESTION,
    HOSTILE,
    MATERIALS,
    PRIVATE_NOTE,
    SCRIPTS_TITLE,
    Demo,
)
from tests.export.pdf_reading import (
    all_text,
    base_fonts,
    media_box,
    page_texts,
    reader,
    text_sizes,
)
from tests.export.test_markup import FileSpy

LANGUAGES = ["en", "fr", "es"]

# What each language prints for the demo's session (10:00–11:30 in Europe/Paris, whose
# agenda runs until 11:35).
EXPECTED: dict[str, dict[str, str]] = {
    "en": {
        "document": "Run sheet",
        "agenda": "Agenda",
        "date": "Wednesday 23 February 2022",
        "page": "Page 1 of 2",
        "roles": "Facilitation: Núria Vilalta Puig",
        "question": f"Guiding question: {GUIDING_QUESTION}",
        "overrun": "The agenda runs 5 min past the session's end.",
        "flag": "Ends 5 min after the session's end",
    },
    "fr": {
        "document": "Feuille de route",
        "agenda": "Programme",
        "date": "mercredi 23 février 2022",
        "page": "Page 1 sur 2",
        "roles": "Animation : Núria Vilalta Puig",
        "question": f"Question directrice : {GUIDING_QUESTION}",
        "overrun": "Le programme dépasse de 5 min la fin de la session.",
        "flag": "Se termine 5 min après la fin de la session",
    },
    "es": {
        "document": "Hoja de ruta",
        "agenda": "Programa",
        "date": "miércoles, 23 de febrero de 2022",
        "page": "Página 1 de 2",
        "roles": "Facilitación: Núria Vilalta Puig",
        "question": f"Pregunta guía: {GUIDING_QUESTION}",
        "overrun": "El programa se extiende 5 min más allá del final de la sesión.",
        "flag": "Termina 5 min después del final de la sesión",
    },
}


TIMES = {
    "en": ["10:00–10:25", "10:10–10:25", "11:30–11:35"],
    "fr": ["10 h 00 – 10 h 25", "10 h 10 – 10 h 25", "11 h 30 – 11 h 35"],
    "es": ["10:00–10:25", "10:10–10:25", "11:30–11:35"],
}
HEADERS = {
    "en": ["Time", "No.", "Item", "Duration", "Facilitator notes"],
    "fr": ["Horaire", "N°", "Point", "Durée", "Notes d'animation"],
    "es": ["Hora", "N.º", "Punto", "Duración", "Notas de facilitación"],
}

_RENDERED: dict[tuple[int, str, str, str], bytes] = {}


def _rendered(demo: Demo, kind: str, language: str, page_size: str = "A4") -> bytes:
    """Each document rendered once per module (the demo fixture is module-scoped)."""
    key = (id(demo), kind, language, page_size)
    if key not in _RENDERED:
        render = run_sheet_pdf if kind == "run" else participants_agenda_pdf
        _RENDERED[key] = render(
            demo.event,
            demo.sessions,
            demo.participants,
            language=language,
            page_size=page_size,  # type: ignore[arg-type]
        )
    return _RENDERED[key]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_run_sheet_prints_everything_in_its_language(demo: Demo, language: str) -> None:
    expected = EXPECTED[language]
    pages = page_texts(_rendered(demo, "run", language))
    text = " ".join(pages)
    assert pages[0].startswith(f"{demo.event.title} {expected['document']} {expected['date']}")
    for time in TIMES[language]:
        assert time in text
    for header in HEADERS[language]:
        assert header in pages[0]
    assert "Europe/Paris, UTC+01:00" in text
    assert expected["question"] in text
    assert "participant·e·s" in text
    assert SCRIPTS_TITLE in text
    assert HOSTILE in text
    assert expected["roles"] in text
    assert "Valentina Ríos Castaño, Sipho Ndlovu" in text
    assert MATERIALS in text
    assert PRIVATE_NOTE in text
    assert expected["overrun"] in text
    assert expected["flag"] in text
    # The footer (drawn last, so read last): the document's name and the page count.
    assert pages[0].endswith(f"{expected['document']} {expected['page']}")
    assert pages[1].endswith(
        f"{demo.event.title} {expected['document']} {expected['page'].replace('1', '2', 1)}"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_participants_agenda_has_nothing_private(demo: Demo, language: str) -> None:
    expected = EXPECTED[language]
    text = all_text(_rendered(demo, "agenda", language))
    assert f"{demo.event.title} {expected['agenda']}" in text
    assert expected["question"] in text
    assert SCRIPTS_TITLE in text
    assert HOSTILE in text
    assert expected["roles"] in text
    assert MATERIALS in text
    assert demo.event.objectives[0].text in text
    assert "NOTE-PRIVÉE" not in text
    assert HEADERS[language][-1] not in text  # no notes column
    assert expected["overrun"] not in text
    assert expected["flag"] not in text


def test_the_notes_of_every_item_stay_out_of_the_participants_agenda(demo: Demo) -> None:
    session, items = demo.sessions[0]
    noted = [item.model_copy(update={"notes": f"SECRET-{n}"}) for n, item in enumerate(items)]
    sessions = [(session, noted)]
    run_sheet = all_text(run_sheet_pdf(demo.event, sessions, demo.participants))
    agenda = all_text(participants_agenda_pdf(demo.event, sessions, demo.participants))
    assert run_sheet.count("SECRET-") == len(items)
    assert "SECRET" not in agenda


def test_greek_and_cyrillic_are_set_in_noto_and_nothing_else(demo: Demo) -> None:
    for kind in ("run", "agenda"):
        data = _rendered(demo, kind, "fr")
        assert "Ελληνικά" in all_text(data)
        assert "Кириллица" in all_text(data)
        assert base_fonts(data) == {"NotoSans-Regular", "NotoSans-Bold", "NotoSans-Italic"}


@pytest.mark.parametrize("kind", ["run", "agenda"])
def test_no_text_is_smaller_than_9_points(demo: Demo, kind: str) -> None:
    sizes = text_sizes(_rendered(demo, kind, "en"))
    assert min(sizes) >= MIN_FONT_SIZE, {size: sizes[size] for size in sizes if size < 9}
    assert 9.0 in sizes  # the reading works: table cells are 9 pt


def test_every_style_is_at_least_9_points() -> None:
    for style in styles().all():
        assert style.fontSize >= MIN_FONT_SIZE, style.name
        assert style.leading >= style.fontSize, style.name


def test_page_sizes(demo: Demo) -> None:
    assert media_box(_rendered(demo, "run", "en")) == (842, 595)  # A4 landscape
    assert media_box(_rendered(demo, "run", "en", "Letter")) == (792, 612)
    assert media_box(_rendered(demo, "agenda", "en")) == (595, 842)  # A4 portrait
    assert media_box(_rendered(demo, "agenda", "en", "Letter")) == (612, 792)
    portrait = run_sheet_pdf(demo.event, demo.sessions, demo.participants, landscape=False)
    assert media_box(portrait) == (595, 842)
    with pytest.raises(ValueError, match="A4 or Letter"):
        run_sheet_pdf(demo.event, demo.sessions, [], page_size="A5")  # type: ignore[arg-type]


def test_the_language_defaults_to_the_event_s(demo: Demo) -> None:
    assert demo.event.language is Language.FR
    text = all_text(run_sheet_pdf(demo.event, demo.sessions, demo.participants))
    assert "Feuille de route" in text
    assert "Page 1 sur" in text


def test_pdf_metadata(demo: Demo) -> None:
    metadata = reader(_rendered(demo, "run", "en")).metadata
    assert metadata is not None
    assert metadata.title == f"{demo.event.title} — Run sheet"
    assert metadata.creator == "Forum Desktop"


def test_hostile_text_reads_no_file(demo: Demo, monkeypatch: pytest.MonkeyPatch) -> None:
    spy = FileSpy(monkeypatch)
    session, items = demo.sessions[0]
    hostile = [item.model_copy(update={"notes": HOSTILE, "materials": HOSTILE}) for item in items]
    data = run_sheet_pdf(demo.event, [(session, hostile)], demo.participants)
    # Narrow columns cut the long "word" src="/etc/passwd"> where they must: compare
    # without spaces.
    unspaced = "".join(all_text(data).split())
    assert unspaced.count("".join(HOSTILE.split())) == 2 * len(items) + 1
    assert not [path for path in spy.paths if "passwd" in path]


def long_agenda(count: int = 80) -> tuple[Event, Session, list[AgendaItem]]:
    event = Event(title="Long forum", timezone="Europe/Madrid", language=Language.EN)
    session = Session(
        event_id=event.id,
        title="All day",
        date=dt.date(2024, 5, 6),
        start_time=dt.time(8),
        end_time=dt.time(18),
    )
    items = [
        AgendaItem(
            session_id=session.id,
            position=n,
            title=f"Item {n + 1} about something worth doing",
            description="A description long enough to take two lines in the item column. " * 2,
            planned_minutes=5,
            notes=f"note {n + 1}",
        )
        for n in range(count)
    ]
    return event, session, items


def test_a_long_agenda_repeats_the_table_header_on_every_page() -> None:
    event, session, items = long_agenda()
    for render, name in ((run_sheet_pdf, "Run sheet"), (participants_agenda_pdf, "Agenda")):
        pages = page_texts(render(event, [(session, items)], []))
        assert len(pages) >= 3
        for number, page in enumerate(pages[1:], start=2):
            # The table's header row first; the page header and footer are drawn last.
            assert page.startswith("Time No. Item Duration"), number
            assert page.count("Time No. Item Duration") == 1, number
            assert page.endswith(f"Long forum {name} Page {number} of {len(pages)}"), number
        text = " ".join(pages)
        assert "Item 80 about" in text
        assert "14:35–14:40" in text  # the 80th item, 395 minutes after 08:00


def test_a_row_taller_than_a_page_splits_inside_the_row() -> None:
    event, session, items = long_agenda(3)
    lines = "\n".join(f"line {n} of a very long note" for n in range(150))
    items[1] = items[1].model_copy(update={"notes": lines})
    pages = page_texts(run_sheet_pdf(event, [(session, items)], []))
    assert len(pages) >= 3
    # Every line once, in order, the first on page 1 (no page left empty before the row).
    text = " ".join(pages)
    assert [int(n) for n in re.findall(r"line (\d+) of", text)] == list(range(150))
    assert "line 0 of" in pages[0]
    assert "Item 3 about" in pages[-1]
    for page in pages[1:]:
        assert page.startswith("Time No. Item Duration")
        assert page.count("Facilitator notes") == 1


def test_sessions_without_date_or_times_still_render() -> None:
    event = Event(title="Draft", language=Language.EN)
    no_date = Session(event_id=event.id, title="Morning", start_time=dt.time(9, 30))
    no_time = Session(event_id=event.id, title="Afternoon", date=dt.date(2024, 1, 1))
    empty = Session(event_id=event.id, title="Evening")
    items_a = [AgendaItem(session_id=no_date.id, title="Opening", planned_minutes=20)]
    items_b = [AgendaItem(session_id=no_time.id, title="Walk", planned_minutes=30)]
    text = all_text(run_sheet_pdf(event, [(no_date, items_a), (no_time, items_b), (empty, [])], []))
    assert "Date to be confirmed · 09:30 (UTC)" in text
    assert "09:30–09:50" in text  # wall-clock times without a date
    assert "Monday 1 January 2024 · Time to be confirmed (UTC)" in text
    assert "+0 min" in text  # no start time: offsets from the start
    assert "No agenda items yet." in text


def test_a_session_s_description_follows_its_heading() -> None:
    event = Event(title="Network meeting", language=Language.EN)
    session = Session(
        event_id=event.id,
        title="Monday, June 15",
        date=dt.date(2026, 6, 15),
        description="Resilient cities in practice",
    )
    text = all_text(run_sheet_pdf(event, [(session, [])], []))
    assert "Monday, June 15" in text
    assert "Resilient cities in practice" in text


def test_a_break_is_not_given_itself_as_its_method() -> None:
    event, session, items = long_agenda(2)
    items = [
        items[0].model_copy(update={"kind": ItemKind.BREAK, "title": "Coffee"}),
        items[1].model_copy(update={"kind": ItemKind.DISCUSSION}),
    ]
    text = all_text(participants_agenda_pdf(event, [(session, items)], []))
    assert "Method: Break" not in text
    assert "Method: Discussion" in text
