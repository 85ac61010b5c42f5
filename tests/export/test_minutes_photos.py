"""Photos of flipcharts in the minutes: under their item, with captions, never too large."""

from __future__ import annotations

import re
from io import BytesIO
from zipfile import ZipFile

import pytest
from pypdf import PdfReader

from forum_desktop.export.minutes_data import load_minutes
from forum_desktop.export.minutes_docx import minutes_docx
from forum_desktop.export.minutes_md import minutes_markdown
from forum_desktop.export.minutes_options import MinutesOptions
from forum_desktop.export.minutes_pdf import minutes_pdf
from forum_desktop.export.pdf import frame_size
from forum_desktop.models import ReviewState
from forum_desktop.services.capture import CaptureOutcome, SetReview
from forum_desktop.services.commands import execute
from forum_desktop.services.photos import AddPhoto
from forum_desktop.storage import Store
from tests.export.pdf_reading import all_text, page_texts
from tests.photo_bytes import jpeg_bytes, png_bytes
from tests.services.helpers import build_event


def test_photos_print_under_their_item_scaled_to_the_frame(store: Store) -> None:
    built = build_event(store)
    draft = execute(
        store,
        CaptureOutcome(
            event_id=built.event_id,
            session_id=built.session_id,
            item_id=built.item_ids[3],
            kind="note",
            text="Les groupes présentent",
        ),
    ).value
    for caption, item, outcome, size in (
        ("Mur de post-it <b>&</b>", built.item_ids[3], None, (2000, 600)),
        ("Photo d'une note en brouillon", None, draft, (40, 30)),
    ):
        execute(
            store,
            AddPhoto(
                event_id=built.event_id,
                item_id=item,
                outcome_id=outcome,
                image=png_bytes(*size),
                mime="image/png",
                width=size[0],
                height=size[1],
                caption=caption,
            ),
        )
    pdf = minutes_pdf(load_minutes(store, built.event_id, MinutesOptions()))
    text = all_text(pdf)
    assert "Mur de post-it <b>&</b>" in text
    assert "Photo d'une note en brouillon" in text
    frame_width, _ = frame_size("A4")
    drawn = [image.image.size for page in PdfReader(BytesIO(pdf)).pages for image in page.images]
    assert sorted(drawn) == [(40, 30), (1600, 480)]  # scaled to print resolution
    widths = [
        float(op[1][0]) for page in PdfReader(BytesIO(pdf)).pages for op in _image_matrices(page)
    ]
    assert widths and max(widths) <= frame_width + 0.5  # never wider than the frame
    # Approved entries only: the draft's photo goes with it, the item's own photo stays.
    approved = load_minutes(store, built.event_id, MinutesOptions(approved_only=True))
    assert [p.caption for p in approved.photos] == ["Mur de post-it <b>&</b>"]
    execute(store, SetReview(outcome_ids=[draft], state=ReviewState.APPROVED))
    approved = load_minutes(store, built.event_id, MinutesOptions(approved_only=True))
    assert len(approved.photos) == 2
    markdown = minutes_markdown(load_minutes(store, built.event_id, MinutesOptions()))
    assert "*[Mur de post-it \\<b\\>\\&\\</b\\>]*" in markdown
    document = minutes_docx(load_minutes(store, built.event_id, MinutesOptions()))
    media = [n for n in ZipFile(BytesIO(document)).namelist() if n.startswith("word/media/")]
    assert len(media) == 2


def _image_matrices(page: object) -> list[tuple[str, list[float]]]:
    """The ``cm`` operators that place images: their first number is the drawn width."""
    from pypdf.generic import ContentStream

    content = ContentStream(page.get_contents(), page.pdf)  # type: ignore[attr-defined]
    xobjects = page["/Resources"].get("/XObject", {})  # type: ignore[index]
    found = []
    last: list[float] | None = None
    for operands, operator in content.operations:
        if operator == b"cm":
            last = [float(x) for x in operands]
        # Images only: the page numbers are drawn from forms.
        elif (
            operator == b"Do" and last is not None and xobjects[operands[0]]["/Subtype"] == "/Image"
        ):
            found.append(("cm", last))
    return found


