"""The vote as the room sees it: the options alone until the facilitator reveals the
result, then one bar per option with its votes and its rank, ties marked "=1". Under an
option that is a theme, its ideas in small type (the first three, the others counted), so
the room knows what "Mobility" holds.

Every option is shown whole, wrapped at its spaces: the type steps down for that as the
other projected views' does (``ui/projected_text.py``), never below what the back of the
room reads; only where not even that smallest type holds them all is an option clipped to
OPTION_LINES lines, the rest elided."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from forum_desktop.methods.voting import Standing
from forum_desktop.ui.projected_text import sizes, smallest_pixels

SPACING = 0.35
"""Space between rows, as a share of a line's height."""
LABEL_SHARE = 0.55
"""The share of the width the options' texts take beside their bars: more than half, as
the words are what the room reads whole and a bar reads at any length."""
GROWTH = 1.6
"""A few options may be drawn this much larger than the font, to be read from the back."""
IDEAS_SHOWN = 3
IDEAS_SCALE = 0.7
"""A theme's ideas under its option, as a share of the options' type."""
OPTION_LINES = 2
"""Where the options do not all fit whole in the smallest type, each takes at most this
many lines, the last elided (a pasted paragraph as an option)."""


@dataclass(frozen=True)
class ChartRow:
    text: str
    standing: Standing | None
    """None until the result is revealed."""
    ideas: tuple[str, ...] = ()
    """A theme's ideas, as the room may see them (none for an option that is no theme)."""

    def ideas_line(self) -> str:
        """The first ideas and how many more: "Bike lanes · Night buses · Trams · +2"."""
        shown = list(self.ideas[:IDEAS_SHOWN])
        if len(self.ideas) > IDEAS_SHOWN:
            shown.append(f"+{len(self.ideas) - IDEAS_SHOWN}")
        return " · ".join(shown)


def clipped(text: str, metrics: QFontMetrics, width: int, most: int | None = OPTION_LINES) -> str:
    """``text`` wrapped at its spaces into lines of ``width``, at most ``most`` (None: as
    many as it takes), the last elided ("…") when the text goes on."""
    lines: list[str] = []
    words = text.split()
    while words and (most is None or len(lines) < most - 1):
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line += " " + words.pop(0)
        if metrics.horizontalAdvance(line) > width:  # one word wider than the line
            words.insert(0, line)
            break
        lines.append(line)
    if words:
        lines.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return "\n".join(lines)


