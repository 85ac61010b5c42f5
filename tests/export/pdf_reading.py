"""Reading the exported PDFs back: text per page, fonts and text sizes."""

from __future__ import annotations

import math
from io import BytesIO
from typing import Any

from pypdf import PdfReader


def reader(data: bytes) -> PdfReader:
    assert data.startswith(b"%PDF-")
    return PdfReader(BytesIO(data))


def flat(text: str) -> str:
    """Whitespace (line breaks, no-break spaces) collapsed to single spaces."""
    return " ".join(text.replace("\u00a0", " ").split())


def page_texts(data: bytes) -> list[str]:
    return [flat(page.extract_text()) for page in reader(data).pages]


def all_text(data: bytes) -> str:
    return " ".join(page_texts(data))


def base_fonts(data: bytes) -> set[str]:
    """The /BaseFont of every font any page uses, without the subset prefix."""
    found = set()
    for page in reader(data).pages:
        resources: Any = page["/Resources"]
        fonts: Any = resources["/Font"]
        for font in fonts.values():
            name = str(font.get_object()["/BaseFont"]).lstrip("/")
            found.add(name.split("+", 1)[-1])
    return found


def text_sizes(data: bytes) -> dict[float, set[str]]:
    """Every size text is drawn at (font size scaled by the text and current matrices),
    with samples of the text drawn at it."""
    sizes: dict[float, set[str]] = {}

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if not text.strip():
            return
        a = tm[0] * cm[0] + tm[1] * cm[2]
        b = tm[0] * cm[1] + tm[1] * cm[3]
        c = tm[2] * cm[0] + tm[3] * cm[2]
        d = tm[2] * cm[1] + tm[3] * cm[3]
        scaled = round(size * math.sqrt(abs(a * d - b * c)), 2)
        sizes.setdefault(scaled, set()).add(text.strip()[:40])

    for page in reader(data).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def media_box(data: bytes, page: int = 0) -> tuple[float, float]:
    box = reader(data).pages[page].mediabox
    return (round(float(box.width)), round(float(box.height)))
