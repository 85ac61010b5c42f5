"""Photos scaled once to print resolution before they go into a document.

A photo is kept as the camera took it (or as the app scaled it on import): 4000 pixels
wide is 50 cm at 200 dpi, five times what the page can show. Embedding that made a PDF of
thirty photos hundreds of megabytes in memory and slow to write. Each photo is scaled
here, once per export, to ``PRINT_PIXELS`` on its long side (a full page's width at about
240 dpi) and written as JPEG (PNG when it has transparency); the layout keeps the
photo's own size, so pages do not change.
"""

from __future__ import annotations

from io import BytesIO
from typing import Final

PRINT_PIXELS: Final = 1600
"""The long side of a photo in a document, in pixels."""
JPEG_QUALITY: Final = 85


def for_print(data: bytes) -> bytes:
    """``data`` (PNG or JPEG) no larger than print needs; the bytes as they are when they
    are small enough already or cannot be decoded (the exporters then print the caption)."""
    from PIL import Image

    try:
        with Image.open(BytesIO(data)) as image:
            if max(image.size) <= PRINT_PIXELS:
                return data
            scale = PRINT_PIXELS / max(image.size)
            target = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
            # A JPEG decodes straight at a half or a quarter of its size when that is
            # still at least the target: most of the work saved.
            image.draft("RGB", target)
            image.thumbnail(target, Image.Resampling.BILINEAR, reducing_gap=2.0)
            out = BytesIO()
            if image.mode in ("RGBA", "LA") or "transparency" in image.info:
                image.save(out, format="PNG")
            else:
                image.convert("RGB").save(out, format="JPEG", quality=JPEG_QUALITY)
            return out.getvalue()
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return data
