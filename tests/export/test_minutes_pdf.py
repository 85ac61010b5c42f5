"""The minutes as PDF and Markdown, built from a fully populated event and read back."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from forum_desktop.clock import FakeClock
from forum_desktop.export.markup import clean
from forum_desktop.export.minutes_data import MinutesData, load_minutes
from forum_desktop.export.minutes_md import md_escape, minutes_markdown
from forum_desktop.export.minutes_options import SECTIONS, MinutesOptions
from forum_desktop.export.minutes_pdf import minutes_pdf, minutes_styles
from forum_desktop.export.pdf import MIN_FONT_SIZE
from forum_desktop.models import Session
from forum_desktop.services.capture import SetSessionFinal
from forum_desktop.services.commands import execute
from forum_desktop.storage import RecordNotFoundError, Store, open_database
from tests.export.conftest import HOSTILE
from tests.export.minutes_event import (
    ANONYMOUS_QUOTE,
    ANONYMOUS_SPEAKER,
    ARABIC,
    ARABIC_LONG,
    DRAFT_MARKER,
    ENGLISH,
    EVENT_SUMMARY,
    INCLUSIVE,
    KOREAN,
    SPANISH,
    SPEAKER,
    MinutesEvent,
    populate,
)
from tests.export.pdf_reading import all_text, base_fonts, page_texts, reader, text_sizes


@dataclass
class Built:
    store: Store
    made: MinutesEvent

    def data(self, **options: object) -> MinutesData:
        return load_minutes(self.store, self.made.event_id, MinutesOptions(**options))  # type: ignore[arg-type]

    def pdf(self, **options: object) -> bytes:
        return minutes_pdf(self.data(**options))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    clock = FakeClock()
    conn = open_database(tmp_path_factory.mktemp("minutes") / "forum.sqlite3", clock)
    try:
        store = Store(conn, clock)
        yield Built(store, populate(store))
    finally:
        conn.close()


@pytest.fixture(scope="module")
def french(built: Built) -> bytes:
    return built.pdf()


def normalised(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def arabic_words(text: str) -> list[str]:
    """The Arabic words of ``text``, without punctuation."""
    return re.findall(r"[\u0621-\u064a]+", text)


def test_every_captured_text_is_printed(french: bytes) -> None:
    text = all_text(french)
    for expected in (SPANISH, ENGLISH, KOREAN, INCLUSIVE, EVENT_SUMMARY, HOSTILE.strip()):
        assert expected in text, expected
    assert "Risque : perdre le lien entre deux congrès & <i>oublier</i>" in text
    # The owners of the action, from the roster and typed.
    assert "Núria Vilalta Puig, 김서연, Jean Dupont" in text


def test_arabic_is_shaped_and_every_word_is_there(french: bytes) -> None:
    """pypdf reads the presentation forms the minutes print; NFKC gives the letters back,
    in logical order (pypdf reorders right-to-left runs) or reversed per word."""
    printed = normalised(all_text(french))
    for word in arabic_words(ARABIC + " " + ARABIC_LONG):
        assert word in printed or word[::-1] in printed, word
    raw = all_text(french)
    assert any(0xFE70 <= ord(char) <= 0xFEFF for char in raw), "joined forms, not bare letters"


def test_each_script_is_set_in_an_embedded_font_that_has_its_glyphs(french: bytes) -> None:
    assert base_fonts(french) == {
        "NotoSans-Regular",
        "NotoSans-Bold",
        "NotoSans-Italic",  # *emphasis* in the context
        "NanumGothic",
        "NotoSansArabic-Regular",
    }
    for page in reader(french).pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object()["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor  # embedded TrueType outlines
    assert "\ufffd" not in all_text(french)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["Minutes", "Contents", "Executive summary", "Attendance", "Open questions"]),
        ("fr", ["Compte rendu", "Sommaire", "Synthèse", "Participation", "Questions ouvertes"]),
        ("es", ["Acta", "Índice", "Resumen ejecutivo", "Asistencia", "Preguntas abiertas"]),
    ],
)
def test_labels_are_in_the_chosen_language(
    built: Built, language: str, expected: list[str]
) -> None:
    data = built.pdf(language=language) if language != "fr" else built.pdf()
    text = all_text(data)
    for label in expected:
        assert label in text, label
    assert SPANISH in text  # the content stays as typed


def test_page_x_of_y_on_every_page(french: bytes) -> None:
    pages = page_texts(french)
    assert len(pages) >= 4
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} sur {len(pages)}" in text


WATERMARK_FILL = b".705882 .137255 .094118 rg"
"""The watermark's colour (#b42318) as a PDF fill operator."""


def watermarked_pages(data: bytes) -> list[bool]:
    """Whether each page fills a shape in the watermark's colour."""
    return [WATERMARK_FILL in page.get_contents().get_data() for page in reader(data).pages]


