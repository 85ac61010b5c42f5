"""The panel of a method's public view: centred labels that follow the projector's font."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget


class PublicPanel(QWidget):
    """Holds a screen's public labels inside ``MethodScreenWidget.public``.

    The projector sets the public view's font from its height; each label sets only its
    weight and slant, so it inherits the size and follows every change of it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel_layout = QVBoxLayout(self)
        self.panel_layout.setContentsMargins(0, 0, 0, 0)

    def label(self, name: str, *, bold: bool = False, italic: bool = False) -> QLabel:
        """A centred, wrapping label named ``name`` for screen readers."""
        label = QLabel(self)
        label.setAccessibleName(name)
        # What people typed (on a phone, too) shows as typed: "<b>" is not bold here.
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        font = QFont()  # only what is set here overrides the inherited font
        font.setBold(bold)
        font.setItalic(italic)
        label.setFont(font)
        return label

    @staticmethod
    def show_text(label: QLabel, text: str) -> None:
        """Set ``text``; an empty label is hidden, so it leaves no gap on the projector."""
        label.setText(text)
        label.setVisible(bool(text))
