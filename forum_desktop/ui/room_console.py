"""What the facilitator handles of forty phones (issue 22), opened from the participants
dialog: the phones' texts to moderate, their questions, the
end-of-session evaluation; one tab per job."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import QDialog, QTabWidget, QVBoxLayout, QWidget

from forum_desktop.ui.context import AppContext
from forum_desktop.ui.evaluation_panel import EvaluationPanel
from forum_desktop.ui.moderation_panel import ModerationPanel
from forum_desktop.ui.questions_panel import QuestionsPanel


class RoomConsole(QDialog):
    def __init__(self, context: AppContext, event_id: UUID, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The room's phones"))
        self.tabs = QTabWidget(self)
        self.moderation = ModerationPanel(context, event_id, self.tabs)
        self.tabs.addTab(self.moderation, self.tr("Phones' &texts"))
        self.questions = QuestionsPanel(context, event_id, self.tabs)
        self.tabs.addTab(self.questions, self.tr("&Questions"))
        self.evaluation = EvaluationPanel(context, event_id, self.tabs)
        self.tabs.addTab(self.evaluation, self.tr("&Evaluation"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.resize(640, 480)
