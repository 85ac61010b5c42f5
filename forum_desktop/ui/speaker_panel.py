"""The speaker timer inside an item: who has the floor, for how long, and who spoke before."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.models import Participant
from forum_desktop.models.base import TITLE_MAX_LENGTH
from forum_desktop.services.run import floor_holder
from forum_desktop.timing.display import countdown
from forum_desktop.timing.snapshot import Snapshot
from forum_desktop.ui.combo_line import line_edit
from forum_desktop.ui.flow_layout import flow_row
from forum_desktop.ui.messages import fill
from forum_desktop.ui.run_controller import RunController
from forum_desktop.ui.wrapping_label import WrappingLabel


class SpeakerPanel(QWidget):
    def __init__(self, controller: RunController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.speaker_combo = QComboBox(self)
        self.speaker_combo.setEditable(True)
        self.speaker_combo.setAccessibleName(self.tr("Speaker"))
        line_edit(self.speaker_combo).setPlaceholderText(self.tr("Speaker: a name"))
        line_edit(self.speaker_combo).setMaxLength(TITLE_MAX_LENGTH)
        self.minutes_spin = QSpinBox(self)
        self.minutes_spin.setRange(0, 60)
        self.minutes_spin.setValue(3)
        self.minutes_spin.setSpecialValueText(self.tr("no limit"))
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setAccessibleName(self.tr("Time per speaker"))
        self.give_button = QPushButton(self.tr("Give the floor"), self)
        self.give_button.clicked.connect(self.give_floor)
        self.end_button = QPushButton(self.tr("End turn"), self)
        self.end_button.clicked.connect(controller.end_turn)
        self.status_label = WrappingLabel(self)
        self.status_label.setAccessibleName(self.tr("Speaker timer"))
        self.log_label = WrappingLabel(self)
        # Two rows: beside a method's screen the console keeps two fifths of a 1024 px
        # window, and four controls in one row would hold it wider.
        who = QHBoxLayout()
        who.addWidget(self.speaker_combo, 1)
        who.addWidget(self.minutes_spin)
        acts = flow_row(self, self.give_button, self.end_button)  # one under the other if narrow
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(who)
        layout.addWidget(acts)
        layout.addWidget(self.status_label)
        layout.addWidget(self.log_label)
        controller.ticked.connect(self.show_snapshot)

    def set_roster(self, people: list[Participant]) -> None:
        keep = self.speaker_combo.currentText()
        self.speaker_combo.clear()
        for person in people:
            self.speaker_combo.addItem(person.name, str(person.id))
        self.speaker_combo.setEditText(keep)

    def give_floor(self) -> None:
        name = self.speaker_combo.currentText().strip()
        if not name:
            self._controller.notice.emit(self.tr("Type or choose the speaker's name first."))
            self.speaker_combo.setFocus()
            return
        index = self.speaker_combo.findText(name)
        data = self.speaker_combo.itemData(index) if index >= 0 else None
        self._controller.give_floor(
            participant_id=UUID(data) if data else None,
            name="" if data else name,
            allotted_seconds=self.minutes_spin.value() * 60,
        )

    def _name(self, participant_id: UUID | None, name: str) -> str:
        if participant_id is not None:
            index = self.speaker_combo.findData(str(participant_id))
            if index >= 0:
                return self.speaker_combo.itemText(index)
        return name

    def show_snapshot(self, snapshot: Snapshot | None) -> None:
        turns = self._controller.turns() if snapshot and snapshot.current else []
        open_turn = floor_holder(turns)
        self.end_button.setEnabled(open_turn is not None)
        if open_turn is None or snapshot is None:
            self.status_label.setText(self.tr("Nobody has the floor."))
        else:
            spoken = open_turn.seconds(snapshot.now)
            name = self._name(open_turn.participant_id, open_turn.name)
            if open_turn.allotted_seconds:
                left = open_turn.allotted_seconds - spoken
                words = (
                    self.tr("%1 is over their time: %2")
                    if left < 0
                    else self.tr("%1 has the floor: %2 left")
                )
                self.status_label.setText(fill(words, name, countdown(left).lstrip("+")))
            else:
                self.status_label.setText(
                    fill(self.tr("%1 has the floor: %2"), name, countdown(-spoken).lstrip("+"))
                )
        done = [
            f"{self._name(t.participant_id, t.name)} ({countdown(t.seconds(t.ended_at))})"
            for t in turns
            if t.ended_at is not None
        ]
        self.log_label.setText(
            self.tr("Spoke so far: %1").replace("%1", ", ".join(done)) if done else ""
        )
