"""The fishbowl console's controls and their layout: settings, the inner circle's chairs
and moves, the outer circle and the queue, the contribution field, the tables.

The screen (``fishbowl.py``) connects them to commands and fills them from the records.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.ui.flow_layout import flow_row
from forum_desktop.ui.method_screens.fishbowl_tables import FishbowlTables

CHAIRS_PER_ROW = 3
"""In the console's narrow tab, in equal columns; the projector has room for more."""


class FishbowlPanel(QWidget):
    """Everything the facilitator works with; keys act while the focus is inside it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._build_settings()
        self._build_circle()
        self._build_queue()
        self._build_capture()
        self.tables = FishbowlTables(self)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Fishbowl message"))
        self.message_label.hide()
        self._lay_out()

    def _build_settings(self) -> None:
        self.topic_combo = QComboBox(self)
        # A long topic must not widen the tab: the combo shows its start, its list all.
        self.topic_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.topic_combo.setMinimumContentsLength(12)
        self.topic_combo.setAccessibleName(self.tr("Current topic"))
        self.topic_label = QLabel(self.tr("&Topic:"), self)
        self.topic_label.setBuddy(self.topic_combo)
        self.new_topic_button = QPushButton(self.tr("Ne&w topic…"), self)
        self.chairs_spin = QSpinBox(self)
        self.chairs_spin.setRange(2, 12)
        self.chairs_spin.setAccessibleName(self.tr("Chairs in the inner circle"))
        self.keep_open_check = QCheckBox(self.tr("Keep one chair open"), self)
        self.keep_open_check.setToolTip(
            self.tr("Whoever takes the last free chair makes the longest sitter leave.")
        )
        self.minutes_spin = QSpinBox(self)
        self.minutes_spin.setRange(0, 60)
        self.minutes_spin.setSpecialValueText(self.tr("no limit"))
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setAccessibleName(self.tr("Time per speaker"))

    def _build_circle(self) -> None:
        self.circle_box = QGroupBox(self)  # no title: its line goes to the lists below
        self.circle_box.setAccessibleName(self.tr("Inner circle"))
        self.chair_grid = QGridLayout()
        self.chairs: list[QPushButton] = []
        """The chair buttons, in order (the screen makes and names them)."""
        self.chair_text = ""
        """The widest an open chair's text is ("5. Open chair"): what a column must hold."""
        self._width = 0
        self._per_row = 0
        self.chair_group = QButtonGroup(self)
        self.swap_action = self._action(self.tr("Swap &in"), "Ctrl+I")
        self.leave_action = self._action(self.tr("&Leave the circle"), "Ctrl+L")
        self.floor_action = self._action(self.tr("Floor t&o the chair"), "Ctrl+G")
        self.swap_button = self._button(self.swap_action)
        self.swap_button.setToolTip(
            self.tr(
                "The first in the queue takes the open chair, or the selected chair, whose "
                "sitter leaves (Ctrl+I)."
            )
        )
        self.leave_button = self._button(self.leave_action)
        self.floor_button = self._button(self.floor_action)
        self.stop_button = QPushButton(self.tr("Stop spea&king"), self)
        self.stop_button.setToolTip(self.tr("End the speaker's turn (Ctrl+Shift+J)."))

    def _build_queue(self) -> None:
        self.outer_list = QListWidget(self)
        self.outer_list.setAccessibleName(self.tr("Outer circle"))
        self.outer_label = QLabel(self.tr("Outer circle (Enter adds to the queue)"), self)
        self.outer_label.setBuddy(self.outer_list)
        self.add_button = QPushButton(self.tr("Add to &queue"), self)
        # The opening panel sits down at once: several chosen (Ctrl+click, Shift+arrows),
        # then Ctrl+Enter or the list's menu, without going through the queue.
        self.outer_list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.seat_action = self._action(
            self.tr("Seat the chosen directly"), "Ctrl+Return", self.outer_list
        )
        self.outer_list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.outer_list.setToolTip(
            self.tr(
                "Enter adds the person to the queue; Ctrl+Enter seats the chosen people "
                "directly, for the opening panel."
            )
        )
        self.queue_list = QListWidget(self)
        self.queue_list.setAccessibleName(self.tr("Queue"))
        self.queue_label = QLabel(self.tr("Queue (first comes in next)"), self)
        self.queue_label.setBuddy(self.queue_list)
        self.up_action = self._action(self.tr("Move up"), "Ctrl+Up", self.queue_list)
        self.down_action = self._action(self.tr("Move down"), "Ctrl+Down", self.queue_list)
        self.remove_action = self._action(
            self.tr("Remove from the queue"), "Delete", self.queue_list
        )
        self.up_button = self._button(self.up_action)
        self.down_button = self._button(self.down_action)
        self.remove_button = self._button(self.remove_action)
        # Signs, so the three share one row under a list half the tab wide; the tooltip
        # and the accessible name say what each does.
        for button, sign in (
            (self.up_button, "▲"),
            (self.down_button, "▼"),
            (self.remove_button, "✕"),
        ):
            button.setAccessibleName(button.text().replace("&", ""))
            button.setText(sign)
            button.setFixedWidth(button.fontMetrics().height() * 3)

    def _build_capture(self) -> None:
        self.speaker_combo = QComboBox(self)
        self.speaker_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.speaker_combo.setMinimumContentsLength(12)
        self.speaker_combo.setAccessibleName(self.tr("Who said it"))
        self.contribution_edit = QLineEdit(self)
        self.contribution_edit.setAccessibleName(self.tr("Contribution"))
        self.contribution_edit.setPlaceholderText(self.tr("What they said; Enter captures it"))
        self.contribution_label = QLabel(self.tr("Contri&bution:"), self)
        self.contribution_label.setBuddy(self.contribution_edit)
        self.capture_button = QPushButton(self.tr("Capture"), self)

    def _action(self, text: str, keys: str, owner: QWidget | None = None) -> QAction:
        """A key of this screen only: other screens may use the same keys for their own."""
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(
            Qt.ShortcutContext.WidgetShortcut
            if owner
            else Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        (owner or self).addAction(action)
        return action

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text(), self)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{action.text().replace('&', '')} ({keys})")
        button.clicked.connect(action.trigger)
        return button

    def _lay_out(self) -> None:
        """Chairs, contribution line and queue fit together in a 1024×768 console, and
        nothing above the lists changes height, so a click lands where it was aimed: the
        settings share one row, a message shows under the lists, the tables come last."""
        # Rows of buttons that wrap: side by side, or two by two, they held the panel
        # wider than the console at 200 % ("Nuevo tem", "Terminar intervenci").
        self.topic_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        settings = flow_row(self, self.topic_label, self.topic_combo, self.new_topic_button)
        self._timing = QGridLayout()
        self._timing_cells = [
            QLabel(self.tr("Chairs:"), self),
            self.chairs_spin,
            self.keep_open_check,
            QLabel(self.tr("Each speaker:"), self),
            self.minutes_spin,
        ]
        self._place_timing(wide=True)
        moves = flow_row(
            self.circle_box,
            self.swap_button,
            self.leave_button,
            self.floor_button,
            self.stop_button,
        )
        circle = QVBoxLayout(self.circle_box)
        circle.setContentsMargins(6, 4, 6, 6)
        circle.addLayout(self.chair_grid)
        circle.addWidget(moves)
        queue_buttons = flow_row(self, self.up_button, self.down_button, self.remove_button)
        for label in (self.outer_label, self.queue_label):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignBottom)
        for people in (self.outer_list, self.queue_list):
            # Four names whatever the tables below ask for (not the list's own 192 px).
            people.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            people.setFixedHeight(people.fontMetrics().lineSpacing() * 4 + 8)
        lists = QGridLayout()  # two equal columns: the outer circle and the queue
        lists.addWidget(self.outer_label, 0, 0)
        lists.addWidget(self.queue_label, 0, 1)
        lists.addWidget(self.outer_list, 1, 0)
        lists.addWidget(self.queue_list, 1, 1)
        lists.addWidget(self.add_button, 2, 0)
        lists.addWidget(queue_buttons, 2, 1)
        lists.setColumnStretch(0, 1)
        lists.setColumnStretch(1, 1)
        capture = QGridLayout()
        capture.addWidget(self.contribution_label, 0, 0)
        capture.addWidget(self.speaker_combo, 0, 1, 1, 2)  # over the button: narrower
        capture.addWidget(self.contribution_edit, 1, 0, 1, 2)
        capture.addWidget(self.capture_button, 1, 2)
        capture.setColumnStretch(1, 1)
        self._column = column = QVBoxLayout(self)
        column.addWidget(settings)
        column.addLayout(self._timing)
        column.addWidget(self.circle_box)
        column.addLayout(capture)  # under the speaker: what the rapporteur types most
        column.addLayout(lists)
        column.addWidget(self.message_label)  # below the lists: they never move
        self.tables.setMinimumHeight(self.fontMetrics().height() * 18)
        column.addWidget(self.tables, 1)

    def _place_timing(self, *, wide: bool) -> None:
        """Chairs, each speaker's time and the open chair on one row; in a narrow tab each
        on a line of its own (two numbers on a line were wider than the tab at 200 %)."""
        for cell in self._timing_cells:
            self._timing.removeWidget(cell)
        chairs_label, chairs, keep_open, minutes_label, minutes = self._timing_cells
        self._timing.addWidget(chairs_label, 0, 0)
        self._timing.addWidget(chairs, 0, 1)
        if wide:
            self._timing.addWidget(minutes_label, 0, 2)
            self._timing.addWidget(minutes, 0, 3)
            self._timing.addWidget(keep_open, 0, 4)
        else:
            self._timing.addWidget(minutes_label, 1, 0)
            self._timing.addWidget(minutes, 1, 1)
            self._timing.addWidget(keep_open, 2, 0, 1, 2)
        self._timing.setColumnStretch(4, 1 if wide else 0)
        self._timing.setColumnStretch(2, 0 if wide else 1)
        self._wide = wide

    def fit_width(self, width: int) -> None:
        """Lay the settings out for a tab ``width`` wide (the screen tells: a wide row
        would hold the panel itself wider than the tab)."""
        needed = sum(cell.sizeHint().width() for cell in self._timing_cells) + 60
        if (width >= needed) != self._wide:
            self._place_timing(wide=not self._wide)
        self._width = width
        self.place_chairs()

    def place_chairs(self) -> None:
        """Three chairs a row where an open chair's text fits a third of the circle, else
        two or one: at 200 % a third cut it ("3. Silla libr")."""
        margins = self._column.contentsMargins()
        room = self._width - margins.left() - margins.right() - 16  # the circle's own edges
        spacing = max(self.chair_grid.horizontalSpacing(), 0)
        needed = self.fontMetrics().horizontalAdvance(self.chair_text) + 2 * spacing + 8
        per_row = next(
            (n for n in range(CHAIRS_PER_ROW, 1, -1) if n * needed + (n - 1) * spacing <= room),
            1,
        )
        placed = [self.chair_grid.indexOf(chair) >= 0 for chair in self.chairs]
        if per_row == self._per_row and all(placed):
            return
        for chair in self.chairs:
            self.chair_grid.removeWidget(chair)
        for count, chair in enumerate(self.chairs):
            self.chair_grid.addWidget(chair, count // per_row, count % per_row)
        for column in range(CHAIRS_PER_ROW):
            self.chair_grid.setColumnStretch(column, 1 if column < per_row else 0)
        self._per_row = per_row


def scrolling(parent: QWidget, content: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area: the console stays within a laptop's 768
    pixels."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    return scroll
