# mypy: disable-error-code="import-untyped"
"""Right-to-left text in the PDFs: Arabic shaped by HarfBuzz, lines ordered by python-bidi.

reportlab draws characters left to right, one glyph per character. Arabic needs its
letters joined (each letter takes an initial, medial, final or isolated form, lam-alef
becomes one ligature) and a right-to-left line order. reportlab 5 can shape with
uharfbuzz, but it shapes a whole word in the font of the word's first character, so
"(الرباط)" — parentheses from Noto Sans, letters from Noto Sans Arabic — prints boxes;
and its bidi needs ``rlbidi``, which is not on PyPI. So here:

1. ``shape``: every Arabic run is shaped by HarfBuzz (uharfbuzz) in Noto Sans Arabic, and
   each glyph written back as the Unicode presentation form the font maps to it, in
   logical order. A glyph without one keeps its letters unshaped.
2. ``visual``: one line's characters in display order, by python-bidi (the Unicode
   bidirectional algorithm, brackets mirrored).
3. ``bidi_paragraph``: a paragraph that breaks its text into lines at the frame's width
   itself, then sets each line in display order — aligned right when the paragraph's
   first strong letter is right-to-left.

A PDF reader extracting the text gets the presentation forms in display order:
NFKC normalisation gives the letters back, each line reversed gives the logical order.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from itertools import pairwise
from typing import Any, Final

from forum_desktop.export.fonts import NOTO_SANS_ARABIC, markup, register_fonts, style_faces
from forum_desktop.export.isolation import carry, first_strong_is_rtl, lift_isolates
from forum_desktop.export.markup import clean
from forum_desktop.paths import resource

_ARABIC_RUN: Final = re.compile(r"[\u0600-\u061b\u061d-\u06ff\u0750-\u077f\u0870-\u08ff]+")
"""Arabic letters and marks as typed (presentation forms are already shaped); not the
ARABIC LETTER MARK, a bidi control."""

_PRESENTATION_FORMS: Final = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF))

LINE_FILL: Final = 0.98
"""Share of the width a line is filled to: widths are measured per character, and
reportlab must never need to break a line again."""


_RTL_BLOCKS: Final = re.compile(
    "[\u0590-\u08ff\u200f\u202b\u202e\u2067\ufb1d-\ufdff\ufe70-\ufeff"
    "\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
"""Blocks of right-to-left scripts (Hebrew to Arabic Extended-A, presentation forms,
historic scripts) and the right-to-left marks: a quick search before the exact test."""


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds a right-to-left letter (Arabic, Hebrew, …)."""
    return _RTL_BLOCKS.search(text) is not None and any(
        unicodedata.bidirectional(char) in ("R", "AL", "RLE", "RLO", "RLI") for char in text
    )


def is_rtl(text: str) -> bool:
    """Whether a paragraph of ``text`` reads right to left (its first strong letter outside
    any isolate does)."""
    return first_strong_is_rtl(text)


def shape(text: str) -> str:
    """``text`` with every Arabic run replaced by its joined presentation forms, in
    logical order; everything else unchanged."""
    return _ARABIC_RUN.sub(lambda match: _shape_run(match.group()), text)


def visual(line: str, *, rtl: bool) -> str:
    """One line's characters in display order (left to right on the page), brackets in
    right-to-left runs mirrored, the bidi controls used up. Each isolate is ordered on
    its own, in its own direction, and stands in the line as one neutral block."""
    # The pure-Python implementation: the default (Rust) one does not mirror brackets.
    # It refuses isolates, hence the lifting.
    from bidi import algorithm as uba

    outer, lifted = lift_isolates(line)
    storage = uba.get_empty_storage()
    storage["base_level"] = int(rtl)
    storage["base_dir"] = "R" if rtl else "L"
    uba.get_embedding_levels(outer, storage)
    for position, (inner, inner_rtl) in lifted.items():
        storage["chars"][position]["block"] = visual(inner, rtl=inner_rtl)
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage)
    _pair_brackets(storage["chars"])
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    uba.reorder_resolved_levels(storage, False)
    uba.apply_mirroring(storage, False)
    return "".join(char.get("block", char["ch"]) for char in storage["chars"])


_BRACKETS: Final = dict(zip("([{⟨〈「『【", ")]}⟩〉」』】", strict=True))
_CLOSERS: Final = frozenset(_BRACKETS.values())


def _strong(kind: str) -> str | None:
    """A resolved type as N0 of the bidi algorithm sees it: numbers count as R."""
    return "L" if kind == "L" else "R" if kind in ("R", "AL", "EN", "AN") else None


def _pair_brackets(chars: list[dict[str, Any]]) -> None:
    """Rule N0 (bracket pairs), which python-bidi lacks: both brackets of a pair take the
    direction of what they enclose, so "Hebrew [ירושלים]" keeps its closing bracket
    beside the word instead of at the end of the line."""
    pairs: list[tuple[int, int]] = []
    opened: list[tuple[str, int]] = []
    for position, char in enumerate(chars):
        if char["type"] != "ON":
            continue
        if char["ch"] in _BRACKETS and len(opened) < 63:  # BD16's stack depth
            opened.append((_BRACKETS[char["ch"]], position))
        elif char["ch"] in _CLOSERS:
            for depth in range(len(opened) - 1, -1, -1):
                if opened[depth][0] == char["ch"]:
                    pairs.append((opened[depth][1], position))
                    del opened[depth:]
                    break
    for start, end in sorted(pairs):
        level = chars[start]["level"]
        if chars[end]["level"] != level:
            continue
        embedding = "R" if level % 2 else "L"
        inside = {_strong(char["type"]) for char in chars[start + 1 : end]}
        if embedding in inside:
            direction = embedding
        elif inside - {None}:
            before = next(
                (kind for char in reversed(chars[:start]) if (kind := _strong(char["type"]))),
                embedding,
            )
            direction = before
        else:
            continue
        chars[start]["type"] = chars[end]["type"] = direction


