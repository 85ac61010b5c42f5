"""A part of a page that scrolls when the window is smaller than it needs.

At large text sizes (Preferences: up to 200 %) some content cannot shrink to a 1024×768
screen; scrolled, it no longer sets the window's minimum size past the screen, so the
rest of the window (status line, capture bar) stays reachable."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrolled(content: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """``content`` in a frameless scroll area that gives it all the room it has: it scrolls
    only where the room is smaller than ``content``'s minimum size."""
    area = QScrollArea(parent)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(content)
    return area
