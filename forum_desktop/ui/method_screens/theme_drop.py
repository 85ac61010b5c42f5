"""Ideas (or a round's answers) dragged onto a theme, or onto "new theme".

The dragged rows travel as their ids in a MIME type of our own, so a drop elsewhere (a
text editor) gets nothing and a drop of anything else here is refused. A drag copies:
the idea stays in the harvest; the screen runs ``GroupIdeasIntoTheme`` on the drop, the
same command as the keys, one undo step per drop.
"""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

ID_ROLE = Qt.ItemDataRole.UserRole
THEME_ROLE = Qt.ItemDataRole.UserRole + 1
"""The name of the theme a row's idea is in, if any: shown after its text, not edited."""
IDEAS_MIME = "application/x-forum-desktop-idea-ids"


def ideas_mime(idea_ids: Sequence[UUID]) -> QMimeData:
    mime = QMimeData()
    mime.setData(IDEAS_MIME, QByteArray("\n".join(map(str, idea_ids)).encode("ascii")))
    return mime


def dropped_ideas(mime: QMimeData) -> tuple[UUID, ...]:
    """The ideas a drop carries; none when it carries anything else or is garbled."""
    if not mime.hasFormat(IDEAS_MIME):
        return ()
    try:
        lines = bytes(mime.data(IDEAS_MIME).data()).decode("ascii").split()
        return tuple(UUID(line) for line in lines)
    except ValueError:
        return ()


class _ThemeAfterText(QStyledItemDelegate):
    """Shows a row's theme after its text ("Bike lanes · Mobility"): the row's own text
    stays the idea's, so F2 edits the idea alone."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        theme = index.data(THEME_ROLE)
        if theme:
            option.text = f"{option.text} · {theme}"


class IdeaList(QListWidget):
    """A list of ideas or answers (each row's id in ``ID_ROLE``, its theme's name in
    ``THEME_ROLE``) whose chosen rows can be dragged onto a theme. Only a copy: a move
    would take the rows out of the list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_ThemeAfterText(self))
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [IDEAS_MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        return ideas_mime([UUID(item.data(ID_ROLE)) for item in items])


class ThemeDropList(QListWidget):
    """The themes; ideas dropped on one join it, dropped below the last one make a new
    theme. Nothing is dragged from here."""

    dropped = Signal(object, object)
    """The ideas (a tuple of ids) and the theme's id, None for a new theme."""

    def __init__(self, parent: QWidget | None = None, placeholder: str = "") -> None:
        """``placeholder``: what the list says while it has no theme (how to make one)."""
        super().__init__(parent)
        self.placeholder = placeholder
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        # Onto a theme, never between two: a drop in a gap would join the one below.
        self.setDragDropOverwriteMode(True)
        self.setDropIndicatorShown(True)
        model = self.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self._describe)
        self._describe()

    def shown_placeholder(self) -> str:
        """The words painted in the empty list ("" once it has a theme)."""
        return self.placeholder if self.count() == 0 else ""

    def _describe(self, *_: object) -> None:
        # A screen reader hears what the empty list paints.
        self.setAccessibleDescription(self.shown_placeholder())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        words = self.shown_placeholder()
        if not words:
            return
        # Painted, not a label over the list: ideas dropped on it still make a theme.
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(self.viewport().rect().adjusted(8, 8, -8, -8), int(flags), words)

    def mimeTypes(self) -> list[str]:
        return [IDEAS_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def dropMimeData(self, index: int, data: QMimeData, action: Qt.DropAction) -> bool:
        ideas = dropped_ideas(data)
        if not ideas:
            return False
        row = self.item(index) if 0 <= index < self.count() else None
        self.dropped.emit(ideas, UUID(row.data(ID_ROLE)) if row is not None else None)
        return True


class NewThemeDrop(QLabel):
    """Where ideas are dropped to make a new theme (its name is asked for then)."""

    dropped = Signal(object)
    """The ideas dropped (a tuple of ids)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFrameShadow(QFrame.Shadow.Sunken)
        self.setMargin(4)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._accept(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._accept(event)

    @staticmethod
    def _accept(event: QDragMoveEvent) -> None:
        if dropped_ideas(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        ideas = dropped_ideas(event.mimeData())
        if ideas:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.dropped.emit(ideas)
