"""1-2-4-All's themes: the chosen ideas grouped into a named theme, themes renamed and
merged (a round-robin's answers too). The panel only shows and asks; the screen runs the
commands."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.methods.idea_acts import IdeasView

ID_ROLE = Qt.ItemDataRole.UserRole


class ThemesPanel(QGroupBox):
    group_requested = Signal()
    rename_requested = Signal()
    merge_requested = Signal()

    def __init__(self, parent: QWidget | None = None, group_text: str = "") -> None:
        """``group_text``: the group button's words where the chosen are not ideas."""
        super().__init__(self.tr("Themes"), parent)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Theme name"))
        self.name_edit.setPlaceholderText(self.tr("A theme's name"))
        self.name_edit.setMaxLength(500)
        self.group_button = QPushButton(
            group_text or self.tr("Group the chosen ideas under this name"), self
        )
        self.group_button.clicked.connect(self.group_requested)
        self.theme_list = QListWidget(self)
        self.theme_list.setAccessibleName(self.tr("Themes and their ideas"))
        self.theme_list.setWordWrap(True)
        self.rename_button = QPushButton(self.tr("Give the chosen theme this name"), self)
        self.rename_button.clicked.connect(self.rename_requested)
        self.merge_button = QPushButton(self.tr("Merge the chosen theme into the named one"), self)
        self.merge_button.clicked.connect(self.merge_requested)
        self.theme_list.currentItemChanged.connect(lambda *_: self._refresh())
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_edit, 1)
        name_row.addWidget(self.group_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.merge_button)
        layout = QVBoxLayout(self)
        layout.addLayout(name_row)
        layout.addWidget(self.theme_list)
        layout.addLayout(buttons)
        self._themes: dict[str, UUID] = {}

    def show_themes(self, view: IdeasView) -> None:
        texts = {idea.id: idea.text for idea in view.ideas}
        chosen = self.chosen_theme()
        self._themes = {theme.name.casefold(): theme.id for theme in view.themes}
        self.theme_list.clear()
        for theme in view.themes:
            ideas = "; ".join(texts[idea] for idea in theme.idea_ids)
            row = QListWidgetItem(f"{theme.name} ({len(theme.idea_ids)}): {ideas}")
            row.setData(ID_ROLE, str(theme.id))
            self.theme_list.addItem(row)
            if theme.id == chosen:
                self.theme_list.setCurrentItem(row)
        self._refresh()

    def chosen_theme(self) -> UUID | None:
        row = self.theme_list.currentItem()
        return UUID(row.data(ID_ROLE)) if row is not None else None

    def name(self) -> str:
        return " ".join(self.name_edit.text().split())

    def named_theme(self) -> UUID | None:
        """The theme whose name is typed (the case of letters aside), if there is one."""
        return self._themes.get(self.name().casefold())

    def _refresh(self) -> None:
        chosen = self.chosen_theme() is not None
        self.rename_button.setEnabled(chosen)
        self.merge_button.setEnabled(chosen and len(self._themes) > 1)
