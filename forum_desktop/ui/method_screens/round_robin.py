"""The round-robin's live screen: the speaking order, the turn and its timer, each
person's answer captured against their name, skips that come back, absences."""

from __future__ import annotations

import random
from uuid import UUID

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from forum_desktop.methods import round_robin as rr
from forum_desktop.models import MethodScreen, Outcome, OutcomeKind, Participant
from forum_desktop.models.screens import RoundRobinState
from forum_desktop.timing.display import countdown
from forum_desktop.timing.snapshot import Snapshot
from forum_desktop.ui.method_screens.base import MethodScreenWidget
from forum_desktop.ui.method_screens.round_robin_public import RoundRobinPublic

ID_ROLE = Qt.ItemDataRole.UserRole


class RoundRobinScreen(MethodScreenWidget):
    screen = MethodScreen.ROUND_ROBIN

    def build(self) -> None:
        self.rng = random.Random()
        """Shuffles the order; a test seeds it."""
        self.round = RoundRobinState()
        """The stored state over today's roster (``rr.settle``)."""
        self._people: dict[UUID, Participant] = {}
        self.answers: dict[UUID, list[str]] = {}

        self.progress_label = self._label(self.tr("Progress of the round"))
        font = self.progress_label.font()
        font.setBold(True)
        self.progress_label.setFont(font)
        self.now_label = self._label(self.tr("Speaking now"))
        self.next_label = self._label(self.tr("Next speaker"))
        self.question_label = self._label(self.tr("Guiding question"))

        self.order_list = QListWidget(self)
        self.order_list.setAccessibleName(self.tr("Speaking order"))
        self.order_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.order_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.order_list.setWordWrap(True)  # answers can be long: they wrap, never scroll
        self.order_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.order_list.model().rowsMoved.connect(self._on_rows_moved)
        self.order_list.currentItemChanged.connect(lambda *_: self._refresh_buttons())
        order_hint = self._hint(
            self.tr("Drag a name, or press Ctrl+Up / Ctrl+Down, to change the order.")
        )
        self.skipped_list = QListWidget(self)
        self.skipped_list.setAccessibleName(self.tr("Skipped, to come back to"))
        self.skipped_list.setMaximumHeight(self.fontMetrics().height() * 3 + 8)
        self.skipped_list.currentItemChanged.connect(lambda *_: self._refresh_buttons())
        self.skipped_label = QLabel(self.tr("Skipped, to come back to:"), self)
        self.skipped_label.setBuddy(self.skipped_list)

        self.answer_edit = QLineEdit(self)
        self.answer_edit.setAccessibleName(self.tr("Answer of the person speaking"))
        self.answer_edit.setPlaceholderText(self.tr("What they answered"))
        self.answer_edit.returnPressed.connect(self.next_person)
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
        self.next_button.clicked.connect(self.next_person)
        self.skip_button = QPushButton(self.tr("S&kip for now"), self)
        self.skip_button.clicked.connect(self.skip)
        self.call_back_button = QPushButton(self.tr("Call &back"), self)
        self.call_back_button.setToolTip(
            self.tr("Give the floor to the person chosen in the skipped list or in the order.")
        )
        self.call_back_button.clicked.connect(self.call_back)
        self.absent_button = QPushButton(self.tr("Mark absen&t"), self)
        self.absent_button.clicked.connect(self.toggle_absent)
        self.shuffle_button = QPushButton(self.tr("Shuff&le"), self)
        self.shuffle_button.clicked.connect(self.shuffle)
        self.roster_button = QPushButton(self.tr("Roster &order"), self)
        self.roster_button.clicked.connect(self.roster_order)
        self.seconds_spin = QSpinBox(self)
        self.seconds_spin.setRange(0, 3600)
        self.seconds_spin.setSingleStep(15)
        self.seconds_spin.setSuffix(self.tr(" s"))
        self.seconds_spin.setSpecialValueText(self.tr("no limit"))
        self.seconds_spin.setAccessibleName(self.tr("Time for each person, in seconds"))
        self.seconds_spin.editingFinished.connect(self._on_seconds)
        seconds_label = QLabel(self.tr("T&ime each:"), self)
        seconds_label.setBuddy(self.seconds_spin)

        self.next_action = self._action(self.tr("Next person"), "F4", self.next_person)
        self.skip_action = self._action(self.tr("Skip for now"), "Shift+F4", self.skip)
        self.move_up_action = self._action(self.tr("Move up"), "Ctrl+Up", lambda: self.move(-1))
        self.move_down_action = self._action(
            self.tr("Move down"), "Ctrl+Down", lambda: self.move(1)
        )

        self.room = RoundRobinPublic(self.public)
        self.public_layout.addWidget(self.room)
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

    def _action(self, text: str, keys: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        # Only while the focus is in this screen: other screens may use the same keys.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda *_: slot())  # type: ignore[operator]
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
        buttons = QGridLayout()
        for column, button in enumerate(
            (self.next_button, self.skip_button, self.call_back_button)
        ):
            buttons.addWidget(button, 0, column)
        for column, button in enumerate(
            (self.absent_button, self.shuffle_button, self.roster_button)
        ):
            buttons.addWidget(button, 1, column)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question_label)
        layout.addLayout(progress_row)
        layout.addWidget(self.now_label)
        layout.addWidget(self.next_label)
        layout.addLayout(answer_row)
        layout.addWidget(enter_hint)
        layout.addLayout(buttons)
        layout.addWidget(self.order_list, 1)
        layout.addWidget(order_hint)
        layout.addWidget(self.skipped_label)
        layout.addWidget(self.skipped_list)

    # --- showing what is stored --------------------------------------------------------

    def reload(self) -> None:
        people = self.people()
        self._people = {person.id: person for person in people}
        stored = self.state()
        assert isinstance(stored, RoundRobinState)
        self.round = rr.settle(stored, people)
        self.answers = self._load_answers()
        self._fill_order()
        self._fill_skipped()
        if not self.seconds_spin.hasFocus():
            self.seconds_spin.setValue(self.round.seconds_each)
        question = self.item.guiding_question.strip()
        self.question_label.setText(
            self.tr("Guiding question: %1").replace("%1", question) if question else ""
        )
        self._show_turn()
        self._refresh_buttons()

    def _load_answers(self) -> dict[UUID, list[str]]:
        answers: dict[UUID, list[str]] = {}
        where = {"item_id": self.item.id, "kind": OutcomeKind.ANSWER.value}
        for outcome in self.context.store.select(Outcome, where, order_by="captured_at"):
            speaker = outcome.fields.get("speaker_id")
            if speaker:
                answers.setdefault(UUID(speaker), []).append(outcome.text)
        return answers

    def name(self, person: UUID | None) -> str:
        found = self._people.get(person) if person else None
        return found.name if found else ""

    def row_text(self, person: UUID, place: int | None) -> str:
        """One line of the order: place, name, organisation, where they stand, answers."""
        who = self.name(person)
        organisation = self._people[person].organisation
        if organisation:
            who = f"{who} ({organisation})"
        if person in self.round.absent:
            status = self.tr("absent")
        elif person == self.round.current:
            status = self.tr("speaking now")
        elif person in self.round.skipped:
            status = self.tr("skipped")
        elif person in self.round.done:
            status = self.tr("spoke")
        else:
            status = ""
        text = f"{place}. {who}" if place is not None else who
        if status:
            text += f" · {status}"
        answers = self.answers.get(person)
        if answers:
            text += " — " + " / ".join(answers)
        return text

    def _fill_order(self) -> None:
        chosen = self.selected_person()
        self.order_list.blockSignals(True)
        self.order_list.clear()
        place = 0
        for person in self.round.order:
            absent = person in self.round.absent
            place += 0 if absent else 1
            row = QListWidgetItem(self.row_text(person, None if absent else place))
            row.setData(ID_ROLE, str(person))
            if absent:
                font = row.font()
                font.setStrikeOut(True)
                row.setFont(font)
            self.order_list.addItem(row)
            if person == chosen:
                self.order_list.setCurrentItem(row)
            if person == self.round.current:
                self.order_list.scrollToItem(row)
        self.order_list.blockSignals(False)

    def _fill_skipped(self) -> None:
        chosen = self._id_of(self.skipped_list.currentItem())
        self.skipped_list.blockSignals(True)
        self.skipped_list.clear()
        for person in self.round.skipped:
            row = QListWidgetItem(self.name(person))
            row.setData(ID_ROLE, str(person))
            self.skipped_list.addItem(row)
            if person == chosen:
                self.skipped_list.setCurrentItem(row)
        self.skipped_list.blockSignals(False)
        # Shown while someone is waiting to come back: the order keeps the room otherwise.
        for widget in (self.skipped_label, self.skipped_list):
            widget.setVisible(bool(self.round.skipped))

    def _show_turn(self) -> None:
        place, total = rr.progress(self.round)
        following = rr.next_speaker(self.round)
        if rr.finished(self.round):
            progress = self.tr("Round complete: all %n have spoken", "", total)
        elif self.round.current is None and not self.round.done:
            progress = self.tr("%n people in the round", "", total)
        else:
            progress = self.tr("%1 of %2").replace("%1", str(place)).replace("%2", str(total))
        current = self.name(self.round.current)
        self.progress_label.setText(progress)
        if current:
            now = self.tr("Speaking now: %1").replace("%1", current)
        elif rr.finished(self.round):
            now = self.tr("Everyone present has spoken.")
        elif not total:
            now = self.tr("Nobody is in the round: add people in the Roster tab.")
        else:
            now = self.tr("Nobody has the floor: press Next person (F4) to give it.")
        self.now_label.setText(now)
        self.next_label.setText(
            self.tr("Next: %1").replace("%1", self.name(following)) if following else ""
        )
        room = self.room
        question = self.item.guiding_question.strip()
        room.show_text(room.question, question if self._question_is_ours() else "")
        room.show_text(room.now, self.tr("Now: %1").replace("%1", current) if current else "")
        room.show_text(
            room.next, self.tr("Next: %1").replace("%1", self.name(following)) if following else ""
        )
        room.show_text(room.progress, progress)
        self._show_time(self.controller.snapshot)

    def _question_is_ours(self) -> bool:
        """The projector shows the running item's own question: not twice."""
        snapshot = self.controller.snapshot
        current = snapshot.current if snapshot else None
        return current is None or current.item_id != self.item.id

    def _show_time(self, snapshot: Snapshot | None) -> None:
        turn = self.controller.open_turn()
        if (
            snapshot is None
            or turn is None
            or self.round.current is None
            or turn.participant_id != self.round.current
        ):
            self.room.show_text(self.room.time, "")
            return
        spoken = turn.seconds(snapshot.now)
        if not turn.allotted_seconds:
            words = self.tr("%1 spoken").replace("%1", countdown(spoken))
        elif spoken > turn.allotted_seconds:
            words = self.tr("Time is up: over by %1").replace(
                "%1", countdown(turn.allotted_seconds - spoken).lstrip("+")
            )
        else:
            words = self.tr("%1 left").replace("%1", countdown(turn.allotted_seconds - spoken))
        self.room.show_text(self.room.time, words)
        self.now_label.setText(
            self.tr("Speaking now: %1 (%2)")
            .replace("%1", self.name(turn.participant_id))
            .replace("%2", words)
        )

    def show_snapshot(self, snapshot: Snapshot | None) -> None:
        self._show_time(snapshot)

    def _refresh_buttons(self) -> None:
        chosen = self.selected_person()
        absent = chosen is not None and chosen in self.round.absent
        self.absent_button.setText(self.tr("Mark presen&t") if absent else self.tr("Mark absen&t"))
        self.absent_button.setEnabled(chosen is not None)
        self.skip_button.setEnabled(self.round.current is not None)
        self.call_back_button.setEnabled(self._to_call_back() is not None)

    # --- what the facilitator does -----------------------------------------------------

    @staticmethod
    def _id_of(row: QListWidgetItem | None) -> UUID | None:
        return UUID(row.data(ID_ROLE)) if row is not None else None

    def selected_person(self) -> UUID | None:
        return self._id_of(self.order_list.currentItem())

    def select(self, person: UUID) -> None:
        for row in range(self.order_list.count()):
            if self._id_of(self.order_list.item(row)) == person:
                self.order_list.setCurrentRow(row)

    def _to_call_back(self) -> UUID | None:
        skipped = self._id_of(self.skipped_list.currentItem())
        if skipped is not None:
            return skipped
        chosen = self.selected_person()
        if chosen is None or chosen in self.round.absent or chosen == self.round.current:
            return None
        return chosen

    def _save(self, state: RoundRobinState, label: str) -> None:
        """Store the new state; when the turn changes hands, the speaker timer follows."""
        before = self.round.current
        if state == self.round or not self.save_state(state, label):
            return
        if state.current != before:
            self._time_turn(state)

    def _time_turn(self, state: RoundRobinState) -> None:
        snapshot = self.controller.snapshot
        if snapshot is None or snapshot.current is None:
            return  # the round's order may be prepared before the session runs
        if state.current is None:
            self.controller.end_turn()
        else:
            self.controller.give_floor(
                participant_id=state.current, name="", allotted_seconds=state.seconds_each
            )

    def next_person(self) -> None:
        """Save what was typed as the speaker's answer, then give the next person the floor."""
        text = self.answer_edit.text().strip()
        current = self.round.current
        if text and current is None:
            self.controller.notice.emit(
                self.tr("Nobody has the floor: press Next person (F4) first, then type.")
            )
            return
        if text and current is not None:
            saved = self.capture(
                OutcomeKind.ANSWER,
                text,
                self.tr("Answer of %1").replace("%1", self.name(current)),
                mentions=[current],
                speaker_id=current,
                speaker_name=self.name(current),
            )
            if saved is None:
                return  # refused: what was typed stays
            self.answer_edit.clear()
        if current is None and rr.next_speaker(self.round) is None:
            self.controller.notice.emit(self.now_label.text())  # nobody left to call
        else:
            self._save(rr.advance(self.round), self.tr("Next person"))
        self.answer_edit.setFocus()

    def skip(self) -> None:
        if self.round.current is not None:
            self._save(rr.advance(self.round, skip=True), self.tr("Skip for now"))

    def call_back(self) -> None:
        person = self._to_call_back()
        if person is not None:
            label = self.tr("Call back %1").replace("%1", self.name(person))
            self._save(rr.call_back(self.round, person), label)
            self.answer_edit.setFocus()

    def toggle_absent(self) -> None:
        person = self.selected_person()
        if person is None:
            return
        absent = person not in self.round.absent
        label = self.tr("Mark absent") if absent else self.tr("Mark present")
        self._save(rr.set_absent(self.round, person, absent), label)

    def shuffle(self) -> None:
        self._save(rr.shuffled(self.round, self.rng), self.tr("Shuffle the order"))

    def roster_order(self) -> None:
        people = self.people()
        self._save(rr.in_roster_order(self.round, people), self.tr("Order as on the roster"))

    def move(self, step: int) -> None:
        """Move the chosen person up (-1) or down (+1) in the order; they stay chosen."""
        person = self.selected_person()
        if person is None:
            return
        place = self.round.order.index(person)
        self._save(rr.moved(self.round, person, place + step), self.tr("Change the order"))
        self.select(person)
        self.order_list.setFocus()

    def _on_rows_moved(self, *_: QModelIndex | int) -> None:
        # After the drop has finished: saving refills the list the drop is moving in.
        QTimer.singleShot(0, self._take_dragged_order)

    def _take_dragged_order(self) -> None:
        """A name was dragged: the list's order is the new order."""
        order = [self._id_of(self.order_list.item(row)) for row in range(self.order_list.count())]
        person = self.selected_person()
        state = self.round.model_copy(update={"order": tuple(p for p in order if p)})
        self._save(state, self.tr("Change the order"))
        if person is not None:
            self.select(person)

    def _on_seconds(self) -> None:
        seconds = self.seconds_spin.value()
        if seconds != self.round.seconds_each:
            update = {"seconds_each": seconds}
            self._save(self.round.model_copy(update=update), self.tr("Time for each person"))
