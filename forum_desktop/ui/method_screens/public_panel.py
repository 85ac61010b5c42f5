"""The panel of a method's public view: its labels follow the projector's font size."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget


class PublicPanel(QWidget):
    """Holds a screen's public labels inside ``MethodScreenWidget.public``.

    The projector sets the public view's font from its height, but its style sheet
    (``QLabel { color }``) stops a label from inheriting a font that changes later; so the
    panel, which does inherit it, hands its size on to its labels, each keeping its own
    weight and slant.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel_layout = QVBoxLayout(self)
        self.panel_layout.setContentsMargins(0, 0, 0, 0)
        self._styles: dict[QLabel, tuple[bool, bool]] = {}

    def label(self, name: str, *, bold: bool = False, italic: bool = False) -> QLabel:
        """A centred, wrapping label named ``name`` for screen readers."""
        label = QLabel(self)
        label.setAccessibleName(name)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._styles[label] = (bold, italic)
        self._give_font(label)
        return label

    @staticmethod
    def show_text(label: QLabel, text: str) -> None:
        """Set ``text``; an empty label is hidden, so it leaves no gap on the projector."""
        label.setText(text)
        label.setVisible(bool(text))

    def _give_font(self, label: QLabel) -> None:
        bold, italic = self._styles[label]
        font = QFont(self.font())
        font.setBold(bold)
        font.setItalic(italic)
        label.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            for label in self._styles:
                self._give_font(label)
