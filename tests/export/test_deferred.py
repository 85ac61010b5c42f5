"""The canvas that draws a PDF's deferred numbers: what it keeps while the pages are made."""

from __future__ import annotations

import gc
import weakref
from io import BytesIO
from typing import Any

from forum_desktop.export.deferred import deferred_canvas


class _NoDecoration:
    def page(self, canvas: Any, page: int) -> None:
        """Nothing around the story."""

    def counter(self, canvas: Any, page: int, pages: int) -> None:
        """No page counter."""


def _photo() -> bytes:
    from PIL import Image

    out = BytesIO()
    Image.radial_gradient("L").convert("RGB").save(out, format="JPEG")
    return out.getvalue()


def test_a_drawn_photo_is_let_go_without_waiting_for_the_garbage_collector() -> None:
    from reportlab.lib.utils import ImageReader

    canvas = deferred_canvas()(BytesIO(), decoration=_NoDecoration())
    reader = ImageReader(BytesIO(_photo()))
    canvas.drawImage(reader, 0, 0, 64, 64)
    gone = weakref.ref(reader)
    gc.disable()  # only reference counting: a reader in a cycle would stay
    try:
        del reader
        assert gone() is None  # with it, its decoded pixels
    finally:
        gc.enable()
    canvas.showPage()
    canvas.save()  # the image was written all the same
