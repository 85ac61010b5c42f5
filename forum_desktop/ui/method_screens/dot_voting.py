"""Dot voting, live: the options, the limits, each participant's ballot or the totals of a
show of hands, the running totals for the facilitator, the reveal on the projector and
the result recorded in the capture.

Input and display only: each act is a core command (``services.vote``) and everything
shown is read from the vote's records (``methods.dot_vote``) after every change."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.methods.dot_vote import VoteView, vote_view
from forum_desktop.methods.idea_acts import event_themes, ideas_view
from forum_desktop.methods.voting import option_text, standings, votable
from forum_desktop.models import MethodScreen, Outcome, VoteCount
from forum_desktop.models.vote import EntryMode
from forum_desktop.services.capture import outcomes_of_event
from forum_desktop.services.commands import Command
from forum_desktop.services.operations import OpResult
from forum_desktop.services.vote import (
    AddOptions,
    BallotRefusedError,
    CastBallot,
    CountHands,
    NewOption,
    RecordResult,
    Reveal,
    SetEntryMode,
    SetVoteLimits,
    VoteError,
)
from forum_desktop.ui.flow_layout import FlowLayout
from forum_desktop.ui.method_screens.base import MethodScreenWidget
from forum_desktop.ui.method_screens.captured_picker import CapturedPicker
from forum_desktop.ui.method_screens.themes_public import shown_ideas
from forum_desktop.ui.method_screens.vote_ballot_box import VoteBallotBox
from forum_desktop.ui.method_screens.vote_chart import ChartRow, VoteChart
from forum_desktop.ui.method_screens.vote_options import VoteOptionsEditor
from forum_desktop.ui.notice_texts import notice_text
from forum_desktop.ui.projector import LEADS

LIST_LINES = 12
"""The lines of text the options and votes keep in view, however large the text."""


class DotVotingScreen(MethodScreenWidget):
    kind = MethodScreen.DOT_VOTING

    def build(self) -> None:
        self._view: VoteView | None = None
        self._shown: tuple[EntryMode, UUID | None, dict[UUID, int] | None] | None = None
        """What the spin boxes were filled from: a voter's stored ballot or the hands, so a
        change elsewhere (a capture, a rename) leaves what is being typed alone."""
        self.picker: CapturedPicker | None = None

        self.options = VoteOptionsEditor(self.item.id, self.run_command, self)
        self.options.message.connect(self.say)
        self.options.pick_captured.connect(self.add_from_captured)

        self.ballot_box = box = VoteBallotBox(self)
        self.per_person, self.per_option = box.per_person, box.per_option
        self.ballots_radio, self.hands_radio = box.ballots_radio, box.hands_radio
        self.voter_combo, self.voter_label, self.entries = (
            box.voter_combo,
            box.voter_label,
            box.entries,
        )
        self.empty_label, self.save_ballot_button = box.empty_label, box.save_ballot_button
        self.message_label, self.ballots_label = box.message_label, box.ballots_label
        self.per_person.editingFinished.connect(self._set_limits)
        self.per_option.editingFinished.connect(self._set_limits)
        for radio in (self.ballots_radio, self.hands_radio):
            radio.toggled.connect(self._set_mode)
        self.voter_combo.currentIndexChanged.connect(self._on_voter)
        self.entries.returned.connect(self._on_return)
        self.entries.counted.connect(self._set_hand_total)
        self.save_ballot_button.clicked.connect(self.save_ballot)

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

    def _lay_out(self) -> None:
        results = QGroupBox(self.tr("Result"), self)
        # One row where it fits (the ballots above keep the height), wrapped where the
        # text size makes it wider than the screen's room.
        row = FlowLayout(results)
        row.addWidget(self.reveal_button)
        row.addWidget(self.record_button)
        row.addWidget(self.record_label)

        inner = QWidget(self)
        page = QVBoxLayout(inner)
        page.addWidget(self.options)
        page.addWidget(self.ballot_box)
        page.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        # Room for the options and a few votes whatever the text size: at 200 % the
        # lists got 150 px; the console then scrolls to the result instead.
        scroll.setMinimumHeight(LIST_LINES * self.fontMetrics().lineSpacing())
        self.lists_area = scroll
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        # Under the scrolled lists, always in view: at 1024×768 the reveal was below them.
        outer.addWidget(results)

    # --- showing what is stored --------------------------------------------------------

    @property
    def view(self) -> VoteView:
        if self._view is None:
            self._view = vote_view(self.context.store, self.item.id)
        return self._view

    def reload(self) -> None:
        view = self._view = vote_view(self.context.store, self.item.id)
        settings = view.settings
        self.options.show_options(view.options)
        for spin, value in (
            (self.per_person, settings.dots_per_person),
            (self.per_option, settings.max_per_option),
        ):
            if not spin.hasFocus():
                spin.setValue(value)
        ballots = settings.mode is EntryMode.BALLOTS
        for radio, checked in ((self.ballots_radio, ballots), (self.hands_radio, not ballots)):
            radio.blockSignals(True)
            radio.setChecked(checked)
            radio.blockSignals(False)
        for widget in (self.voter_label, self.voter_combo, self.save_ballot_button):
            widget.setVisible(ballots)
        self.ballots_label.setVisible(ballots)
        self.ballot_box.fill_voters(view, self.people())
        self._fill_entries(view)
        self._fill_results(view)

    def _fill_entries(self, view: VoteView) -> None:
        if self.entries.show_options(view.options, self.voter_combo, self.save_ballot_button):
            self._shown = None
        mode = view.settings.mode
        ballots = mode is EntryMode.BALLOTS
        self.entries.show_totals(view.votes(), ballots=ballots)
        if ballots:
            voter = self._voter()
            shown = (mode, voter, self._ballot_of(view, voter))
        else:
            shown = (mode, None, {o.id: o.hands for o in view.options if o.hands})
        if shown != self._shown:
            self._show_entries(shown)
        self.entries.setVisible(bool(view.options))
        self.empty_label.setVisible(not view.options)
        self.save_ballot_button.setEnabled(bool(view.options) and self._voter() is not None)

    def _fill_results(self, view: VoteView) -> None:
        revealed = view.settings.revealed
        self.reveal_button.setText(
            self.tr("Hide the resu&lts") if revealed else self.tr("Reveal the resu&lts")
        )
        recorded = self._recorded(view)
        self.record_button.setText(
            self.tr("Update the rec&orded result") if recorded else self.tr("Rec&ord the result")
        )
        for button in (self.reveal_button, self.record_button):
            button.setEnabled(bool(view.options))
        if recorded is None:
            words = self.tr("The result is not recorded yet.")
        elif recorded.fields.get("counts") == [c.model_dump() for c in self._counts(view)]:
            words = self.tr("The result is in the capture.")
        else:
            words = self.tr("The votes changed since the result was recorded: record it again.")
        self.record_label.setText(words)
        ideas = self._theme_ideas(view)
        self.public.setProperty(LEADS, revealed)  # the result is what the room reads now
        self.chart.show_rows(
            [
                ChartRow(option.text, place if revealed else None, ideas.get(option.id, ()))
                for option, place in zip(view.options, standings(view.votes()), strict=True)
            ]
        )

    def _theme_ideas(self, view: VoteView) -> dict[UUID, tuple[str, ...]]:
        """The ideas the room may see of each option that is a theme, by option."""
        sources = {option.source_id: option.id for option in view.options if option.source_id}
        if not sources:
            return {}
        store = self.context.store
        found: dict[UUID, tuple[str, ...]] = {}
        # Per item: its ideas as the room may see them (a phone's once approved).
        shown: dict[UUID, dict[UUID, str]] = {}
        for theme in event_themes(store, self.event_id):
            if theme.id in sources:
                if theme.item_id not in shown:
                    shown[theme.item_id] = shown_ideas(store, ideas_view(store, theme.item_id))
                texts = shown[theme.item_id]
                found[sources[theme.id]] = tuple(
                    texts[idea] for idea in theme.idea_ids if idea in texts
                )
        return found

    # --- running the vote's commands ---------------------------------------------------

    def run_command(self, command: Command, label: str) -> OpResult | None:
        """Run one act as an undo step; a refusal is said on the screen (None then)."""
        try:
            return self.context.execute(command, label, reraise=(VoteError,))
        except BallotRefusedError as error:
            name = self._name(error.voter)
            option = self._option_text(error.problem.option_id)
            if isinstance(command, SetVoteLimits):
                self.say(self.ballot_box.limit_refusal(name, error.problem, option))
            else:
                self.say(self.ballot_box.ballot_refusal(name, error.problem, option))
        except VoteError as error:
            self.say(notice_text(error.notice))
        return None

    # --- the options -------------------------------------------------------------------

    def add_from_captured(self) -> None:
        outcomes = outcomes_of_event(self.context.store, self.event_id)
        found = votable(outcomes, self.view)
        themes = self._theme_rows(outcomes)
        if not found and not themes:
            self.say(
                self.tr(
                    "Nothing captured is left to vote on: capture ideas, insights or "
                    "recommendations first, or key in the options."
                )
            )
            return
        self.picker = CapturedPicker(found, self, themes)
        self.picker.accepted.connect(self._add_picked)
        self.picker.open()

    def _theme_rows(self, outcomes: list[Outcome]) -> list[tuple[UUID, str]]:
        """The event's themes not voted on yet, each with its ideas' words."""
        taken = {option.source_id for option in self.view.options}
        texts = {outcome.id: " ".join(outcome.text.split()) for outcome in outcomes}
        rows = []
        for theme in event_themes(self.context.store, self.event_id):
            if theme.id not in taken:
                ideas = "; ".join(texts[idea] for idea in theme.idea_ids if idea in texts)
                words = self.tr("Theme: %1").replace("%1", theme.name)
                rows.append((theme.id, f"{words} ({ideas})" if ideas else words))
        return rows

    def _add_picked(self) -> None:
        assert self.picker is not None
        chosen = tuple(
            NewOption(text=option_text(outcome.text), source_id=outcome.id)
            for outcome in self.picker.chosen()
        )
        themes = tuple(self.picker.chosen_themes())
        self.picker.deleteLater()
        self.picker = None
        if chosen or themes:
            command = AddOptions(item_id=self.item.id, options=chosen, theme_ids=themes)
            self.run_command(command, self.tr("Add options from captured items"))

    # --- limits and entry mode ---------------------------------------------------------

    def _set_limits(self) -> None:
        per_person, per_option = self.per_person.value(), self.per_option.value()
        settings = self.view.settings
        if (per_person, per_option) == (settings.dots_per_person, settings.max_per_option):
            return
        command = SetVoteLimits(
            item_id=self.item.id, dots_per_person=per_person, max_per_option=per_option
        )
        if self.run_command(command, self.tr("Change the vote's limits")) is None:
            self.per_person.setValue(settings.dots_per_person)
            self.per_option.setValue(settings.max_per_option)

    def _set_mode(self) -> None:
        mode = EntryMode.BALLOTS if self.ballots_radio.isChecked() else EntryMode.TOTALS
        if mode is not self.view.settings.mode:
            command = SetEntryMode(item_id=self.item.id, mode=mode)
            self.run_command(command, self.tr("Change how votes are entered"))

    # --- ballots and hands -------------------------------------------------------------

    def _on_voter(self) -> None:
        voter = self._voter()
        self._show_entries((EntryMode.BALLOTS, voter, self._ballot_of(self.view, voter)))
        self.say("")

    def _on_return(self) -> None:
        """Enter saves a ballot; with a show of hands it goes on to the next option's count."""
        if self.view.settings.mode is EntryMode.BALLOTS:
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
        name = self._name(voter)
        dots = self.entries.typed()
        label = self.tr("Enter the ballot of %1").replace("%1", name)
        command = CastBallot(item_id=self.item.id, participant_id=voter, dots=dots)
        if self.run_command(command, label) is None:
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
        view = self.view
        voted = {b.participant_id for b in view.ballots if view.dots_of(b)}
        ids = [UUID(self.voter_combo.itemData(i)) for i in range(self.voter_combo.count())]
        start = ids.index(after) + 1 if after in ids else 0
        following = [*ids[start:], *ids[:start]]
        target = next((i for i in following if i not in voted), None)
        if target is not None:  # quietly: the saved ballot's message stays
            self.voter_combo.blockSignals(True)
            self.voter_combo.setCurrentIndex(self.voter_combo.findData(str(target)))
            self.voter_combo.blockSignals(False)
            self._show_entries((EntryMode.BALLOTS, target, self._ballot_of(view, target)))
        self.entries.focus()

    def _set_hand_total(self, option_id: UUID, count: int) -> None:
        view = self.view
        option = view.option(option_id)
        if view.settings.mode is not EntryMode.TOTALS or option is None or option.hands == count:
            return
        command = CountHands(option_id=option_id, hands=count)
        self.run_command(command, self.tr("Count a show of hands"))

    # --- the result --------------------------------------------------------------------

    def toggle_reveal(self) -> None:
        revealed = not self.view.settings.revealed
        label = self.tr("Reveal the results") if revealed else self.tr("Hide the results")
        self.run_command(Reveal(item_id=self.item.id, revealed=revealed), label)

    def record_result(self) -> UUID | None:
        """Put the result in the capture, or bring the recorded one up to date; its id."""
        if not self.view.options:
            self.say(self.tr("There is nothing to record: add the options first."))
            return None
        snapshot = self.controller.snapshot
        current = snapshot.current if snapshot else None
        phase = current.entry.item.title if current and current.item_id != self.item.id else ""
        recorded = self._recorded(self.view)
        command = RecordResult(
            item_id=self.item.id,
            session_id=self.controller.session_id or self.item.session_id,
            phase=phase,
            offset_seconds=int(current.elapsed_seconds) if current else None,
        )
        result = self.run_command(command, self.tr("Record the vote's result"))
        if result is None:
            return None
        self.say(
            self.tr("The recorded result is up to date.")
            if recorded
            else self.tr("The result is recorded in the capture.")
        )
        return result.value  # type: ignore[no-any-return]

    # --- helpers -----------------------------------------------------------------------

    def say(self, text: str) -> None:
        self.message_label.setText(text)

    def _voter(self) -> UUID | None:
        data = self.voter_combo.currentData()
        return UUID(data) if data else None

    @staticmethod
    def _ballot_of(view: VoteView, voter: UUID | None) -> dict[UUID, int] | None:
        ballot = view.ballot_of(voter)
        return view.dots_of(ballot) if ballot else None

    def _show_entries(self, shown: tuple[EntryMode, UUID | None, dict[UUID, int] | None]) -> None:
        self._shown = shown
        self.entries.fill(shown[2] or {})

    def _name(self, who: UUID | None) -> str:
        if who is None:
            return self.tr("anonymous")
        names = {person.id: person.name for person in self.people()}
        return names.get(who, self.tr("someone no longer on the roster"))

    def _counts(self, view: VoteView) -> list[VoteCount]:
        return [VoteCount(option=t.option.text, votes=t.votes) for t in view.tallies]

    def _recorded(self, view: VoteView) -> Outcome | None:
        """The result recorded earlier, unless it was deleted since."""
        result_id = view.settings.result_id
        return self.context.store.get(Outcome, result_id) if result_id else None

    def _option_text(self, option_id: UUID | None) -> str:
        option = self.view.option(option_id)
        return option.text if option else ""
