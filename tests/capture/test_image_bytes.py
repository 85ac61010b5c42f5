"""The core's checks on image bytes: type, signature, size limit, dimensions."""

from __future__ import annotations

import pytest

from forum_desktop.capture.image_bytes import ImageError, check_image, image_size, sniff_mime
from forum_desktop.models.photo import IMAGE_MIMES, ORIGINAL_MIMES
from tests.photo_bytes import jpeg_bytes, png_bytes


@pytest.mark.parametrize(
    ("data", "mime"),
    [
        (png_bytes(), "image/png"),
        (jpeg_bytes(), "image/jpeg"),
        (b"GIF89a\x01\x00\x01\x00", "image/gif"),
        (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "image/webp"),
        (b"II*\x00\x08\x00\x00\x00", "image/tiff"),
        (b"BM\x36\x00\x00\x00", "image/bmp"),
        (b"%PDF-1.7\n", None),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", None),
        (b"", None),
    ],
)
def test_sniff_mime_reads_the_signature(data: bytes, mime: str | None) -> None:
    assert sniff_mime(data) == mime


def test_sizes_come_from_the_headers() -> None:
    assert image_size(png_bytes(31, 17), "image/png") == (31, 17)
    assert image_size(jpeg_bytes(4000, 3000), "image/jpeg") == (4000, 3000)
    # Fill bytes and restart markers before the frame header are skipped.
    padded = jpeg_bytes(12, 34).replace(b"\xff\xc0", b"\xff\xff\xd0\xff\xc0", 1)
    assert image_size(padded, "image/jpeg") == (12, 34)


@pytest.mark.parametrize(
    ("data", "mime"),
    [
        (b"\x89PNG\r\n\x1a\n", "image/png"),
        (b"\xff\xd8\xff\xe0\x00", "image/jpeg"),
        (b"\xff\xd8\x00\x00\x00\x00", "image/jpeg"),
        (jpeg_bytes().replace(b"\xff\xc0", b"\xff\xd9"), "image/jpeg"),
        (png_bytes(), "image/gif"),
    ],
)
def test_damaged_headers_are_refused(data: bytes, mime: str) -> None:
    with pytest.raises(ImageError):
        image_size(data, mime)


def test_check_image_accepts_what_it_says() -> None:
    check_image(png_bytes(), "image/png", allowed=IMAGE_MIMES, max_bytes=10_000, what="image")
    check_image(b"GIF87a..", "image/gif", allowed=ORIGINAL_MIMES, max_bytes=10, what="original")


@pytest.mark.parametrize(
    ("data", "mime", "message"),
    [
        (png_bytes(), "image/svg+xml", "'image/svg+xml' is not an accepted image type"),
        (b"", "image/png", "the image is empty"),
        (png_bytes(200, 200), "image/png", "the limit is 0.0 MB"),
        (jpeg_bytes(), "image/png", "not a image/png image (image/jpeg)"),
        (b"MZ\x90\x00 an executable", "image/jpeg", "not an image at all"),
    ],
)
def test_check_image_says_what_is_wrong(data: bytes, mime: str, message: str) -> None:
    with pytest.raises(ImageError, match=r"^image: ") as caught:
        check_image(data, mime, allowed=IMAGE_MIMES, max_bytes=40, what="image")
    assert message in str(caught.value)
