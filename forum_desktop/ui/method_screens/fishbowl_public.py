"""What the projector shows of a fishbowl: the topic, who has the floor and for how long,
the inner circle's chairs with names (the open chair marked), and who waits to come in.

The chairs share the width equally, whatever the names: a long name wraps in its chair
(never widening it over the phones' code), and the projector's fit tries fewer chairs per
row before smaller type (``ui/projected_text.py``)."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from forum_desktop.ui.projected_text import MOST_LINES
from forum_desktop.ui.room_language import room

CHAIRS_PER_ROW = (4, 3, 2)
"""The chairs in a row, the most preferred first (fewer rows leave the names more height)."""


def _wrapping(label: QLabel) -> QLabel:
    """A label that wraps in the width it is given and never asks for more."""
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


def _bold(label: QLabel, bold: bool) -> None:
    """Only the weight is set: the size comes from the projector, which sets the view's
    font from its height."""
    font = QFont()
    font.setBold(bold)
    label.setFont(font)


class FishbowlPublic(QWidget):
    """The topic, the speaker, the chairs and the queue, as the room sees them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.topic_label = _wrapping(QLabel(self))
        _bold(self.topic_label, True)
        self.speaker_label = _wrapping(QLabel(self))
        _bold(self.speaker_label, True)
        self.chairs = QGridLayout()
        self.chairs.setSpacing(8)
        self.chair_labels: list[QLabel] = []
        self._per_row = CHAIRS_PER_ROW[0]
        self.queue_label = _wrapping(QLabel(self))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.topic_label)
        layout.addWidget(self.speaker_label)
        layout.addLayout(self.chairs)
        layout.addWidget(self.queue_label)
        layout.addStretch(1)

    def show_circle(self, topic: str, chairs: list[tuple[str, bool]], waiting: list[str]) -> None:
        """``chairs``: each chair's text and whether its sitter has the floor."""
        self.topic_label.setText(
            room().translate("FishbowlPublic", "Topic: %1").replace("%1", topic) if topic else ""
        )
        self.topic_label.setVisible(bool(topic))
        while len(self.chair_labels) > len(chairs):
            gone = self.chair_labels.pop()
            gone.hide()
            gone.deleteLater()
        while len(self.chair_labels) < len(chairs):
            label = _wrapping(QLabel(self))
            label.setFrameShape(QFrame.Shape.Box)
            label.setMargin(6)
            label.setProperty(MOST_LINES, 2)  # a long name on a second line, not a fourth
            self.chair_labels.append(label)
        self._place_chairs()
        for label, (text, speaking) in zip(self.chair_labels, chairs, strict=True):
            label.setText(text)
            _bold(label, speaking)
            label.setLineWidth(3 if speaking else 1)
        self.queue_label.setText(
            room()
            .translate("FishbowlPublic", "Waiting to come in: %1")
            .replace("%1", ", ".join(waiting))
            if waiting
            else room().translate("FishbowlPublic", "Nobody is waiting to come in.")
        )

    def show_speaker(self, text: str) -> None:
        self.speaker_label.setText(text)

    def _ways(self) -> list[int]:
        """The chairs per row worth trying for the chairs there are."""
        count = max(1, len(self.chair_labels))
        return sorted({min(count, per_row) for per_row in CHAIRS_PER_ROW}, reverse=True)

    def arrangements(self) -> int:
        return len(self._ways())

    def arrange(self, index: int) -> None:
        """Lay the chairs out ``index``-th preferred way: so many chairs per row."""
        per_row = self._ways()[index]
        if per_row != self._per_row:
            self._per_row = per_row
            self._place_chairs()

    def _place_chairs(self) -> None:
        per_row = min(self._per_row, max(self._ways()))
        for index, label in enumerate(self.chair_labels):
            self.chairs.addWidget(label, index // per_row, index % per_row)
        for column in range(max(CHAIRS_PER_ROW)):
            self.chairs.setColumnStretch(column, 1 if column < per_row else 0)
