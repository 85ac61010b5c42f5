"""The facilitator's list of what phones typed (issue 22): each answer or idea waits until
approved (shown on the projector), edited (shown as rewritten) or hidden (kept in the
record, marked); "Approve all" is for a room the facilitator trusts. Every act is a typed
core command (``services/moderation.py``), one undo step."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.models import ModerationState
from forum_desktop.services.moderation import (
    Approve,
    ApproveAll,
    EditShown,
    HeldText,
    Hide,
    held_texts,
)
from forum_desktop.services.operations import OpResult
from forum_desktop.ui import prompts
from forum_desktop.ui.context import AppContext


class ModerationPanel(QWidget):
    def __init__(self, context: AppContext, event_id: UUID, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        self.event_id = event_id
        self.rows: list[HeldText] = []
        self.texts_list = QListWidget(self)
        self.texts_list.setAccessibleName(self.tr("Phones' texts"))
        self.texts_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.texts_list.itemSelectionChanged.connect(self._refresh_buttons)
        self.approve_button = QPushButton(self.tr("&Approve"), self)
        self.approve_button.setToolTip(self.tr("Show the chosen texts on the projector."))
        self.approve_button.clicked.connect(self.approve)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setToolTip(
            self.tr("Show the text as you rewrite it; the phone's words stay in the record.")
        )
        self.edit_button.clicked.connect(self.edit)
        self.hide_button = QPushButton(self.tr("&Hide"), self)
        self.hide_button.setToolTip(
            self.tr("Keep the text off the projector; it stays in the record, marked hidden.")
        )
        self.hide_button.clicked.connect(self.hide_text)
        self.approve_all_button = QPushButton(self.tr("Approve a&ll"), self)
        self.approve_all_button.setToolTip(
            self.tr("For a room you trust: show every text still waiting.")
        )
        self.approve_all_button.clicked.connect(self.approve_all)
        buttons = QHBoxLayout()
        for button in (
            self.approve_button,
            self.edit_button,
            self.hide_button,
            self.approve_all_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.texts_list)
        layout.addLayout(buttons)
        context.changed.connect(self._on_changed)
        context.reset.connect(self.reload)
        self.reload()

    def state_name(self, state: ModerationState) -> str:
        return {
            ModerationState.PENDING: self.tr("Waiting"),
            ModerationState.APPROVED: self.tr("Shown"),
            ModerationState.HIDDEN: self.tr("Hidden"),
        }[state]

    def reload(self) -> None:
        chosen = set(self.chosen())
        self.rows = held_texts(self.context.store, self.event_id)
        self.texts_list.blockSignals(True)
        self.texts_list.clear()
        for row in self.rows:
            text = f"{self.state_name(row.state)} — {row.shown}"
            if row.shown != row.outcome.text:
                text += " " + self.tr("(typed: %1)").replace("%1", row.outcome.text)
            item = QListWidgetItem(text, self.texts_list)
            item.setData(Qt.ItemDataRole.UserRole, row.outcome.id)
            item.setSelected(row.outcome.id in chosen)
        self.texts_list.blockSignals(False)
        self._refresh_buttons()

    def chosen(self) -> list[UUID]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.texts_list.selectedItems()]

    def _refresh_buttons(self) -> None:
        chosen = self.chosen()
        self.approve_button.setEnabled(bool(chosen))
        self.hide_button.setEnabled(len(chosen) == 1)
        self.edit_button.setEnabled(len(chosen) == 1)
        waiting = any(row.state is ModerationState.PENDING for row in self.rows)
        self.approve_all_button.setEnabled(waiting)

    def approve(self) -> None:
        chosen = self.chosen()
        if chosen:
            self.context.execute(Approve(outcome_ids=tuple(chosen)), self.tr("Approve texts"))

    def approve_all(self) -> None:
        self.context.execute(ApproveAll(event_id=self.event_id), self.tr("Approve all texts"))

    def hide_text(self) -> None:
        chosen = self.chosen()
        if len(chosen) == 1:
            self.context.execute(Hide(outcome_id=chosen[0]), self.tr("Hide a text"))

    def edit(self) -> None:
        chosen = self.chosen()
        row = next((r for r in self.rows if chosen and r.outcome.id == chosen[0]), None)
        if row is None:
            return
        text = prompts.ask_text(
            self, self.tr("Edit the shown text"), self.tr("Shown text:"), row.shown
        )
        if text is not None:
            command = EditShown(outcome_id=row.outcome.id, text=text)
            self.context.execute(command, self.tr("Edit a shown text"))

    def _on_changed(self, result: OpResult) -> None:
        if result.touches("moderation", "outcome"):
            self.reload()
