"""The event's logo, small at the left of every page's footer (``Event.footer_logo``).

The logo may be up to 4096 pixels a side; the footer shows it about 7 mm high. It is
scaled here once per document to what that size needs, so the page drawer's image stays
small however many pages it is drawn on (reportlab keeps its decoded pixels for the
whole build), and the PDF and the DOCX embed a few kilobytes instead of the original.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from typing import Final

HEIGHT_MM: Final = 7.0
"""How high the logo prints in the footer."""
MAX_WIDTH_MM: Final = 40.0
"""A very wide logo is narrowed to this (and so printed lower), keeping its shape."""
PIXELS_PER_MM: Final = 16
"""About 400 dpi: sharp on paper at the footer's size."""


@dataclass(frozen=True)
class FooterLogo:
    """The logo as printed in the footer: PNG bytes and the size they print at."""

    png: bytes
    width_mm: float
    height_mm: float


def footer_logo(data: bytes | None) -> FooterLogo | None:
    """``data`` (PNG or JPEG) scaled for the footer; None without a logo or when it cannot
    be decoded (the document then prints without it rather than not at all)."""
    if not data:
        return None
    from PIL import Image

    try:
        with Image.open(BytesIO(data)) as image:
            width, height = image.size
            scale = min(HEIGHT_MM / height, MAX_WIDTH_MM / width)
            width_mm, height_mm = width * scale, height * scale
            target = (
                max(1, min(width, round(width_mm * PIXELS_PER_MM))),
                max(1, min(height, round(height_mm * PIXELS_PER_MM))),
            )
            image.draft("RGB", target)  # a JPEG decodes straight at a fraction of its size
            small = image.convert("RGBA").resize(target, Image.Resampling.LANCZOS)
    except (OSError, SyntaxError, ValueError, ZeroDivisionError, Image.DecompressionBombError):
        return None
    out = BytesIO()
    small.save(out, format="PNG", optimize=True)
    return FooterLogo(out.getvalue(), width_mm, height_mm)
