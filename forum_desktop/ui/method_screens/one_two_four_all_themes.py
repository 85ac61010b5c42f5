"""1-2-4-All's themes: the chosen ideas grouped into a named theme, themes renamed and
merged (a round-robin's answers too); ideas dragged onto a theme join it, onto "new
theme" make one. The panel only shows and asks; the screen runs the commands."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.methods.idea_acts import IdeasView
from forum_desktop.ui import prompts
from forum_desktop.ui.flow_layout import flow_row
from forum_desktop.ui.messages import fill
from forum_desktop.ui.method_screens.theme_drop import NewThemeDrop, ThemeDropList

ID_ROLE = Qt.ItemDataRole.UserRole


class ThemesPanel(QGroupBox):
    group_requested = Signal()
    rename_requested = Signal()
    merge_requested = Signal()
    ideas_dropped = Signal(object, object, str)
    """Ideas dropped to be grouped: their ids, the theme's id (None for a new theme) and
    the new theme's name."""

    def __init__(
        self,
        parent: QWidget | None = None,
        group_text: str = "",
        drop_text: str = "",
        empty_text: str = "",
    ) -> None:
        """``group_text``, ``drop_text``, ``empty_text``: the group button's, the "new
        theme" drop's and the empty theme list's words where the chosen are not ideas."""
        super().__init__(self.tr("Themes"), parent)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Theme name"))
        self.name_edit.setPlaceholderText(self.tr("A theme's name"))
        self.name_edit.setMaxLength(500)
        # Short words on the buttons, the whole sentence in their tooltips: the sentences
        # were wider than the console at 200 % and cut ("Ajouter à la…").
        self.group_button = QPushButton(group_text or self.tr("Group under this name"), self)
        if not group_text:
            self.group_button.setToolTip(self.tr("Group the chosen ideas under this name"))
        self.group_button.clicked.connect(self.group_requested)
        self.theme_list = ThemeDropList(
            self, empty_text or self.tr("Drag ideas here or press Ctrl+G to make a theme")
        )
        self.theme_list.setAccessibleName(self.tr("Themes and their ideas"))
        self.theme_list.setWordWrap(True)
        self.new_theme_drop = NewThemeDrop(
            drop_text or self.tr("Drop ideas here for a new theme"), self
        )
        """Laid out by the screen, where its row has room: the panel's rows are full at a
        1024-pixel-wide console."""
        self.new_theme_drop.setAccessibleName(self.tr("New theme"))
        # Queued: the command (and a question for the name) runs once the drop is over.
        queued = Qt.ConnectionType.QueuedConnection
        self.theme_list.dropped.connect(self._into_theme, queued)
        self.new_theme_drop.dropped.connect(self._into_new_theme, queued)
        self.rename_button = QPushButton(self.tr("Give the chosen theme this name"), self)
        self.rename_button.clicked.connect(self.rename_requested)
        self.merge_button = QPushButton(self.tr("Merge into the named theme"), self)
        self.merge_button.setToolTip(self.tr("Merge the chosen theme into the named one"))
        self.merge_button.clicked.connect(self.merge_requested)
        self.theme_list.currentItemChanged.connect(lambda *_: self._refresh())
        # Rows wrapped to the width the screen gets: side by side, the name and the three
        # buttons demanded 920 px at 200 % text.
        layout = QVBoxLayout(self)
        layout.addWidget(flow_row(self, self.name_edit, self.group_button))
        layout.addWidget(self.theme_list)
        layout.addWidget(flow_row(self, self.rename_button, self.merge_button))
        self._themes: dict[str, UUID] = {}

    def show_themes(self, view: IdeasView) -> None:
        texts = {idea.id: idea.text for idea in view.ideas}
        chosen = self.chosen_theme()
        self._themes = {theme.name.casefold(): theme.id for theme in view.themes}
        self.theme_list.clear()
        for theme in view.themes:
            ideas = "; ".join(texts[idea] for idea in theme.idea_ids)
            # "Mobilité (2) : …" in French: the colon is the interface's.
            words = self.tr("%1 (%2): %3")
            row = QListWidgetItem(fill(words, theme.name, str(len(theme.idea_ids)), ideas))
            row.setData(ID_ROLE, str(theme.id))
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsDropEnabled)  # ideas dropped join it
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

    def _into_theme(self, ideas: tuple[UUID, ...], theme: UUID | None) -> None:
        if theme is None:  # dropped below the themes
            self._into_new_theme(ideas)
        else:
            self.ideas_dropped.emit(ideas, theme, "")

    def _into_new_theme(self, ideas: tuple[UUID, ...]) -> None:
        """Asks the new theme's name (the one typed, if any, offered); a name that is a
        theme's already puts the ideas in that theme, as the keys do."""
        name = prompts.ask_text(
            self, self.tr("New theme"), self.tr("Name of the new theme:"), self.name()
        )
        if name is None:
            return
        name = " ".join(name.split())
        self.ideas_dropped.emit(ideas, self._themes.get(name.casefold()), name)

    def _refresh(self) -> None:
        chosen = self.chosen_theme() is not None
        self.rename_button.setEnabled(chosen)
        self.merge_button.setEnabled(chosen and len(self._themes) > 1)
