"""The sign-in sheet, read back from the PDF."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from forum_desktop.export.pdf import MIN_FONT_SIZE
from forum_desktop.export.signin_pdf import signin_sheet_pdf
from forum_desktop.models import Event, Participant
from tests.export.conftest import HOSTILE, Demo
from tests.export.pdf_reading import all_text, base_fonts, media_box, page_texts, text_sizes

HEADERS = {
    "en": ("Sign-in sheet", "No. Name Organisation Country Signature", "Page 1 of 2"),
    "fr": ("Feuille d'émargement", "N° Nom Organisation Pays Signature", "Page 1 sur 2"),
    "es": ("Hoja de firmas", "N.º Nombre Organización País Firma", "Página 1 de 2"),
}


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_roster_in_alphabetical_order_with_walk_in_rows(demo: Demo, language: str) -> None:
    name, header, page = HEADERS[language]
    pages = page_texts(signin_sheet_pdf(demo.event, demo.participants, language=language))
    text = " ".join(pages)
    assert pages[0].startswith(f"{demo.event.title} {name}")
    assert header in pages[0]
    assert pages[0].endswith(f"{name} {page}")
    assert "Aïgoul Safina CGLU Eurasie" in text
    assert "Núria Vilalta Puig Secrétariat mondial de CGLU — équipe Apprentissage Espagne" in text
    # Accents do not change the order: Élodie comes among the E, before Geneviève.
    assert text.index("Chloé Besson") < text.index("Élodie Marchand")
    assert text.index("Élodie Marchand") < text.index("Geneviève Tremblay")
    assert "15 김서연 Ville métropolitaine de Daejeon" in text  # then the walk-in rows
    assert re.search(r"République de Corée 16 17 18 19 20 \d", text)


def test_numbered_blank_rows_follow_the_roster() -> None:
    event = Event(title="Atelier")
    people = [Participant(event_id=event.id, name=name) for name in ("Bo", "ana")]
    text = all_text(signin_sheet_pdf(event, people, language="en", walk_in_rows=3))
    assert text == (
        "Atelier Sign-in sheet No. Name Organisation Country Signature "
        "1 ana 2 Bo 3 4 5 Sign-in sheet Page 1 of 1"
    )


def test_the_header_row_repeats_on_every_page(demo: Demo) -> None:
    pages = page_texts(signin_sheet_pdf(demo.event, demo.participants, walk_in_rows=40))
    assert len(pages) >= 2
    for page in pages[1:]:
        assert page.startswith("N° Nom Organisation Pays Signature")


def test_korean_names_print_in_their_font(demo: Demo) -> None:
    data = signin_sheet_pdf(demo.event, demo.participants)
    assert "김서연 Ville métropolitaine de Daejeon" in all_text(data)
    assert "NanumGothicBold" in base_fonts(data)  # names are bold


def test_fonts_sizes_and_page_sizes(demo: Demo) -> None:
    a4 = signin_sheet_pdf(demo.event, demo.participants, language="en")
    letter = signin_sheet_pdf(demo.event, demo.participants, language="en", page_size="Letter")
    assert media_box(a4) == (595, 842)
    assert media_box(letter) == (612, 792)
    assert base_fonts(a4) == {
        "NotoSans-Regular",
        "NotoSans-Bold",
        "NanumGothicBold",  # the file's own name for its bold face
        "NotoSansArabic-Bold",
    }
    assert min(text_sizes(a4)) >= MIN_FONT_SIZE


def test_hostile_and_greek_text_and_a_given_day() -> None:
    event = Event(title="Ελληνικά & Кириллица", start_date=dt.date(2024, 5, 6))
    people = [
        Participant(event_id=event.id, name=HOSTILE, organisation="A & B <i>", country="Ελλάδα")
    ]
    text = all_text(
        signin_sheet_pdf(event, people, language="es", walk_in_rows=0, day=dt.date(2024, 5, 7))
    )
    assert text.startswith("Ελληνικά & Кириллица Hoja de firmas martes, 7 de mayo de 2024")
    assert f"1 {HOSTILE} A & B <i> Ελλάδα" in text
    with pytest.raises(ValueError, match="walk_in_rows"):
        signin_sheet_pdf(event, people, walk_in_rows=-1)
