"""The fishbowl's live screen: the inner circle's chairs, the outer circle, the queue to
come in, swapping people in and out, the speaker timer among the sitters, contributions
captured against their speaker and topic, the rotation log and the fairness view.

Input and display only: each act is a command of ``services/fishbowl.py`` (its rules,
one undo step); what is shown is ``methods.fishbowl.fishbowl_view`` of the records and
the totals of ``methods/fairness.py``. The controls are built in ``fishbowl_panel.py``.
"""

from __future__ import annotations

from uuid import UUID
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
)

from forum_desktop.export.isolation import isolate
from forum_desktop.methods.fairness import fairness, present_people
from forum_desktop.methods.fishbowl import FishbowlView, fishbowl_view
from forum_desktop.models import Event, MethodScreen, Outcome, OutcomeKind, SpeakerTurn
from forum_desktop.services.commands import Command
from forum_desktop.services.fishbowl import (
    FishbowlError,
    GiveFloor,
    JoinQueue,
    LeaveCircle,
    LeaveQueue,
    MoveInQueue,
    Seat,
    SeatPanel,
    SetChairs,
    SetSpeakerTime,
    SetTopic,
)
from forum_desktop.services.floor import method_turns
from forum_desktop.timing.display import countdown
from forum_desktop.timing.snapshot import Snapshot
from forum_desktop.ui import prompts
from forum_desktop.ui.messages import fill
from forum_desktop.ui.method_screens.base import MethodScreenWidget
from forum_desktop.ui.method_screens.fishbowl_panel import (
    FishbowlPanel,
    scrolling,
)
from forum_desktop.ui.method_screens.fishbowl_public import FishbowlPublic
from forum_desktop.ui.notice_texts import notice_text
from forum_desktop.ui.room_language import room

ID_ROLE = Qt.ItemDataRole.UserRole


def floor_words(name: str, spoken: float, allotted: int, words: tuple[str, str, str]) -> str:
    """Who has the floor and their time, with ``words`` (over time, time left, counting
    up) in the console's or the room's language."""
    over, left_words, counting = words
    if allotted:
        left = allotted - spoken
        chosen = over if left < 0 else left_words
        return fill(chosen, name, countdown(left).lstrip("+"))
    return fill(counting, name, countdown(-spoken).lstrip("+"))


