"""The fishbowl's live screen: the inner circle's chairs, the outer circle, the queue to
come in, swapping people in and out, the speaker timer among the sitters, contributions
captured against their speaker and topic, the rotation log and the fairness view.

The rules (who leaves when the open chair is taken, topics splitting the log) are in
``methods/fishbowl.py``; the totals in ``methods/fairness.py``. This module only shows
the stored state and turns clicks and keys into new states.
"""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.methods.fairness import fairness, present_people
from forum_desktop.methods.fishbowl import (
    FishbowlError,
    Refusal,
    dequeue,
    enqueue,
    leave,
    move_in_queue,
    seats,
    set_chairs,
    set_topic,
    swap_in,
)
from forum_desktop.models import (
    Event,
    MethodScreen,
    Outcome,
    OutcomeKind,
    Participant,
    SpeakerTurn,
)
from forum_desktop.models.screens import FishbowlState
from forum_desktop.services.agenda import items_of
from forum_desktop.services.run import speaker_turns
from forum_desktop.timing.display import countdown
from forum_desktop.timing.snapshot import Snapshot
from forum_desktop.ui import prompts
from forum_desktop.ui.method_screens.base import MethodScreenWidget
from forum_desktop.ui.method_screens.fishbowl_public import FishbowlPublic
from forum_desktop.ui.method_screens.fishbowl_tables import FishbowlTables

ID_ROLE = Qt.ItemDataRole.UserRole
CHAIRS_PER_ROW = 3
"""In the console's narrow tab; the projector has room for more."""


