"""The breakout groups' live screen: make the groups, adjust them by hand, name each group
and its rapporteur, capture each group's report, and time the report-back group by group
with the speaker timer."""

from __future__ import annotations

from uuid import UUID

from forum_desktop.methods.breakout_acts import (
    CaptureReport,
    ChooseRapporteur,
    EndReportBack,
    MakeGroups,
    MoveInReportOrder,
    MoveToGroup,
    RenameGroup,
    ReportNext,
    SetReportTime,
    breakouts_view,
    next_to_report,
    present_people,
)
from forum_desktop.methods.grouping import count_for_size
from forum_desktop.models import (
    AttendanceStatus,
    MethodScreen,
    Outcome,
    OutcomeKind,
    Participant,
)
from forum_desktop.models.screens import BreakoutGroup, BreakoutsState, Grouping
from forum_desktop.services.commands import Command
from forum_desktop.services.operations import OpResult
from forum_desktop.timing.display import countdown
from forum_desktop.timing.snapshot import Snapshot
from forum_desktop.ui import prompts
from forum_desktop.ui.messages import fill
from forum_desktop.ui.method_screens.acts import act, capture_where
from forum_desktop.ui.method_screens.base import MethodScreenWidget
from forum_desktop.ui.method_screens.breakouts_layout import BreakoutsLayout
from forum_desktop.ui.method_screens.breakouts_public import BreakoutsPublic
from forum_desktop.ui.method_screens.breakouts_tree import NO_GROUP, GroupTree, by_name
from forum_desktop.ui.projector import projector_countdown
from forum_desktop.ui.room_language import room


class BreakoutsScreen(MethodScreenWidget, BreakoutsLayout):
    kind = MethodScreen.BREAKOUTS

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
        self._build_moving()
        self.move_button.clicked.connect(self.move_selected)
        self._build_group_panel()
        self._build_report_back()
        self.public_view = BreakoutsPublic(self.public, self.public_layout)
        self._lay_out()

    # --- reading what is stored ---------------------------------------------------------

    def present(self) -> list[Participant]:
        """Everyone on the roster not marked absent, in roster order."""
        return present_people(self.context.store, self.event_id)

    def reload(self) -> None:
        self.current_state = state = breakouts_view(self.context.store, self.item.id)
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
        words = self.tr("%n person(s) present in no group.", "", len(unplaced)) if unplaced else ""
        self.balance_label.setText(self._balance_words(state, words))
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
        self.no_group_label.setVisible(group is None)
        if group is None:
            self.group_box.setTitle("")
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

    def _act(self, command: Command, label: str) -> OpResult | None:
        return act(self.context, self.controller, command, label)

    def _on_name(self) -> None:
        group = self.shown_group()
        name = " ".join(self.name_edit.text().split())
        if group is None or name == group.name:
            return
        if self._act(RenameGroup(group_id=group.id, name=name), self.tr("Rename a group")) is None:
            self.name_edit.setText(group.name)  # refused: the old name is kept

    def _on_rapporteur(self, index: int) -> None:
        data = self.rapporteur_combo.itemData(index)
        group = self.shown_group()
        if group is not None:
            person = UUID(data) if data else None
            command = ChooseRapporteur(group_id=group.id, participant_id=person)
            self._act(command, self.tr("Choose a rapporteur"))

    def _on_minutes(self, minutes: int) -> None:
        group = self.shown_group()
        if group is not None and group.report_seconds != minutes * 60:
            command = SetReportTime(group_id=group.id, seconds=minutes * 60)
            self._act(command, self.tr("Change a group's report time"))

    def capture_report(self) -> None:
        group = self.shown_group()
        if group is None:
            return
        command = CaptureReport(
            group_id=group.id,
            text=self.report_edit.toPlainText(),
            **capture_where(self.controller, self.item.id),
        )
        if self._act(command, self.tr("Capture a group's report")) is not None:
            self.report_edit.clear()
        else:
            self.report_edit.setFocus()

    # --- making and moving --------------------------------------------------------------

    def make(self) -> None:
        present = self.present()
        how = Grouping(self.how_combo.currentData())
        number = self.number_spin.value()
        count = count_for_size(len(present), number) if self.unit_combo.currentData() else number
        count = max(1, min(count, len(present)))  # never more groups than people present
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
        names = tuple(self.tr("Group %1").replace("%1", str(n)) for n in range(1, count + 1))
        self._shown_group = None
        self._drafts.clear()
        self.report_edit.clear()
        command = MakeGroups(
            item_id=self.item.id, count=count, how=how, seed=self.seed, names=names
        )
        self._act(command, self.tr("Make breakout groups"))

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
        command = MoveToGroup(item_id=self.item.id, person_ids=tuple(people), group_id=group)
        self._act(command, self.tr("Move people between groups"))

    def _on_reordered(self, group_id: str, step: int) -> None:
        command = MoveInReportOrder(group_id=UUID(group_id), step=step)
        self._act(command, self.tr("Change the report-back order"))

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
        done = self._act(ReportNext(item_id=self.item.id), self.tr("Next group reports"))
        if done is None:
            return
        group = breakouts_view(self.context.store, self.item.id).group(done.value)
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
        self._act(EndReportBack(item_id=self.item.id), self.tr("End the report-back"))

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
        progress = fill(self.tr("%1 of %2 groups reported."), str(done), str(len(state.groups)))
        group = state.group(state.reporting)
        if group is None:
            self.reporting_label.setText(progress if state.groups else "")
            return
        timing = self._time_left(snapshot)
        who = self._name(group.rapporteur_id)
        if timing is None:
            console, public = self.tr("%1 reports now.").replace("%1", group.name), ""
        elif not timing[1]:
            console = fill(
                self.tr("%1 reports: %2."), group.name, countdown(-timing[0]).lstrip("+")
            )
            public = projector_countdown(timing[0])
        elif timing[0] < 0:
            console = fill(
                self.tr("%1 is over its time: %2."), group.name, countdown(timing[0]).lstrip("+")
            )
            public = (
                room()
                .translate("BreakoutsPublic", "%1 over")
                .replace("%1", projector_countdown(timing[0]))
            )
        else:
            console = fill(
                self.tr("%1 reports: %2 left."), group.name, countdown(timing[0]).lstrip("+")
            )
            public = (
                room()
                .translate("BreakoutsPublic", "%1 left")
                .replace("%1", projector_countdown(timing[0]))
            )
        self.reporting_label.setText(f"{console} {progress}")
        following = next_to_report(state)
        members = by_name([self._people[p] for p in group.member_ids if p in self._people])
        self.public_view.show_reporting(
            group.name,
            who,
            [person.name for person in members],
            public,
            following.name if following else "",
        )
