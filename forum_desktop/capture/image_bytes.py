"""Checks on image bytes the core is asked to store, without an image library.

The app decodes and scales photos in its UI layer; the core only makes sure that what
it keeps is what it claims to be: an allowed type, whose first bytes are that type's
signature, within the size limit, and (for JPEG and PNG) of the stated dimensions.
"""

from __future__ import annotations

import struct
from collections.abc import Collection

from forum_desktop.models.photo import IMAGE_MIMES

_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"BM", "image/bmp"),
)
# JPEG start-of-frame markers carry the size; C4, C8 and CC are other segments.
_JPEG_FRAMES = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
_JPEG_STANDALONE = frozenset({0x01, *range(0xD0, 0xD9)})


class ImageError(ValueError):
    """Bytes that are not an acceptable image; ``str()`` says what is wrong."""


def sniff_mime(data: bytes) -> str | None:
    """The image type the bytes start like, or ``None``."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    for signature, mime in _SIGNATURES:
        if data.startswith(signature):
            return mime
    return None


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def check_image(
    data: bytes, mime: str, *, allowed: Collection[str], max_bytes: int, what: str
) -> None:
    """Refuse bytes that are not an allowed image of type ``mime`` within ``max_bytes``."""
    if mime not in allowed:
        raise ImageError(f"{what}: {mime!r} is not an accepted image type")
    if not data:
        raise ImageError(f"{what}: the image is empty")
    if len(data) > max_bytes:
        raise ImageError(
            f"{what}: the image is {_megabytes(len(data))}; the limit is {_megabytes(max_bytes)}"
        )
    found = sniff_mime(data)
    if found != mime:
        raise ImageError(
            f"{what}: the bytes are not a {mime} image ({found or 'not an image at all'})"
        )


def image_size(data: bytes, mime: str) -> tuple[int, int]:
    """Width and height read from a PNG or JPEG header."""
    if mime not in IMAGE_MIMES:
        raise ImageError(f"cannot read the size of a {mime} image")
    size = _png_size(data) if mime == "image/png" else _jpeg_size(data)
    if size is None:
        raise ImageError(f"the {mime} image is damaged: its size cannot be read")
    return size


def _png_size(data: bytes) -> tuple[int, int] | None:
    if len(data) < 24 or data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """Walk the segments to the first start-of-frame, which holds the dimensions."""
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte before a marker
            at += 1
            continue
        if marker in _JPEG_STANDALONE:
            at += 2
            continue
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        if marker in _JPEG_FRAMES:
            if at + 9 > len(data):
                return None
            height, width = struct.unpack(">HH", data[at + 5 : at + 9])
            return width, height
        if length < 2:
            return None
        at += 2 + length
    return None
