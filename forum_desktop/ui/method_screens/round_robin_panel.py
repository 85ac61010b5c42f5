"""The round-robin console's controls and their layout: the progress and who speaks,
the answer field, the buttons, the speaking order and the skipped.

The screen (``round_robin.py``) connects them to commands and fills them from the records.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.ui.flow_layout import flow_row
from forum_desktop.ui.page_scroll import fit_height_to_width


class RoundRobinPanel(QWidget):
    """Everything the facilitator works with; keys act while the focus is inside it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.progress_label = self._label(self.tr("Progress of the round"))
        font = self.progress_label.font()
        font.setBold(True)
        self.progress_label.setFont(font)
        self.now_label = self._label(self.tr("Speaking now"))
        self.next_label = self._label(self.tr("Next speaker"))
        self.question_label = self._label(self.tr("Guiding question"))
        self.overrun_label = self._label(self.tr("Time the round needs"))

        self.order_list = QListWidget(self)
        self.order_list.setAccessibleName(self.tr("Speaking order"))
        self.order_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.order_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.order_list.setWordWrap(True)  # answers can be long: they wrap, never scroll
        self.order_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        order_hint = self._hint(
            self.tr("Drag a name, or press Ctrl+Up / Ctrl+Down, to change the order.")
        )
        self.skipped_list = QListWidget(self)
        self.skipped_list.setAccessibleName(self.tr("Skipped, to come back to"))
        self.skipped_list.setMaximumHeight(self.fontMetrics().height() * 3 + 8)
        self.skipped_label = QLabel(self.tr("Skipped, to come back to:"), self)
        self.skipped_label.setBuddy(self.skipped_list)

        self.answer_edit = QLineEdit(self)
        self.answer_edit.setAccessibleName(self.tr("Answer of the person speaking"))
        self.answer_edit.setPlaceholderText(self.tr("What they answered"))
        answer_label = QLabel(self.tr("Ans&wer:"), self)
        answer_label.setBuddy(self.answer_edit)
        enter_hint = self._hint(
            self.tr("Enter or F4: save the answer, next person · Shift+F4: skip for now")
        )
        self.answer_edit.setToolTip(
            self.tr(
                "Enter saves the answer against the speaker's name and gives the floor to "
                "the next person; with nothing typed, Enter only moves on."
            )
        )

        self.next_button = QPushButton(self.tr("Ne&xt person"), self)
        self.skip_button = QPushButton(self.tr("S&kip for now"), self)
        self.call_back_button = QPushButton(self.tr("Call &back"), self)
        self.call_back_button.setToolTip(
            self.tr("Give the floor to the person chosen in the skipped list or in the order.")
        )
        self.absent_button = QPushButton(self.tr("Mark absen&t"), self)
        self.shuffle_button = QPushButton(self.tr("Shuff&le"), self)
        self.roster_button = QPushButton(self.tr("Roster &order"), self)
        self.seconds_spin = QSpinBox(self)
        self.seconds_spin.setRange(0, 3600)
        self.seconds_spin.setSingleStep(15)
        self.seconds_spin.setSuffix(self.tr(" s"))
        self.seconds_spin.setSpecialValueText(self.tr("no limit"))
        self.seconds_spin.setAccessibleName(self.tr("Time for each person, in seconds"))
        seconds_label = QLabel(self.tr("T&ime each:"), self)
        seconds_label.setBuddy(self.seconds_spin)
        seconds_label.setWordWrap(True)  # beside the count: two lines when the room is short

        self.next_action = self._action(self.tr("Next person"), "F4")
        self.skip_action = self._action(self.tr("Skip for now"), "Shift+F4")
        self.move_up_action = self._action(self.tr("Move up"), "Ctrl+Up")
        self.move_down_action = self._action(self.tr("Move down"), "Ctrl+Down")
        self._lay_out(order_hint, answer_label, enter_hint, seconds_label)

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setAccessibleName(name)
        return label

    def _hint(self, text: str) -> QLabel:
        label = self._label(text)
        label.setText(text)
        return label

    def _action(self, text: str, keys: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        # Only while the focus is in this screen: other screens may use the same keys.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def _lay_out(
        self,
        order_hint: QLabel,
        answer_label: QLabel,
        enter_hint: QLabel,
        seconds_label: QLabel,
    ) -> None:
        answer_row = QHBoxLayout()
        answer_row.addWidget(answer_label)
        answer_row.addWidget(self.answer_edit, 1)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_label, 1)
        progress_row.addWidget(seconds_label)
        progress_row.addWidget(self.seconds_spin)
        # Wrapped to the width the screen gets: three columns of buttons demanded more than
        # a 1024×768 screen has from 125 % text up.
        buttons = flow_row(
            self,
            self.next_button,
            self.skip_button,
            self.call_back_button,
            self.absent_button,
            self.shuffle_button,
            self.roster_button,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.question_label)
        layout.addLayout(progress_row)
        layout.addWidget(self.overrun_label)
        layout.addWidget(self.now_label)
        layout.addWidget(self.next_label)
        layout.addLayout(answer_row)
        layout.addWidget(enter_hint)
        layout.addWidget(buttons)
        layout.addWidget(self.order_list, 1)
        layout.addWidget(order_hint)
        layout.addWidget(self.skipped_label)
        layout.addWidget(self.skipped_list)
        fit_height_to_width(self)  # its wrapped lines scroll rather than overlap when narrow