def display_line(text: str) -> str:
    """A single line of user text ready to draw left to right: shaped and ordered."""
    if not has_rtl(text):
        return text
    text = shape(text)
    return visual(text, rtl=is_rtl(text))


def _shape_run(run: str) -> str:
    import uharfbuzz as hb

    font, glyph_chars = _harfbuzz_font()
    buffer = hb.Buffer()
    buffer.add_str(run)
    buffer.guess_segment_properties()
    hb.shape(font, buffer, {})
    # HarfBuzz returns a right-to-left run in display order; the clusters give each
    # glyph's first character, hence the logical order.
    infos = sorted(buffer.glyph_infos, key=lambda info: info.cluster)
    ends = dict(pairwise([*sorted({info.cluster for info in infos}), len(run)]))
    shaped: list[str] = []
    done: set[int] = set()
    for info in infos:
        char = glyph_chars.get(info.codepoint)
        if char is not None:
            shaped.append(char)
        elif info.cluster not in done:
            shaped.append(run[info.cluster : ends[info.cluster]])
        done.add(info.cluster)
    return "".join(shaped)


@cache
def _harfbuzz_font() -> tuple[Any, dict[int, str]]:
    """Noto Sans Arabic for HarfBuzz, and the character each glyph stands for (a
    presentation form where the font maps one to it)."""
    import uharfbuzz as hb
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    path = resource("fonts", NOTO_SANS_ARABIC.regular)
    font = hb.Font(hb.Face(hb.Blob(path.read_bytes())))
    chars: dict[int, str] = {}
    for code, glyph in pdfmetrics.getFont(NOTO_SANS_ARABIC.name).face.charToGlyph.items():
        presentation = any(low <= code <= high for low, high in _PRESENTATION_FORMS)
        if presentation or glyph not in chars:
            chars[glyph] = chr(code)
    return font, chars


# --- the paragraph -------------------------------------------------------------------


def user_paragraph(text: str, style: Any, *, bullet: str | None = None) -> Any:
    """A paragraph of plain user ``text``: through ``bidi_paragraph`` when it holds
    right-to-left letters (a bullet then starts the text, so it stands on the side the
    paragraph reads from), else as markup in the fonts of its scripts."""
    from forum_desktop.export.pdf import para
    from forum_desktop.export.plain_paragraph import plain_paragraph

    if has_rtl(text):
        return bidi_paragraph(f"{bullet} {text}" if bullet else text, style)
    if (plain := plain_paragraph(text, style, bullet=bullet)) is not None:
        return plain
    bold, italic = style_faces(style)
    return para(markup(text, bold=bold, italic=italic), style, bullet=bullet)


def bidi_paragraph(text: str, style: Any) -> Any:
    """A flowable paragraph of plain user ``text`` (no markup) that may hold right-to-left
    runs: shaped, in display order, aligned right when it reads right to left."""
    return _paragraph_class()(text, style)


@cache
def _paragraph_class() -> type:
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph
    from reportlab.platypus.flowables import Flowable

    from forum_desktop.export.pdf import text_width

    class BidiParagraph(Flowable):  # type: ignore[misc]
        def __init__(self, text: str, style: Any) -> None:
            super().__init__()
            self.text = shape(clean(text))
            self.style = style
            self.rtl = is_rtl(self.text)
            self._inner: Any = None
            self._inner_width = -1.0

        def _paragraph(self, width: float) -> Any:
            if self._inner is None or width != self._inner_width:
                room = (width - self.style.leftIndent - self.style.rightIndent) * LINE_FILL
                bold, italic = style_faces(self.style)
                lines = [
                    markup(visual(line, rtl=self.rtl), bold=bold, italic=italic)
                    for hard_line in self.text.split("\n")
                    for line in carry(self._lines(hard_line, room))
                ]
                style = self.style
                if self.rtl:
                    style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
                self._inner = Paragraph("<br/>".join(lines), style)
                self._inner_width = width
            return self._inner

        def _lines(self, text: str, room: float) -> list[str]:
            """``text`` broken greedily between words into lines at most ``room`` wide."""
            size = self.style.fontSize
            bold = style_faces(self.style)[0]
            lines: list[str] = []
            current = ""
            for word in text.split():
                candidate = f"{current} {word}" if current else word
                if current and text_width(candidate, size, bold=bold) > room:
                    lines.append(current)
                    candidate = word
                current = candidate
            return [*lines, current]

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            paragraph = self._paragraph(available_width)
            self.width, self.height = paragraph.wrap(available_width, available_height)
            return self.width, self.height

        def split(self, available_width: float, available_height: float) -> list[Any]:
            parts: list[Any] = self._paragraph(available_width).split(
                available_width, available_height
            )
            return parts

        def draw(self) -> None:
            self._inner.drawOn(self.canv, 0, 0)

        def getSpaceBefore(self) -> float:
            return float(self.style.spaceBefore)

        def getSpaceAfter(self) -> float:
            return float(self.style.spaceAfter)

    return BidiParagraph
