"""Which texts of the record on screen two laptops typed differently (a sync conflict),
with a button that opens the conflicts dialog on it: shown only while there are some."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from forum_desktop.ui.messages import fill


class ConflictNote(QWidget):
    resolve_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.resolve_button = QPushButton(self.tr("Resolve conflict…"), self)
        self.resolve_button.clicked.connect(self.resolve_requested)
        button_row = QHBoxLayout()  # under the note: beside it, a narrow pane cuts the note
        button_row.addWidget(self.resolve_button)
        button_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(button_row)
        self._width = 0
        """The width ``fit_width`` was told (none: the layout's own sizing)."""
        self.hide()

    def show_texts(self, names: list[str]) -> None:
        """Name the texts in conflict (the fields' labels); hidden when there are none."""
        self.label.setText(
            fill(
                self.tr(
                    "⚠ Two laptops typed different versions of: %1. One shows here, the "
                    "other is kept until someone chooses."
                ),
                ", ".join(dict.fromkeys(names)),
            )
        )
        self.setVisible(bool(names))
        if self._width:
            self.fit_width(self._width)

    def fit_width(self, width: int) -> None:
        """The note's height for its lines at ``width``: a scroll area sizes what it holds
        by its minimum, which for wrapped text counts too few lines."""
        self._width = width
        self.label.setMinimumHeight(self.label.heightForWidth(width))
