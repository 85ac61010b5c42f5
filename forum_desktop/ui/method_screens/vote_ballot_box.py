"""The dot vote's "Votes" box: the limits, how votes are entered, whose ballot, the lines
the dots (or hands) are typed into, and what the facilitator is told."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.methods.dot_vote import VoteView
from forum_desktop.methods.voting import BallotProblem, Excess
from forum_desktop.models import Participant
from forum_desktop.ui.flow_layout import flow_row, together
from forum_desktop.ui.messages import fill
from forum_desktop.ui.method_screens.vote_entries import VoteEntries


class VoteBallotBox(QGroupBox):
    """Controls only: the screen connects them to its commands and fills them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Votes"))
        self.per_person = self._spin(self.tr("Dots per person"))
        self.per_option = self._spin(self.tr("Most dots on one option"))
        self.ballots_radio = QRadioButton(self.tr("A ballot per person"), self)
        self.hands_radio = QRadioButton(self.tr("Totals from a show of hands"), self)
        for radio in (self.ballots_radio, self.hands_radio):
            radio.setAccessibleName(radio.text())
        self.voter_combo = QComboBox(self)
        self.voter_combo.setAccessibleName(self.tr("Whose ballot"))
        self.voter_label = QLabel(self.tr("&Whose ballot:"), self)
        self.voter_label.setBuddy(self.voter_combo)
        self.entries = VoteEntries(self)
        self.empty_label = QLabel(
            self.tr("Key in the options, or add them from what was captured."), self
        )
        self.empty_label.setWordWrap(True)
        self.save_ballot_button = QPushButton(self.tr("Save the &ballot"), self)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Vote message"))
        self.ballots_label = QLabel(self)
        self.ballots_label.setWordWrap(True)
        self.ballots_label.setAccessibleName(self.tr("Ballots entered"))
        self._lay_out()

    def _spin(self, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(1, 100)
        spin.setAccessibleName(name)
        return spin

    def _lay_out(self) -> None:
        # Rows that wrap: side by side they were wider than the console at 150–200 %.
        limits: list[QWidget] = []
        for text, spin in (
            (self.tr("Do&ts per person:"), self.per_person),
            (self.tr("Ma&x on one option:"), self.per_option),
        ):
            label = QLabel(text, self)
            label.setBuddy(spin)
            limits.append(together(self, label, spin))
        column = QVBoxLayout(self)
        column.addWidget(flow_row(self, *limits))
        column.addWidget(flow_row(self, self.ballots_radio, self.hands_radio))
        column.addWidget(flow_row(self, self.voter_label, self.voter_combo))
        column.addWidget(self.entries)
        column.addWidget(self.empty_label)
        column.addWidget(self.save_ballot_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.message_label)
        column.addWidget(self.ballots_label)

    def fill_voters(self, view: VoteView, people: Sequence[Participant]) -> None:
        """The roster in the combo ("— voted" after those who did), the same person kept
        chosen, and who has a ballot in (in roster order, anonymous ballots last)."""
        keep = self.voter_combo.currentData()
        entered = [b for b in view.ballots if view.dots_of(b)]
        voted = {str(b.participant_id) for b in entered}
        self.voter_combo.blockSignals(True)
        self.voter_combo.clear()
        for person in people:
            text = (
                self.tr("%1 — voted").replace("%1", person.name)
                if str(person.id) in voted
                else person.name
            )
            self.voter_combo.addItem(text, str(person.id))
        index = self.voter_combo.findData(keep) if keep else 0
        self.voter_combo.setCurrentIndex(max(index, 0) if self.voter_combo.count() else -1)
        self.voter_combo.blockSignals(False)
        names = {person.id: person.name for person in people}
        roster_order = {person.id: place for place, person in enumerate(people)}
        entered.sort(key=lambda b: roster_order.get(b.participant_id, len(people)))  # type: ignore[arg-type]
        words = [
            self.tr("anonymous")
            if b.participant_id is None
            else names.get(b.participant_id, self.tr("someone no longer on the roster"))
            for b in entered
        ]
        self.ballots_label.setText(
            self.tr("%n ballot(s) entered: %1", "", len(words)).replace("%1", ", ".join(words))
            if words
            else self.tr("No ballot entered yet.")
        )

    def _dots(self, count: int) -> str:
        return self.tr("%n dot(s)", "", count)

    def ballot_refusal(self, name: str, problem: BallotProblem, option: str) -> str:
        """Why the ballot was refused, with ``option`` the one over its limit."""
        if problem.excess is Excess.TOO_MANY:
            return fill(
                self.tr(
                    "%1 has %2: %3 is %n too many. Take %n off, then save the ballot again.",
                    "",
                    problem.over,
                ),
                name,
                self._dots(problem.limit),
                str(problem.given),
            )
        return fill(
            self.tr(
                "%1 put %2 on “%3”: at most %4 may go on one option. "
                "Move the rest to another option."
            ),
            name,
            self._dots(problem.given),
            option,
            str(problem.limit),
        )

    def limit_refusal(self, name: str, problem: BallotProblem, option: str) -> str:
        """Why the limits were not lowered: whose ballot is over them."""
        if problem.excess is Excess.TOO_MANY:
            text = self.tr("The ballot of %1 has %2: change it before lowering the limit to %3.")
            return fill(text, name, self._dots(problem.given), str(problem.limit))
        text = self.tr(
            "The ballot of %1 has %2 on “%4”: change it before lowering the limit to %3."
        )
        return fill(text, name, self._dots(problem.given), str(problem.limit), option)