class VoteChart(QLabel):
    """Paints the rows with its font, shrunk only when they would not fit the height, in
    its palette's colours (the projector's, for the dark background); it paints
    everything itself (no label text)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ChartRow] = []
        self._chosen: tuple[Hashable, QFont, int | None] | None = None
        """The last search's key, font and line limit: the chart repaints on every
        snapshot, and the search wraps every option at every size."""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(1, 1)

    def show_rows(self, rows: list[ChartRow]) -> None:
        self.rows = rows
        words = [
            (
                f"{row.text}: {row.standing.votes} ({row.standing.rank_text()})"
                if row.standing
                else row.text
            )
            + (f" [{row.ideas_line()}]" if row.ideas else "")
            for row in rows
        ]
        self.setAccessibleName(
            self.tr("Vote result") if self.revealed else self.tr("Options of the vote")
        )
        self.setAccessibleDescription("; ".join(words))
        self.update()

    @property
    def revealed(self) -> bool:
        return any(row.standing is not None for row in self.rows)

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).lineSpacing()
        return QSize(40 * line, int(len(self.rows) * line * (1 + SPACING)))

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        if not self.rows:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font, most = self._layout()
        painter.setFont(font)
        metrics = QFontMetrics(font)
        gap = int(metrics.lineSpacing() * SPACING)
        top = gap  # clear of the countdown above
        for row in self.rows:
            height = self._row_height(row, metrics, most)
            area = QRect(0, top, self.width(), height)
            self._paint_row(painter, row, area, metrics, self._shown_text(row, metrics, most))
            top += height + gap
        painter.end()

    def drawn_font(self) -> QFont:
        """The font the rows are drawn in (see ``_search``)."""
        return QFont(self._layout()[0])  # a copy: the cached one stays as searched

    def _layout(self) -> tuple[QFont, int | None]:
        """The font and the lines each option may take, searched again only when what
        they depend on changed: the size, the font, the room's smallest type, the texts
        and whether the result shows (its rank column narrows the texts)."""
        key = (
            self.size().toTuple(),
            self.font().toString(),
            smallest_pixels(self),
            tuple((row.text, row.ideas, row.standing is not None) for row in self.rows),
        )
        if self._chosen is None or self._chosen[0] != key:
            self._chosen = (key, *self._search())
        return self._chosen[1], self._chosen[2]

    def _search(self) -> tuple[QFont, int | None]:
        """The largest size from the font's up to GROWTH times it at which every row fits
        whole, never below the smallest the room reads; else the largest at which the rows
        fit clipped to OPTION_LINES (an option pasted as a paragraph does not shrink the
        others for nothing); else the smallest, clipped."""
        for most in (None, OPTION_LINES):
            font = self._largest_fitting(most)
            if font is not None:
                return font, most
        font = QFont(self.font())
        font.setPixelSize(smallest_pixels(self))
        return font, OPTION_LINES

    def _largest_fitting(self, most: int | None) -> QFont | None:
        font = QFont(self.font())
        base = font.pixelSize() if font.pixelSize() > 0 else QFontMetrics(font).height()
        for size in sizes(int(base * GROWTH), smallest_pixels(self)):
            font.setPixelSize(size)
            if self._needed(QFontMetrics(font), most) <= self.height():
                return font
        return None

    def shown_texts(self) -> list[str]:
        """Each option's text as drawn now, its lines wrapped (what a test reads)."""
        font, most = self._layout()
        metrics = QFontMetrics(font)
        return [self._shown_text(row, metrics, most) for row in self.rows]

    def height_needed(self, metrics: QFontMetrics) -> float:
        """The rows' height in this type, as they are drawn in it."""
        return self._needed(metrics, self._most_lines(metrics))

    def _most_lines(self, metrics: QFontMetrics) -> int | None:
        """Every option whole when they all fit so; else OPTION_LINES each."""
        return None if self._needed(metrics, None) <= self.height() else OPTION_LINES

    def _needed(self, metrics: QFontMetrics, most: int | None) -> float:
        gap = metrics.lineSpacing() * SPACING
        return sum(self._row_height(row, metrics, most) + gap for row in self.rows) + gap

    def _columns(self, metrics: QFontMetrics) -> tuple[int, int, int]:
        """The widths of the rank, the option's text and the bar with its count."""
        if not self.revealed:
            return 0, self.width(), 0
        rank = metrics.horizontalAdvance("=00 ")
        text = int((self.width() - rank) * LABEL_SHARE)
        return rank, text, self.width() - rank - text

    def _row_height(self, row: ChartRow, metrics: QFontMetrics, most: int | None) -> int:
        text = self._shown_text(row, metrics, most)
        return metrics.lineSpacing() * (text.count("\n") + 1) + self._ideas_height(row, metrics)

    def _shown_text(self, row: ChartRow, metrics: QFontMetrics, most: int | None) -> str:
        return clipped(row.text, metrics, max(1, self._columns(metrics)[1] - 8), most)

    def _ideas_height(self, row: ChartRow, metrics: QFontMetrics) -> int:
        return QFontMetrics(self._ideas_font(metrics)).lineSpacing() if row.ideas else 0

    def _ideas_font(self, metrics: QFontMetrics) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(smallest_pixels(self), round(metrics.height() * IDEAS_SCALE)))
        return font

    def _paint_row(
        self, painter: QPainter, row: ChartRow, area: QRect, metrics: QFontMetrics, text: str
    ) -> None:
        if row.ideas:  # one line under the option and its bar, elided to the width
            rank_width = self._columns(metrics)[0]
            small = self._ideas_font(metrics)
            height = self._ideas_height(row, metrics)
            line = QRect(
                area.left() + rank_width,
                area.bottom() + 1 - height,
                area.width() - rank_width,
                height,
            )
            elided = QFontMetrics(small).elidedText(
                row.ideas_line(), Qt.TextElideMode.ElideRight, line.width()
            )
            painter.save()
            painter.setFont(small)
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, elided)
            painter.restore()
            area = QRect(area.left(), area.top(), area.width(), area.height() - height)
        rank_width, text_width, bar_width = self._columns(metrics)
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(ink)
        centre = Qt.AlignmentFlag.AlignVCenter
        text_box = QRect(area.left() + rank_width, area.top(), text_width - 8, area.height())
        painter.drawText(text_box, centre, text)
        if row.standing is None:
            return
        painter.drawText(
            QRect(area.left(), area.top(), rank_width, area.height()),
            centre | Qt.AlignmentFlag.AlignLeft,
            row.standing.rank_text(),
        )
        most = max((r.standing.votes for r in self.rows if r.standing), default=0)
        count = str(row.standing.votes)
        room = bar_width - metrics.horizontalAdvance(count) - metrics.horizontalAdvance("  ")
        length = room * row.standing.votes / most if most else 0
        thickness = min(area.height(), metrics.lineSpacing()) * 0.8
        left = area.left() + rank_width + text_width
        bar = QRectF(left, area.center().y() - thickness / 2, length, thickness)
        painter.fillRect(bar, self.palette().color(QPalette.ColorRole.Highlight))
        painter.drawText(
            QRect(
                int(bar.right()) + metrics.horizontalAdvance(" "),
                area.top(),
                bar_width,
                area.height(),
            ),
            centre | Qt.AlignmentFlag.AlignLeft,
            count,
        )
