"""The small things a recipient notices: emphasis in the context, Markdown heading levels,
tabs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from io import BytesIO
from itertools import pairwise

import pytest

from forum_desktop.clock import FakeClock
from forum_desktop.export.emphasis import emphasis_spans, plain
from forum_desktop.export.minutes_docx import minutes_docx
from forum_desktop.export.minutes_md import minutes_markdown
from forum_desktop.export.minutes_pdf import minutes_pdf
from forum_desktop.services.commands import execute
from forum_desktop.storage import Store, open_database
from tests.export.minutes_event import populate
from tests.export.pdf_reading import all_text, page_texts, reader
from tests.export.test_minutes_pdf import Built


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    clock = FakeClock()
    conn = open_database(tmp_path_factory.mktemp("small") / "forum.sqlite3", clock)
    try:
        store = Store(conn, clock)
        yield Built(store, populate(store))
    finally:
        conn.close()


CONTEXT_WORDS = "Localisation des agendas mondiaux"
"""Written as *Localisation des agendas mondiaux* in the demo's French context."""


def test_only_asterisk_pairs_around_words_are_emphasis() -> None:
    assert emphasis_spans("namely *Peer learning*, 2*3*4 and a * b") == [
        ("namely ", False),
        ("Peer learning", True),
        (", 2*3*4 and a * b", False),
    ]
    assert plain("*a* * b*") == "a * b*"


def italic_texts(data: bytes) -> str:
    """The text drawn in an italic face."""
    found: list[str] = []

    def visit(text: str, cm: object, tm: object, font: object, size: float) -> None:
        if font is not None and "Italic" in str(font.get("/BaseFont", "")):  # type: ignore[attr-defined]
            found.append(text)

    for page in reader(data).pages:
        page.extract_text(visitor_text=visit)
    return "".join(found)


def test_emphasis_in_the_context_prints_in_italics(built: Built) -> None:
    data = built.data()
    pdf = minutes_pdf(data)
    assert f"*{CONTEXT_WORDS}*" not in all_text(pdf)
    assert CONTEXT_WORDS in " ".join(italic_texts(pdf).split())
    assert f"*{CONTEXT_WORDS}*" in minutes_markdown(data)  # Markdown's own emphasis
    from docx import Document

    document = Document(BytesIO(minutes_docx(data)))
    runs = [run for p in document.paragraphs for run in p.runs if run.text == CONTEXT_WORDS]
    assert runs and all(run.italic for run in runs)
    assert not any(f"*{CONTEXT_WORDS}*" in p.text for p in document.paragraphs)


def test_markdown_headings_never_skip_a_level(built: Built) -> None:
    levels = [
        len(match.group(1))
        for match in re.finditer(r"^(#+) ", minutes_markdown(built.data()), re.MULTILINE)
    ]
    assert levels[0] == 1 and max(levels) >= 4
    assert all(after <= before + 1 for before, after in pairwise(levels))


def test_a_tab_keeps_its_width_in_the_pdf() -> None:
    from forum_desktop.export.bidi import user_paragraph
    from forum_desktop.export.labels import labels
    from forum_desktop.export.pdf import DocumentSetup, build_pdf, styles

    setup = DocumentSetup(header="", document_name="t", labels=labels("en"))
    data = build_pdf([user_paragraph("Budget\t120\tEUR", styles().body)], setup)
    # Four no-break spaces each, not collapsed into one space.
    assert "Budget    120    EUR" in reader(data).pages[0].extract_text()


FOOTER = "CGLU Apprentissage · learning@uclg.org"


def test_the_event_s_footer_line_is_on_every_page(built: Built) -> None:
    from docx import Document

    from forum_desktop.services.events import UpdateEvent

    execute(built.store, UpdateEvent(event_id=built.made.event_id, footer=FOOTER))
    try:
        data = built.data()
        pages = page_texts(minutes_pdf(data))
        assert all(FOOTER in page for page in pages)
        assert minutes_markdown(data).rstrip().endswith(f"*{FOOTER}*")
        document = Document(BytesIO(minutes_docx(data)))
        assert FOOTER in [p.text for p in document.sections[0].footer.paragraphs]
    finally:
        execute(built.store, UpdateEvent(event_id=built.made.event_id, footer=""))
    assert not any(FOOTER in page for page in page_texts(minutes_pdf(built.data())))


def test_a_long_build_reports_its_progress_in_order(built: Built) -> None:
    shares: list[float] = []
    minutes_pdf(built.data(), shares.append)
    assert len(shares) >= 10
    assert shares == sorted(shares) and shares[0] >= 0 and shares[-1] <= 0.99
    assert shares[-1] >= 0.9  # the whole layout counted


def test_a_long_contents_gives_each_heading_its_page_in_one_layout_pass(
    built: Built, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportlab.platypus import BaseDocTemplate

    from forum_desktop.services.agenda import AddSession, DeleteSession

    # Enough sessions for the contents to run past the cover page: every page after it
    # depends on the contents' length.
    added = [
        execute(built.store, AddSession(event_id=built.made.event_id, title=f"Atelier {n}")).value
        for n in range(45)
    ]
    passes: list[int] = []
    build = BaseDocTemplate.build

    def counted(self: BaseDocTemplate, *args: object, **kwargs: object) -> None:
        passes.append(1)
        build(self, *args, **kwargs)

    monkeypatch.setattr(BaseDocTemplate, "build", counted)
    try:
        pdf = minutes_pdf(built.data())
    finally:
        for session_id in added:
            execute(built.store, DeleteSession(session_id=session_id))
    pages = page_texts(pdf)
    assert len(passes) == 1  # the numbers are drawn once the layout is done
    for number, text in enumerate(pages, start=1):
        assert re.findall(r"Page \d+ sur \d+", text) == [f"Page {number} sur {len(pages)}"]
    # The contents list the bookmarks of levels 0 and 1 in order, each as its dots, its
    # page number, then its title ("… . . 11 Atelier 0 . . ."), up to the first section.
    document = reader(pdf)
    listed = [
        (entry.title, document.get_destination_page_number(entry) + 1)
        for top in document.outline
        for entry in (top if isinstance(top, list) else [top])
        if not isinstance(entry, list)
    ]
    first_section = next(n for n, text in enumerate(pages) if text.startswith(listed[0][0]))
    contents = " ".join(pages[:first_section])
    numbers = [int(found) for found in re.findall(r"(?:\. )+(\d+) ", contents)]
    assert len(numbers) == len(listed) >= 2 * 45
    for (title, page), number in zip(listed, numbers, strict=True):
        # The page its bookmark goes to, and its heading is there.
        assert number == page, title
        assert re.search(rf"{re.escape(title)}\b", pages[number - 1]), (title, number)


def test_an_undated_event_s_cover_gives_its_sessions_days(store: Store) -> None:
    """A programme imported into an undated event dates its sessions, not the event: the
    cover gave only the hours (new-user review)."""
    from datetime import date

    from forum_desktop.export.minutes_data import load_minutes
    from forum_desktop.export.minutes_options import MinutesOptions
    from forum_desktop.services.agenda import AddSession
    from forum_desktop.services.events import CreateEvent

    event = execute(store, CreateEvent(title="Forum", language="fr")).value
    for day in (date(2022, 2, 24), date(2022, 2, 23)):
        execute(store, AddSession(event_id=event, title="Séance", date=day))
    markdown = minutes_markdown(load_minutes(store, event, MinutesOptions()))
    assert "du mercredi 23 février 2022 au jeudi 24 février 2022" in markdown
