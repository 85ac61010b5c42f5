"""What the projector shows of a fishbowl: the topic, who has the floor and for how long,
the inner circle's chairs with names (the open chair marked), and who waits to come in."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

CHAIRS_PER_ROW = 4


class FishbowlPublic(QWidget):
    """The projector sets the font of the view it holds (``public``, this widget's parent)
    from its height; each label takes it again when it changes, bold where it says so.
    Qt would not pass a later size on by itself: the projector's style sheet fixes a
    widget's font when it is first polished."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.topic_label = QLabel(self)
        self.topic_label.setWordWrap(True)
        self.topic_label.setProperty("bold", True)
        self.speaker_label = QLabel(self)
        self.speaker_label.setWordWrap(True)
        self.speaker_label.setProperty("bold", True)
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
        if parent is not None:  # the projector sets the font of the view it was handed
            parent.installEventFilter(self)

    def show_circle(self, topic: str, chairs: list[tuple[str, bool]], waiting: list[str]) -> None:
        """``chairs``: each chair's text and whether its sitter has the floor."""
        self.topic_label.setText(self.tr("Topic: %1").replace("%1", topic) if topic else "")
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
            label.setProperty("bold", speaking)
            label.setLineWidth(3 if speaking else 1)
        self.queue_label.setText(
            self.tr("Waiting to come in: %1").replace("%1", ", ".join(waiting))
            if waiting
            else self.tr("Nobody is waiting to come in.")
        )
        self._take_font()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.FontChange:
            self._take_font()
        return False

    def _take_font(self) -> None:
        source = self.parentWidget() or self
        for label in self.findChildren(QLabel):
            font = QFont(source.font())
            font.setBold(bool(label.property("bold")))
            label.setFont(font)

    def show_speaker(self, text: str) -> None:
        self.speaker_label.setText(text)
