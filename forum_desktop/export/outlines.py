# mypy: disable-error-code="import-untyped"
"""Text drawn as shapes: the outlines of its glyphs filled as paths, with no text behind.

The DRAFT watermark is drawn this way, so copying or extracting a page's text never
picks up "PR OJ ET" between the lines. HarfBuzz (already used to shape Arabic) shapes
the word and hands each glyph's outline to a pen that draws on a reportlab path.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from forum_desktop.paths import resource


class _PathPen:
    """A fontTools-style pen drawing onto a reportlab path, in points from an origin."""

    def __init__(self, path: Any, scale: float, x: float, y: float) -> None:
        self.path, self.scale, self.x, self.y = path, scale, x, y
        self.current = (0.0, 0.0)

    def _point(self, point: tuple[float, float]) -> tuple[float, float]:
        return self.x + point[0] * self.scale, self.y + point[1] * self.scale

    def moveTo(self, point: tuple[float, float]) -> None:  # the pen protocol names its methods
        self.current = self._point(point)
        self.path.moveTo(*self.current)

    def lineTo(self, point: tuple[float, float]) -> None:
        self.current = self._point(point)
        self.path.lineTo(*self.current)

    def curveTo(self, *points: tuple[float, float]) -> None:
        (x1, y1), (x2, y2), (x3, y3) = (self._point(point) for point in points)
        self.path.curveTo(x1, y1, x2, y2, x3, y3)
        self.current = (x3, y3)

    def qCurveTo(self, *points: tuple[float, float]) -> None:
        # A quadratic spline with implied on-curve points halfway between off-curve ones,
        # each segment raised to the cubic PDF draws.
        scaled = [self._point(point) for point in points]
        for index, control in enumerate(scaled[:-1]):
            last = index == len(scaled) - 2
            end = scaled[-1] if last else _middle(control, scaled[index + 1])
            start = self.current
            first = (
                start[0] + 2 / 3 * (control[0] - start[0]),
                start[1] + 2 / 3 * (control[1] - start[1]),
            )
            second = (
                end[0] + 2 / 3 * (control[0] - end[0]),
                end[1] + 2 / 3 * (control[1] - end[1]),
            )
            self.path.curveTo(*first, *second, *end)
            self.current = end

    def closePath(self) -> None:
        self.path.close()

    def endPath(self) -> None:
        pass  # an open contour: nothing to close


def _middle(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    return (a[0] + b[0]) / 2, (a[1] + b[1]) / 2


@cache
def _font(file_name: str) -> Any:
    import uharfbuzz as hb

    return hb.Font(hb.Face(hb.Blob(resource("fonts", file_name).read_bytes())))


def outline_width(text: str, font_file: str, size: float) -> float:
    """The advance width of ``text`` set in ``font_file`` at ``size`` points."""
    return sum(advance for _, advance in _glyphs(text, font_file)) * size / _units(font_file)


def draw_outline(canvas: Any, text: str, font_file: str, size: float, x: float, y: float) -> None:
    """``text`` filled as shapes (in the canvas's fill colour) from baseline point (x, y)."""
    scale = size / _units(font_file)
    path = canvas.beginPath()
    font = _font(font_file)
    for glyph, advance in _glyphs(text, font_file):
        font.draw_glyph_with_pen(glyph, _PathPen(path, scale, x, y))
        x += advance * scale
    canvas.drawPath(path, stroke=0, fill=1)


def _units(font_file: str) -> int:
    return int(_font(font_file).face.upem)


def _glyphs(text: str, font_file: str) -> list[tuple[int, int]]:
    """(glyph id, advance in font units) of ``text`` shaped left to right."""
    import uharfbuzz as hb

    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    hb.shape(_font(font_file), buffer, {})
    return [
        (info.codepoint, position.x_advance)
        for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True)
    ]