def test_a_photo_that_cannot_be_decoded_prints_its_caption_only(store: Store) -> None:
    built = build_event(store)
    # A JPEG header without pixels passes the core's checks (as from an imported file).
    execute(
        store,
        AddPhoto(
            event_id=built.event_id,
            item_id=built.item_ids[0],
            image=jpeg_bytes(640, 480),
            mime="image/jpeg",
            width=640,
            height=480,
            caption="Tableau abîmé",
        ),
    )
    pdf = minutes_pdf(load_minutes(store, built.event_id, MinutesOptions()))
    assert "Tableau abîmé" in all_text(pdf)
    # No image at all (the page numbers are XObjects too, but forms, not images).
    assert not [image for page in PdfReader(BytesIO(pdf)).pages for image in page.images]


def test_the_list_of_photos_gives_each_one_s_place_and_page(store: Store) -> None:
    built = build_event(store)
    for n in range(3):
        execute(
            store,
            AddPhoto(
                event_id=built.event_id,
                item_id=built.item_ids[n],
                image=png_bytes(1200, 900),
                mime="image/png",
                width=1200,
                height=900,
                caption=f"Tableau {n}",
            ),
        )
    data = load_minutes(store, built.event_id, MinutesOptions())
    pages = page_texts(minutes_pdf(data))
    listing = next(page for page in reversed(pages) if "Liste des photos" in page)
    for n in range(3):
        # Each row draws its dots and page number before its text ("… 3 Tableau 0 — 1.").
        found = re.search(rf"\. (\d+) Tableau {n} — [\d.]+ ", listing)
        assert found is not None, listing
        page = int(found.group(1))
        assert f"Tableau {n}" in pages[page - 1].replace("Liste des photos", "")
        assert f"Tableau {n}" not in pages[page - 2]
    markdown = minutes_markdown(data)
    assert "- Tableau 2 — 1\\.2. Tour de table" in markdown


def camera_jpeg(width: int, height: int) -> bytes:
    """A real JPEG the size a phone's camera takes, with detail to compress."""
    from PIL import Image

    image = Image.radial_gradient("L").resize((width, height)).convert("RGB")
    out = BytesIO()
    image.save(out, format="JPEG", quality=95)
    return out.getvalue()


def test_a_camera_photo_is_embedded_at_print_resolution(store: Store) -> None:
    from forum_desktop.export.print_images import PRINT_PIXELS

    built = build_event(store)
    original = camera_jpeg(4000, 3000)
    execute(
        store,
        AddPhoto(
            event_id=built.event_id,
            item_id=built.item_ids[0],
            image=original,
            mime="image/jpeg",
            width=4000,
            height=3000,
            caption="Mur de post-it",
        ),
    )
    data = load_minutes(store, built.event_id, MinutesOptions())
    pdf = minutes_pdf(data)
    [embedded] = [
        image.image.size for page in PdfReader(BytesIO(pdf)).pages for image in page.images
    ]
    assert max(embedded) == PRINT_PIXELS and embedded[0] * 3 == embedded[1] * 4
    assert len(pdf) < len(original)
    widths = [
        float(op[1][0]) for page in PdfReader(BytesIO(pdf)).pages for op in _image_matrices(page)
    ]
    frame_width, frame_height = frame_size("A4")
    # Laid out by the photo's own size, as before: half the frame's height at most.
    assert widths == [pytest.approx(min(frame_width, frame_height * 0.5 * 4 / 3))]


def test_one_photo_shown_twice_is_embedded_once_as_its_jpeg(store: Store) -> None:
    built = build_event(store)
    original = camera_jpeg(2000, 1500)
    for item_id in built.item_ids[:2]:
        execute(
            store,
            AddPhoto(
                event_id=built.event_id,
                item_id=item_id,
                image=original,
                mime="image/jpeg",
                width=2000,
                height=1500,
                caption="Tableau",
            ),
        )
    pdf = minutes_pdf(load_minutes(store, built.event_id, MinutesOptions()))
    objects = {
        (image.indirect_reference.idnum, image.image.format)
        for page in PdfReader(BytesIO(pdf)).pages
        for image in page.images
    }
    assert [format for _, format in objects] == ["JPEG"]
    assert sum(len(_image_matrices(page)) for page in PdfReader(BytesIO(pdf)).pages) == 2
