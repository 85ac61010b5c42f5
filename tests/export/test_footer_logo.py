"""The event's logo small in the footer of every page ("Logo in the footer too"): in the
minutes (PDF and DOCX), the run sheet, the participants' agenda and the sign-in sheet;
never when the event does not ask for it."""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest

from forum_desktop.clock import FakeClock
from forum_desktop.export.footer_logo import HEIGHT_MM, MAX_WIDTH_MM, footer_logo
from forum_desktop.export.minutes_docx import minutes_docx
from forum_desktop.export.minutes_pdf import minutes_pdf
from forum_desktop.export.pdf import MARGIN_SIDE, MM
from forum_desktop.services.commands import execute
from forum_desktop.services.demo import DEMO_EVENT_ID
from forum_desktop.services.events import UpdateEvent
from forum_desktop.services.logo import SetEventLogo
from forum_desktop.storage import Store, open_database
from tests.export.minutes_event import populate
from tests.export.pdf_reading import reader
from tests.export.test_minutes_pdf import Built
from tests.photo_bytes import png_bytes
from tests.test_cli import EXIT_OK, cli

LOGO = png_bytes(600, 200, shade=90)
"""Three times as wide as high: 21 × 7 mm in the footer, 336 × 112 pixels there (the
cover keeps its own 600 × 200)."""
FOOTER_PIXELS = (336, 112)
FOOTER = "CGLU Apprentissage · learning@uclg.org"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    clock = FakeClock()
    conn = open_database(tmp_path_factory.mktemp("footer") / "forum.sqlite3", clock)
    try:
        store = Store(conn, clock)
        made = populate(store)
        execute(store, SetEventLogo(event_id=made.event_id, image=LOGO))
        execute(store, UpdateEvent(event_id=made.event_id, footer=FOOTER))
        yield Built(store, made)
    finally:
        conn.close()


def page_images(data: bytes) -> list[set[tuple[int, int]]]:
    """Per page, the pixel sizes of the images its resources hold."""
    found = []
    for page in reader(data).pages:
        resources: Any = page["/Resources"]
        objects: Any = resources.get("/XObject", {})
        sizes = set()
        for each in objects.values():
            image = each.get_object()
            if image["/Subtype"] == "/Image":
                sizes.add((int(image["/Width"]), int(image["/Height"])))
        found.append(sizes)
    return found


def footer_line_x(data: bytes, page: int) -> float:
    """Where the event's footer line starts on ``page`` (points from the left edge)."""
    starts: list[float] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if text.strip() == FOOTER:
            starts.append(tm[4] * cm[0] + cm[4])

    reader(data).pages[page].extract_text(visitor_text=visit)
    [start] = starts
    return start


def test_the_logo_is_scaled_for_the_footer_keeping_its_shape() -> None:
    logo = footer_logo(LOGO)
    assert logo is not None
    assert (logo.width_mm, logo.height_mm) == pytest.approx((21.0, HEIGHT_MM))
    from PIL import Image

    assert Image.open(BytesIO(logo.png)).size == FOOTER_PIXELS
    banner = footer_logo(png_bytes(2000, 100))  # 20:1 would be 140 mm wide at 7 mm high
    assert banner is not None
    assert (banner.width_mm, banner.height_mm) == pytest.approx((MAX_WIDTH_MM, 2.0))
    assert footer_logo(LOGO[:40]) is None  # damaged: the document prints without it
    assert footer_logo(None) is None


def test_minutes_pdf_draws_the_logo_in_every_footer_when_asked(built: Built) -> None:
    execute(built.store, UpdateEvent(event_id=built.made.event_id, footer_logo=True))
    try:
        pdf = minutes_pdf(built.data())
    finally:
        execute(built.store, UpdateEvent(event_id=built.made.event_id, footer_logo=False))
    pages = page_images(pdf)
    assert len(pages) > 3
    assert all(FOOTER_PIXELS in sizes for sizes in pages)
    # The footer's texts start right of the logo (21 mm wide), not under it.
    assert footer_line_x(pdf, 1) >= MARGIN_SIDE + 21 * MM + 4

    off = minutes_pdf(built.data())
    assert not any(FOOTER_PIXELS in sizes for sizes in page_images(off))
    assert footer_line_x(off, 1) == pytest.approx(MARGIN_SIDE, abs=1)


def docx_footer_pictures(data: bytes) -> list[Any]:
    from docx import Document

    footer = Document(BytesIO(data)).sections[0].footer
    return [
        picture
        for paragraph in footer.paragraphs
        for picture in paragraph._p.xpath(".//pic:pic")  # pictures in the footer's runs
    ]


def test_minutes_docx_has_the_picture_in_its_footer_when_asked(built: Built) -> None:
    from docx import Document
    from docx.shared import Mm

    execute(built.store, UpdateEvent(event_id=built.made.event_id, footer_logo=True))
    try:
        data = minutes_docx(built.data())
    finally:
        execute(built.store, UpdateEvent(event_id=built.made.event_id, footer_logo=False))
    assert len(docx_footer_pictures(data)) == 1
    footer = Document(BytesIO(data)).sections[0].footer
    [extent] = footer.paragraphs[0]._p.xpath(".//wp:extent")
    assert int(extent.get("cy")) == pytest.approx(Mm(HEIGHT_MM), rel=0.01)
    assert docx_footer_pictures(minutes_docx(built.data())) == []


@pytest.mark.parametrize("options", [[], ["--participants"], ["--sign-in"]])
def test_agenda_and_sign_in_sheet_draw_it_on_every_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], options: list[str]
) -> None:
    db = tmp_path / "demo.sqlite3"
    assert cli(capsys, "demo", "--db", db).code == EXIT_OK
    clock = FakeClock()
    conn = open_database(db, clock)
    try:
        store = Store(conn, clock)
        execute(store, SetEventLogo(event_id=DEMO_EVENT_ID, image=LOGO))
        execute(store, UpdateEvent(event_id=DEMO_EVENT_ID, footer_logo=True))
    finally:
        conn.close()
    shown = tmp_path / "shown.pdf"
    outcome = cli(capsys, "export-agenda", str(DEMO_EVENT_ID), "-o", shown, *options, "--db", db)
    assert outcome.code == EXIT_OK, outcome
    assert all(FOOTER_PIXELS in sizes for sizes in page_images(shown.read_bytes()))

    conn = open_database(db, clock)
    try:
        execute(Store(conn, clock), UpdateEvent(event_id=DEMO_EVENT_ID, footer_logo=False))
    finally:
        conn.close()
    hidden = tmp_path / "hidden.pdf"
    outcome = cli(capsys, "export-agenda", str(DEMO_EVENT_ID), "-o", hidden, *options, "--db", db)
    assert outcome.code == EXIT_OK, outcome
    assert not any(FOOTER_PIXELS in sizes for sizes in page_images(hidden.read_bytes()))
