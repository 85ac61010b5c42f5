"""The round-robin's live screen: the speaking order, the turn and its timer, each
person's answer captured against their name, skips that come back, absences.

Input and display only: each act is a command of ``services/round_robin.py`` (one undo
step); what is shown is ``methods.round_robin.round_view`` of the turn records. Under
the round, its answers are grouped into themes with 1-2-4-All's theme commands."""

from __future__ import annotations

import random
from uuid import UUID

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QListWidgetItem,
    QSizePolicy,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
)

from forum_desktop.export.isolation import isolate
from forum_desktop.methods.idea_acts import (
    GroupIdeasIntoTheme,
    MergeThemes,
    RenameTheme,
    ideas_view,
)
from forum_desktop.methods.round_robin import RoundView, round_overrun, round_view
from forum_desktop.models import MethodScreen, Outcome, OutcomeKind, Participant
from forum_desktop.services.commands import Command
from forum_desktop.services.round_robin import (
    GiveTurn,
    MarkAbsent,
    MoveInOrder,
    NextPerson,
    OrderAsRoster,
    RoundRobinError,
    SetTimeEach,
    Shuffle,
    Skip,
)
from forum_desktop.timing.display import countdown
from forum_desktop.timing.snapshot import Snapshot
from forum_desktop.ui import room_language
from forum_desktop.ui.messages import fill
from forum_desktop.ui.method_screens.acts import act
from forum_desktop.ui.method_screens.base import MethodScreenWidget
from forum_desktop.ui.method_screens.round_robin_panel import RoundRobinPanel
from forum_desktop.ui.method_screens.round_robin_public import RoundRobinPublic
from forum_desktop.ui.method_screens.round_robin_themes import RoundRobinThemes
from forum_desktop.ui.method_screens.themes_public import room_themes, shown_ideas
from forum_desktop.ui.notice_texts import notice_text

ID_ROLE = Qt.ItemDataRole.UserRole


def time_words(spoken: float, allotted: int, words: tuple[str, str, str]) -> str:
    """The speaker's time with ``words`` (counting up, over, left) in the console's or
    the room's language."""
    counting, over, left = words
    if not allotted:
        return counting.replace("%1", countdown(spoken))
    if spoken > allotted:
        return over.replace("%1", countdown(allotted - spoken).lstrip("+"))
    return left.replace("%1", countdown(allotted - spoken))


