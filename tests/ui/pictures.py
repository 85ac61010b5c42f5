"""Pictures written with QImage for the UI tests: a flipchart-like drawing in any size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QImageIOHandler, QImageWriter, QPainter


def drawing(width: int, height: int, *, alpha: bool = False) -> QImage:
    """A white sheet with a coloured block in its top-left quarter (to see orientation)."""
    image = QImage(
        width, height, QImage.Format.Format_ARGB32 if alpha else QImage.Format.Format_RGB32
    )
    image.fill(QColor(0, 0, 0, 0) if alpha else QColor("white"))
    painter = QPainter(image)
    painter.fillRect(QRect(0, 0, width // 2, height // 2), QColor("#c0392b"))
    painter.setPen(QColor("#2c3e50"))
    painter.drawLine(0, height - 1, width - 1, 0)
    painter.end()
    return image


def write_picture(
    path: Path,
    width: int,
    height: int,
    *,
    alpha: bool = False,
    rotate: QImageIOHandler.Transformation | None = None,
) -> Path:
    """Save a drawing in the format the suffix names; ``rotate`` sets the EXIF orientation."""
    writer = QImageWriter(str(path))
    if rotate is not None:
        writer.setTransformation(rotate)
    assert writer.write(drawing(width, height, alpha=alpha)), writer.errorString()
    return path


def top_left_is_red(image: QImage) -> bool:
    colour = image.pixelColor(image.width() // 8, image.height() // 8)
    return colour.red() > 150 and colour.green() < 100
