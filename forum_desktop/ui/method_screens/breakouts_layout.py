"""The breakouts screen's controls and their layout, and the words on how balanced the
groups are (a mixin of ``BreakoutsScreen``; texts keep the screen's translation
context)."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from uuid import UUID

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.methods.grouping import unevenly_spread
from forum_desktop.models import Participant
from forum_desktop.models.screens import BreakoutsState, Grouping
from forum_desktop.ui.flow_layout import flow_row, together
from forum_desktop.ui.method_screens.breakouts_tree import GroupTree
from forum_desktop.ui.page_scroll import fit_height_to_width

translate = QCoreApplication.translate


class BreakoutsLayout(QWidget):
    """Builds the screen's controls; the screen connects what they do."""

    # Provided by the screen (BreakoutsScreen), which the controls call and show.
    tree: GroupTree
    _people: dict[UUID, Participant]
    make: Callable[[], None]
    next_group: Callable[[], None]
    end_report_back: Callable[[], None]
    capture_report: Callable[[], None]
    _on_name: Callable[[], None]
    _on_rapporteur: Callable[[int], None]
    _on_minutes: Callable[[int], None]

    # --- building -----------------------------------------------------------------------

    def _build_making(self) -> None:
        self.how_combo = QComboBox(self)
        self.how_combo.setAccessibleName(translate("BreakoutsScreen", "How to make the groups"))
        for text, how in (
            (translate("BreakoutsScreen", "Random"), Grouping.RANDOM),
            (translate("BreakoutsScreen", "Balanced by organisation"), Grouping.ORGANISATION),
            (translate("BreakoutsScreen", "Balanced by country"), Grouping.COUNTRY),
            (translate("BreakoutsScreen", "By hand"), Grouping.BY_HAND),
        ):
            self.how_combo.addItem(text, how.value)
        self.number_spin = QSpinBox(self)
        self.number_spin.setRange(1, 200)
        self.number_spin.setValue(3)
        self.number_spin.setAccessibleName(
            translate("BreakoutsScreen", "Number of groups, or people per group")
        )
        self.unit_combo = QComboBox(self)
        self.unit_combo.addItem(translate("BreakoutsScreen", "groups"), False)
        self.unit_combo.addItem(translate("BreakoutsScreen", "people per group"), True)
        self.unit_combo.setAccessibleName(
            translate("BreakoutsScreen", "Count groups or people per group")
        )
        self.make_button = QPushButton(translate("BreakoutsScreen", "Make gr&oups"), self)
        self.make_button.setToolTip(
            translate("BreakoutsScreen", "Make groups of the people present")
        )
        self.make_button.clicked.connect(self.make)

    def _build_moving(self) -> None:
        self.move_combo = QComboBox(self)
        self.move_combo.setAccessibleName(
            translate("BreakoutsScreen", "Group to move the selected people to")
        )
        self.move_button = QPushButton(translate("BreakoutsScreen", "Move se&lected"), self)
        self.move_button.setToolTip(
            translate(
                "BreakoutsScreen",
                "Move the selected people to the chosen group (or drag them; Alt+Up/Down)",
            )
        )
        self.balance_label = QLabel(self)
        self.balance_label.setWordWrap(True)
        self.balance_label.setAccessibleName(translate("BreakoutsScreen", "Balance of the groups"))

    def _build_group_panel(self) -> None:
        self.group_box = QGroupBox(self)
        """Titled with the name of the group it shows."""
        # Said in a line that wraps, not as the box's title: a title does not wrap, and
        # this one made the panel scroll sideways at 150–200 %.
        self.no_group_label = QLabel(
            translate("BreakoutsScreen", "Make the groups to name them and capture reports."),
            self,
        )
        self.no_group_label.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(translate("BreakoutsScreen", "Group name"))
        self.name_edit.setMaxLength(500)
        self.name_edit.editingFinished.connect(self._on_name)
        self.rapporteur_combo = QComboBox(self)
        self.rapporteur_combo.setAccessibleName(translate("BreakoutsScreen", "Rapporteur"))
        self.rapporteur_combo.activated.connect(self._on_rapporteur)
        self.minutes_spin = QSpinBox(self)
        self.minutes_spin.setRange(0, 60)
        self.minutes_spin.setSpecialValueText(translate("BreakoutsScreen", "no limit"))
        self.minutes_spin.setSuffix(translate("BreakoutsScreen", " min"))
        self.minutes_spin.setKeyboardTracking(False)
        self.minutes_spin.setAccessibleName(translate("BreakoutsScreen", "Report-back time"))
        self.minutes_spin.valueChanged.connect(self._on_minutes)
        self.report_edit = QPlainTextEdit(self)
        self.report_edit.setAccessibleName(translate("BreakoutsScreen", "The group's report"))
        self.report_edit.setPlaceholderText(
            translate("BreakoutsScreen", "What the group reports back (Ctrl+Return captures it)")
        )
        self.report_edit.setTabChangesFocus(True)
        lines = self.report_edit.fontMetrics().lineSpacing()
        self.report_edit.setMinimumHeight(3 * lines)
        self.report_edit.setMaximumHeight(5 * lines)
        self.capture_button = QPushButton(translate("BreakoutsScreen", "Capture the report"), self)
        self.capture_button.setToolTip(
            translate("BreakoutsScreen", "Capture the report (Ctrl+Return)")
        )
        self.capture_button.clicked.connect(self.capture_report)
        self.capture_action = QAction(
            translate("BreakoutsScreen", "Capture the report"), self.report_edit
        )
        self.capture_action.setShortcut(QKeySequence("Ctrl+Return"))
        self.capture_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.capture_action.triggered.connect(self.capture_report)
        self.report_edit.addAction(self.capture_action)
        self.reports_list = QListWidget(self)
        self.reports_list.setAccessibleName(
            translate("BreakoutsScreen", "Reports captured for this group")
        )
        self.reports_list.setWordWrap(True)
        self.reports_list.setMaximumHeight(4 * lines)

    def _build_report_back(self) -> None:
        self.next_button = QPushButton(translate("BreakoutsScreen", "Ne&xt group reports"), self)
        self.next_button.setToolTip(
            translate(
                "BreakoutsScreen",
                "Give the floor to the next group's rapporteur, with the group's time",
            )
        )
        self.next_button.clicked.connect(self.next_group)
        self.done_button = QPushButton(translate("BreakoutsScreen", "Done report&ing"), self)
        self.done_button.setToolTip(translate("BreakoutsScreen", "End the report-back for now"))
        self.done_button.clicked.connect(self.end_report_back)
        self.reporting_label = QLabel(self)
        self.reporting_label.setWordWrap(True)
        self.reporting_label.setAccessibleName(translate("BreakoutsScreen", "Report-back"))

    def _buddy(self, text: str, control: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(control)
        return label

    def _lay_out(self) -> None:
        # Rows that wrap to the screen's width: side by side they demanded 934 px at 200 %.
        # The two choices take what their row leaves, as they did with a stretch.
        for combo in (self.how_combo, self.move_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        top = QWidget(self)
        making = flow_row(top, self.how_combo, self.number_spin, self.unit_combo, self.make_button)
        move_label = self._buddy(translate("BreakoutsScreen", "Move to:"), self.move_combo)
        moving = flow_row(top, move_label, self.move_combo, self.move_button)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(making)
        top_layout.addWidget(self.tree, 1)
        top_layout.addWidget(moving)
        top_layout.addWidget(self.balance_label)

        reporting = flow_row(self, self.next_button, self.done_button, self.reporting_label)
        # Each label with its field, the pairs wrapped: in a grid "Report time:" was cut
        # and the panel scrolled sideways at 150–200 %.
        self.name_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        fields = flow_row(
            self.group_box,
            together(
                self.group_box,
                self._buddy(translate("BreakoutsScreen", "Name:"), self.name_edit),
                self.name_edit,
            ),
            together(
                self.group_box,
                self._buddy(translate("BreakoutsScreen", "Report time:"), self.minutes_spin),
                self.minutes_spin,
            ),
            together(
                self.group_box,
                self._buddy(translate("BreakoutsScreen", "Rapporteur:"), self.rapporteur_combo),
                self.rapporteur_combo,
            ),
        )
        capture_row = QHBoxLayout()
        capture_row.addWidget(self.report_edit, 1)
        capture_row.addWidget(self.capture_button, 0, Qt.AlignmentFlag.AlignBottom)
        group_layout = QVBoxLayout(self.group_box)
        group_layout.addWidget(self.no_group_label)
        group_layout.addWidget(fields)
        group_layout.addLayout(capture_row)
        group_layout.addWidget(self.reports_list)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        for part in (top, bottom):  # their wrapped lines make them taller, not overlap
            fit_height_to_width(part)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(reporting)
        bottom_layout.addWidget(self.group_box, 1)
        # On a small screen the group's panel scrolls rather than squeezing the groups.
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(bottom)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(self.scroller)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        chain = [
            self.how_combo,
            self.number_spin,
            self.unit_combo,
            self.make_button,
            self.tree,
            self.move_combo,
            self.move_button,
            self.next_button,
            self.done_button,
            self.name_edit,
            self.minutes_spin,
            self.rapporteur_combo,
            self.report_edit,
            self.capture_button,
            self.reports_list,
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)  # as they read, top to bottom

    def _balance_words(self, state: BreakoutsState, unplaced: str) -> str:
        """``unplaced``: how many people present are in no group, in words ("" for none;
        the screen says it, as lupdate reads plurals only in a class's own ``tr``)."""
        if not state.groups:
            return translate(
                "BreakoutsScreen", "No groups yet: choose how to make them, then Make groups."
            )
        members = [list(group.member_ids) for group in state.in_order()]
        sizes = ", ".join(str(len(group)) for group in members)
        lines = [translate("BreakoutsScreen", "Group sizes: %1.").replace("%1", sizes)]
        for uneven, even, spread_label in (
            (
                translate("BreakoutsScreen", "Organisations spread unevenly: %1"),
                translate("BreakoutsScreen", "Every organisation is spread evenly."),
                {p.id: p.organisation for p in self._people.values()},
            ),
            (
                translate("BreakoutsScreen", "Countries spread unevenly: %1"),
                translate("BreakoutsScreen", "Every country is spread evenly."),
                {p.id: p.country for p in self._people.values()},
            ),
        ):
            spread = unevenly_spread(members, spread_label)
            listed = "; ".join(
                f"{name} ({', '.join(map(str, counts))})" for name, counts in spread.items()
            )
            lines.append(uneven.replace("%1", listed) if spread else even)
        if unplaced:
            lines.append(unplaced)
        return " ".join(lines)