def test_the_draft_watermark_is_on_every_page_until_the_session_is_final(built: Built) -> None:
    draft = built.pdf(language="fr")
    assert all(watermarked_pages(draft))
    # A shape, not text: copying a page never picks up "PROJET".
    assert not any("PROJET" in page or "PR OJ" in page for page in page_texts(draft))
    execute(built.store, SetSessionFinal(session_id=built.made.session_id, final=True))
    try:
        final = built.pdf(language="en")
    finally:
        execute(built.store, SetSessionFinal(session_id=built.made.session_id, final=False))
    assert not any(watermarked_pages(final))
    assert "Status: Final" in all_text(final)


def test_names_and_anonymity(built: Built, french: bytes) -> None:
    text = all_text(french)
    assert f"« Aprender juntos » — {SPEAKER}" in text
    # An anonymous quote never names its speaker, though the speaker is on the roster.
    assert f"« {ANONYMOUS_QUOTE} »" in text
    assert f"— {ANONYMOUS_SPEAKER}" not in text
    anonymous = all_text(built.pdf(anonymous=True))
    assert "Les noms des personnes ne figurent pas." in anonymous
    for name in (SPEAKER, ANONYMOUS_SPEAKER, "Núria Vilalta Puig", "Jean Dupont", "김서연"):
        assert name not in anonymous, name
    assert "Envoyer le compte rendu aux mairies" in anonymous
    # The roster is still counted.
    assert "Par organisation" in anonymous


def test_drafts_are_marked_or_left_out(built: Built, french: bytes) -> None:
    text = all_text(french)
    assert f"{DRAFT_MARKER} (brouillon)" in text
    assert "Comprend des entrées non encore approuvées" in text
    approved = all_text(built.pdf(approved_only=True))
    assert DRAFT_MARKER not in approved
    assert "Entrées approuvées uniquement." in approved
    assert SPANISH in approved


def test_bookmarks_follow_the_sections_sessions_and_items(french: bytes) -> None:
    outline = reader(french).outline
    top = [entry.title for entry in outline if not isinstance(entry, list)]
    assert top == [
        "Contexte et objectifs",
        "Synthèse",
        "Participation",
        "Programme",
        "Déroulé et résultats",
        "Actions",
        "Questions ouvertes",
    ]
    nested = [entry for entry in outline if isinstance(entry, list)]
    sessions = [entry.title for group in nested for entry in group if not isinstance(entry, list)]
    assert "Session en ligne et sur place" in sessions
    items = [
        entry.title
        for group in nested
        for sub in group
        if isinstance(sub, list)
        for entry in sub
        if not isinstance(entry, list)
    ]
    assert "1.2. Introduction interactive : Qui est qui et qui êtes-vous ?" in items
    # The table of contents on the cover lists the sections with their pages.
    cover = page_texts(french)[0]
    assert "Sommaire" in cover
    assert "Déroulé et résultats" in cover


def test_bookmarks_point_at_the_pages_their_headings_are_on(french: bytes) -> None:
    pdf = reader(french)
    pages = page_texts(french)
    for entry in pdf.outline:
        if isinstance(entry, list):
            continue
        page = pdf.get_destination_page_number(entry)
        assert entry.title in pages[page], entry.title


def test_chosen_sections_only(built: Built) -> None:
    data = built.pdf(sections=("actions", "questions"))
    top = [entry.title for entry in reader(data).outline if not isinstance(entry, list)]
    assert top == ["Actions", "Questions ouvertes"]
    assert "Participation" not in all_text(data)
    with pytest.raises(ValueError, match="unknown section 'timing'"):
        MinutesOptions(sections=("timing",))


def test_metadata(french: bytes) -> None:
    pdf = reader(french)
    assert pdf.metadata is not None
    assert pdf.metadata.title == "En route vers le Forum d'apprentissage — Compte rendu"
    assert pdf.metadata.subject == "Compte rendu"
    assert pdf.metadata.author == "CGLU Apprentissage — Secrétariat mondial de CGLU"
    assert pdf.trailer["/Root"]["/Lang"] == "fr"


def test_no_text_is_smaller_than_9_points(french: bytes) -> None:
    sizes = text_sizes(french)
    assert min(sizes) >= MIN_FONT_SIZE, {size: sizes[size] for size in sizes if size < 9}
    for style in vars(minutes_styles()).values():
        assert style.fontSize >= MIN_FONT_SIZE, style.name


def test_letter_and_one_session(built: Built) -> None:
    data = built.pdf(page_size="Letter", session_id=built.made.session_id)
    box = reader(data).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    # The event-level summary belongs to no session: one session's minutes leave it out.
    assert EVENT_SUMMARY not in all_text(data).split("Messages clés")[-1]
    with pytest.raises(RecordNotFoundError):
        built.data(session_id=built.made.event_id)


