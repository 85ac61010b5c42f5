"""The event's logo on the cover of its minutes, in the PDF and the DOCX, scaled to fit."""

from __future__ import annotations

from io import BytesIO
from typing import Any

from forum_desktop.export.minutes_data import load_minutes
from forum_desktop.export.minutes_docx import minutes_docx
from forum_desktop.export.minutes_options import MinutesOptions
from forum_desktop.export.minutes_pdf import minutes_pdf
from forum_desktop.export.pdf import frame_size
from forum_desktop.services.commands import execute
from forum_desktop.services.logo import SetEventLogo
from forum_desktop.storage import Store
from tests.export.pdf_reading import all_text, reader
from tests.photo_bytes import jpeg_bytes, png_bytes
from tests.services.helpers import build_event


def images_on(data: bytes, page: int) -> list[Any]:
    resources: Any = reader(data).pages[page]["/Resources"]
    xobjects = resources.get("/XObject", {})
    return [
        found
        for found in (ref.get_object() for ref in xobjects.values())
        if found["/Subtype"] == "/Image"
    ]


def drawn_width(data: bytes) -> float:
    """The width the first page draws its image at (its ``cm`` before ``Do``)."""
    content = reader(data).pages[0].get_contents().get_data().decode("latin-1")
    before_do = content[: content.index(" Do")]
    numbers = before_do.rsplit(" cm", 1)[0].split()[-6:]
    return float(numbers[0])


def test_the_logo_is_drawn_on_the_cover_page_only(store: Store) -> None:
    event_id = build_event(store).event_id
    execute(store, SetEventLogo(event_id=event_id, image=png_bytes(400, 100)))
    pdf = minutes_pdf(load_minutes(store, event_id, MinutesOptions()))
    [logo] = images_on(pdf, 0)
    assert (logo["/Width"], logo["/Height"]) == (400, 100)
    assert all(not images_on(pdf, page) for page in range(1, len(reader(pdf).pages)))
    assert all_text(pdf)  # the cover's text is still there


def test_a_large_logo_is_scaled_to_fit_the_page(store: Store) -> None:
    event_id = build_event(store).event_id
    execute(store, SetEventLogo(event_id=event_id, image=png_bytes(4000, 500)))
    pdf = minutes_pdf(load_minutes(store, event_id, MinutesOptions(page_size="Letter")))
    assert images_on(pdf, 0)
    assert drawn_width(pdf) <= frame_size("Letter")[0] + 0.01


def test_without_a_logo_the_cover_has_no_image(store: Store) -> None:
    event_id = build_event(store).event_id
    assert images_on(minutes_pdf(load_minutes(store, event_id, MinutesOptions())), 0) == []


def test_a_logo_that_cannot_be_decoded_leaves_the_cover_without_it(store: Store) -> None:
    event_id = build_event(store).event_id
    # A JPEG header without pixels passes the core's checks (as from an imported file).
    execute(store, SetEventLogo(event_id=event_id, image=jpeg_bytes(300, 100)))
    pdf = minutes_pdf(load_minutes(store, event_id, MinutesOptions()))
    assert images_on(pdf, 0) == []
    assert all_text(pdf)


def test_the_docx_cover_starts_with_the_logo(store: Store) -> None:
    from docx import Document
    from docx.shared import Inches

    event_id = build_event(store).event_id
    execute(store, SetEventLogo(event_id=event_id, image=png_bytes(400, 100)))
    document = Document(BytesIO(minutes_docx(load_minutes(store, event_id, MinutesOptions()))))
    [shape] = document.inline_shapes
    assert shape.width <= Inches(6)
    first = document.paragraphs[0]
    assert first._p.xpath(".//pic:pic")  # the picture is the cover's first paragraph
