"""What the room sees of a round-robin: the question, who speaks now and their time left
(side by side: a line less leaves the themes' cards room for their answers at 1024×768),
who is next, and how far the round is; then the themes its answers were grouped into."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QWidget

from forum_desktop.ui.method_screens.public_panel import PublicPanel
from forum_desktop.ui.method_screens.themes_public import THEMES_STRETCH, ThemesPublic


class RoundRobinPublic(PublicPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = self.label(self.tr("Guiding question"), italic=True)
        self.now = self.label(self.tr("Speaking now"), bold=True)
        self.time = self.label(self.tr("Speaker's time left"), bold=True)
        self.next = self.label(self.tr("Next speaker"))
        self.progress = self.label(self.tr("Progress of the round"))
        layout = self.panel_layout
        layout.addWidget(self.question)
        layout.addStretch(1)
        # Who speaks and their time meet in the middle; alone, who speaks is centred.
        self.time.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.time.installEventFilter(self)
        self.installEventFilter(self)
        turn = self.turn = QHBoxLayout()
        turn.addWidget(self.now, 1)
        turn.addWidget(self.time, 1)
        layout.addLayout(turn)
        layout.addWidget(self.next)
        layout.addWidget(self.progress)
        self.themes = ThemesPublic(self)
        layout.addWidget(self.themes, THEMES_STRETCH)
        layout.addStretch(1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.time and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            beside = self.time.isVisible()
            side = Qt.AlignmentFlag.AlignRight if beside else Qt.AlignmentFlag.AlignHCenter
            self.now.setAlignment(side | Qt.AlignmentFlag.AlignVCenter)
        elif watched is self and event.type() == QEvent.Type.FontChange:
            self.turn.setSpacing(self.fontMetrics().height())  # an em apart on any projector
        return False

    def text(self) -> str:
        """Everything shown, one line per label (what a test or a screen reader reads)."""
        labels = (self.question, self.now, self.time, self.next, self.progress)
        lines = [label.text() for label in labels if label.text()]
        return "\n".join([*lines, self.themes.text()] if self.themes.text() else lines)
