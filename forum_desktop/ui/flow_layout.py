"""A row of widgets that wraps onto more rows when its width runs out (the layout of a
widget of its own: it sets that widget's minimum height to the lines it takes).

A grid or a box of buttons demands the width of all of them side by side, which grows
with the text size: at 150–200 % it pushed the window past a 1024×768 screen. This row
needs only its widest widget and takes as many lines as the width it gets calls for."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QSpacerItem,
    QStyle,
    QWidget,
)


class FlowLayout(QLayout):
    """Widgets left to right, wrapped at the layout's width; heights follow the width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        """No: Qt gives a window holding a height-for-width layout the *preferred* height of
        everything at its minimum width as its minimum height (the agenda demanded 1,171 px
        at 200 %). The widget that owns this layout takes the height the lines need instead
        (``setGeometry``)."""
        return False

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)
        owner = self.parentWidget()
        if owner is not None and owner.layout() is self and self._owner_height() is not None:
            # After this pass: set now, in the middle of the parent's own layout, the new
            # minimum is lost and the lines are drawn over what follows them.
            QTimer.singleShot(0, owner, self._fit_owner)

    def _owner_height(self) -> int | None:
        """The height the owner needs for the lines at its width, if it is not that."""
        owner = self.parentWidget()
        if owner is None or owner.layout() is not self:
            return None
        rect = self.geometry()
        # Beside the lines, what the owner puts around them: a group box's title, a frame.
        height = self._arrange(rect, move=False) + owner.height() - rect.height()
        return None if owner.minimumHeight() == height else height

    def _fit_owner(self) -> None:
        height = self._owner_height()
        owner = self.parentWidget()
        if height is not None and owner is not None:
            owner.setMinimumHeight(height)  # laid out again

    def sizeHint(self) -> QSize:
        """Everything on one line; as tall as the lines it takes at its present width."""
        shown = self._shown()
        spacing = self._spacing()
        width = sum(item.sizeHint().width() for item in shown) + spacing * max(len(shown) - 1, 0)
        height = max((item.sizeHint().height() for item in shown), default=0)
        margins = self.contentsMargins()
        hint = QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )
        laid_out = self.geometry()
        if laid_out.width() > 0:
            hint.setHeight(max(hint.height(), self._arrange(laid_out, move=False)))
        return hint

    def minimumSize(self) -> QSize:
        """The widest widget, on as many lines as it takes."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _shown(self) -> list[QLayoutItem]:
        """The widgets shown, and the stretches (``addStretch``), which are always empty."""
        return [item for item in self._items if not item.isEmpty() or item.spacerItem()]

    def addStretch(self) -> None:
        """Room that takes what its line leaves, pushing what follows to the line's end."""
        policy = QSizePolicy.Policy
        self.addItem(QSpacerItem(0, 0, policy.Expanding, policy.Minimum))

    def _spacing(self) -> int:
        spacing = self.spacing()
        if spacing >= 0:
            return spacing
        parent = self.parentWidget()
        if parent is None:
            return 6
        return parent.style().pixelMetric(
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, parent
        )

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        """The items line by line: as many on a line as its ``width`` holds."""
        spacing = max(self._spacing(), 0)
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            item_width = min(item.sizeHint().width(), width)
            if lines[-1] and used + spacing + item_width > width:
                lines.append([])
            used = (used + spacing if lines[-1] else 0) + item_width
            lines[-1].append(item)
        return lines

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items (when ``move``) in ``rect``; the height they take. What a line
        leaves goes to its items that grow sideways (a text field, a stretch)."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        spacing = max(self._spacing(), 0)
        y = area.y()
        for line in (line for line in self._lines(area.width()) if line):
            widths = [min(item.sizeHint().width(), area.width()) for item in line]
            growing = [
                n
                for n, item in enumerate(line)
                if item.expandingDirections() & Qt.Orientation.Horizontal
            ]
            left = area.width() - sum(widths) - spacing * (len(line) - 1)
            for rank, n in enumerate(growing):
                widths[n] += left // len(growing) + (1 if rank < left % len(growing) else 0)
            height = max(item.sizeHint().height() for item in line)
            x = area.x()
            for item, width in zip(line, widths, strict=True):
                if move:
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, item.sizeHint().height())))
                x += width + spacing
            y += height + spacing
        return max(y - spacing, area.y()) - rect.y() + margins.bottom()


def flow_row(parent: QWidget, *widgets: QWidget) -> QWidget:
    """``widgets`` in a wrapping row of their own, to put in a page's layout."""
    row = QWidget(parent)
    # As tall as its lines, never more: a page's spare height goes to its lists.
    row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    layout = FlowLayout(row)
    for widget in widgets:
        layout.addWidget(widget)
    return row


def together(parent: QWidget, *widgets: QWidget) -> QWidget:
    """``widgets`` side by side, kept on one line of a wrapping row (a label and its field)."""
    pair = QWidget(parent)
    layout = QHBoxLayout(pair)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return pair
