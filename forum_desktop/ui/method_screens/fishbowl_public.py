"""What the projector shows of a fishbowl: the topic, who has the floor and for how long,
the inner circle's chairs with names (the open chair marked), and who waits to come in."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from forum_desktop.ui.room_language import room

CHAIRS_PER_ROW = 4


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
        self.topic_label = QLabel(self)
        self.topic_label.setWordWrap(True)
        _bold(self.topic_label, True)
        self.speaker_label = QLabel(self)
        self.speaker_label.setWordWrap(True)
        _bold(self.speaker_label, True)
        self.chairs = QGridLayout()
        self.chairs.setSpacing(8)
        self.chair_labels: list[QLabel] = []
        self.queue_label = QLabel(self)
        self.queue_label.setWordWrap(True)
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
            self.chair_labels.pop().deleteLater()
        while len(self.chair_labels) < len(chairs):
            label = QLabel(self)
            label.setFrameShape(QFrame.Shape.Box)
            label.setWordWrap(True)
            label.setMargin(6)
            count = len(self.chair_labels)
            self.chairs.addWidget(label, count // CHAIRS_PER_ROW, count % CHAIRS_PER_ROW)
            self.chair_labels.append(label)
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