class RoundRobinScreen(MethodScreenWidget):
    kind = MethodScreen.ROUND_ROBIN

    def build(self) -> None:
        self.rng = random.Random()
        """Draws each shuffle's seed; a test seeds it."""
        self.round = RoundView()
        """The round as stored, over today's roster."""
        self._people: dict[UUID, Participant] = {}
        self.answers: dict[UUID, list[str]] = {}

        self.panel = panel = RoundRobinPanel(self)
        self.answer_themes = RoundRobinThemes(self)
        themes = self.answer_themes.themes
        themes.group_requested.connect(self.group_chosen)
        themes.name_edit.returnPressed.connect(self.group_chosen)
        themes.rename_requested.connect(self.rename_theme)
        themes.merge_requested.connect(self.merge_theme)
        themes.ideas_dropped.connect(self.group_dropped)
        # A tab of its own: under the round it would make the console taller than the
        # screen. A tab bar over a stack, not a QTabWidget: the keys' help lists the
        # screen's keys under the method's own tab.
        self.pages = QStackedWidget(self)
        self.pages.addWidget(panel)
        self.pages.addWidget(self.answer_themes)
        self.tabs = QTabBar(self)
        self.tabs.addTab(self.tr("The round"))
        self.tabs.addTab(self.tr("Themes of the answers"))
        self.tabs.currentChanged.connect(self._show_page)
        self._show_page(0)
        self.addAction(self.answer_themes.group_action)
        self.answer_themes.group_action.triggered.connect(lambda *_: self.themes_key())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        layout.addWidget(self.pages)
        # The controls under the names the screen and its tests use.
        self.progress_label, self.now_label = panel.progress_label, panel.now_label
        self.next_label, self.question_label = panel.next_label, panel.question_label
        self.order_list, self.skipped_list = panel.order_list, panel.skipped_list
        self.skipped_label, self.answer_edit = panel.skipped_label, panel.answer_edit
        self.next_button, self.skip_button = panel.next_button, panel.skip_button
        self.call_back_button, self.absent_button = panel.call_back_button, panel.absent_button
        self.shuffle_button, self.roster_button = panel.shuffle_button, panel.roster_button
        self.seconds_spin = panel.seconds_spin
        actions = [panel.next_action, panel.skip_action]
        self.addActions([*actions, panel.move_up_action, panel.move_down_action])  # screen-wide
        self.run_keys = actions  # F4, Shift+F4 from anywhere in the Run tab
        self.order_list.model().rowsMoved.connect(self._on_rows_moved)
        self.order_list.currentItemChanged.connect(lambda *_: self._refresh_buttons())
        self.skipped_list.currentItemChanged.connect(lambda *_: self._refresh_buttons())
        self.answer_edit.returnPressed.connect(self.next_person)
        self.next_button.clicked.connect(self.next_person)
        self.skip_button.clicked.connect(self.skip)
        self.call_back_button.clicked.connect(self.call_back)
        self.absent_button.clicked.connect(self.toggle_absent)
        self.shuffle_button.clicked.connect(self.shuffle)
        self.roster_button.clicked.connect(self.roster_order)
        self.seconds_spin.editingFinished.connect(self._on_seconds)
        panel.next_action.triggered.connect(lambda *_: self.next_person())
        panel.skip_action.triggered.connect(lambda *_: self.skip())
        panel.move_up_action.triggered.connect(lambda *_: self.move_in_order(-1))
        panel.move_down_action.triggered.connect(lambda *_: self.move_in_order(1))
        self.room = RoundRobinPublic(self.public)
        self.public_layout.addWidget(self.room)

    # --- showing what is stored --------------------------------------------------------

    def _show_page(self, index: int) -> None:
        """Only the page shown counts towards the screen's minimum size: the themes' long
        buttons widened the round past the Run tab's room at 200 % text."""
        for page in (self.pages.widget(number) for number in range(self.pages.count())):
            assert page is not None  # numbers below the count
            shown = page is self.pages.widget(index)
            policy = QSizePolicy.Policy.Preferred if shown else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.pages.setCurrentIndex(index)

    def reload(self) -> None:
        people = self.people()
        self._people = {person.id: person for person in people}
        self.round = round_view(self.context.store, self.item.id, self.event_id)
        self.answers = self._load_answers()
        self._fill_order()
        self._fill_skipped()
        self._show_answer_themes()
        if not self.seconds_spin.hasFocus():
            self.seconds_spin.setValue(self.round.seconds_each)
        question = self.item.guiding_question.strip()
        self.question_label.setText(
            self.tr("Guiding question: %1").replace("%1", question) if question else ""
        )
        self._show_overrun()
        self._show_turn()
        self._refresh_buttons()

    def _show_overrun(self) -> None:
        """Say when the people in the round × the time each exceed the round's phase."""
        overrun = round_overrun(self.context.store, self.item.id, self.round)
        label = self.panel.overrun_label
        label.setVisible(overrun is not None)
        if overrun is None:
            label.clear()
            return
        label.setText(
            fill(
                self.tr("%1 people × %2 = %3: more than the %4 min of “%5”."),
                str(overrun.people),
                countdown(overrun.seconds_each),
                countdown(overrun.seconds),
                str(overrun.phase.planned_minutes),
                overrun.phase.title,
            )
        )

    def _load_answers(self) -> dict[UUID, list[str]]:
        answers: dict[UUID, list[str]] = {}
        where = {"item_id": self.item.id, "kind": OutcomeKind.ANSWER.value}
        for outcome in self.context.store.select(Outcome, where, order_by="captured_at"):
            speaker = outcome.fields.get("speaker_id")
            if speaker:
                answers.setdefault(UUID(speaker), []).append(outcome.text)
        return answers

    def _show_answer_themes(self) -> None:
        view = ideas_view(self.context.store, self.item.id)
        speakers = {
            answer.id: self.name(UUID(speaker)) or str(answer.fields.get("speaker_name", ""))
            for answer in view.ideas
            if (speaker := answer.fields.get("speaker_id"))
        }
        self.answer_themes.show_answers(view, speakers)
        # The room sees the themes with their answers (a phone's once approved), no names.
        self.room.themes.show_themes(room_themes(view, shown_ideas(self.context.store, view)))

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
        place, total = self.round.progress()
        following = self.round.next_speaker()
        if self.round.finished():
            progress = self.tr("Round complete: all %n have spoken", "", total)
        elif self.round.current is None and not self.round.done:
            progress = self.tr("%n people in the round", "", total)
        else:
            progress = fill(self.tr("%1 of %2"), str(place), str(total))
        current = self.name(self.round.current)
        self.progress_label.setText(progress)
        if current:
            now = self.tr("Speaking now: %1").replace("%1", current)
        elif self.round.finished():
            now = self.tr("Everyone present has spoken.")
        elif not total:
            now = self.tr("Nobody is in the round: add people in the Roster tab.")
        else:
            now = self.tr("Nobody has the floor: press Next person (F4) to give it.")
        self.now_label.setText(now)
        self.next_label.setText(
            self.tr("Next: %1").replace("%1", self.name(following)) if following else ""
        )
        self._show_room(current, following, place, total)
        self._show_time(self.controller.snapshot)

    def _show_room(self, current: str, following: UUID | None, place: int, total: int) -> None:
        """The same turn as the projector shows it, in the event's language."""
        says = room_language.room()
        if self.round.finished():
            progress = says.translate("RoundRobinPublic", "Round complete: everyone has spoken")
        elif self.round.current is None and not self.round.done:
            in_round = says.translate("RoundRobinPublic", "People in the round: %1")
            progress = in_round.replace("%1", str(total))
        else:
            progress = fill(says.translate("RoundRobinPublic", "%1 of %2"), str(place), str(total))
        public = self.room
        question = self.item.guiding_question.strip()
        public.show_text(public.question, question if self._question_is_ours() else "")
        now = says.translate("RoundRobinPublic", "Now: %1")
        # A name written right to left is isolated: "Now: " stays first, the name whole.
        public.show_text(public.now, now.replace("%1", isolate(current)) if current else "")
        following_words = says.translate("RoundRobinPublic", "Next: %1")
        public.show_text(
            public.next,
            following_words.replace("%1", isolate(self.name(following))) if following else "",
        )
        public.show_text(public.progress, progress)

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
        words = time_words(
            spoken,
            turn.allotted_seconds,
            (self.tr("%1 spoken"), self.tr("Time is up: over by %1"), self.tr("%1 left")),
        )
        says = room_language.room()
        public = time_words(
            spoken,
            turn.allotted_seconds,
            (
                says.translate("RoundRobinPublic", "%1 spoken"),
                says.translate("RoundRobinPublic", "Time is up: over by %1"),
                says.translate("RoundRobinPublic", "%1 left"),
            ),
        )
        self.room.show_text(self.room.time, public)
        self.now_label.setText(
            fill(self.tr("Speaking now: %1 (%2)"), self.name(turn.participant_id), words)
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

    def _do(self, command: Command, label: str) -> bool:
        """Run one act as one undo step; a refusal is said in the run console."""
        try:
            result = self.context.execute(command, label, reraise=(RoundRobinError,))
        except RoundRobinError as refused:
            self.controller.notice.emit(notice_text(refused.notice))
            return False
        return result is not None

    def _timed(self) -> bool:
        """The session runs: the speaker timer follows the turn (the order may be
        prepared before)."""
        snapshot = self.controller.snapshot
        return snapshot is not None and snapshot.current is not None

    def next_person(self) -> None:
        """Save what was typed as the speaker's answer, then give the next person the floor."""
        text = self.answer_edit.text().strip()
        if not text and self.round.current is None and self.round.next_speaker() is None:
            self.controller.notice.emit(self.now_label.text())  # nobody left to call
            return
        snapshot = self.controller.snapshot
        current = snapshot.current if snapshot else None
        phase = current.entry.item.title if current and current.item_id != self.item.id else ""
        command = NextPerson(
            item_id=self.item.id,
            at=self.controller.clock.now(),
            timed=self._timed(),
            answer=text,
            session_id=self.controller.session_id,
            phase=phase,
            item_offset_seconds=int(current.elapsed_seconds) if current else None,
        )
        if self._do(command, self.tr("Next person")):
            self.answer_edit.clear()
        self.answer_edit.setFocus()

    def skip(self) -> None:
        if self.round.current is not None:
            at = self.controller.clock.now()
            skip = Skip(item_id=self.item.id, at=at, timed=self._timed())
            self._do(skip, self.tr("Skip for now"))

    def call_back(self) -> None:
        person = self._to_call_back()
        if person is not None:
            label = self.tr("Call back %1").replace("%1", self.name(person))
            at = self.controller.clock.now()
            turn = GiveTurn(item_id=self.item.id, at=at, timed=self._timed(), participant_id=person)
            self._do(turn, label)
            self.answer_edit.setFocus()

    def toggle_absent(self) -> None:
        person = self.selected_person()
        if person is None:
            return
        absent = person not in self.round.absent
        label = self.tr("Mark absent") if absent else self.tr("Mark present")
        at = self.controller.clock.now()
        mark = MarkAbsent(
            item_id=self.item.id, at=at, timed=self._timed(), participant_id=person, absent=absent
        )
        self._do(mark, label)

    def shuffle(self) -> None:
        at = self.controller.clock.now()
        shuffle = Shuffle(item_id=self.item.id, at=at, seed=self.rng.randrange(2**31))
        self._do(shuffle, self.tr("Shuffle the order"))

    def roster_order(self) -> None:
        at = self.controller.clock.now()
        self._do(OrderAsRoster(item_id=self.item.id, at=at), self.tr("Order as on the roster"))

    def _move_to(self, person: UUID, place: int) -> None:
        at = self.controller.clock.now()
        move = MoveInOrder(item_id=self.item.id, at=at, participant_id=person, to=place)
        self._do(move, self.tr("Change the order"))
        self.select(person)

    def move_in_order(self, step: int) -> None:
        """Move the chosen person up (-1) or down (+1) in the order; they stay chosen."""
        person = self.selected_person()
        if person is None:
            return
        self._move_to(person, self.round.order.index(person) + step)
        self.order_list.setFocus()

    def _on_rows_moved(self, *_: QModelIndex | int) -> None:
        # After the drop has finished: saving refills the list the drop is moving in.
        QTimer.singleShot(0, self._take_dragged_order)

    def _take_dragged_order(self) -> None:
        """A name was dragged: it moves to where it was dropped."""
        rows = range(self.order_list.count())
        order = [person for row in rows if (person := self._id_of(self.order_list.item(row)))]
        before = list(self.round.order)
        if len(order) != len(before):
            return
        pairs = enumerate(zip(order, before, strict=True))
        changed = next((n for n, (now, was) in pairs if now != was), None)
        if changed is None:
            return
        for person in (order[changed], before[changed]):  # moved up, or moved down
            if [p for p in order if p != person] == [p for p in before if p != person]:
                self._move_to(person, order.index(person))
                return

    def _on_seconds(self) -> None:
        seconds = self.seconds_spin.value()
        if seconds != self.round.seconds_each:
            time_each = SetTimeEach(item_id=self.item.id, seconds=seconds)
            self._do(time_each, self.tr("Time for each person"))

    # --- the answers' themes -------------------------------------------------------------

    def themes_key(self) -> None:
        """Ctrl+G: to the answers to choose, then (chosen) to the theme's name."""
        if self.pages.currentWidget() is not self.answer_themes:
            self.tabs.setCurrentIndex(self.pages.indexOf(self.answer_themes))
            self.answer_themes.answer_list.setFocus()
        else:
            self.answer_themes.ask_name()

    def group_chosen(self) -> None:
        """The chosen answers go into the theme named (an existing one, else a new one)."""
        answers = self.answer_themes.chosen_answers()
        themes = self.answer_themes.themes
        if not answers:
            self.controller.notice.emit(self.tr("Choose the answers to group in the list first."))
            self.answer_themes.answer_list.setFocus()
            return
        command = GroupIdeasIntoTheme(
            item_id=self.item.id,
            idea_ids=answers,
            theme_id=themes.named_theme(),
            name=themes.name(),
        )
        label = self.tr("Group answers into a theme")
        if act(self.context, self.controller, command, label) is not None:
            themes.name_edit.clear()
            self.answer_themes.answer_list.setFocus()

    def group_dropped(self, answers: tuple[UUID, ...], theme: UUID | None, name: str) -> None:
        """Answers dragged onto a theme (or onto "new theme", named ``name``)."""
        command = GroupIdeasIntoTheme(
            item_id=self.item.id, idea_ids=answers, theme_id=theme, name=name
        )
        label = self.tr("Group answers into a theme")
        if act(self.context, self.controller, command, label) is not None and name:
            self.answer_themes.themes.name_edit.clear()

    def rename_theme(self) -> None:
        themes = self.answer_themes.themes
        theme = themes.chosen_theme()
        if theme is not None:
            command = RenameTheme(theme_id=theme, name=themes.name())
            act(self.context, self.controller, command, self.tr("Rename a theme"))

    def merge_theme(self) -> None:
        themes = self.answer_themes.themes
        source, target = themes.chosen_theme(), themes.named_theme()
        if source is None:
            return
        if target is None:
            self.controller.notice.emit(
                self.tr("Type the name of the theme to merge the chosen one into.")
            )
            themes.name_edit.setFocus()
            return
        command = MergeThemes(source_id=source, target_id=target)
        act(self.context, self.controller, command, self.tr("Merge two themes"))
