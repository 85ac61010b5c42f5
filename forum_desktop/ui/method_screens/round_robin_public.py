"""What the room sees of a round-robin: the question, who speaks now and their time left
(side by side: a line less leaves the themes' cards room for their answers at 1024×768;
one over the other when a long name would take more than two lines beside the time),
who is next, and how far the round is; then the themes its answers were grouped into."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QBoxLayout, QWidget

from forum_desktop.ui.method_screens.public_panel import PublicPanel
from forum_desktop.ui.method_screens.themes_public import THEMES_STRETCH, ThemesPublic
from forum_desktop.ui.projected_text import MOST_LINES

TURN_WAYS = (QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.TopToBottom)
"""Who speaks and their time: side by side, else one over the other."""


class RoundRobinPublic(PublicPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = self.label(self.tr("Guiding question"), italic=True)
        self.now = self.label(self.tr("Speaking now"), bold=True)
        self.now.setProperty(MOST_LINES, 2)
        self.time = self.label(self.tr("Speaker's time left"), bold=True)
        self.next = self.label(self.tr("Next speaker"))
        self.progress = self.label(self.tr("Progress of the round"))
        layout = self.panel_layout
        layout.addWidget(self.question)
        layout.addStretch(1)
        self.time.installEventFilter(self)
        self.installEventFilter(self)
        turn = self.turn = QBoxLayout(TURN_WAYS[0])
        turn.addWidget(self.now, 1)
        turn.addWidget(self.time, 1)
        layout.addLayout(turn)
        layout.addWidget(self.next)
        layout.addWidget(self.progress)
        self.themes = ThemesPublic(self)
        layout.addWidget(self.themes, THEMES_STRETCH)
        layout.addStretch(1)
        self._lay_turn()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.time and event.type() in (QEvent.Type.Show, QEvent.Type.Hide)) or (
            watched is self and event.type() == QEvent.Type.FontChange
        ):
            self._lay_turn()
        return False

    def _lay_turn(self) -> None:
        """Side by side, who speaks and their time meet in the middle, an em apart on any
        projector; one over the other, or alone, each is centred."""
        side_by_side = self.turn.direction() == TURN_WAYS[0]
        beside = self.time.isVisible() and side_by_side
        middle = Qt.AlignmentFlag.AlignVCenter
        left, right = (
            (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight)
            if beside
            else (Qt.AlignmentFlag.AlignHCenter, Qt.AlignmentFlag.AlignHCenter)
        )
        self.now.setAlignment(right | middle)
        self.time.setAlignment(left | middle)
        self.turn.setSpacing(self.fontMetrics().height() if side_by_side else 0)

    def arrangements(self) -> int:
        return len(TURN_WAYS)

    def arrange(self, index: int) -> None:
        """Who speaks and their time side by side (0) or one over the other (1)."""
        if self.turn.direction() != TURN_WAYS[index]:
            self.turn.setDirection(TURN_WAYS[index])
            self._lay_turn()

    def text(self) -> str:
        """Everything shown, one line per label (what a test or a screen reader reads)."""
        labels = (self.question, self.now, self.time, self.next, self.progress)
        lines = [label.text() for label in labels if label.text()]
        return "\n".join([*lines, self.themes.text()] if self.themes.text() else lines)
