# mypy: disable-error-code="import-untyped"
"""The minutes' charts: the planned-against-actual timeline as a reportlab drawing (one
row per item, its planned time as a light bar and its actual time as a dark one, on a
shared minute axis), and a vote's results as bars."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from forum_desktop.export.fonts import BASE_FAMILY, register_fonts
from forum_desktop.export.minutes_blocks import Timeline, VoteChart

ROW = 16.0
LABEL_WIDTH = 34.0
AXIS_HEIGHT = 16.0
FONT_SIZE = 9.0  # the minutes never print text below 9 pt
PLANNED = "#c9d3df"
ACTUAL = "#24476b"


def timeline_drawing(chart: Timeline, width: float) -> Any:
    """A drawing ``width`` points wide; an empty chart is an empty drawing."""
    from reportlab.graphics.shapes import Drawing, Line, Rect, String

    register_fonts()
    font = BASE_FAMILY.name
    ends = [start + length for bar in chart.bars for start, length in _spans(bar)]
    total = max([1.0, *ends])
    height = AXIS_HEIGHT + ROW * len(chart.bars)
    drawing = Drawing(width, height)
    scale = (width - LABEL_WIDTH - 4) / total

    def x(minutes: float) -> float:
        return LABEL_WIDTH + max(0.0, minutes) * scale

    step = _tick_step(total)
    for tick in range(0, int(total) + 1, step):
        drawing.add(Line(x(tick), AXIS_HEIGHT - 3, x(tick), height, strokeColor="#dddddd"))
        drawing.add(String(x(tick), 2, str(tick), fontName=font, fontSize=FONT_SIZE))
    for row, bar in enumerate(chart.bars):
        top = height - ROW * (row + 1)
        drawing.add(String(0, top + 4, bar.label, fontName=font, fontSize=FONT_SIZE))
        start, length = bar.planned
        drawing.add(Rect(x(start), top + 8, length * scale, 6, fillColor=PLANNED, strokeColor=None))
        if bar.actual is not None:
            start, length = bar.actual
            drawing.add(
                Rect(
                    x(start), top + 2, max(0.5, length * scale), 6, fillColor=ACTUAL, strokeWidth=0
                )
            )
    return drawing


def _spans(bar: Any) -> list[tuple[float, float]]:
    return [bar.planned, *([bar.actual] if bar.actual is not None else [])]


def _tick_step(total: float) -> int:
    """A round step giving at most about ten ticks: 5, 10, 15, 30, 60 … minutes."""
    for step in (5, 10, 15, 30, 60, 120):
        if total / step <= 10:
            return step
    return 60 * math.ceil(total / 600)


VOTES = "#2f6f4f"
BAR_HEIGHT = 9.0


def vote_chart(chart: VoteChart, width: float, paragraph: Callable[[str], Any]) -> Any:
    """The vote as a borderless table of bars ``width`` points wide: rank, option (as
    ``paragraph`` typesets user text, so any script wraps and shapes), a bar as long as
    its share of the most votes, and the votes. Tied options have equal bars and rank."""
    from reportlab.graphics.shapes import Drawing, Rect
    from reportlab.platypus import Table, TableStyle

    register_fonts()
    top = max([1, *(votes for _, votes in chart.options)])
    widths = [width * share for share in (0.07, 0.43, 0.40, 0.10)]
    bar_width = widths[2] - 8
    rows = []
    for rank, (option, votes) in zip(chart.ranks(), chart.options, strict=True):
        bar = Drawing(bar_width, BAR_HEIGHT)
        if votes:
            length = max(1.0, bar_width * votes / top)
            bar.add(Rect(0, 0, length, BAR_HEIGHT, fillColor=VOTES, strokeColor=None))
        rows.append([paragraph(str(rank)), paragraph(option), bar, paragraph(str(votes))])
    table = Table(rows, colWidths=widths, hAlign="LEFT", splitByRow=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, -1), BASE_FAMILY.name),
                ("FONTSIZE", (0, 0), (-1, -1), FONT_SIZE),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, "#e2e2e2"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table
