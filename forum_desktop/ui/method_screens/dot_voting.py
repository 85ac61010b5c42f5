"""Dot voting, live: the options, the limits, each participant's ballot or the totals of a
show of hands, the running totals for the facilitator, the reveal on the projector and
the result recorded in the capture."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.methods.voting import (
    BallotProblem,
    Excess,
    ballot_over_limits,
    check_ballot,
    option_from,
    standings,
    votable,
    voters,
    votes,
)
from forum_desktop.models import MethodScreen, Outcome, OutcomeKind, VoteCount
from forum_desktop.models.screens import Ballot, DotVotingState, EntryMode, VoteOption
from forum_desktop.services.capture import outcomes_of_event
from forum_desktop.ui.method_screens.base import MethodScreenWidget
from forum_desktop.ui.method_screens.captured_picker import CapturedPicker
from forum_desktop.ui.method_screens.vote_chart import ChartRow, VoteChart
from forum_desktop.ui.method_screens.vote_entries import VoteEntries
from forum_desktop.ui.method_screens.vote_options import VoteOptionsEditor


class DotVotingScreen(MethodScreenWidget):
    screen = MethodScreen.DOT_VOTING

    def build(self) -> None:
        self._state = DotVotingState()
        self._shown: tuple[EntryMode, UUID | None, dict[UUID, int] | None] | None = None
        """What the spin boxes were filled from: a voter's stored ballot or the hands, so a
        change elsewhere (a capture, a rename) leaves what is being typed alone."""
        self.picker: CapturedPicker | None = None

        self.options = VoteOptionsEditor(self._save_options, self.remove_option, self)
        self.options.message.connect(self.say)
        self.options.pick_captured.connect(self.add_from_captured)

        self.per_person = self._spin(self.tr("Dots per person"), 1, 100)
        self.per_option = self._spin(self.tr("Most dots on one option"), 1, 100)
        self.per_person.editingFinished.connect(self._set_limits)
        self.per_option.editingFinished.connect(self._set_limits)
        self.ballots_radio = QRadioButton(self.tr("A ballot per person"), self)
        self.hands_radio = QRadioButton(self.tr("Totals from a show of hands"), self)
        for radio in (self.ballots_radio, self.hands_radio):
            radio.setAccessibleName(radio.text())
            radio.toggled.connect(self._set_mode)
        self.voter_combo = QComboBox(self)
        self.voter_combo.setAccessibleName(self.tr("Whose ballot"))
        self.voter_combo.currentIndexChanged.connect(self._on_voter)
        self.voter_label = QLabel(self.tr("&Whose ballot:"), self)
        self.voter_label.setBuddy(self.voter_combo)
        self.entries = VoteEntries(self)
        self.entries.returned.connect(self._on_return)
        self.entries.counted.connect(self._set_hand_total)
        self.empty_label = QLabel(
            self.tr("Key in the options, or add them from what was captured."), self
        )
        self.empty_label.setWordWrap(True)
        self.save_ballot_button = self._button(self.tr("Save the &ballot"), self.save_ballot)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Vote message"))
        self.ballots_label = QLabel(self)
        self.ballots_label.setWordWrap(True)
        self.ballots_label.setAccessibleName(self.tr("Ballots entered"))

        self.reveal_button = self._button("", self.toggle_reveal)
        self.record_button = self._button("", self.record_result)
        self.record_label = QLabel(self)
        self.record_label.setWordWrap(True)
        self.record_label.setAccessibleName(self.tr("Recorded result"))

        self.chart = VoteChart(self.public)
        self.public_layout.addWidget(self.chart, 1)
        self._lay_out()

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        return button

    def _spin(self, name: str, low: int, high: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setAccessibleName(name)
        return spin

    def _lay_out(self) -> None:
        vote = QGroupBox(self.tr("Votes"), self)
        limits = QHBoxLayout()
        for text, spin in (
            (self.tr("Do&ts per person:"), self.per_person),
            (self.tr("Ma&x on one option:"), self.per_option),
        ):
            label = QLabel(text, self)
            label.setBuddy(spin)
            limits.addWidget(label)
            limits.addWidget(spin)
        limits.addStretch(1)
        modes = QHBoxLayout()
        modes.addWidget(self.ballots_radio)
        modes.addWidget(self.hands_radio)
        modes.addStretch(1)
        voter = QHBoxLayout()
        voter.addWidget(self.voter_label)
        voter.addWidget(self.voter_combo, 1)
        column = QVBoxLayout(vote)
        column.addLayout(limits)
        column.addLayout(modes)
        column.addLayout(voter)
        column.addWidget(self.entries)
        column.addWidget(self.empty_label)
        column.addWidget(self.save_ballot_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.message_label)
        column.addWidget(self.ballots_label)

        results = QGroupBox(self.tr("Result"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reveal_button)
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        column = QVBoxLayout(results)
        column.addLayout(buttons)
        column.addWidget(self.record_label)

        inner = QWidget(self)
        page = QVBoxLayout(inner)
        page.addWidget(self.options)
        page.addWidget(vote)
        page.addWidget(results)
        page.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # --- showing what is stored --------------------------------------------------------

    def reload(self) -> None:
        state = self.state()
        assert isinstance(state, DotVotingState)
        self._state = state
        self.options.show_options(state.options)
        for spin, value in (
            (self.per_person, state.dots_per_person),
            (self.per_option, state.max_per_option),
        ):
            if not spin.hasFocus():
                spin.setValue(value)
        ballots = state.mode is EntryMode.BALLOTS
        for radio, checked in ((self.ballots_radio, ballots), (self.hands_radio, not ballots)):
            radio.blockSignals(True)
            radio.setChecked(checked)
            radio.blockSignals(False)
        for widget in (self.voter_label, self.voter_combo, self.save_ballot_button):
            widget.setVisible(ballots)
        self.ballots_label.setVisible(ballots)
        self._fill_voters(state)
        self._fill_entries(state)
        self._fill_results(state)

    def _fill_voters(self, state: DotVotingState) -> None:
        keep = self.voter_combo.currentData()
        voted = {str(b.participant_id) for b in state.ballots if b.dots}
        self.voter_combo.blockSignals(True)
        self.voter_combo.clear()
        people = self.people()
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
        entered = [
            names.get(b.participant_id, self.tr("someone no longer on the roster"))
            for b in state.ballots
            if b.dots
        ]
        self.ballots_label.setText(
            self.tr("%n ballot(s) entered: %1", "", len(entered)).replace("%1", ", ".join(entered))
            if entered
            else self.tr("No ballot entered yet.")
        )

    def _fill_entries(self, state: DotVotingState) -> None:
        if self.entries.show_options(state.options, self.voter_combo, self.save_ballot_button):
            self._shown = None
        ballots = state.mode is EntryMode.BALLOTS
        self.entries.show_totals(votes(state), ballots=ballots)
        if ballots:
            voter = self._voter()
            shown = (state.mode, voter, self._ballot_of(state, voter))
        else:
            shown = (state.mode, None, dict(state.hand_totals))
        if shown != self._shown:
            self._show_entries(shown)
        self.entries.setVisible(bool(state.options))
        self.empty_label.setVisible(not state.options)
        self.save_ballot_button.setEnabled(bool(state.options) and self._voter() is not None)

    def _fill_results(self, state: DotVotingState) -> None:
        self.reveal_button.setText(
            self.tr("Hide the resu&lts") if state.revealed else self.tr("Reveal the resu&lts")
        )
        recorded = self._recorded(state)
        self.record_button.setText(
            self.tr("Update the rec&orded result") if recorded else self.tr("Rec&ord the result")
        )
        for button in (self.reveal_button, self.record_button):
            button.setEnabled(bool(state.options))
        if recorded is None:
            words = self.tr("The result is not recorded yet.")
        elif recorded.fields.get("counts") == [c.model_dump() for c in self._counts(state)]:
            words = self.tr("The result is in the capture.")
        else:
            words = self.tr("The votes changed since the result was recorded: record it again.")
        self.record_label.setText(words)
        counts = votes(state)
        self.chart.show_rows(
            [
                ChartRow(option.text, place if state.revealed else None)
                for option, place in zip(state.options, standings(counts), strict=True)
            ]
        )

    # --- the options -------------------------------------------------------------------

    def _save_options(self, options: tuple[VoteOption, ...], label: str) -> bool:
        return self._save(options=options, label=label)

    def add_from_captured(self) -> None:
        found = votable(outcomes_of_event(self.context.store, self.event_id), self._state)
        if not found:
            self.say(
                self.tr(
                    "Nothing captured is left to vote on: capture ideas, insights or "
                    "recommendations first, or key in the options."
                )
            )
            return
        self.picker = CapturedPicker(found, self)
        self.picker.accepted.connect(self._add_picked)
        self.picker.open()

    def _add_picked(self) -> None:
        assert self.picker is not None
        chosen = [option_from(outcome) for outcome in self.picker.chosen()]
        self.picker.deleteLater()
        self.picker = None
        if chosen:
            self._save(
                options=(*self._state.options, *chosen),
                label=self.tr("Add options from captured items"),
            )

    def remove_option(self, gone: UUID) -> None:
        """Remove the option and the dots and hands it had (one undo step)."""
        ballots = tuple(
            b.model_copy(update={"dots": {k: v for k, v in b.dots.items() if k != gone}})
            for b in self._state.ballots
        )
        self._save(
            options=tuple(o for o in self._state.options if o.id != gone),
            ballots=ballots,
            hand_totals={k: v for k, v in self._state.hand_totals.items() if k != gone},
            label=self.tr("Remove an option"),
        )

    # --- limits and entry mode ---------------------------------------------------------

    def _set_limits(self) -> None:
        per_person, per_option = self.per_person.value(), self.per_option.value()
        state = self._state
        if (per_person, per_option) == (state.dots_per_person, state.max_per_option):
            return
        over = ballot_over_limits(state, per_person=per_person, per_option=per_option)
        if over is not None:
            who, problem = over
            self.say(self._limit_refusal(who, problem))
            self.per_person.setValue(state.dots_per_person)
            self.per_option.setValue(state.max_per_option)
            return
        self._save(
            dots_per_person=per_person,
            max_per_option=per_option,
            label=self.tr("Change the vote's limits"),
        )

    def _set_mode(self) -> None:
        mode = EntryMode.BALLOTS if self.ballots_radio.isChecked() else EntryMode.TOTALS
        if mode is not self._state.mode:
            self._save(mode=mode, label=self.tr("Change how votes are entered"))

    # --- ballots and hands -------------------------------------------------------------

    def _on_voter(self) -> None:
        voter = self._voter()
        self._show_entries((EntryMode.BALLOTS, voter, self._ballot_of(self._state, voter)))
        self.say("")

    def _on_return(self) -> None:
        """Enter saves a ballot; with a show of hands it goes on to the next option's count."""
        if self._state.mode is EntryMode.BALLOTS:
            self.save_ballot()
            return
        self.entries.focus(1)

    def save_ballot(self) -> bool:
        """Store the typed dots as the chosen person's ballot, if they keep to the limits;
        then go on to the next person who has not voted."""
        voter = self._voter()
        if voter is None:
            self.say(
                self.tr(
                    "Add people to the roster to enter their ballots, or count a show of hands."
                )
            )
            return False
        name = self._names().get(voter, "")
        dots = self.entries.typed()
        state = self._state
        problem = check_ballot(
            dots, per_person=state.dots_per_person, per_option=state.max_per_option
        )
        if problem is not None:
            self.say(self._ballot_refusal(name, problem))
            return False
        others = tuple(b for b in state.ballots if b.participant_id != voter)
        ballots = (*others, Ballot(participant_id=voter, dots=dots)) if dots else others
        label = self.tr("Enter the ballot of %1").replace("%1", name)
        if not self._save(ballots=ballots, label=label):
            return False
        given = sum(dots.values())
        self.say(
            self.tr("%1's ballot is saved: %n dot(s).", "", given).replace("%1", name)
            if dots
            else self.tr("%1 has no ballot now.").replace("%1", name)
        )
        self._next_voter(voter)
        return True

    def _next_voter(self, after: UUID) -> None:
        """The next person on the roster without a ballot, with the first option focused."""
        voted = {b.participant_id for b in self._state.ballots if b.dots}
        ids = [UUID(self.voter_combo.itemData(i)) for i in range(self.voter_combo.count())]
        start = ids.index(after) + 1 if after in ids else 0
        following = [*ids[start:], *ids[:start]]
        target = next((i for i in following if i not in voted), None)
        if target is not None:  # quietly: the saved ballot's message stays
            self.voter_combo.blockSignals(True)
            self.voter_combo.setCurrentIndex(self.voter_combo.findData(str(target)))
            self.voter_combo.blockSignals(False)
            self._show_entries((EntryMode.BALLOTS, target, self._ballot_of(self._state, target)))
        self.entries.focus()

    def _set_hand_total(self, option_id: UUID, count: int) -> None:
        state = self._state
        if state.mode is not EntryMode.TOTALS or state.hand_totals.get(option_id, 0) == count:
            return
        totals = {**state.hand_totals, option_id: count}
        self._save(hand_totals=totals, label=self.tr("Count a show of hands"))

    # --- the result --------------------------------------------------------------------

    def toggle_reveal(self) -> None:
        revealed = not self._state.revealed
        label = self.tr("Reveal the results") if revealed else self.tr("Hide the results")
        self._save(revealed=revealed, label=label)

    def record_result(self) -> UUID | None:
        """Put the result in the capture, or bring the recorded one up to date; its id."""
        state = self._state
        if not state.options:
            self.say(self.tr("There is nothing to record: add the options first."))
            return None
        text = self.item.guiding_question or self.item.title
        fields = {"counts": [c.model_dump() for c in self._counts(state)], "voters": voters(state)}
        recorded = self._recorded(state)
        label = self.tr("Record the vote's result")
        if recorded is not None:
            result = self.context.run(
                "update_outcome", label, outcome_id=recorded.id, text=text, fields=fields
            )
            if result is None:
                return None
            self.say(self.tr("The recorded result is up to date."))
            return recorded.id
        stack = self.context.undo_stack
        stack.beginMacro(label)  # the entry and the vote's link to it: one undo step
        try:
            outcome_id = self.capture(OutcomeKind.VOTE_RESULT, text, label, **fields)
            if outcome_id is not None:
                self._save(result_id=outcome_id, label=label)
        finally:
            stack.endMacro()
        if outcome_id is not None:
            self.say(self.tr("The result is recorded in the capture."))
        return outcome_id

    # --- helpers -----------------------------------------------------------------------

    def say(self, text: str) -> None:
        self.message_label.setText(text)

    def _save(self, *, label: str, **changes: object) -> bool:
        state = self._state.model_copy(update=changes)
        return self.save_state(state, label)

    def _voter(self) -> UUID | None:
        data = self.voter_combo.currentData()
        return UUID(data) if data else None

    @staticmethod
    def _ballot_of(state: DotVotingState, voter: UUID | None) -> dict[UUID, int] | None:
        return next((dict(b.dots) for b in state.ballots if b.participant_id == voter), None)

    def _show_entries(self, shown: tuple[EntryMode, UUID | None, dict[UUID, int] | None]) -> None:
        self._shown = shown
        self.entries.fill(shown[2] or {})

    def _names(self) -> dict[UUID, str]:
        return {person.id: person.name for person in self.people()}

    def _counts(self, state: DotVotingState) -> list[VoteCount]:
        return [
            VoteCount(option=option.text, votes=count)
            for option, count in zip(state.options, votes(state), strict=True)
        ]

    def _recorded(self, state: DotVotingState) -> Outcome | None:
        """The result recorded earlier, unless it was deleted since."""
        return self.context.store.get(Outcome, state.result_id) if state.result_id else None

    def _dots(self, count: int) -> str:
        return self.tr("%n dot(s)", "", count)

    def _ballot_refusal(self, name: str, problem: BallotProblem) -> str:
        if problem.excess is Excess.TOO_MANY:
            return (
                self.tr(
                    "%1 has %2: %3 is %n too many. Take %n off, then save the ballot again.",
                    "",
                    problem.over,
                )
                .replace("%1", name)
                .replace("%2", self._dots(problem.limit))
                .replace("%3", str(problem.given))
            )
        return (
            self.tr(
                "%1 put %2 on “%3”: at most %4 may go on one option. "
                "Move the rest to another option."
            )
            .replace("%1", name)
            .replace("%2", self._dots(problem.given))
            .replace("%3", self._option_text(problem.option_id))
            .replace("%4", str(problem.limit))
        )

    def _limit_refusal(self, who: UUID, problem: BallotProblem) -> str:
        name = self._names().get(who, self.tr("someone no longer on the roster"))
        if problem.excess is Excess.TOO_MANY:
            text = self.tr("The ballot of %1 has %2: change it before lowering the limit to %3.")
            return (
                text.replace("%1", name)
                .replace("%2", self._dots(problem.given))
                .replace("%3", str(problem.limit))
            )
        text = self.tr(
            "The ballot of %1 has %2 on “%4”: change it before lowering the limit to %3."
        )
        return (
            text.replace("%1", name)
            .replace("%2", self._dots(problem.given))
            .replace("%3", str(problem.limit))
            .replace("%4", self._option_text(problem.option_id))
        )

    def _option_text(self, option_id: UUID | None) -> str:
        return next((o.text for o in self._state.options if o.id == option_id), "")