class FishbowlScreen(MethodScreenWidget):
    screen = MethodScreen.FISHBOWL

    def build(self) -> None:
        self._fishbowl = FishbowlState()
        self._names: dict[UUID, str] = {}
        self._roster: list[Participant] = []
        self._present: list[Participant] = []
        self._turns: list[SpeakerTurn] = []
        self._zone = ZoneInfo("UTC")
        self._floor_turn: UUID | None = None
        """The open turn the contribution's speaker was last set from."""
        self._shown_second = -1
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
        self.public_view = FishbowlPublic(self.public)
        self.public_layout.addWidget(self.public_view)

    # --- building ----------------------------------------------------------------------

    def _build_settings(self) -> None:
        self.topic_combo = QComboBox(self)
        self.topic_combo.setAccessibleName(self.tr("Current topic"))
        self.topic_combo.textActivated.connect(self.switch_topic)
        self.topic_label = QLabel(self.tr("&Topic:"), self)
        self.topic_label.setBuddy(self.topic_combo)
        self.new_topic_button = QPushButton(self.tr("Ne&w topic…"), self)
        self.new_topic_button.clicked.connect(self.new_topic)
        self.chairs_spin = QSpinBox(self)
        self.chairs_spin.setRange(2, 12)
        self.chairs_spin.setAccessibleName(self.tr("Chairs in the inner circle"))
        self.chairs_spin.valueChanged.connect(lambda _: self._set_chairs())
        self.keep_open_check = QCheckBox(self.tr("Keep one chair open"), self)
        self.keep_open_check.setToolTip(
            self.tr("Whoever takes the last free chair makes the longest sitter leave.")
        )
        self.keep_open_check.toggled.connect(lambda _: self._set_chairs())
        self.minutes_spin = QSpinBox(self)
        self.minutes_spin.setRange(0, 60)
        self.minutes_spin.setSpecialValueText(self.tr("no limit"))
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setAccessibleName(self.tr("Time per speaker"))
        self.minutes_spin.valueChanged.connect(self._set_minutes)

    def _build_circle(self) -> None:
        self.circle_box = QGroupBox(self.tr("Inner circle"), self)
        self.chair_grid = QGridLayout()
        self.chair_group = QButtonGroup(self)
        self.chair_buttons: list[QPushButton] = []
        self.swap_action = self._action(self.tr("Swap &in"), "Ctrl+I", self.swap_in)
        self.leave_action = self._action(self.tr("&Leave the circle"), "Ctrl+L", self.leave)
        self.floor_action = self._action(self.tr("Floor t&o the chair"), "Ctrl+G", self.give_floor)
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
        self.stop_button.clicked.connect(self.controller.end_turn)
        self.speaker_label = QLabel(self)
        self.speaker_label.setWordWrap(True)
        self.speaker_label.setAccessibleName(self.tr("Who has the floor"))

    def _build_queue(self) -> None:
        self.outer_list = QListWidget(self)
        self.outer_list.setAccessibleName(self.tr("Outer circle"))
        self.outer_list.itemActivated.connect(lambda _: self.add_to_queue())
        self.outer_label = QLabel(self.tr("Outer circle (Enter adds to the queue)"), self)
        self.outer_label.setBuddy(self.outer_list)
        self.add_button = QPushButton(self.tr("Add to &queue"), self)
        self.add_button.clicked.connect(self.add_to_queue)
        self.queue_list = QListWidget(self)
        self.queue_list.setAccessibleName(self.tr("Queue"))
        self.queue_label = QLabel(self.tr("Queue (first comes in next)"), self)
        self.queue_label.setBuddy(self.queue_list)
        self.up_action = self._action(
            self.tr("Move up"), "Ctrl+Up", lambda: self.move_queued(-1), self.queue_list
        )
        self.down_action = self._action(
            self.tr("Move down"), "Ctrl+Down", lambda: self.move_queued(1), self.queue_list
        )
        self.remove_action = self._action(
            self.tr("Remove from the queue"), "Delete", self.remove_queued, self.queue_list
        )
        self.up_button = self._button(self.up_action)
        self.down_button = self._button(self.down_action)
        self.remove_button = self._button(self.remove_action)

    def _build_capture(self) -> None:
        self.speaker_combo = QComboBox(self)
        self.speaker_combo.setAccessibleName(self.tr("Who said it"))
        self.contribution_edit = QLineEdit(self)
        self.contribution_edit.setAccessibleName(self.tr("Contribution"))
        self.contribution_edit.setPlaceholderText(self.tr("What they said; Enter captures it"))
        self.contribution_edit.returnPressed.connect(self.capture_contribution)
        self.contribution_label = QLabel(self.tr("Contri&bution:"), self)
        self.contribution_label.setBuddy(self.contribution_edit)
        self.capture_button = QPushButton(self.tr("Capture"), self)
        self.capture_button.clicked.connect(self.capture_contribution)

    def _action(
        self, text: str, keys: str, slot: Callable[[], object], owner: QWidget | None = None
    ) -> QAction:
        """A key of this screen only: other screens may use the same keys for their own."""
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(
            Qt.ShortcutContext.WidgetShortcut
            if owner
            else Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        action.triggered.connect(lambda *_: slot())
        (owner or self).addAction(action)
        return action

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text(), self)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{action.text().replace('&', '')} ({keys})")
        button.clicked.connect(action.trigger)
        return button

    def _lay_out(self) -> None:
        """Rows that wrap early: the console gives this tab under half a laptop's width."""
        settings = QHBoxLayout()
        settings.addWidget(self.topic_label)
        settings.addWidget(self.topic_combo, 1)
        settings.addWidget(self.new_topic_button)
        timing = QGridLayout()
        timing.addWidget(QLabel(self.tr("Chairs:"), self), 0, 0)
        timing.addWidget(self.chairs_spin, 0, 1)
        timing.addWidget(self.keep_open_check, 0, 2)
        timing.addWidget(QLabel(self.tr("Each speaker:"), self), 1, 0)
        timing.addWidget(self.minutes_spin, 1, 1)
        timing.setColumnStretch(2, 1)
        moves = QGridLayout()
        for n, button in enumerate(
            (self.swap_button, self.leave_button, self.floor_button, self.stop_button)
        ):
            moves.addWidget(button, n // 2, n % 2)
        circle = QVBoxLayout(self.circle_box)
        circle.addLayout(self.chair_grid)
        circle.addLayout(moves)
        circle.addWidget(self.speaker_label)
        outer = QVBoxLayout()
        outer.addWidget(self.outer_label)
        outer.addWidget(self.outer_list, 1)
        outer.addWidget(self.add_button)
        queue_buttons = QGridLayout()
        queue_buttons.addWidget(self.up_button, 0, 0)
        queue_buttons.addWidget(self.down_button, 0, 1)
        queue_buttons.addWidget(self.remove_button, 1, 0, 1, 2)
        waiting = QVBoxLayout()
        waiting.addWidget(self.queue_label)
        waiting.addWidget(self.queue_list, 1)
        waiting.addLayout(queue_buttons)
        for label in (self.outer_label, self.queue_label):
            label.setWordWrap(True)
        lists = QHBoxLayout()
        lists.addLayout(outer, 1)
        lists.addLayout(waiting, 1)
        capture = QGridLayout()
        capture.addWidget(self.contribution_label, 0, 0)
        capture.addWidget(self.speaker_combo, 0, 1)
        capture.addWidget(self.contribution_edit, 1, 0, 1, 2)
        capture.addWidget(self.capture_button, 1, 2)
        capture.setColumnStretch(1, 1)
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.addLayout(settings)
        column.addLayout(timing)
        column.addWidget(self.circle_box)
        column.addLayout(capture)  # under the speaker: what the rapporteur types most
        column.addWidget(self.message_label)
        column.addLayout(lists, 1)
        self.tables.setMinimumHeight(self.fontMetrics().height() * 18)
        column.addWidget(self.tables, 2)
        # Scrolls rather than making the console taller than a laptop's 768 pixels.
        self.scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # --- showing what is stored ------------------------------------------------------------

    def reload(self) -> None:
        store = self.context.store
        state = self.state()
        assert isinstance(state, FishbowlState)
        self._fishbowl = state
        self._roster = self.people()
        self._names = {person.id: person.name for person in self._roster}
        self._present = present_people(self._roster)
        event = store.get(Event, self.event_id)
        self._zone = ZoneInfo(event.timezone) if event else ZoneInfo("UTC")
        self._turns = sorted(
            (turn for item_id in self._method_items() for turn in speaker_turns(store, item_id)),
            key=lambda turn: turn.started_at,
        )
        contributions = store.select(
            Outcome,
            {"item_id": self.item.id, "kind": OutcomeKind.CONTRIBUTION.value},
            order_by="captured_at",
        )
        self._show_settings(state)
        self._show_chairs(state)
        self._show_lists(state)
        self._show_speakers(state)
        self.tables.show_contributions(contributions, self._zone)
        self.tables.show_log(state.log, self.name_of, self._zone)
        self._show_fairness()
        self.show_snapshot(self.controller.snapshot)

    def _method_items(self) -> list[UUID]:
        """The method item and its phases (at any depth): turns are timed on the phase."""
        items = items_of(self.context.store, self.item.session_id)
        found = [self.item.id]
        for item_id in found:
            found += [item.id for item in items if item.parent_id == item_id]
        return found

    def name_of(self, person: UUID) -> str:
        return self._names.get(person) or self.tr("(not on the roster)")

    def _show_settings(self, state: FishbowlState) -> None:
        for widget in (self.topic_combo, self.chairs_spin, self.keep_open_check, self.minutes_spin):
            widget.blockSignals(True)
        self.topic_combo.clear()
        self.topic_combo.addItems(list(state.topics))
        self.topic_combo.setCurrentIndex(self.topic_combo.findText(state.topic))
        self.chairs_spin.setValue(state.chairs)
        self.keep_open_check.setChecked(state.keep_open)
        self.minutes_spin.setValue(state.seconds_each // 60)
        for widget in (self.topic_combo, self.chairs_spin, self.keep_open_check, self.minutes_spin):
            widget.blockSignals(False)

    def _open_speaker(self) -> UUID | None:
        turn = self.controller.open_turn()
        return turn.participant_id if turn else None

    def _chair_texts(self, state: FishbowlState) -> list[tuple[str, bool]]:
        speaker = self._open_speaker()
        open_chair = self.tr("Open chair")
        texts = []
        for number, person in enumerate(seats(state), start=1):
            if person is None:
                texts.append((f"{number}. {open_chair}", False))
            else:
                texts.append((f"{number}. {self.name_of(person)}", person == speaker))
        return texts

    def _show_chairs(self, state: FishbowlState) -> None:
        selected = self.selected_chair()
        while len(self.chair_buttons) > state.chairs:
            button = self.chair_buttons.pop()
            self.chair_group.removeButton(button)
            button.deleteLater()
        while len(self.chair_buttons) < state.chairs:
            button = QPushButton(self.circle_box)
            button.setCheckable(True)
            button.setMinimumHeight(button.sizeHint().height() * 2)
            count = len(self.chair_buttons)
            self.chair_group.addButton(button, count)
            self.chair_grid.addWidget(button, count // CHAIRS_PER_ROW, count % CHAIRS_PER_ROW)
            self.chair_buttons.append(button)
        speaking_now = self.tr("speaking")
        for button, (text, speaking) in zip(
            self.chair_buttons, self._chair_texts(state), strict=True
        ):
            shown = f"{text}\n{speaking_now}" if speaking else text
            button.setText(shown.replace("&", "&&"))
            button.setAccessibleName(self.tr("Chair %1").replace("%1", shown.replace("\n", ", ")))
        self.select_chair(selected if selected is not None and selected < state.chairs else None)
        waiting = [self.name_of(person) for person in state.queue]
        self.public_view.show_circle(state.topic, self._chair_texts(state), waiting)

    def _show_lists(self, state: FishbowlState) -> None:
        keep_outer = self.outer_list.currentRow()
        keep_queue = self.queue_list.currentRow()
        self.outer_list.clear()
        sitting = set(state.seats)
        for person in self._present:
            if person.id in sitting:
                continue
            text = person.name
            if person.id in state.queue:
                place = state.queue.index(person.id) + 1
                text = self.tr("%1 (waiting, %2)").replace("%1", text).replace("%2", str(place))
            self._add_row(self.outer_list, text, person.id)
        self.queue_list.clear()
        for place, person_id in enumerate(state.queue, start=1):
            self._add_row(self.queue_list, f"{place}. {self.name_of(person_id)}", person_id)
        for view, row in ((self.outer_list, keep_outer), (self.queue_list, keep_queue)):
            if view.count():
                view.setCurrentRow(min(max(row, 0), view.count() - 1))

    @staticmethod
    def _add_row(view: QListWidget, text: str, person: UUID) -> None:
        row = QListWidgetItem(text, view)
        row.setData(ID_ROLE, str(person))

    def _show_speakers(self, state: FishbowlState) -> None:
        """Who may have said something: the sitters first, then everyone else present."""
        keep = self.speaker_combo.currentData()
        turn = self.controller.open_turn()
        if turn is not None and turn.id != self._floor_turn and turn.participant_id:
            keep = str(turn.participant_id)  # the speaker with the floor, once per turn
        self._floor_turn = turn.id if turn else None
        self.speaker_combo.clear()
        sitters = [person for person in state.seats if person is not None]
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
        """The speaker's timer, and the fairness view while someone speaks."""
        turn = self.controller.open_turn()
        self.stop_button.setEnabled(turn is not None)
        if turn is None or snapshot is None:
            text = self.tr("Nobody has the floor.")
        else:
            name = self.name_of(turn.participant_id) if turn.participant_id else turn.name
            spoken = turn.seconds(snapshot.now)
            if turn.allotted_seconds:
                left = turn.allotted_seconds - spoken
                words = (
                    self.tr("%1 is over their time: %2")
                    if left < 0
                    else self.tr("%1 has the floor: %2 left")
                )
                text = words.replace("%1", name).replace("%2", countdown(left).lstrip("+"))
            else:
                text = (
                    self.tr("%1 has the floor: %2")
                    .replace("%1", name)
                    .replace("%2", countdown(-spoken).lstrip("+"))
                )
            second = int(spoken)
            if (
                second != self._shown_second
                and self.tables.currentWidget() is self.tables.fairness_tab
            ):
                self._shown_second = second
                self.tables.show_fairness(fairness(self._turns, self._roster, snapshot.now))
        self.speaker_label.setText(text)
        self.public_view.show_speaker(text)

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

    def _refusal(self, reason: Refusal) -> str:
        return {
            Refusal.QUEUE_EMPTY: self.tr(
                "Nobody is in the queue: add someone from the outer circle first."
            ),
            Refusal.NO_FREE_CHAIR: self.tr(
                "No chair is free: select the chair of the person who gives up their seat."
            ),
            Refusal.SEATED: self.tr("They already sit in the inner circle."),
            Refusal.CHAIR_TAKEN: self.tr(
                "A chair that would go is taken: ask its sitter to leave the circle first."
            ),
            Refusal.NO_TOPIC: self.tr("Type the topic's words first."),
        }[reason]

    def _change(self, change: Callable[[FishbowlState], FishbowlState], label: str) -> bool:
        """Apply one rule to the stored state and save it as one undo step."""
        state = self.state()
        assert isinstance(state, FishbowlState)
        try:
            new = change(state)
        except FishbowlError as refused:
            self._say(self._refusal(refused.reason))
            self.reload()  # a refused setting shows the stored one again
            return False
        self._say("")
        if new == state:
            return False
        self._end_turn_of_leavers(state, new)
        return self.save_state(new, label)

    def _end_turn_of_leavers(self, before: FishbowlState, after: FishbowlState) -> None:
        """Whoever leaves the circle while they have the floor stops speaking."""
        left = set(before.seats) - set(after.seats)
        speaker = self._open_speaker()
        if speaker is not None and speaker in left:
            self.controller.end_turn()

    def swap_in(self) -> None:
        chair = self.selected_chair()
        at = self.controller.clock.now()
        if self._change(lambda s: swap_in(s, at, chair), self.tr("Swap in")):
            self.select_chair(None)

    def leave(self) -> None:
        chair = self.selected_chair()
        if chair is None or seats(self._fishbowl)[chair] is None:
            self._say(self.tr("Select the chair of the person who leaves the circle."))
            return
        at = self.controller.clock.now()
        if self._change(lambda s: leave(s, chair, at), self.tr("Leave the circle")):
            self.select_chair(None)

    def give_floor(self) -> None:
        chair = self.selected_chair()
        person = seats(self._fishbowl)[chair] if chair is not None else None
        if person is None:
            self._say(self.tr("Select the chair of the person who speaks."))
            return
        self._say("")
        self.controller.give_floor(
            participant_id=person, name="", allotted_seconds=self._fishbowl.seconds_each
        )
        self.select_chair(None)  # so the next swap takes the open chair, not the speaker's

    def add_to_queue(self) -> None:
        row = self.outer_list.currentItem()
        if row is None:
            self._say(self.tr("Select someone in the outer circle first."))
            return
        person = UUID(row.data(ID_ROLE))
        self._change(lambda s: enqueue(s, person), self.tr("Add to the queue"))

    def _queued(self) -> UUID | None:
        row = self.queue_list.currentItem()
        return UUID(row.data(ID_ROLE)) if row else None

    def move_queued(self, offset: int) -> None:
        person = self._queued()
        if person is None:
            return
        if self._change(lambda s: move_in_queue(s, person, offset), self.tr("Reorder the queue")):
            self.queue_list.setCurrentRow(self._fishbowl.queue.index(person))

    def remove_queued(self) -> None:
        person = self._queued()
        if person is not None:
            self._change(lambda s: dequeue(s, person), self.tr("Remove from the queue"))

    def switch_topic(self, topic: str) -> None:
        at = self.controller.clock.now()
        self._change(lambda s: set_topic(s, topic, at), self.tr("Switch topic"))

    def new_topic(self) -> None:
        topic = prompts.ask_text(self, self.tr("New topic"), self.tr("The fishbowl's next topic:"))
        if topic is not None:
            self.switch_topic(topic)

    def _set_chairs(self) -> None:
        chairs, keep_open = self.chairs_spin.value(), self.keep_open_check.isChecked()
        self._change(lambda s: set_chairs(s, chairs, keep_open), self.tr("Change the chairs"))

    def _set_minutes(self, minutes: int) -> None:
        self._change(
            lambda s: s.model_copy(update={"seconds_each": minutes * 60}),
            self.tr("Change the time per speaker"),
        )

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
            topic=self._fishbowl.topic,
        )
        if captured is not None:
            self.contribution_edit.clear()
