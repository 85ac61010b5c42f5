"""Pick captured entries (ideas, insights, recommendations…) and themes to vote on."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.models import Outcome
from forum_desktop.ui.messages import fill
from forum_desktop.ui.outcome_model import kind_labels


class CapturedPicker(QDialog):
    """A checklist of the themes, then the entries; Space ticks one, Enter adds the
    ticked ones."""

    def __init__(
        self,
        outcomes: list[Outcome],
        parent: QWidget | None = None,
        themes: list[tuple[UUID, str]] | None = None,
    ) -> None:
        """``themes``: each theme's id and its row's words."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add options from captured items"))
        self.outcomes = outcomes
        self.themes = [theme for theme, _ in themes or []]
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Captured items"))
        self.list.setWordWrap(True)
        for _, text in themes or []:
            row = QListWidgetItem(text, self.list)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked)
        names = kind_labels()
        for outcome in outcomes:
            text = " ".join(outcome.text.split())
            kind = names.get(outcome.kind, outcome.kind)
            # As the themes' rows: "Idée : …" in French, its space before the colon.
            words = fill(self.tr("%1: %2"), kind, text)
            row = QListWidgetItem(words, self.list)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked)
        self.list.setCurrentRow(0)
        label = QLabel(self.tr("Tick the &entries to vote on (Space ticks):"), self)
        label.setBuddy(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add as options"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def tick(self, row: int) -> None:
        self.list.item(row).setCheckState(Qt.CheckState.Checked)

    def _ticked(self, row: int) -> bool:
        return self.list.item(row).checkState() == Qt.CheckState.Checked

    def chosen_themes(self) -> list[UUID]:
        """The ticked themes, in the list's order."""
        return [theme for row, theme in enumerate(self.themes) if self._ticked(row)]

    def chosen(self) -> list[Outcome]:
        """The ticked entries, in the list's order."""
        first = len(self.themes)
        return [o for row, o in enumerate(self.outcomes, start=first) if self._ticked(row)]
