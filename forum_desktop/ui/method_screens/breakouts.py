"""The breakout groups' live screen: make the groups, adjust them by hand, name each group
and its rapporteur, capture each group's report, and time the report-back group by group
with the speaker timer."""

from __future__ import annotations

from itertools import pairwise
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.methods import breakouts as change
from forum_desktop.methods.grouping import Person, count_for_size, make_groups, unevenly_spread
from forum_desktop.models import (
    AttendanceStatus,
    MethodScreen,
    Outcome,
    OutcomeKind,
    Participant,
)
from forum_desktop.models.screens import BreakoutGroup, BreakoutsState, Grouping
from forum_desktop.timing.display import countdown
from forum_desktop.timing.snapshot import Snapshot
from forum_desktop.ui import prompts
from forum_desktop.ui.method_screens.base import MethodScreenWidget
from forum_desktop.ui.method_screens.breakouts_public import BreakoutsPublic
from forum_desktop.ui.method_screens.breakouts_tree import NO_GROUP, GroupTree, by_name
from forum_desktop.ui.projector import projector_countdown


class BreakoutsScreen(MethodScreenWidget):
    screen = MethodScreen.BREAKOUTS

    def build(self) -> None:
        self.seed: int | None = None
        """Fixes the random draws (tests); None: new groups each time."""
        self.current_state = BreakoutsState()
        self._people: dict[UUID, Participant] = {}
        self._reports: list[Outcome] = []
        self._drafts: dict[UUID, str] = {}
        """Reports typed and not yet captured, per group, while another group is shown."""
        self._shown_group: UUID | None = None
        self._chooser_set = False

        self._build_making()
        self.tree = GroupTree(self)
        self.tree.moved.connect(self._on_moved)
        self.tree.reordered.connect(self._on_reordered)
        self.tree.currentItemChanged.connect(lambda *_: self._follow_tree())
        self.move_combo = QComboBox(self)
        self.move_combo.setAccessibleName(self.tr("Group to move the selected people to"))
        self.move_button = QPushButton(self.tr("Move se&lected"), self)
        self.move_button.setToolTip(
            self.tr("Move the selected people to the chosen group (or drag them; Alt+Up/Down)")
        )
        self.move_button.clicked.connect(self.move_selected)
        self.balance_label = QLabel(self)
        self.balance_label.setWordWrap(True)
        self.balance_label.setAccessibleName(self.tr("Balance of the groups"))
        self._build_group_panel()
        self._build_report_back()
        self.public_view = BreakoutsPublic(self.public, self.public_layout)
        self._lay_out()

    # --- building -----------------------------------------------------------------------

    def _build_making(self) -> None:
        self.how_combo = QComboBox(self)
        self.how_combo.setAccessibleName(self.tr("How to make the groups"))
        for text, how in (
            (self.tr("Random"), Grouping.RANDOM),
            (self.tr("Balanced by organisation"), Grouping.ORGANISATION),
            (self.tr("Balanced by country"), Grouping.COUNTRY),
            (self.tr("By hand"), Grouping.BY_HAND),
        ):
            self.how_combo.addItem(text, how.value)
        self.number_spin = QSpinBox(self)
        self.number_spin.setRange(1, 200)
        self.number_spin.setValue(3)
        self.number_spin.setAccessibleName(self.tr("Number of groups, or people per group"))
        self.unit_combo = QComboBox(self)
        self.unit_combo.addItem(self.tr("groups"), False)
        self.unit_combo.addItem(self.tr("people per group"), True)
        self.unit_combo.setAccessibleName(self.tr("Count groups or people per group"))
        self.make_button = QPushButton(self.tr("Make gr&oups"), self)
        self.make_button.setToolTip(self.tr("Make groups of the people present"))
        self.make_button.clicked.connect(self.make)

    def _build_group_panel(self) -> None:
        self.group_box = QGroupBox(self)
        """Titled with the name of the group it shows."""
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Group name"))
        self.name_edit.setMaxLength(500)
        self.name_edit.editingFinished.connect(self._on_name)
        self.rapporteur_combo = QComboBox(self)
        self.rapporteur_combo.setAccessibleName(self.tr("Rapporteur"))
        self.rapporteur_combo.activated.connect(self._on_rapporteur)
        self.minutes_spin = QSpinBox(self)
        self.minutes_spin.setRange(0, 60)
        self.minutes_spin.setSpecialValueText(self.tr("no limit"))
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setKeyboardTracking(False)
        self.minutes_spin.setAccessibleName(self.tr("Report-back time"))
        self.minutes_spin.valueChanged.connect(self._on_minutes)
        self.report_edit = QPlainTextEdit(self)
        self.report_edit.setAccessibleName(self.tr("The group's report"))
        self.report_edit.setPlaceholderText(
            self.tr("What the group reports back (Ctrl+Return captures it)")
        )
        self.report_edit.setTabChangesFocus(True)
        lines = self.report_edit.fontMetrics().lineSpacing()
        self.report_edit.setMinimumHeight(3 * lines)
        self.report_edit.setMaximumHeight(5 * lines)
        self.capture_button = QPushButton(self.tr("Capture the report"), self)
        self.capture_button.setToolTip(self.tr("Capture the report (Ctrl+Return)"))
        self.capture_button.clicked.connect(self.capture_report)
        self.capture_action = QAction(self.tr("Capture the report"), self.report_edit)
        self.capture_action.setShortcut(QKeySequence("Ctrl+Return"))
        self.capture_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.capture_action.triggered.connect(self.capture_report)
        self.report_edit.addAction(self.capture_action)
        self.reports_list = QListWidget(self)
        self.reports_list.setAccessibleName(self.tr("Reports captured for this group"))
        self.reports_list.setWordWrap(True)
        self.reports_list.setMaximumHeight(4 * lines)

    def _build_report_back(self) -> None:
        self.next_button = QPushButton(self.tr("Ne&xt group reports"), self)
        self.next_button.setToolTip(
            self.tr("Give the floor to the next group's rapporteur, with the group's time")
        )
        self.next_button.clicked.connect(self.next_group)
        self.done_button = QPushButton(self.tr("Done report&ing"), self)
        self.done_button.setToolTip(self.tr("End the report-back for now"))
        self.done_button.clicked.connect(self.end_report_back)
        self.reporting_label = QLabel(self)
        self.reporting_label.setWordWrap(True)
        self.reporting_label.setAccessibleName(self.tr("Report-back"))

    def _buddy(self, text: str, control: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(control)
        return label

    def _lay_out(self) -> None:
        making = QHBoxLayout()
        making.addWidget(self.how_combo, 1)
        making.addWidget(self.number_spin)
        making.addWidget(self.unit_combo)
        making.addWidget(self.make_button)
        moving = QHBoxLayout()
        moving.addWidget(self._buddy(self.tr("Move to:"), self.move_combo))
        moving.addWidget(self.move_combo, 1)
        moving.addWidget(self.move_button)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(making)
        top_layout.addWidget(self.tree, 1)
        top_layout.addLayout(moving)
        top_layout.addWidget(self.balance_label)

        reporting = QHBoxLayout()
        reporting.addWidget(self.next_button)
        reporting.addWidget(self.done_button)
        reporting.addWidget(self.reporting_label, 1)
        fields = QGridLayout()
        fields.addWidget(self._buddy(self.tr("Name:"), self.name_edit), 0, 0)
        fields.addWidget(self.name_edit, 0, 1)
        fields.addWidget(self._buddy(self.tr("Report time:"), self.minutes_spin), 0, 2)
        fields.addWidget(self.minutes_spin, 0, 3)
        fields.addWidget(self._buddy(self.tr("Rapporteur:"), self.rapporteur_combo), 1, 0)
        fields.addWidget(self.rapporteur_combo, 1, 1, 1, 3)
        fields.setColumnStretch(1, 1)
        capture_row = QHBoxLayout()
        capture_row.addWidget(self.report_edit, 1)
        capture_row.addWidget(self.capture_button, 0, Qt.AlignmentFlag.AlignBottom)
        group_layout = QVBoxLayout(self.group_box)
        group_layout.addLayout(fields)
        group_layout.addLayout(capture_row)
        group_layout.addWidget(self.reports_list)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(reporting)
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

    # --- reading what is stored ---------------------------------------------------------

    def present(self) -> list[Participant]:
        """Everyone on the roster not marked absent, in roster order."""
        return [p for p in self.people() if p.attendance is not AttendanceStatus.ABSENT]

    def reload(self) -> None:
        state = self.state()
        assert isinstance(state, BreakoutsState)
        self.current_state = state
        self._people = {person.id: person for person in self.people()}
        self._reports = [
            outcome
            for outcome in self.context.store.select(
                Outcome, {"item_id": self.item.id, "kind": OutcomeKind.REPORT}, "captured_at"
            )
            if outcome.fields.get("group_id") is not None
        ]
        if not self._chooser_set and state.groups:  # how the groups were made, once
            self._chooser_set = True
            self.how_combo.setCurrentIndex(self.how_combo.findData(state.grouping.value))
            self.number_spin.setValue(len(state.groups))
            self.unit_combo.setCurrentIndex(0)
        unplaced = [
            p
            for p in self._people.values()
            if p.attendance is not AttendanceStatus.ABSENT and state.group_of(p.id) is None
        ]
        labels = {
            group.id: self._row_label(position, group)
            for position, group in enumerate(state.in_order(), start=1)
        }
        self.tree.show_groups(state, self._people, unplaced, labels)
        self._fill_move_targets(state)
        self.balance_label.setText(self._balance_words(state, unplaced))
        self._show_group(self._shown_group or self.tree.current_group())
        self._show_report_back(state)
        self.show_snapshot(self.controller.snapshot)

    def _name(self, person_id: UUID | None) -> str:
        person = self._people.get(person_id) if person_id else None
        return person.name if person else ""

    def _row_label(self, position: int, group: BreakoutGroup) -> str:
        parts = [
            f"{position}. {group.name}",
            self.tr("%n person(s)", "", len(group.member_ids)),
        ]
        if group.rapporteur_id:
            parts.append(self.tr("rapporteur: %1").replace("%1", self._name(group.rapporteur_id)))
        if group.id == self.current_state.reporting:
            parts.append(self.tr("reporting now"))
        elif group.id in self.current_state.reported:
            parts.append(self.tr("reported"))
        return " · ".join(parts)

    def _fill_move_targets(self, state: BreakoutsState) -> None:
        keep = self.move_combo.currentData()
        self.move_combo.clear()
        for group in state.in_order():
            self.move_combo.addItem(group.name, str(group.id))
        self.move_combo.addItem(self.tr("Not in a group"), NO_GROUP)
        # The group chosen before stays chosen; "not in a group" is never the default.
        index = self.move_combo.findData(keep) if keep else -1
        self.move_combo.setCurrentIndex(max(0, index))

    def _balance_words(self, state: BreakoutsState, unplaced: list[Participant]) -> str:
        if not state.groups:
            return self.tr("No groups yet: choose how to make them, then Make groups.")
        members = [list(group.member_ids) for group in state.in_order()]
        sizes = ", ".join(str(len(group)) for group in members)
        lines = [self.tr("Group sizes: %1.").replace("%1", sizes)]
        for uneven, even, spread_label in (
            (
                self.tr("Organisations spread unevenly: %1"),
                self.tr("Every organisation is spread evenly."),
                {p.id: p.organisation for p in self._people.values()},
            ),
            (
                self.tr("Countries spread unevenly: %1"),
                self.tr("Every country is spread evenly."),
                {p.id: p.country for p in self._people.values()},
            ),
        ):
            spread = unevenly_spread(members, spread_label)
            listed = "; ".join(
                f"{name} ({', '.join(map(str, counts))})" for name, counts in spread.items()
            )
            lines.append(uneven.replace("%1", listed) if spread else even)
        if unplaced:
            lines.append(self.tr("%n person(s) present in no group.", "", len(unplaced)))
        return " ".join(lines)

    # --- the group panel ----------------------------------------------------------------

    def _follow_tree(self) -> None:
        group_id = self.tree.current_group()
        if group_id is not None and group_id != self._shown_group:
            self._show_group(group_id)

    def shown_group(self) -> BreakoutGroup | None:
        return self.current_state.group(self._shown_group)

    def _show_group(self, group_id: UUID | None) -> None:
        state = self.current_state
        group = state.group(group_id) or (state.in_order()[0] if state.groups else None)
        if self._shown_group is not None and (group is None or group.id != self._shown_group):
            self._drafts[self._shown_group] = self.report_edit.toPlainText()
            self.report_edit.setPlainText(self._drafts.pop(group.id, "") if group else "")
        self._shown_group = group.id if group else None
        for widget in (
            self.name_edit,
            self.rapporteur_combo,
            self.minutes_spin,
            self.report_edit,
            self.capture_button,
        ):
            widget.setEnabled(group is not None)
        if group is None:
            self.group_box.setTitle(self.tr("Make the groups to name them and capture reports."))
            self.reports_list.clear()
            return
        self.group_box.setTitle(group.name)
        if not self.name_edit.hasFocus() or self.name_edit.text() == "":
            self.name_edit.setText(group.name)
        self.rapporteur_combo.blockSignals(True)
        self.rapporteur_combo.clear()
        self.rapporteur_combo.addItem(self.tr("(nobody yet)"), "")
        members = by_name([self._people[p] for p in group.member_ids if p in self._people])
        for person in members:
            self.rapporteur_combo.addItem(person.name, str(person.id))
        index = self.rapporteur_combo.findData(str(group.rapporteur_id or ""))
        self.rapporteur_combo.setCurrentIndex(max(0, index))
        self.rapporteur_combo.blockSignals(False)
        self.minutes_spin.blockSignals(True)
        self.minutes_spin.setValue(group.report_seconds // 60)
        self.minutes_spin.blockSignals(False)
        self.reports_list.clear()
        for outcome in self._reports:
            if outcome.fields.get("group_id") == str(group.id):
                self.reports_list.addItem(outcome.text)
        self.reports_list.setVisible(self.reports_list.count() > 0)

    def _change_group(self, label: str, **changes: object) -> None:
        group = self.shown_group()
        if group is not None:
            self.save_state(change.update_group(self.current_state, group.id, **changes), label)

    def _on_name(self) -> None:
        group = self.shown_group()
        name = " ".join(self.name_edit.text().split())
        if group is None or name == group.name:
            return
        if not name:
            self.name_edit.setText(group.name)
            self.controller.notice.emit(self.tr("A group needs a name; the old one is kept."))
            return
        self._change_group(self.tr("Rename a group"), name=name)

    def _on_rapporteur(self, index: int) -> None:
        data = self.rapporteur_combo.itemData(index)
        self._change_group(
            self.tr("Choose a rapporteur"), rapporteur_id=UUID(data) if data else None
        )

    def _on_minutes(self, minutes: int) -> None:
        group = self.shown_group()
        if group is not None and group.report_seconds != minutes * 60:
            self._change_group(self.tr("Change a group's report time"), report_seconds=minutes * 60)

    def capture_report(self) -> None:
        group = self.shown_group()
        text = self.report_edit.toPlainText().strip()
        if group is None:
            return
        if not text:
            self.controller.notice.emit(self.tr("Type the group's report first."))
            self.report_edit.setFocus()
            return
        captured = self.capture(
            OutcomeKind.REPORT,
            text,
            self.tr("Capture a group's report"),
            mentions=list(group.member_ids),
            group=group.name,
            group_id=str(group.id),
            speaker_id=str(group.rapporteur_id) if group.rapporteur_id else None,
            speaker_name=self._name(group.rapporteur_id),
            member_ids=[str(person) for person in group.member_ids],
        )
        if captured is not None:
            self.report_edit.clear()

    # --- making and moving --------------------------------------------------------------

    def make(self) -> None:
        present = self.present()
        if not present:
            self.controller.notice.emit(
                self.tr("Nobody is present: add people on the Roster tab or check them in.")
            )
            return
        how = Grouping(self.how_combo.currentData())
        number = self.number_spin.value()
        count = count_for_size(len(present), number) if self.unit_combo.currentData() else number
        count = min(count, len(present))  # never more groups than people present
        state = self.current_state
        if state.groups and not prompts.confirm(
            self,
            self.tr("Make new groups"),
            self.tr(
                "The %n group(s) made before, their names and rapporteurs are replaced. "
                "Reports already captured stay in the capture.",
                "",
                len(state.groups),
            ),
            action=self.tr("Make new groups"),
        ):
            return
        if state.reporting is not None:
            self.controller.end_turn()
        people = [Person(p.id, p.organisation, p.country) for p in present]
        members = make_groups(people, count, how, self.seed)
        names = [self.tr("Group %1").replace("%1", str(n)) for n in range(1, count + 1)]
        self._shown_group = None
        self._drafts.clear()
        self.report_edit.clear()
        self.save_state(
            change.with_new_groups(state, members, names, how), self.tr("Make breakout groups")
        )

    def move_selected(self) -> None:
        people = self.tree.selected_people()
        if not people:
            self.controller.notice.emit(self.tr("Select the people to move in the list first."))
            self.tree.setFocus()
            return
        self._on_moved(people, self.move_combo.currentData())

    def _on_moved(self, people: list[UUID], target: str) -> None:
        group = UUID(target) if target else None
        if all(self.current_state.group_of(p) == self.current_state.group(group) for p in people):
            return
        self.save_state(
            change.move_people(self.current_state, people, group),
            self.tr("Move people between groups"),
        )

    def _on_reordered(self, group_id: str, step: int) -> None:
        state = change.move_in_order(self.current_state, UUID(group_id), step)
        if state != self.current_state:
            self.save_state(state, self.tr("Change the report-back order"))

    # --- the report-back ----------------------------------------------------------------

    def next_group(self) -> None:
        snapshot = self.controller.snapshot
        if snapshot is None or snapshot.current is None or not self.controller.running:
            self.controller.notice.emit(self.tr("Start the session before the report-back."))
            return
        state = self.current_state
        if not state.groups:
            self.controller.notice.emit(self.tr("Make the groups first."))
            return
        if state.reporting is not None:
            self.controller.end_turn()
        following = change.report_next(state)
        if not self.save_state(following, self.tr("Next group reports")):
            return
        group = following.group(following.reporting)
        if group is None:
            self.controller.notice.emit(self.tr("Every group has reported."))
            return
        self.controller.give_floor(
            participant_id=group.rapporteur_id,
            name="" if group.rapporteur_id else group.name,
            allotted_seconds=group.report_seconds,
        )
        self.tree.select_group(group.id)
        self.scroller.ensureWidgetVisible(self.report_edit)

    def end_report_back(self) -> None:
        if self.current_state.reporting is None:
            return
        self.controller.end_turn()
        self.save_state(change.end_report_back(self.current_state), self.tr("End the report-back"))

    def _show_report_back(self, state: BreakoutsState) -> None:
        self.next_button.setEnabled(bool(state.groups))
        self.done_button.setEnabled(state.reporting is not None)
        if state.reporting is None:
            self.public_view.show_groups(
                [
                    (
                        group.name,
                        [
                            p.name
                            for p in by_name(
                                [self._people[i] for i in group.member_ids if i in self._people]
                            )
                        ],
                    )
                    for group in state.in_order()
                ]
            )

    def _time_left(self, snapshot: Snapshot | None) -> tuple[float, bool] | None:
        """Seconds left (or spent, when untimed) of the reporting group's turn, and whether
        it is timed; None when its rapporteur does not have the floor."""
        group = self.current_state.group(self.current_state.reporting)
        turn = self.controller.open_turn()
        if group is None or turn is None or snapshot is None:
            return None
        if turn.participant_id != group.rapporteur_id or (
            turn.participant_id is None and turn.name != group.name
        ):
            return None
        spoken = turn.seconds(snapshot.now)
        if turn.allotted_seconds:
            return turn.allotted_seconds - spoken, True
        return spoken, False

    def show_snapshot(self, snapshot: Snapshot | None) -> None:
        state = self.current_state
        done = len(state.reported)
        progress = (
            self.tr("%1 of %2 groups reported.")
            .replace("%1", str(done))
            .replace("%2", str(len(state.groups)))
        )
        group = state.group(state.reporting)
        if group is None:
            self.reporting_label.setText(progress if state.groups else "")
            return
        timing = self._time_left(snapshot)
        who = self._name(group.rapporteur_id)
        if timing is None:
            console, public = self.tr("%1 reports now.").replace("%1", group.name), ""
        elif not timing[1]:
            console = self.tr("%1 reports: %2.").replace("%1", group.name)
            console = console.replace("%2", countdown(-timing[0]).lstrip("+"))
            public = projector_countdown(timing[0])
        elif timing[0] < 0:
            console = self.tr("%1 is over its time: %2.").replace("%1", group.name)
            console = console.replace("%2", countdown(timing[0]).lstrip("+"))
            public = self.tr("%1 over").replace("%1", projector_countdown(timing[0]))
        else:
            console = self.tr("%1 reports: %2 left.").replace("%1", group.name)
            console = console.replace("%2", countdown(timing[0]).lstrip("+"))
            public = self.tr("%1 left").replace("%1", projector_countdown(timing[0]))
        self.reporting_label.setText(f"{console} {progress}")
        following = change.next_to_report(state)
        members = by_name([self._people[p] for p in group.member_ids if p in self._people])
        self.public_view.show_reporting(
            group.name,
            who,
            [person.name for person in members],
            public,
            following.name if following else "",
        )
