"""Photos scaled once to print resolution before they go into a document.

A photo is kept as the camera took it (or as the app scaled it on import): 4000 pixels
wide is 50 cm at 200 dpi, five times what the page can show. Embedding that made a PDF of
thirty photos hundreds of megabytes in memory and slow to write. Each photo is scaled
here, once per export, to ``PRINT_PIXELS`` on its long side (a full page's width at about
240 dpi) and written as JPEG (PNG when it has transparency); the layout keeps the
photo's own size, so pages do not change.

``scaled_for_print`` reads and scales them on two worker threads while the export goes on:
Pillow releases the GIL while it decodes and resizes, so on two cores the scaling runs
beside the loading and the building of the document instead of before it. Each worker
reads its photo through a read-only connection of its own (``photo_reader``), so the
export waits for no photo before it needs its bytes, and holds one original per worker.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from functools import cache, partial
from io import BytesIO
from pathlib import Path
from typing import Final

from forum_desktop.clock import Clock
from forum_desktop.models import Photo
from forum_desktop.services.photos import photo_bytes
from forum_desktop.storage import Store, connect_read_only
from forum_desktop.storage.database import conn_path

PRINT_PIXELS: Final = 1600
"""The long side of a photo in a document, in pixels."""
JPEG_QUALITY: Final = 85
WORKERS: Final = 2
"""Threads scaling photos: the machines the app runs on have two cores or more."""
_M_ARENA_MAX: Final = -8
_M_MMAP_THRESHOLD: Final = -3
MMAP_THRESHOLD: Final = 1 << 20
"""Allocations this large or larger are mapped on their own, and given back when freed."""


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
            # Decoded in one call, not in 64 kB pieces: Pillow lets go of the GIL for
            # each piece and must wait to take it back from the layout's thread each
            # time, so the photos were not ready when the layout reached them (1 s of
            # the large event's minutes spent waiting; docs/performance.md).
            image.decodermaxblock = max(image.decodermaxblock, len(data))
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

    def __contains__(self, key: object) -> bool:
        # Mapping's own would read the image, and so wait until it is scaled.
        return key in self._scaled

    def __iter__(self) -> Iterator[str]:
        return iter(self._scaled)

    def __len__(self) -> int:
        return len(self._scaled)


Reader = Callable[[], bytes | None]
"""Reads an image's bytes (``None``: not stored), on the worker thread that scales it."""


def scaled_for_print(originals: Iterable[tuple[str, Reader]]) -> ScaledImages:
    """``for_print`` of each (key, image read by its ``Reader``), read and scaled on worker
    threads; returns at once. A worker holds one original (about 5 MB from a camera) at a
    time, so the memory stays that of a few photos. An image not stored is empty bytes,
    which the exporters print as its caption, as any image that does not decode."""
    _malloc_for_workers()
    executor = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="print-image")
    try:
        scaled = {key: executor.submit(_read_for_print, read) for key, read in originals}
    finally:
        executor.shutdown(wait=False)  # the submitted ones still finish
    return ScaledImages(scaled)


def _read_for_print(read: Reader) -> bytes:
    data = read()
    return b"" if data is None else for_print(data)


def photo_reader(store: Store, photo: Photo) -> Reader:
    """What reads ``photo``'s bytes on a worker thread: a read-only connection of its own
    to the store's database file. A database in memory, or one this connection is in a
    transaction on (what it wrote is not visible to another yet), is read here, now."""
    database = conn_path(store.conn)
    if not database or store.conn.in_transaction:
        data = photo_bytes(store, photo)
        return lambda: data
    return partial(_read_apart, Path(database), store.clock, photo)


def _read_apart(database: Path, clock: Clock, photo: Photo) -> bytes | None:
    conn = connect_read_only(database)
    try:
        return photo_bytes(Store(conn, clock), photo)
    finally:
        conn.close()


@cache
def _malloc_for_workers() -> None:
    """glibc gives each thread that allocates a heap of its own and keeps the buffers it
    frees there: the workers' decoded photos stayed reserved, 60 MB more at the peak of a
    large export. One heap for every thread (M_ARENA_MAX 1) cost no measurable time: a
    worker makes a few large allocations per photo. And glibc raises its threshold for
    mapping an allocation on its own each time such a one is freed, so the later decoded
    photos came from the heap among the layout's objects and their room stayed taken
    after them (245–259 MB at the peak once the photos were scaled beside the layout):
    a fixed threshold (``MMAP_THRESHOLD``) gives each photo's buffers back when freed
    (229–234 MB)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None)
            libc.mallopt(_M_ARENA_MAX, 1)
            libc.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)
