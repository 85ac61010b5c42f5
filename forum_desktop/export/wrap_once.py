# mypy: disable-error-code="import-untyped"
"""A reportlab Paragraph that breaks its lines once per width, and a one-line text at once.

reportlab wraps a paragraph again each time it asks its height: a heading kept with what
follows is wrapped to measure the group (``KeepTogether``) and again when the frame places
it; a table cell when the table measures its rows, again for the rest of a long table
split across pages, and again when the cell is drawn. The lines depend on the width
alone, so a wrap at the width of the last one returns its size: two wraps in three of a
large event's minutes (see docs/performance.md).

Most of the minutes' paragraphs are one run of text that fits on one line (a name in a
table cell, a short entry). reportlab measures such a text word by word to find where its
lines break; measured whole, a text that fits gives the same single line at once.
"""

from __future__ import annotations

from functools import cache
from typing import Any

_SOFT_HYPHEN = "\xad"


@cache
def paragraph_class() -> type:
    """reportlab's ``Paragraph``, wrapped once per width (same arguments)."""
    from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
    from reportlab.platypus import Paragraph
    from reportlab.platypus.paragraph import (
        _FUZZ,
        _handleBulletWidth,
        _processed_frags,
        split,
        strip,
    )

    class WrapOnceParagraph(Paragraph):  # type: ignore[misc]
        _wrapped_width: float | None = None

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            # ``blPara`` holds the lines; it is dropped once the paragraph is drawn.
            if available_width == self._wrapped_width and "blPara" in self.__dict__:
                return self.width, self.height
            size: tuple[float, float] = super().wrap(available_width, available_height)
            if available_width >= _FUZZ:  # narrower, reportlab breaks no lines
                self._wrapped_width = available_width
            return size

        def breakLines(self, width: float | list[float]) -> Any:
            line = self._one_line(width)
            return super().breakLines(width) if line is None else line

        def _one_line(self, width: float | list[float]) -> Any:
            """What ``breakLines`` returns for one plain run that fits on the first line
            (one line of all its words), or None for anything else."""
            style, frags = self.style, self.frags
            if (
                len(frags) != 1
                or style.endDots
                or style.shaping
                or (style.wordWrap and style.wordWrap.upper() in ("RTL", "LTR"))
            ):
                return None
            frag = frags[0]
            if (
                not hasattr(frag, "text")
                or hasattr(frag, "cbDefn")
                or hasattr(frag, "backColor")
                or _processed_frags(frags)
            ):
                return None
            text = strip(frag.text)
            if not text or _SOFT_HYPHEN in text:
                return None
            words = split(text)
            widths = list(width) if isinstance(width, (list, tuple)) else [width]
            _handleBulletWidth(self.bulletText, style, widths)
            # A TrueType width is the sum of its characters': the words and a space
            # between each, as reportlab adds them up.
            used = stringWidth(" ".join(words), frag.fontName, frag.fontSize, self.encoding)
            if used > widths[0]:
                return None
            self._width_max = used
            self._splitLongWordCount = self._hyphenations = 0
            ascent, descent = getAscentDescent(frag.fontName, frag.fontSize)
            return frag.clone(
                kind=0,
                lines=[(widths[0] - used, words)],
                ascent=ascent,
                descent=descent,
                fontSize=frag.fontSize,
            )

    return WrapOnceParagraph