def test_markdown_carries_the_same_content_escaped(built: Built) -> None:
    text = minutes_markdown(built.data())
    assert text.startswith("# En route vers le Forum d'apprentissage\n")
    assert "## Déroulé et résultats" in text
    assert md_escape(HOSTILE) in text
    assert "\\<b\\>bold\\</b\\> \\& \\<img" in text
    for expected in (ARABIC, KOREAN, INCLUSIVE, SPANISH, ENGLISH):
        assert md_escape(expected) in text
    assert (
        "| Envoyer le compte rendu aux mairies "
        "| Session en ligne et sur place — 1.2. Introduction interactive : Qui est qui et qui "
        "êtes-vous ? | Núria Vilalta Puig, 김서연, Jean Dupont |" in text  # with its item
    )
    assert f"— {ANONYMOUS_SPEAKER}" not in text
    anonymous = minutes_markdown(built.data(anonymous=True, approved_only=True))
    assert SPEAKER not in anonymous
    assert DRAFT_MARKER not in anonymous


def test_every_section_has_a_builder() -> None:
    from forum_desktop.export.minutes_sections import SECTION_BUILDERS

    assert tuple(SECTION_BUILDERS) == SECTIONS


def test_markdown_escape_keeps_the_text_as_typed() -> None:
    assert md_escape("a *b* | c <d> & #e") == "a \\*b\\* \\| c \\<d\\> \\& \\#e"
    assert md_escape("- item\n1. first") == "\\- item  \n1\\. first"
    assert md_escape(clean("praticien·ne·s")) == "praticien·ne·s"


def test_docx_carries_the_same_content_with_word_styles(built: Built) -> None:
    from io import BytesIO

    from docx import Document

    from forum_desktop.export.minutes_docx import minutes_docx

    document = Document(BytesIO(minutes_docx(built.data(language="en"))))
    paragraphs = {p.text: p for p in document.paragraphs}
    text = "\n".join(paragraphs)
    # English minutes of a French event: its untranslated texts in French, tagged
    title = "En route vers le Forum d'apprentissage [fr]"
    assert document.core_properties.title == f"{title} — Minutes"
    assert document.core_properties.language == "en-GB"
    assert paragraphs["Executive summary"].style.name == "Heading 1"
    assert paragraphs["Contents"].style.name == "Heading 1"
    assert paragraphs["Session en ligne et sur place [fr]"].style.name == "Heading 2"
    for expected in (SPANISH, ENGLISH, KOREAN, INCLUSIVE, ARABIC_LONG, HOSTILE.strip()):
        assert expected in text, expected
    assert f"— {ANONYMOUS_SPEAKER}" not in text
    arabic = paragraphs[ARABIC_LONG]
    assert arabic.paragraph_format.alignment == 2  # right
    assert (
        arabic._p.pPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}bidi")
        is not None
    )
    header = document.sections[0].header.paragraphs[0].text
    assert header == f"{title} — DRAFT"
    tables = document.tables
    assert any(table.rows[0].cells[0].text == "Attendance" for table in tables)
    assert any(
        row.cells[0].text == "Envoyer le compte rendu aux mairies"
        for table in tables
        for row in table.rows
    )


def test_docx_carries_its_own_metadata_language_and_contents(built: Built) -> None:
    from io import BytesIO

    from docx import Document

    from forum_desktop.export.minutes_docx import minutes_docx

    built.store.set_profile(name="Élodie Marchand")
    data = built.data()
    raw = minutes_docx(data)
    document = Document(BytesIO(raw))
    properties = document.core_properties
    assert properties.title == "En route vers le Forum d'apprentissage — Compte rendu"
    assert properties.author == data.author == "Élodie Marchand"  # this laptop's profile
    assert properties.created == properties.modified == data.made_at
    assert properties.language == "fr-FR"
    assert "python-docx" not in f"{properties.comments} {properties.author}"
    assert b"docProps/thumbnail" not in raw  # not the template's picture
    word = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    language = document.styles.element.find(f"{word}docDefaults").find(f".//{word}lang")
    assert language.get(f"{word}val") == "fr-FR"
    # The contents are text: the section headings, then the session under its section.
    texts = [paragraph.text for paragraph in document.paragraphs]
    contents = texts[texts.index("Sommaire") + 1 :]
    assert contents[:2] == ["Contexte et objectifs", "Synthèse"]
    assert "Session en ligne et sur place" in contents[: contents.index("Contexte et objectifs", 1)]
    assert not list(document.element.body.iter(f"{word}fldSimple"))


def test_markup_in_titles_prints_as_typed_in_contents_and_bookmarks(built: Built) -> None:
    from forum_desktop.services.agenda import UpdateSession

    session_id = built.made.session_id
    title = built.store.require(Session, session_id).title
    execute(built.store, UpdateSession(session_id=session_id, title=f"Atelier {HOSTILE}"))
    try:
        data = built.pdf()
    finally:
        execute(built.store, UpdateSession(session_id=session_id, title=title))
    assert f"Atelier {HOSTILE.strip()}" in page_texts(data)[0]  # the table of contents
    nested = [entry for entry in reader(data).outline if isinstance(entry, list)]
    assert f"Atelier {HOSTILE}" in [
        e.title for group in nested for e in group if not isinstance(e, list)
    ]
