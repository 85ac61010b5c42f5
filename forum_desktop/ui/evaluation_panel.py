"""The end-of-session evaluation from the console (issue 22): open it on the phones for
a session, see how many answered and the average, close it."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.models import Session
from forum_desktop.services.evaluation import SetEvaluationOpen, evaluation_summary, is_open
from forum_desktop.services.operations import OpResult
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.numbers import decimal


class EvaluationPanel(QWidget):
    def __init__(self, context: AppContext, event_id: UUID, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        self.event_id = event_id
        self.session_combo = QComboBox(self)
        self.session_combo.setAccessibleName(self.tr("Session evaluated"))
        self.session_combo.currentIndexChanged.connect(self.refresh)
        self.toggle_button = QPushButton(self)
        self.toggle_button.clicked.connect(self.toggle)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "Phones answer three short questions: how useful the session was (1–5), "
                "what to keep, what to change. The minutes print the counts and comments."
            ),
            self,
        )
        intro.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.session_combo, 1)
        row.addWidget(self.toggle_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.summary_label)
        layout.addStretch(1)
        context.changed.connect(self._on_changed)
        context.reset.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        chosen = self.session_combo.currentData()
        sessions = self.context.store.select(Session, {"event_id": self.event_id}, "position")
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        for session in sessions:
            self.session_combo.addItem(session.title, session.id)
        found = self.session_combo.findData(chosen)
        self.session_combo.setCurrentIndex(max(found, 0))
        self.session_combo.blockSignals(False)
        self.refresh()

    def session_id(self) -> UUID | None:
        data = self.session_combo.currentData()
        return data if isinstance(data, UUID) else None

    def refresh(self) -> None:
        session_id = self.session_id()
        self.toggle_button.setEnabled(session_id is not None)
        opened = session_id is not None and is_open(self.context.store, session_id)
        self.toggle_button.setText(
            self.tr("&Close the evaluation") if opened else self.tr("&Open the evaluation")
        )
        if session_id is None:
            self.summary_label.clear()
            return
        summary = evaluation_summary(self.context.store, session_id)
        text = self.tr("%n answer(s)", "", summary.answers)
        if summary.average is not None:
            text += " · " + self.tr("average usefulness %1 of 5").replace(
                "%1", decimal(summary.average)
            )
        self.summary_label.setText(text)

    def toggle(self) -> None:
        session_id = self.session_id()
        if session_id is None:
            return
        opened = is_open(self.context.store, session_id)
        command = SetEvaluationOpen(session_id=session_id, open=not opened)
        label = self.tr("Close the evaluation") if opened else self.tr("Open the evaluation")
        self.context.execute(command, label)

    def _on_changed(self, result: OpResult) -> None:
        if result.touches("session"):
            self.reload()
        elif result.touches("evaluation", "evaluation_answer"):
            self.refresh()
