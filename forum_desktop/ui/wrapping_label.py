"""A label for text people typed, wrapped at word breaks and never wider than its place."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class WrappingLabel(QLabel):
    """Word-wrapped; a word longer than the line (a title pasted without spaces, a long
    address) is cut at the label's edge instead of widening the window past the screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        policy = self.sizePolicy()  # word wrap made it height-for-width: keep that
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self.setSizePolicy(policy)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())
