"""Projected text fitted to the room a method's public view has.

The projector gives a method's view its type from the window's height; beside the
phones' code at 1024×768 that left the fishbowl's chairs too little room, and Qt cut the
names it could not lay out ("1. Núria" for "1. Núria Vilalta Puig"). Every public view is
fitted the same way instead: the type steps down from the projector's size until every
label shows its whole text — wrapped at its line breaks, no word wider than its line, all its
lines within its height — trying at each size the view's own ways to lay itself out
(the fishbowl's chairs per row), never below a size the back of the room still reads.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Protocol, runtime_checkable

from PySide6 import QtGui
from PySide6.QtCore import Qt, QTextBoundaryFinder
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument
from PySide6.QtWidgets import QLabel, QWidget

SMALLEST_SHARE = 0.024
"""The smallest projected text, as a share of the window's height: 18 px at 768 pixels
high. On a screen 2 m tall a capital is then about 3 cm high, which reads from 10 m (a
letter's height is a three-hundredth of the distance it is read from): the back of a
workshop room. Smaller would fit more and be read by nobody."""
STEP = 0.92
"""Each size tried is this share of the one before: steps the eye barely tells apart."""
MOST_LINES = "most_lines"
"""A label's property: the lines its text should take at most (a chair's name: two), kept
while a smaller type or another way to lay the view out allows it; a name on four lines
of two words each is read as four names."""


@runtime_checkable
class Arranged(Protocol):
    """A view with more than one way to lay out its labels (chairs per row), the most
    preferred first."""

    def arrangements(self) -> int: ...

    def arrange(self, index: int) -> None: ...


def smallest_pixels(widget: QWidget) -> int:
    """The smallest type projected text may take in ``widget``'s window."""
    return max(9, round(widget.window().height() * SMALLEST_SHARE))


def _rich(label: QLabel) -> bool:
    text_format = label.textFormat()
    return text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(label.text())
    )


def _plain(label: QLabel) -> str:
    """The words the label shows, without a rich text's markup."""
    if not _rich(label):
        return label.text()
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


@lru_cache(maxsize=512)
def unbreakable(text: str) -> tuple[str, ...]:
    """The pieces of ``text`` a line may not break inside (Unicode's line breaking, as Qt
    wraps: at spaces, after a hyphen, between Chinese characters)."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    pieces, start = [], 0
    while (end := finder.toNextBoundary()) != -1:
        if end > start:
            pieces.append(text[start:end].strip())
        start = end
    return tuple(piece for piece in pieces if piece)


def _line_count(label: QLabel) -> int:
    """How many lines the label's text takes, wrapped in its width."""
    width = label.contentsRect().width() - 2 * label.margin()
    metrics = QFontMetrics(label.font())
    flags = Qt.TextFlag.TextWordWrap if label.wordWrap() else Qt.TextFlag.TextSingleLine
    box = metrics.boundingRect(0, 0, max(1, width), 1 << 20, int(flags), _plain(label))
    return max(1, round(box.height() / metrics.lineSpacing()))


def shows_whole(label: QLabel, *, in_lines: bool = False) -> bool:
    """Whether ``label`` shows all its text: wrapped, every word within the line's width
    and every line within the height; on one line, the whole line within the width.
    ``in_lines``: and in no more lines than its ``MOST_LINES`` asks."""
    text = _plain(label)
    if not text.strip():
        return True
    width = label.contentsRect().width() - 2 * label.margin()
    metrics = QFontMetrics(label.font())
    if not label.wordWrap():
        return metrics.horizontalAdvance(text) <= width
    widest = metrics
    if _rich(label):  # its bold spans measured bold: the widest a word can be drawn
        bold = QFont(label.font())
        bold.setBold(True)
        widest = QFontMetrics(bold)
    if any(widest.horizontalAdvance(piece) > width for piece in unbreakable(text)):
        return False
    if label.heightForWidth(label.width()) > label.height():
        return False
    most = label.property(MOST_LINES)
    return not in_lines or most is None or _line_count(label) <= int(most)


def _checked(view: QWidget) -> Iterator[QLabel]:
    """The labels of ``view`` that show text."""
    for label in view.findChildren(QLabel):
        if label.isVisibleTo(view) and label.text():
            yield label


def _lay_out(view: QWidget) -> None:
    """Lay the view out now, each widget's layout after its parent's gave it its size."""
    for widget in (view, *view.findChildren(QWidget)):
        layout = widget.layout()
        if layout is not None and widget.isVisibleTo(view):
            layout.activate()


def sizes(base: int, smallest: int) -> Iterator[int]:
    """The sizes to try from ``base`` pixels down, each STEP of the one before, ending at
    ``smallest``."""
    size = base
    while size > smallest:
        yield size
        size = min(size - 1, round(size * STEP))
    yield smallest


def fit_view(view: QWidget, base: int) -> int:
    """Give ``view`` the largest type from ``base`` pixels down at which each of its labels
    shows its whole text in the lines it should take, trying its ways to lay itself out at
    each size; else whole in more lines; else, at the smallest size the room reads, its
    last (most compact) way. The size given."""
    smallest = min(base, smallest_pixels(view))
    widgets = (view, *view.findChildren(QWidget))
    arranged = [widget for widget in widgets if isinstance(widget, Arranged)]
    ways = max([1, *(widget.arrangements() for widget in arranged)])
    font = QFont(view.font())
    for in_lines in (True, False):
        for size in sizes(base, smallest):
            font.setPixelSize(size)
            view.setFont(font)
            for way in range(ways):
                for widget in arranged:
                    widget.arrange(min(way, widget.arrangements() - 1))
                _lay_out(view)
                if all(shows_whole(label, in_lines=in_lines) for label in _checked(view)):
                    return size
    return smallest
