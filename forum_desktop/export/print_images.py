"""Photos scaled once to print resolution before they go into a document.

A photo is kept as the camera took it (or as the app scaled it on import): 4000 pixels
wide is 50 cm at 200 dpi, five times what the page can show. Embedding that made a PDF of
thirty photos hundreds of megabytes in memory and slow to write. Each photo is scaled
here, once per export, to ``PRINT_PIXELS`` on its long side (a full page's width at about
240 dpi) and written as JPEG (PNG when it has transparency); the layout keeps the
photo's own size, so pages do not change.

``scaled_for_print`` scales them on two worker threads while the export goes on: Pillow
releases the GIL while it decodes and resizes, so on two cores the scaling runs beside
the loading and the building of the document instead of before it.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from functools import cache
from io import BytesIO
from typing import Final

PRINT_PIXELS: Final = 1600
"""The long side of a photo in a document, in pixels."""
JPEG_QUALITY: Final = 85
WORKERS: Final = 2
"""Threads scaling photos: the machines the app runs on have two cores or more."""
_M_ARENA_MAX: Final = -8


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


class ScaledImages(Mapping[str, bytes]):
    """Images being scaled for print, by key; reading one waits until it is scaled."""

    def __init__(self, scaled: dict[str, Future[bytes]]) -> None:
        self._scaled = scaled

    def __getitem__(self, key: str) -> bytes:
        return self._scaled[key].result()

    def __iter__(self) -> Iterator[str]:
        return iter(self._scaled)

    def __len__(self) -> int:
        return len(self._scaled)


def scaled_for_print(originals: Iterable[tuple[str, bytes]]) -> ScaledImages:
    """``for_print`` of each (key, image bytes), started on worker threads; returns once
    the last one is started. At most ``WORKERS`` + 1 originals (about 5 MB each from a
    camera) wait or are decoded at a time, so the memory stays that of a few photos."""
    _one_heap()
    executor = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="print-image")
    scaled: dict[str, Future[bytes]] = {}
    items = iter(originals)
    try:
        while True:
            pending = {future for future in scaled.values() if not future.done()}
            while len(pending) > WORKERS:  # before the next original is read
                pending = wait(pending, return_when=FIRST_COMPLETED).not_done
            if (item := next(items, None)) is None:
                break
            key, data = item
            scaled[key] = executor.submit(for_print, data)
    finally:
        executor.shutdown(wait=False)  # the started ones still finish
    return ScaledImages(scaled)


@cache
def _one_heap() -> None:
    """glibc gives each thread that allocates a heap of its own and keeps the buffers it
    frees there: the workers' decoded photos stayed reserved, 60 MB more at the peak of a
    large export. One heap for every thread (M_ARENA_MAX 1) cost no measurable time: a
    worker makes a few large allocations per photo."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None).mallopt(_M_ARENA_MAX, 1)
