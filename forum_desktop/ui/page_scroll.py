"""A part of a page that scrolls when the window is smaller than it needs.

At large text sizes (Preferences: up to 200 %) some content cannot shrink to a 1024×768
screen; scrolled, it no longer sets the window's minimum size past the screen, so the
rest of the window (status line, capture bar) stays reachable."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrolled(content: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """``content`` in a frameless scroll area that gives it all the room it has: it scrolls
    only where the room is smaller than ``content``'s minimum size."""
    area = QScrollArea(parent)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(content)
    return area


class _FitHeight(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget) and event.type() in _REFIT:
            layout = watched.layout()
            if layout is not None and layout.hasHeightForWidth():
                height = layout.totalMinimumHeightForWidth(watched.width())
                if watched.minimumHeight() != height:
                    watched.setMinimumHeight(height)
        return False


_REFIT = (QEvent.Type.Resize, QEvent.Type.LayoutRequest)


def fit_height_to_width(widget: QWidget) -> None:
    """Keep ``widget`` at least as tall as its wrapped lines need at its width.

    Qt's minimum height counts one line per word-wrapped label: squeezed under a scroll
    area's room, the lines of a narrow method screen were drawn over one another. With
    this, the widget asks for its real height and the area around it scrolls."""
    widget.installEventFilter(_FitHeight(widget))
