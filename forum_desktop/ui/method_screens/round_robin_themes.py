"""The round's answers grouped into themes, as 1-2-4-All's ideas are: Ctrl+G (to this
tab), choose answers, Ctrl+G, type a new theme's name (or an existing one's), Enter. Answers
can also be dragged onto a theme or onto "new theme". The widget only shows and asks;
the round-robin screen runs the commands."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.methods.idea_acts import IdeasView
from forum_desktop.ui.messages import fill
from forum_desktop.ui.method_screens.one_two_four_all_themes import ThemesPanel
from forum_desktop.ui.method_screens.theme_drop import IdeaList

ID_ROLE = Qt.ItemDataRole.UserRole


class RoundRobinThemes(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.answer_list = IdeaList(self)
        self.answer_list.setAccessibleName(self.tr("Answers to group into themes"))
        self.answer_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.answer_list.setWordWrap(True)
        self.answer_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        label = QLabel(self.tr("Answers to &group:"), self)
        label.setBuddy(self.answer_list)
        hint = QLabel(
            self.tr(
                "Choose answers (Shift or Ctrl with the arrows), press Ctrl+G, type a theme's "
                "name (a new one or an existing one) and press Enter. Or drag them onto a "
                "theme."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.themes = ThemesPanel(
            self,
            self.tr("Put the chosen answers in this theme"),
            self.tr("Drop answers here for a new theme"),
            self.tr("Drag answers here or press Ctrl+G to make a theme"),
        )
        self.group_action = QAction(self.tr("Put the chosen answers in a theme"), self)
        self.group_action.setShortcut(QKeySequence("Ctrl+G"))
        # The screen takes it: only while the focus is in the round-robin (the fishbowl
        # uses the same keys), from its round as from here.
        self.group_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.answer_list, 1)
        layout.addWidget(hint)
        layout.addWidget(self.themes.new_theme_drop)
        layout.addWidget(self.themes, 1)

    def show_answers(self, view: IdeasView, speakers: dict[UUID, str]) -> None:
        """Each answer with who gave it (``speakers`` by answer) and its theme, if any."""
        chosen = set(self.chosen_answers())
        theme_of = {answer: theme.name for theme in view.themes for answer in theme.idea_ids}
        self.answer_list.clear()
        for answer in view.ideas:
            text = answer.text
            if speakers.get(answer.id):
                # Who, then what: "Awa : …" in French.
                text = fill(self.tr("%1: %2"), speakers[answer.id], text)
            if answer.id in theme_of:
                text += f" · {theme_of[answer.id]}"
            row = QListWidgetItem(text)
            row.setData(ID_ROLE, str(answer.id))
            self.answer_list.addItem(row)
            row.setSelected(answer.id in chosen)
        self.themes.show_themes(view)

    def chosen_answers(self) -> tuple[UUID, ...]:
        """The answers selected in the list, in its order."""
        rows = [self.answer_list.item(n) for n in range(self.answer_list.count())]
        return tuple(UUID(row.data(ID_ROLE)) for row in rows if row.isSelected())

    def ask_name(self) -> None:
        """The theme's name is typed next (Enter puts the chosen answers in it)."""
        self.themes.name_edit.setFocus()
        self.themes.name_edit.selectAll()
