# mypy: disable-error-code="import-untyped"
"""A reportlab Paragraph that breaks its lines once per width.

reportlab wraps a paragraph again each time it asks its height: a heading kept with what
follows is wrapped to measure the group (``KeepTogether``) and again when the frame places
it; a table cell when the table measures its rows, again for the rest of a long table
split across pages, and again when the cell is drawn. The lines depend on the width
alone, so a wrap at the width of the last one returns its size: two wraps in three of a
large event's minutes (see docs/performance.md).
"""

from __future__ import annotations

from functools import cache


@cache
def paragraph_class() -> type:
    """reportlab's ``Paragraph``, wrapped once per width (same arguments)."""
    from reportlab.platypus import Paragraph
    from reportlab.platypus.paragraph import _FUZZ

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

    return WrapOnceParagraph
