"""The options of a dot vote: typed, renamed, moved, removed or taken from the capture."""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.models.vote import DotVoteOption
from forum_desktop.services.commands import Command
from forum_desktop.services.operations import OpResult
from forum_desktop.services.vote import AddOption, MoveOption, RemoveOption, RenameOption
from forum_desktop.ui.flow_layout import flow_row

MAX_CHARS = 1000
MIN_LINES, MAX_LINES = 3, 8


class VoteOptionsEditor(QGroupBox):
    """Shows the stored options; each edit is a core command handed to ``run`` with the
    undo step's name (it returns None when the command was refused)."""

    message = Signal(str)
    """What the facilitator should know (a refused option), or "" to clear it."""
    pick_captured = Signal()
    """"Add from captured items…" was chosen."""

    def __init__(
        self,
        item_id: UUID,
        run: Callable[[Command, str], OpResult | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Options"))
        self._item_id = item_id
        self._run = run
        self.options: tuple[DotVoteOption, ...] = ()

        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Options of the vote"))
        self.list.setToolTip(
            self.tr("Enter renames, Alt+Up and Alt+Down move, Delete removes the option.")
        )
        # Not F2: the window's "Rename event" has it.
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)
        self.list.itemChanged.connect(self._rename)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_list(0)
        self.list.installEventFilter(self)  # Enter on an option renames it
        self.up_button = self._button(self.tr("Move up"), lambda: self.move_option(-1))
        self.up_button.setToolTip("Alt+Up")
        self.down_button = self._button(self.tr("Move down"), lambda: self.move_option(1))
        self.down_button.setToolTip("Alt+Down")
        self.remove_button = self._button(self.tr("Remove"), self.remove_option)
        self.remove_button.setToolTip(
            QKeySequence(QKeySequence.StandardKey.Delete).toString(
                QKeySequence.SequenceFormat.NativeText
            )
        )
        for keys, slot in (
            ("Alt+Up", lambda: self.move_option(-1)),
            ("Alt+Down", lambda: self.move_option(1)),
            ("Delete", self.remove_option),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.new_option = QLineEdit(self)
        self.new_option.setAccessibleName(self.tr("New option"))
        self.new_option.setPlaceholderText(self.tr("Type an option and press Enter"))
        self.new_option.setMaxLength(MAX_CHARS)
        self.new_option.returnPressed.connect(lambda: self.add_option(self.new_option.text()))
        self.add_button = self._button(
            self.tr("Add"), lambda: self.add_option(self.new_option.text())
        )
        self.captured_button = self._button(
            self.tr("Add from captured &items…"), self.pick_captured.emit
        )
        self._lay_out()

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        return button

    def _lay_out(self) -> None:
        new_label = QLabel(self.tr("&Key in an option:"), self)
        new_label.setBuddy(self.new_option)
        column = QVBoxLayout(self)
        column.addWidget(self.list)
        # Under the list in rows that wrap: beside it they were cut at 150–200 %.
        moves = (self.up_button, self.down_button, self.remove_button)
        column.addWidget(flow_row(self, *moves))
        column.addWidget(flow_row(self, new_label, self.new_option, self.add_button))
        column.addWidget(self.captured_button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_options(self, options: tuple[DotVoteOption, ...]) -> None:
        self.options = options
        listed = [
            (self.list.item(r).data(Qt.ItemDataRole.UserRole), self.list.item(r).text())
            for r in range(self.list.count())
        ]
        if listed == [(str(o.id), o.text) for o in options]:
            return  # unchanged: an option being renamed keeps its editor
        current = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for option in options:
            row = QListWidgetItem(option.text, self.list)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsEditable)
            row.setData(Qt.ItemDataRole.UserRole, str(option.id))
        self.list.setCurrentRow(min(current, len(options) - 1))
        self.list.blockSignals(False)
        self._fit_list(len(options))
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setEnabled(bool(options))

    def _fit_list(self, count: int) -> None:
        """As tall as its options and a line for one that wraps, from 3 to 8 lines: the
        ballots below stay in sight (at 1024×768 an empty half of the list hid them)."""
        lines = min(MAX_LINES, max(MIN_LINES, count + 1))
        frame = 2 * self.list.frameWidth()
        self.list.setFixedHeight(lines * self.list.fontMetrics().lineSpacing() + frame)

    def add_option(self, text: str) -> None:
        if not text.strip():
            self.message.emit(self.tr("Type the option first, then press Enter."))
            return
        command = AddOption(item_id=self._item_id, text=text)
        if self._run(command, self.tr("Add an option")) is not None:
            self.new_option.clear()
            self.message.emit("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.list.state() != QAbstractItemView.State.EditingState
        ):
            self.rename_option()
            return True
        return super().eventFilter(watched, event)

    def rename_option(self) -> None:
        """Open the current option's words for editing; Enter stores them."""
        row = self.list.currentItem()
        if row is not None:
            self.list.editItem(row)

    def _rename(self, row: QListWidgetItem) -> None:
        option = self.options[self.list.row(row)]
        text = " ".join(row.text().split())
        if not text or text == option.text:
            row.setText(option.text)  # an emptied option keeps its words
            return
        command = RenameOption(option_id=option.id, text=text)
        if self._run(command, self.tr("Rename an option")) is None:
            row.setText(option.text)

    def move_option(self, step: int) -> None:
        index = self.list.currentRow()
        target = index + step
        if index < 0 or not 0 <= target < len(self.options):
            return
        command = MoveOption(option_id=self.options[index].id, step=step)
        if self._run(command, self.tr("Move an option")) is not None:
            self.list.setCurrentRow(target)

    def remove_option(self) -> None:
        index = self.list.currentRow()
        if index >= 0:
            command = RemoveOption(option_id=self.options[index].id)
            self._run(command, self.tr("Remove an option"))
