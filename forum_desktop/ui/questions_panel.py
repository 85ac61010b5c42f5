"""Phones' questions to the facilitator (issue 22), most backed first: answer one (with a
note for the minutes, maybe none) or dismiss it. The session is the one the console's
run page shows, else the event's first with questions."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.models import QuestionStatus, Session
from forum_desktop.services.operations import OpResult
from forum_desktop.services.room_questions import (
    AnswerQuestion,
    DismissQuestion,
    QuestionView,
    questions_view,
)
from forum_desktop.ui import prompts
from forum_desktop.ui.context import AppContext


class QuestionsPanel(QWidget):
    def __init__(self, context: AppContext, event_id: UUID, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        self.event_id = event_id
        self.rows: list[QuestionView] = []
        self.questions_list = QListWidget(self)
        self.questions_list.setAccessibleName(self.tr("Questions from phones"))
        self.questions_list.itemSelectionChanged.connect(self._refresh_buttons)
        self.answer_button = QPushButton(self.tr("&Answered…"), self)
        self.answer_button.setToolTip(
            self.tr("Mark the question answered, with a note of the answer for the minutes.")
        )
        self.answer_button.clicked.connect(self.answer)
        self.dismiss_button = QPushButton(self.tr("&Dismiss"), self)
        self.dismiss_button.setToolTip(
            self.tr("Set the question aside (off topic, asked twice): the minutes leave it out.")
        )
        self.dismiss_button.clicked.connect(self.dismiss)
        buttons = QHBoxLayout()
        buttons.addWidget(self.answer_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.questions_list)
        layout.addLayout(buttons)
        context.changed.connect(self._on_changed)
        context.reset.connect(self.reload)
        self.reload()

    def status_name(self, view: QuestionView) -> str:
        question = view.question
        if question.status is QuestionStatus.ANSWERED:
            return self.tr("Answered")
        if question.status is QuestionStatus.DISMISSED:
            return self.tr("Dismissed")
        return self.tr("%n vote(s)", "", view.votes)

    def reload(self) -> None:
        chosen = self.chosen()
        sessions = self.context.store.select(Session, {"event_id": self.event_id}, "position")
        self.rows = [view for s in sessions for view in questions_view(self.context.store, s.id)]
        self.questions_list.blockSignals(True)
        self.questions_list.clear()
        for view in self.rows:
            text = f"{self.status_name(view)} — {view.question.text}"
            if view.question.answer:
                text += " → " + view.question.answer
            item = QListWidgetItem(text, self.questions_list)
            item.setData(Qt.ItemDataRole.UserRole, view.question.id)
            if view.question.id == chosen:
                self.questions_list.setCurrentItem(item)
        self.questions_list.blockSignals(False)
        self._refresh_buttons()

    def chosen(self) -> UUID | None:
        item = self.questions_list.currentItem()
        if item is None:
            return None
        question_id: UUID = item.data(Qt.ItemDataRole.UserRole)
        return question_id

    def _chosen_open(self) -> QuestionView | None:
        chosen = self.chosen()
        return next(
            (
                v
                for v in self.rows
                if v.question.id == chosen and v.question.status is QuestionStatus.OPEN
            ),
            None,
        )

    def _refresh_buttons(self) -> None:
        open_question = self._chosen_open() is not None
        self.answer_button.setEnabled(open_question)
        self.dismiss_button.setEnabled(open_question)

    def answer(self) -> None:
        view = self._chosen_open()
        if view is None:
            return
        note = prompts.ask_text(
            self,
            self.tr("Question answered"),
            self.tr("The answer, for the minutes (may stay empty):"),
        )
        if note is not None:
            command = AnswerQuestion(question_id=view.question.id, answer=note)
            self.context.execute(command, self.tr("Answer a question"))

    def dismiss(self) -> None:
        view = self._chosen_open()
        if view is not None:
            command = DismissQuestion(question_id=view.question.id)
            self.context.execute(command, self.tr("Dismiss a question"))

    def _on_changed(self, result: OpResult) -> None:
        if result.touches("room_question", "question_vote"):
            self.reload()
