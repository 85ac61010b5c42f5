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

    from forum_desktop.services.events import update_event

    update_event(built.store, event_id=built.made.event_id, footer=FOOTER)
    try:
        data = built.data()
        pages = page_texts(minutes_pdf(data))
        assert all(FOOTER in page for page in pages)
        assert minutes_markdown(data).rstrip().endswith(f"*{FOOTER}*")
        document = Document(BytesIO(minutes_docx(data)))
        assert FOOTER in [p.text for p in document.sections[0].footer.paragraphs]
    finally:
        update_event(built.store, event_id=built.made.event_id, footer="")
    assert not any(FOOTER in page for page in page_texts(minutes_pdf(built.data())))


def test_a_long_build_reports_its_progress_in_order(built: Built) -> None:
    shares: list[float] = []
    minutes_pdf(built.data(), shares.append)
    assert len(shares) >= 10
    assert shares == sorted(shares) and shares[0] >= 0 and shares[-1] <= 0.99
    assert shares[-1] >= 0.5  # both passes of the table of contents counted


def test_the_contents_settle_in_two_layout_passes(
    built: Built, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportlab.platypus import BaseDocTemplate

    from forum_desktop.services.agenda import add_session, delete_session

    # Enough sessions for the contents to run past the cover page: every page after it
    # moves once the contents are filled in.
    added = [
        add_session(built.store, event_id=built.made.event_id, title=f"Atelier {n}").value
        for n in range(45)
    ]
    passes: list[int] = []
    build = BaseDocTemplate.build

    def counted(self: BaseDocTemplate, *args: object, **kwargs: object) -> None:
        passes.append(1)
        build(self, *args, **kwargs)

    monkeypatch.setattr(BaseDocTemplate, "build", counted)
    try:
        pages = page_texts(minutes_pdf(built.data()))
    finally:
        for session_id in added:
            delete_session(built.store, session_id=session_id)
    assert len(passes) == 2  # the contents had their room from the first pass
    contents = " ".join(pages[:2])
    found = re.search(r"\. (\d+) Atelier 44\b", contents)
    assert found is not None, contents
    page = int(found.group(1))  # and the page numbers are right
    assert "Atelier 44" in pages[page - 1] and "Atelier 44" not in pages[page - 2]
