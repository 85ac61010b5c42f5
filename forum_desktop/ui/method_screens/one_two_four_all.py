"""1-2-4-All's live screen: the round the room is in (from the running phase) with its
time, and in "All" the harvest: each idea a group shares, captured as it is said and
shown on the projector as it arrives.

The screen keeps no state of its own: the round is the running phase, the harvest is the
item's ``idea`` outcomes (``AddIdea``, ``EditIdea``, ``RemoveIdea``), and the themes are
records grouped with ``GroupIdeasIntoTheme``, ``RenameTheme`` and ``MergeThemes``
(``methods.idea_acts``).
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.methods.idea_acts import (
    AddIdea,
    EditIdea,
    GroupIdeasIntoTheme,
    MergeThemes,
    RemoveIdea,
    RenameTheme,
    ideas_view,
)
from forum_desktop.methods.one_two_four_all import Round, round_of
from forum_desktop.models import MethodScreen, Outcome
from forum_desktop.timing.display import countdown
from forum_desktop.timing.snapshot import ItemTiming, Snapshot
from forum_desktop.ui.flow_layout import FlowLayout, flow_row
from forum_desktop.ui.messages import fill
from forum_desktop.ui.method_screens.acts import act, capture_where
from forum_desktop.ui.method_screens.base import MethodScreenWidget
from forum_desktop.ui.method_screens.one_two_four_all_public import OneTwoFourAllPublic
from forum_desktop.ui.method_screens.one_two_four_all_themes import ThemesPanel
from forum_desktop.ui.method_screens.theme_drop import THEME_ROLE, IdeaList
from forum_desktop.ui.method_screens.themes_public import room_themes, shown_ideas
from forum_desktop.ui.page_scroll import fit_height_to_width

ID_ROLE = Qt.ItemDataRole.UserRole


class HarvestList(IdeaList):
    """The ideas; F2 edits the chosen one and Delete removes it, even though the window
    has F2 (rename the event) of its own: while the list has the focus, they are its.
    Chosen ideas are dragged onto a theme."""

    remove_requested = Signal()

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_F2, Qt.Key.Key_Delete)
            and not event.modifiers()
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.state() != self.State.EditingState:
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)


class OneTwoFourAllScreen(MethodScreenWidget):
    kind = MethodScreen.ONE_TWO_FOUR_ALL

    def build(self) -> None:
        self.ideas: list[Outcome] = []
        self.round: Round | None = None
        """None while none of the method's phases runs."""
        self._phase: ItemTiming | None = None

        self.round_label = self._label(self.tr("Current round"))
        font = self.round_label.font()
        font.setBold(True)
        self.round_label.setFont(font)
        self.time_label = self._label(self.tr("Time left in this round"))
        self.question_label = self._label(self.tr("Guiding question"))

        self.idea_edit = QLineEdit(self)
        self.idea_edit.setAccessibleName(self.tr("New idea"))
        self.idea_edit.setPlaceholderText(self.tr("An idea a group shares"))
        self.idea_edit.returnPressed.connect(self.add_idea)
        idea_label = QLabel(self.tr("&Idea:"), self)
        idea_label.setBuddy(self.idea_edit)
        self.add_button = QPushButton(self.tr("Add to the &list"), self)
        self.add_button.clicked.connect(self.add_idea)
        hint = self._label(
            self.tr(
                "Enter adds the idea to the harvest (and to the projector). "
                "F2 edits the chosen idea, Delete removes it, Ctrl+G puts the chosen ones in "
                "a theme."
            )
        )
        hint.setText(hint.accessibleName())

        self.harvest_list = HarvestList(self)
        self.harvest_list.setAccessibleName(self.tr("Ideas harvested"))
        self.harvest_list.setWordWrap(True)
        self.harvest_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.harvest_list.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.harvest_list.itemChanged.connect(self._on_item_edited)
        self.harvest_list.currentItemChanged.connect(lambda *_: self._refresh_buttons())
        self.harvest_label = QLabel(self)
        self.harvest_label.setBuddy(self.harvest_list)
        self.edit_button = QPushButton(self.tr("Edi&t"), self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(self.tr("Rem&ove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.harvest_list.remove_requested.connect(self.remove_selected)
        self.harvest_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.themes = ThemesPanel(self)
        self.themes.group_requested.connect(self.group_chosen)
        self.themes.name_edit.returnPressed.connect(self.group_chosen)
        self.themes.rename_requested.connect(self.rename_chosen)
        self.themes.merge_requested.connect(self.merge_chosen)
        self.themes.ideas_dropped.connect(self.group_dropped)
        self.group_action = QAction(self.tr("Put the chosen ideas in a theme"), self)
        self.group_action.setShortcut(QKeySequence("Ctrl+G"))
        # Only while the focus is in this screen: the fishbowl has Ctrl+G of its own.
        self.group_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.group_action.triggered.connect(lambda *_: self.themes_key())
        self.addAction(self.group_action)

        self.room = OneTwoFourAllPublic(self.public)
        self.public_layout.addWidget(self.room)

        idea_row = flow_row(self, idea_label, self.idea_edit, self.add_button)
        list_row = QWidget(self)  # wraps where the text size makes it wider than the room
        list_buttons = FlowLayout(list_row)
        list_buttons.addWidget(self.themes.new_theme_drop)  # between the ideas and the themes
        list_buttons.addStretch()
        list_buttons.addWidget(self.edit_button)
        list_buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.round_label)
        layout.addWidget(self.time_label)
        layout.addWidget(self.question_label)
        layout.addWidget(idea_row)
        layout.addWidget(hint)
        layout.addWidget(self.harvest_label)
        layout.addWidget(self.harvest_list, 1)
        layout.addWidget(list_row)
        layout.addWidget(self.themes)
        # Its wrapped lines scroll rather than squeeze the themes under the harvest at
        # 200 % (the buttons were drawn over the themes' list).
        fit_height_to_width(self)

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setAccessibleName(name)
        return label

    # --- showing what is stored and where the method is --------------------------------

    def reload(self) -> None:
        view = ideas_view(self.context.store, self.item.id)
        self.ideas = list(view.ideas)
        self.themes.show_themes(view)
        chosen = self.selected_idea()
        theme_of = {idea: theme.name for theme in view.themes for idea in theme.idea_ids}
        self.harvest_list.blockSignals(True)
        self.harvest_list.clear()
        for idea in self.ideas:
            row = QListWidgetItem(idea.text)
            row.setData(ID_ROLE, str(idea.id))
            row.setData(THEME_ROLE, theme_of.get(idea.id, ""))  # which are left to group
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsEditable)
            self.harvest_list.addItem(row)
            if idea.id == chosen:
                self.harvest_list.setCurrentItem(row)
        self.harvest_list.blockSignals(False)
        self.harvest_label.setText(
            self.tr("Ideas harvested (%n):", "", len(self.ideas)) if self.ideas else ""
        )
        question = self.item.guiding_question.strip()
        self.question_label.setText(
            self.tr("Guiding question: %1").replace("%1", question) if question else ""
        )
        self.room.show_text(self.room.question, question)
        # The room sees the ideas not in a theme yet, then the themes; phones' once approved.
        shown = shown_ideas(self.context.store, view)
        themed = {idea for theme in view.themes for idea in theme.idea_ids}
        numbered = list(enumerate(shown.items(), start=1))
        themes = room_themes(view, shown)
        self.room.show_ideas(
            [(n, text) for n, (idea, text) in numbered if idea not in themed],
            beside_themes=bool(themes),
        )
        self.room.themes.show_themes(themes)
        self._refresh_buttons()
        self.show_snapshot(self.controller.snapshot)

    def round_names(self) -> dict[Round, str]:
        return {
            Round.ALONE: self.tr("1 — alone"),
            Round.PAIRS: self.tr("2 — in pairs"),
            Round.FOURSOMES: self.tr("4 — in foursomes"),
            Round.ALL: self.tr("All"),
        }

    def show_snapshot(self, snapshot: Snapshot | None) -> None:
        current = snapshot.current if snapshot else None
        phases = (
            [t for t in snapshot.items if t.entry.item.parent_id == self.item.id]
            if (snapshot)
            else []
        )
        if current is None or snapshot is None:
            self.round, self._phase = None, None
        elif current in phases:
            self.round, self._phase = round_of(phases.index(current), len(phases)), current
        elif current.item_id == self.item.id:
            self.round, self._phase = round_of(None, 0), current
        else:
            self.round, self._phase = None, None
        name = self.round_names()[self.round] if self.round else ""
        if self._phase is not None and phases:
            place = phases.index(self._phase) + 1 if self._phase in phases else len(phases)
            self.round_label.setText(
                fill(self.tr("Round %1 of %2: %3"), str(place), str(len(phases)), name)
            )
        else:
            self.round_label.setText(name)
        left = snapshot.remaining_seconds if snapshot and self._phase else None
        self.time_label.setText(self._time_words(left))
        instructions = self._phase.entry.item.description.strip() if self._phase else ""
        # Once ideas come in, the room reads them rather than the instructions.
        self.room.show_text(self.room.instructions, "" if self.ideas else instructions)

    def _time_words(self, left: float | None) -> str:
        if left is None:
            return ""
        if left < 0:
            return self.tr("Time is up: over by %1").replace("%1", countdown(left).lstrip("+"))
        return self.tr("%1 left in this round").replace("%1", countdown(left))

    def _refresh_buttons(self) -> None:
        chosen = self.selected_idea() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    # --- the harvest ----------------------------------------------------------------------

    def selected_idea(self) -> UUID | None:
        row = self.harvest_list.currentItem()
        return UUID(row.data(ID_ROLE)) if row is not None else None

    def add_idea(self) -> None:
        text = self.idea_edit.text().strip()
        if not text:
            self.controller.notice.emit(self.tr("Type the idea first, then press Enter."))
            self.idea_edit.setFocus()
            return
        command = AddIdea(
            item_id=self.item.id, text=text, **capture_where(self.controller, self.item.id)
        )
        if act(self.context, self.controller, command, self.tr("Harvest an idea")) is not None:
            self.idea_edit.clear()
            self.harvest_list.scrollToBottom()
        self.idea_edit.setFocus()

    def edit_selected(self) -> None:
        row = self.harvest_list.currentItem()
        if row is not None:
            self.harvest_list.setFocus()
            self.harvest_list.editItem(row)

    def _on_item_edited(self, row: QListWidgetItem) -> None:
        outcome_id = UUID(row.data(ID_ROLE))
        text = row.text().strip()
        before = next((idea.text for idea in self.ideas if idea.id == outcome_id), None)
        if text == before:
            return
        if not text:  # emptied: the idea goes, as Delete would do
            self._remove(outcome_id)
            return
        command = EditIdea(idea_id=outcome_id, text=text)
        act(self.context, self.controller, command, self.tr("Edit an idea"))
        self.reload()  # a refused edit shows the stored text again

    def remove_selected(self) -> None:
        outcome_id = self.selected_idea()
        if outcome_id is not None:
            self._remove(outcome_id)

    def _remove(self, outcome_id: UUID) -> None:
        command = RemoveIdea(idea_id=outcome_id)
        act(self.context, self.controller, command, self.tr("Remove an idea"))
        self.reload()

    # --- themes -----------------------------------------------------------------------------

    def chosen_ideas(self) -> tuple[UUID, ...]:
        """The ideas selected in the harvest list, in its order."""
        rows = [row for row in self._rows() if row.isSelected()]
        return tuple(UUID(row.data(ID_ROLE)) for row in rows)

    def _rows(self) -> list[QListWidgetItem]:
        return [self.harvest_list.item(i) for i in range(self.harvest_list.count())]

    def themes_key(self) -> None:
        """Ctrl+G, as in the round-robin's themes: to the ideas to choose, then (chosen)
        to the theme's name, where Enter groups them."""
        if self.harvest_list.hasFocus() and self.chosen_ideas():
            self.themes.name_edit.setFocus()
            self.themes.name_edit.selectAll()
        else:
            self.harvest_list.setFocus()

    def group_chosen(self) -> None:
        ideas = self.chosen_ideas()
        if not ideas:
            self.controller.notice.emit(self.tr("Choose the ideas to group in the list first."))
            self.harvest_list.setFocus()
            return
        command = GroupIdeasIntoTheme(
            item_id=self.item.id,
            idea_ids=ideas,
            theme_id=self.themes.named_theme(),
            name=self.themes.name(),
        )
        if (
            act(self.context, self.controller, command, self.tr("Group ideas into a theme"))
            is not None
        ):
            self.themes.name_edit.clear()
            self.harvest_list.setFocus()  # the next ideas to choose

    def group_dropped(self, ideas: tuple[UUID, ...], theme: UUID | None, name: str) -> None:
        """Ideas dragged onto a theme (or onto "new theme", named ``name``)."""
        command = GroupIdeasIntoTheme(
            item_id=self.item.id, idea_ids=ideas, theme_id=theme, name=name
        )
        label = self.tr("Group ideas into a theme")
        if act(self.context, self.controller, command, label) is not None and name:
            self.themes.name_edit.clear()

    def rename_chosen(self) -> None:
        theme = self.themes.chosen_theme()
        if theme is not None:
            command = RenameTheme(theme_id=theme, name=self.themes.name())
            act(self.context, self.controller, command, self.tr("Rename a theme"))

    def merge_chosen(self) -> None:
        source, target = self.themes.chosen_theme(), self.themes.named_theme()
        if source is None:
            return
        if target is None:
            self.controller.notice.emit(
                self.tr("Type the name of the theme to merge the chosen one into.")
            )
            self.themes.name_edit.setFocus()
            return
        command = MergeThemes(source_id=source, target_id=target)
        act(self.context, self.controller, command, self.tr("Merge two themes"))