class FishbowlScreen(MethodScreenWidget):
    kind = MethodScreen.FISHBOWL

    def build(self) -> None:
        self.view = FishbowlView()
        self._names: dict[UUID, str] = {}
        self._roster = self.people()
        self._present = present_people(self._roster)
        self._turns: list[SpeakerTurn] = []
        self._zone = ZoneInfo("UTC")
        self._floor_turn: UUID | None = None
        """The open turn the contribution's speaker was last set from."""
        self._shown_second = -1
        self.panel = panel = FishbowlPanel(self)
        # The controls under the names the screen and its tests use.
        self.topic_combo, self.new_topic_button = panel.topic_combo, panel.new_topic_button
        self.chairs_spin, self.minutes_spin = panel.chairs_spin, panel.minutes_spin
        self.keep_open_check, self.circle_box = panel.keep_open_check, panel.circle_box
        self.chair_grid, self.chair_group = panel.chair_grid, panel.chair_group
        self.swap_action, self.swap_button = panel.swap_action, panel.swap_button
        self.leave_action, self.leave_button = panel.leave_action, panel.leave_button
        self.floor_action, self.floor_button = panel.floor_action, panel.floor_button
        self.stop_button = panel.stop_button
        self.outer_list, self.add_button = panel.outer_list, panel.add_button
        self.queue_list, self.remove_action = panel.queue_list, panel.remove_action
        self.up_action, self.up_button = panel.up_action, panel.up_button
        self.down_action, self.down_button = panel.down_action, panel.down_button
        self.remove_button, self.speaker_combo = panel.remove_button, panel.speaker_combo
        self.contribution_edit, self.capture_button = panel.contribution_edit, panel.capture_button
        self.tables, self.message_label = panel.tables, panel.message_label
        self.chair_buttons = panel.chairs
        self.run_keys = [self.swap_action, self.leave_action, self.floor_action]  # Run-tab-wide
        self.addActions(self.run_keys)
        self._connect()
        self.scroll_area = scrolling(self, panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)
        self.public_view = FishbowlPublic(self.public)
        self.public_layout.addWidget(self.public_view)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.panel.fit_width(self.width() - self.scroll_area.verticalScrollBar().sizeHint().width())

    def _connect(self) -> None:
        self.topic_combo.textActivated.connect(self.switch_topic)
        self.new_topic_button.clicked.connect(self.new_topic)
        self.chairs_spin.valueChanged.connect(lambda _: self._set_chairs())
        self.keep_open_check.toggled.connect(lambda _: self._set_chairs())
        self.minutes_spin.valueChanged.connect(self._set_minutes)
        self.swap_action.triggered.connect(lambda *_: self.swap_in())
        self.leave_action.triggered.connect(lambda *_: self.leave())
        self.floor_action.triggered.connect(lambda *_: self.give_floor())
        self.stop_button.clicked.connect(self.controller.end_turn)
        self.outer_list.itemActivated.connect(lambda _: self.add_to_queue())
        self.panel.seat_action.triggered.connect(lambda *_: self.seat_panel())
        self.add_button.clicked.connect(self.add_to_queue)
        self.up_action.triggered.connect(lambda *_: self.move_queued(-1))
        self.down_action.triggered.connect(lambda *_: self.move_queued(1))
        self.remove_action.triggered.connect(lambda *_: self.remove_queued())
        self.contribution_edit.returnPressed.connect(self.capture_contribution)
        self.capture_button.clicked.connect(self.capture_contribution)

    # --- showing what is stored ------------------------------------------------------------

    def reload(self) -> None:
        store = self.context.store
        self.view = view = fishbowl_view(store, self.item.id)
        self._roster = self.people()
        self._names = {person.id: person.name for person in self._roster}
        self._present = present_people(self._roster)
        event = store.get(Event, self.event_id)
        self._zone = ZoneInfo(event.timezone) if event else ZoneInfo("UTC")
        self._turns = method_turns(store, self.item)
        contributions = store.select(
            Outcome,
            {"item_id": self.item.id, "kind": OutcomeKind.CONTRIBUTION.value},
            order_by="captured_at",
        )
        self._show_settings(view)
        self._show_chairs(view)
        self._show_lists(view)
        self._show_speakers(view)
        self.tables.show_contributions(contributions, self._zone)
        self.tables.show_log(view.log, self.name_of, self._zone)
        self._show_fairness()
        self.show_snapshot(self.controller.snapshot)

    def name_of(self, person: UUID) -> str:
        return self._names.get(person) or self.tr("(not on the roster)")

    def _show_settings(self, view: FishbowlView) -> None:
        widgets = (self.topic_combo, self.chairs_spin, self.keep_open_check, self.minutes_spin)
        for widget in widgets:
            widget.blockSignals(True)
        self.topic_combo.clear()
        self.topic_combo.addItems(list(view.topics))
        self.topic_combo.setCurrentIndex(self.topic_combo.findText(view.topic))
        self.chairs_spin.setValue(view.chairs)
        self.keep_open_check.setChecked(view.keep_open)
        self.minutes_spin.setValue(view.seconds_each // 60)
        for widget in widgets:
            widget.blockSignals(False)

    def _open_speaker(self) -> UUID | None:
        turn = self.controller.open_turn()
        return turn.participant_id if turn else None

    def _chair_texts(self, view: FishbowlView, open_chair: str) -> list[tuple[str, bool]]:
        speaker = self._open_speaker()
        texts = []
        for number, person in enumerate(view.seats, start=1):
            if person is None:
                texts.append((f"{number}. {open_chair}", False))
            else:
                name = isolate(self.name_of(person))
                texts.append((f"{number}. {name}", person == speaker))
        return texts

    def _show_chairs(self, view: FishbowlView) -> None:
        selected = self.selected_chair()
        while len(self.chair_buttons) > view.chairs:
            button = self.chair_buttons.pop()
            self.chair_group.removeButton(button)
            button.deleteLater()
        while len(self.chair_buttons) < view.chairs:
            button = QPushButton(self.circle_box)
            button.setCheckable(True)
            # Equal thirds of the circle whatever the names: a long one is cut (its tooltip
            # and the projector show it whole) rather than widening the tab.
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            self.chair_group.addButton(button, len(self.chair_buttons))
            self.chair_buttons.append(button)
        self.panel.chair_text = f"{view.chairs}. {self.tr('Open chair')}"
        self.panel.place_chairs()
        speaking_now = self.tr("speaking")
        for button, (text, speaking) in zip(
            self.chair_buttons, self._chair_texts(view, self.tr("Open chair")), strict=True
        ):
            # One line whoever speaks, so the circle keeps its height: the sign and the
            # weight mark the speaker, the accessible name says it.
            button.setText(f"▶ {text}".replace("&", "&&") if speaking else text.replace("&", "&&"))
            font = button.font()
            font.setBold(speaking)
            button.setFont(font)
            spoken = f"{text}, {speaking_now}" if speaking else text
            button.setAccessibleName(self.tr("Chair %1").replace("%1", spoken))
            button.setToolTip(text)
        self.select_chair(selected if selected is not None and selected < view.chairs else None)
        waiting = [isolate(self.name_of(person)) for person in view.queue]
        in_the_room = self._chair_texts(view, room().translate("FishbowlPublic", "Open chair"))
        self.public_view.show_circle(view.topic, in_the_room, waiting)

    def _show_lists(self, view: FishbowlView) -> None:
        keep_outer = self.outer_list.currentRow()
        keep_queue = self.queue_list.currentRow()
        self.outer_list.clear()
        for person in self._present:
            if person.id in view.seats:
                continue
            text = person.name
            if person.id in view.queue:
                place = view.queue.index(person.id) + 1
                text = fill(self.tr("%1 (waiting, %2)"), text, str(place))
            self._add_row(self.outer_list, text, person.id)
        self.queue_list.clear()
        for place, person_id in enumerate(view.queue, start=1):
            self._add_row(self.queue_list, f"{place}. {self.name_of(person_id)}", person_id)
        for widget, row in ((self.outer_list, keep_outer), (self.queue_list, keep_queue)):
            if widget.count():
                widget.setCurrentRow(min(max(row, 0), widget.count() - 1))

    @staticmethod
    def _add_row(widget: QListWidget, text: str, person: UUID) -> None:
        row = QListWidgetItem(text, widget)
        row.setData(ID_ROLE, str(person))

    def _show_speakers(self, view: FishbowlView) -> None:
        """Who may have said something: the sitters first, then everyone else present."""
        keep = self.speaker_combo.currentData()
        turn = self.controller.open_turn()
        if turn is not None and turn.id != self._floor_turn and turn.participant_id:
            keep = str(turn.participant_id)  # the speaker with the floor, once per turn
        self._floor_turn = turn.id if turn else None
        self.speaker_combo.clear()
        sitters = [person for person in view.seats if person is not None]
        others = [p.id for p in self._present if p.id not in sitters]
        for person in [*sitters, *others]:
            self.speaker_combo.addItem(self.name_of(person), str(person))
        index = self.speaker_combo.findData(keep)
        self.speaker_combo.setCurrentIndex(max(index, 0))

    def _show_fairness(self) -> None:
        snapshot = self.controller.snapshot
        now = snapshot.now if snapshot else None
        self.tables.show_fairness(fairness(self._turns, self._roster, now))

    def show_snapshot(self, snapshot: Snapshot | None) -> None:
        """The room's line on who has the floor (the console's speaker panel says it to the
        facilitator), and the fairness view while someone speaks."""
        turn = self.controller.open_turn()
        self.stop_button.setEnabled(turn is not None)
        if turn is None or snapshot is None:
            public = room().translate("FishbowlPublic", "Nobody has the floor.")
        else:
            name = self.name_of(turn.participant_id) if turn.participant_id else turn.name
            name = isolate(name)  # an Arabic name does not turn the room's line around
            spoken = turn.seconds(snapshot.now)
            public = floor_words(
                name,
                spoken,
                turn.allotted_seconds,
                (
                    room().translate("FishbowlPublic", "%1 is over their time: %2"),
                    room().translate("FishbowlPublic", "%1 has the floor: %2 left"),
                    room().translate("FishbowlPublic", "%1 has the floor: %2"),
                ),
            )
            second = int(spoken)
            if (
                second != self._shown_second
                and self.tables.currentWidget() is self.tables.fairness_tab
            ):
                self._shown_second = second
                self.tables.show_fairness(fairness(self._turns, self._roster, snapshot.now))
        self.public_view.show_speaker(public)

    # --- what the facilitator does -----------------------------------------------------

    def selected_chair(self) -> int | None:
        """The chair chosen for the next move; each move clears it."""
        chosen = self.chair_group.checkedId()
        return chosen if chosen >= 0 else None

    def select_chair(self, chair: int | None) -> None:
        """Select ``chair`` (None: no chair; the next swap takes the open chair)."""
        self.chair_group.setExclusive(False)
        for number, button in enumerate(self.chair_buttons):
            button.setChecked(number == chair)
        self.chair_group.setExclusive(True)

    def _say(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _do(self, command: Command, label: str) -> bool:
        """Run one act as one undo step; a refusal is said in the screen's message line."""
        try:
            result = self.context.execute(command, label, reraise=(FishbowlError,))
        except FishbowlError as refused:
            self._say(notice_text(refused.notice))
            self.reload()  # a refused setting shows the stored one again
            return False
        self._say("")
        return result is not None and bool(result.changes)

    def swap_in(self) -> None:
        at = self.controller.clock.now()
        seat = Seat(item_id=self.item.id, at=at, chair=self.selected_chair())
        if self._do(seat, self.tr("Swap in")):
            self.select_chair(None)

    def leave(self) -> None:
        chair = self.selected_chair()
        if chair is None or self.view.seats[chair] is None:
            self._say(self.tr("Select the chair of the person who leaves the circle."))
            return
        leave = LeaveCircle(item_id=self.item.id, chair=chair, at=self.controller.clock.now())
        if self._do(leave, self.tr("Leave the circle")):
            self.select_chair(None)

    def give_floor(self) -> None:
        chair = self.selected_chair()
        if chair is None or self.view.seats[chair] is None:
            self._say(self.tr("Select the chair of the person who speaks."))
            return
        if self.controller.snapshot is None or self.controller.snapshot.current is None:
            self._say(self.tr("Start the session before timing speakers."))
            return
        at = self.controller.clock.now()
        self._do(GiveFloor(item_id=self.item.id, chair=chair, at=at), self.tr("Give the floor"))
        self.select_chair(None)  # so the next swap takes the open chair, not the speaker's

    def add_to_queue(self) -> None:
        row = self.outer_list.currentItem()
        if row is None:
            self._say(self.tr("Select someone in the outer circle first."))
            return
        person = UUID(row.data(ID_ROLE))
        at = self.controller.clock.now()
        join = JoinQueue(item_id=self.item.id, participant_id=person, at=at)
        self._do(join, self.tr("Add to the queue"))

    def seat_panel(self) -> None:
        """The people chosen in the outer circle sit down directly (the opening panel)."""
        chosen = [UUID(row.data(ID_ROLE)) for row in self.outer_list.selectedItems()]
        if not chosen:
            self._say(self.tr("Select someone in the outer circle first."))
            return
        at = self.controller.clock.now()
        seat = SeatPanel(item_id=self.item.id, participant_ids=chosen, at=at)
        self._do(seat, self.tr("Seat the opening panel"))

    def _queued(self) -> UUID | None:
        row = self.queue_list.currentItem()
        return UUID(row.data(ID_ROLE)) if row else None

    def move_queued(self, offset: int) -> None:
        person = self._queued()
        if person is None:
            return
        move = MoveInQueue(item_id=self.item.id, participant_id=person, offset=offset)
        if self._do(move, self.tr("Reorder the queue")):
            self.queue_list.setCurrentRow(self.view.queue.index(person))

    def remove_queued(self) -> None:
        person = self._queued()
        if person is not None:
            at = self.controller.clock.now()
            leave = LeaveQueue(item_id=self.item.id, participant_id=person, at=at)
            self._do(leave, self.tr("Remove from the queue"))

    def switch_topic(self, topic: str) -> None:
        at = self.controller.clock.now()
        self._do(SetTopic(item_id=self.item.id, topic=topic, at=at), self.tr("Switch topic"))

    def new_topic(self) -> None:
        topic = prompts.ask_text(self, self.tr("New topic"), self.tr("The fishbowl's next topic:"))
        if topic is not None:
            self.switch_topic(topic)

    def _set_chairs(self) -> None:
        chairs = SetChairs(
            item_id=self.item.id,
            chairs=self.chairs_spin.value(),
            keep_open=self.keep_open_check.isChecked(),
        )
        self._do(chairs, self.tr("Change the chairs"))

    def _set_minutes(self, minutes: int) -> None:
        time_each = SetSpeakerTime(item_id=self.item.id, seconds=minutes * 60)
        self._do(time_each, self.tr("Change the time per speaker"))

    def capture_contribution(self) -> None:
        text = self.contribution_edit.text().strip()
        data = self.speaker_combo.currentData()
        if not text:
            self._say(self.tr("Type what was said first."))
            return
        if data is None:
            self._say(self.tr("Choose who said it first."))
            return
        person = UUID(data)
        self._say("")
        captured = self.capture(
            OutcomeKind.CONTRIBUTION,
            text,
            self.tr("Capture a contribution"),
            mentions=[person],
            speaker_id=person,
            speaker_name=self.name_of(person),
            topic=self.view.topic,
        )
        if captured is not None:
            self.contribution_edit.clear()
