"""Turning a picture file into what the core stores: decoded, turned upright, scaled, encoded.

Runs on a worker thread (``image_jobs``), so it touches only ``QImage`` and friends,
never a widget. Large photos are scaled so their longest side is ``SCALED_SIDE``; the
original file is kept beside the scaled image only when the user asks for originals.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QImageWriter, QPainter

from forum_desktop.capture.image_bytes import sniff_mime
from forum_desktop.models.photo import MAX_IMAGE_BYTES, MAX_ORIGINAL_BYTES, ORIGINAL_MIMES

SCALED_SIDE = 2048
"""Longest side of a stored photo: a flipchart stays readable on a projector."""
MAX_FILE_BYTES = MAX_ORIGINAL_BYTES
MAX_MEGAPIXELS = 60
"""Larger pictures would pass Qt's 256 MB decoding limit; phones take 12 to 50."""
JPEG_QUALITY = 85


class Problem(Enum):
    UNREADABLE = "unreadable"
    TOO_BIG = "too_big"
    TOO_MANY_PIXELS = "too_many_pixels"
    NOT_AN_IMAGE = "not_an_image"
    DAMAGED = "damaged"


class PhotoFileError(Exception):
    """A file that cannot become a photo; the UI words the message from ``problem``."""

    def __init__(self, problem: Problem, path: Path, detail: str = "") -> None:
        super().__init__(f"{path}: {problem.value} {detail}".strip())
        self.problem = problem
        self.path = path
        self.detail = detail


@dataclass(frozen=True)
class PreparedPhoto:
    path: Path
    image: bytes
    mime: str
    width: int
    height: int
    original: bytes | None = None
    original_mime: str | None = None


def _reader(data: bytes) -> tuple[QImageReader, QBuffer]:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # the camera's EXIF orientation: flipcharts upright
    return reader, buffer


def prepare_photo(path: Path, keep_original: bool) -> PreparedPhoto:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise PhotoFileError(Problem.TOO_BIG, path)
        data = path.read_bytes()
    except OSError as error:
        raise PhotoFileError(Problem.UNREADABLE, path, error.strerror or str(error)) from error
    sniffed = sniff_mime(data)
    if sniffed not in ORIGINAL_MIMES:  # only formats we recognise reach a decoder
        raise PhotoFileError(Problem.NOT_AN_IMAGE, path)
    reader, _buffer = _reader(data)
    reader.setFormat(sniffed.split("/")[1].encode())
    size = reader.size()
    if not reader.canRead() or not size.isValid():
        raise PhotoFileError(Problem.DAMAGED, path, reader.errorString())
    if size.width() * size.height() > MAX_MEGAPIXELS * 1_000_000:
        raise PhotoFileError(Problem.TOO_MANY_PIXELS, path, f"{size.width()}×{size.height()}")
    if max(size.width(), size.height()) > SCALED_SIDE:
        reader.setScaledSize(
            size.scaled(SCALED_SIDE, SCALED_SIDE, Qt.AspectRatioMode.KeepAspectRatio)
        )
    image = reader.read()
    if image.isNull():
        raise PhotoFileError(Problem.DAMAGED, path, reader.errorString())
    encoded, mime = encode(image, prefer_png=sniffed == "image/png")
    keep = keep_original
    return PreparedPhoto(
        path=path,
        image=encoded,
        mime=mime,
        width=image.width(),
        height=image.height(),
        original=data if keep else None,
        original_mime=sniffed if keep else None,
    )


def _write(image: QImage, format_name: bytes, quality: int = -1) -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, format_name)
    writer.setQuality(quality)
    if not writer.write(image):
        raise RuntimeError(f"cannot encode an image as {format_name!r}: {writer.errorString()}")
    buffer.close()
    return bytes(array.data())


def encode(image: QImage, *, prefer_png: bool) -> tuple[bytes, str]:
    """PNG for screenshots and drawings (if small enough), JPEG for photographs."""
    if prefer_png:
        data = _write(image, b"png")
        if len(data) <= MAX_IMAGE_BYTES:
            return data, "image/png"
    if image.hasAlphaChannel():  # JPEG has none: transparent parts become white, not black
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(QColor("white"))
        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        image = flat
    return _write(image, b"jpg", JPEG_QUALITY), "image/jpeg"


def thumbnail(data: bytes, side: int) -> QImage:
    """A picture scaled while decoding to fit in ``side`` × ``side``; null if unreadable."""
    reader, _buffer = _reader(data)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(QSize(side, side), Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


def dropped_files(mime: QMimeData) -> list[Path]:
    """Local files among what was dropped (links to web pages are not files)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
