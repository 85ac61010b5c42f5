"""The live screen of a peer review of practices: the cases, each case's phase timers,
every reviewer's structured feedback, the presenter's response and the case's synthesis."""

from __future__ import annotations

import datetime as dt
from uuid import UUID

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.methods.peer_review import (
    CaseCapture,
    PhaseTime,
    add_case,
    captured_by_case,
    case_of,
    choose_case,
    phase_times,
    remove_case,
    replace_case,
)
from forum_desktop.models import MethodScreen, Outcome, OutcomeKind, Participant
from forum_desktop.models.outcome import CaseFields, FeedbackFields
from forum_desktop.models.screens import PeerReviewState, ReviewCase
from forum_desktop.timing.display import countdown
from forum_desktop.timing.snapshot import ItemState, ItemTiming, Snapshot
from forum_desktop.ui import prompts
from forum_desktop.ui.method_screens.base import MethodScreenWidget
from forum_desktop.ui.method_screens.peer_review_public import PeerReviewPublic
from forum_desktop.ui.method_screens.peer_review_widgets import FeedbackForm, PeopleCombo

SUMMARY_PART = 80
"""Characters of each heading in a feedback's one-line summary (the capture list's text)."""


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= SUMMARY_PART else line[: SUMMARY_PART - 1].rstrip() + "…"


class PeerReviewScreen(MethodScreenWidget):
    screen = MethodScreen.PEER_REVIEW

    def build(self) -> None:
        self._snapshot: Snapshot | None = self.controller.snapshot
        self._state = PeerReviewState()
        """The stored state as of the last reload (ticks do not read the database)."""
        self._people: list[Participant] = []
        self._captured: dict[UUID, CaseCapture] = {}
        self._shown_case: ReviewCase | None = None
        self._shown_texts: dict[str, str] = {}
        """The case, response and synthesis the forms were filled from: a reload refills
        them when the stored ones changed (an undo) unless they hold a draft."""
        self._editing: UUID | None = None
        """The feedback being edited in the form; None: the form makes a new one."""

        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Where the review stands"))
        cases_box = self._cases_box()
        self.feedback_box = self._feedback_box()
        self.closing_box = self._closing_box()
        case_form_box = self._case_form_box()

        content = QWidget(self)
        column = QVBoxLayout(content)
        for widget in (self.status_label, cases_box, self.feedback_box, self.closing_box):
            column.addWidget(widget)
        column.addWidget(case_form_box)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.room = PeerReviewPublic(self.public, self.public_layout)

    # --- building (in the order Tab goes through) ---------------------------------------

    def _cases_box(self) -> QGroupBox:
        """The cases, the one the room is on, and its phases' timers."""
        box = QGroupBox(self.tr("Cases under review"), self)
        self.case_list = QListWidget(box)
        self.case_list.setAccessibleName(self.tr("Cases under review"))
        self.case_list.setWordWrap(True)
        self.case_list.setAlternatingRowColors(True)
        self.case_list.setMaximumHeight(self.case_list.fontMetrics().lineSpacing() * 6 + 8)
        self.case_list.currentItemChanged.connect(lambda *_: self._show_selected())
        self.choose_button = self._button(box, self.tr("Revie&w this case"), self.choose_selected)
        self.begin_button = self._button(box, self.tr("&Begin its phases"), self.begin)
        self.begin_button.setToolTip(
            self.tr("The room moves to this case and the method's first phase starts for it")
        )
        self.phase_list = QListWidget(box)
        self.phase_list.setAccessibleName(self.tr("The method's phases for this case"))
        self.phase_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.phase_list.setMaximumHeight(self.phase_list.fontMetrics().lineSpacing() * 5 + 8)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.begin_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.case_list)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Phases for this case:"), box))
        layout.addWidget(self.phase_list)
        return box

    def _feedback_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Feedback"), self)
        self.feedback_form = FeedbackForm(box)
        self.save_feedback_button = self._button(box, self.tr("Save feedbac&k"), self.save_feedback)
        self.save_feedback_button.setToolTip(self.tr("Ctrl+Enter in the form"))
        self.clear_button = self._button(box, self.tr("C&lear"), self.new_feedback)
        self.delete_feedback_button = self._button(
            box, self.tr("Delete th&is feedback"), self.delete_feedback
        )
        self.feedback_list = QListWidget(box)
        self.feedback_list.setAccessibleName(self.tr("Feedback given on this case"))
        self.feedback_list.setToolTip(self.tr("Enter on a feedback puts it in the form to change"))
        self.feedback_list.setWordWrap(True)
        self.feedback_list.setAlternatingRowColors(True)
        self.feedback_list.itemActivated.connect(self._edit_feedback)
        self.feedback_list.currentItemChanged.connect(self._feedback_selected)
        self.average_label = QLabel(box)
        buttons = QHBoxLayout()
        for button in (self.save_feedback_button, self.clear_button, self.delete_feedback_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.feedback_form)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Feedback so far:"), box))
        layout.addWidget(self.feedback_list)
        layout.addWidget(self.average_label)
        self._save_action(box, self.save_feedback)
        return box

    def _closing_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Response and synthesis"), self)
        self.response_edit = self._text(box, self.tr("The presenter's response"))
        self.synthesis_edit = self._text(box, self.tr("Synthesis of the case"))
        self.save_closing_button = self._button(
            box, self.tr("Save response and s&ynthesis"), self.save_closing
        )
        self.save_closing_button.setToolTip(self.tr("Ctrl+Enter in the boxes"))
        layout = QFormLayout(box)
        layout.addRow(self.tr("Response:"), self.response_edit)
        layout.addRow(self.tr("Synthesis:"), self.synthesis_edit)
        layout.addRow(self.save_closing_button)
        self._save_action(box, self.save_closing)
        return box

    def _case_form_box(self) -> QGroupBox:
        """Add, change or remove a case (the selected one)."""
        box = QGroupBox(self.tr("Add or change a case"), self)
        self.presenter_combo = PeopleCombo(self.tr("Presenter"), box)
        self.presenter_combo.activated.connect(lambda: self._presenter_chosen(True))
        self.presenter_combo.lineEdit().editingFinished.connect(
            lambda: self._presenter_chosen(False)
        )
        self.organisation_edit = self._line(box, self.tr("Organisation"))
        self.city_edit = self._line(box, self.tr("City"))
        self.topic_edit = self._line(box, self.tr("Topic"))
        self.add_case_button = self._button(box, self.tr("Add &this case"), self.add_case)
        self.update_case_button = self._button(box, self.tr("U&pdate case"), self.update_case)
        self.remove_case_button = self._button(box, self.tr("Rem&ove case"), self.remove_case)
        buttons = QHBoxLayout()
        for button in (self.add_case_button, self.update_case_button, self.remove_case_button):
            buttons.addWidget(button)
        layout = QFormLayout(box)
        layout.addRow(self.tr("Presenter:"), self.presenter_combo)
        layout.addRow(self.tr("Organisation:"), self.organisation_edit)
        layout.addRow(self.tr("City:"), self.city_edit)
        layout.addRow(self.tr("Topic:"), self.topic_edit)
        layout.addRow(buttons)
        return box

    def _line(self, parent: QWidget, name: str) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setAccessibleName(name)
        return edit

    def _text(self, parent: QWidget, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(parent)
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
        return edit

    def _button(self, parent: QWidget, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, parent)
        button.setAutoDefault(True)  # Enter on a focused button presses it
        button.clicked.connect(slot)
        return button

    def _save_action(self, box: QWidget, slot: object) -> QAction:
        """Ctrl+Enter saves while the focus is in ``box`` (only there: other screens and
        the console may use the same keys)."""
        action = QAction(self.tr("Save"), box)
        action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        box.addAction(action)
        return action

    # --- what is stored -----------------------------------------------------------------

    def review(self) -> PeerReviewState:
        state = self.state()
        assert isinstance(state, PeerReviewState)
        return state

    def selected_case(self) -> ReviewCase | None:
        item = self.case_list.currentItem()
        return case_of(self._state, UUID(item.data(Qt.ItemDataRole.UserRole))) if item else None

    def presenter(self, case: ReviewCase) -> str:
        people = {person.id: person.name for person in self._people}
        name = people.get(case.presenter_id) if case.presenter_id else None
        return name or case.presenter_name or self.tr("Presenter not named")

    def reload(self) -> None:
        self._state = state = self.review()
        self._people = self.people()
        for combo in (self.presenter_combo, self.feedback_form.reviewer_combo):
            combo.set_people(self._people)
        outcomes = self.context.store.select(
            Outcome, {"item_id": self.item.id}, order_by="captured_at"
        )
        self._captured = captured_by_case(outcomes)
        selected = self.case_list.currentItem()
        keep = selected.data(Qt.ItemDataRole.UserRole) if selected else None
        self.case_list.blockSignals(True)
        self.case_list.clear()
        for number, case in enumerate(state.cases, start=1):
            row = QListWidgetItem(self._case_line(number, case, state))
            row.setData(Qt.ItemDataRole.UserRole, str(case.id))
            self.case_list.addItem(row)
        ids = [str(case.id) for case in state.cases]
        wanted = keep if keep in ids else str(state.current) if state.current else None
        self.case_list.setCurrentRow(ids.index(wanted) if wanted in ids else 0 if ids else -1)
        self.case_list.blockSignals(False)
        self._show_selected()

    def _case_line(self, number: int, case: ReviewCase, state: PeerReviewState) -> str:
        words = [self.presenter(case)]
        where = ", ".join(part for part in (case.organisation, case.city) if part)
        words += [where] if where else []
        words += [case.topic] if case.topic else []
        captured = self._captured.get(case.id, CaseCapture())
        done = [self.tr("%n feedback", "", len(captured.feedback))]
        done += [self.tr("response")] if captured.responses else []
        done += [self.tr("synthesis")] if captured.syntheses else []
        mark = "▶ " if case.id == state.current else ""
        return f"{mark}{number}. {' — '.join(words)}  ({', '.join(done)})"

    def _show_selected(self) -> None:
        """The forms and lists of the selected case; drafts stay while it stays selected."""
        case = self.selected_case()
        captured = self._captured.get(case.id, CaseCapture()) if case else CaseCapture()
        shown = self._shown_case
        other_case = case is None or shown is None or case.id != shown.id
        if other_case:
            self.feedback_form.clear()
            self._editing = None
        if other_case or (case != shown and self._case_form_shows(shown)):
            self._fill_case_form(case)
            self._shown_case = case
        elif self._case_form_shows(case):  # just saved from the form
            self._shown_case = case
        self._sync(self.response_edit, captured.responses, other_case)
        self._sync(self.synthesis_edit, captured.syntheses, other_case)
        for widget in (
            self.update_case_button,
            self.remove_case_button,
            self.choose_button,
            self.begin_button,
            self.feedback_box,
            self.closing_box,
        ):
            widget.setEnabled(case is not None)
        self.feedback_box.setTitle(
            self.tr("Feedback on %1").replace("%1", self.presenter(case))
            if case
            else self.tr("Feedback (add a case first)")
        )
        current = self.feedback_list.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current and not other_case else None
        self.feedback_list.blockSignals(True)
        self.feedback_list.clear()
        for outcome in captured.feedback:
            row = QListWidgetItem(outcome.text)
            row.setData(Qt.ItemDataRole.UserRole, str(outcome.id))
            self.feedback_list.addItem(row)
            if str(outcome.id) == keep:  # the selection stays through a reload
                self.feedback_list.setCurrentItem(row)
        self.feedback_list.blockSignals(False)
        if self._editing not in {outcome.id for outcome in captured.feedback}:
            self._editing = None  # undone or removed elsewhere: saving makes a new one
        self._feedback_selected()
        average = captured.average_rating()
        self.average_label.setText(
            self.tr("Average rating: %1 of 5 (%n rating(s))", "", len(captured.ratings())).replace(
                "%1", QLocale().toString(average, "f", 1)
            )
            if average is not None
            else ""
        )
        self.show_snapshot(self._snapshot)

    def _sync(self, edit: QPlainTextEdit, stored: list[Outcome], refill: bool) -> None:
        """Show the stored response (or synthesis) unless the box holds a draft."""
        text = stored[0].text if stored else ""
        typed = edit.toPlainText()
        key = edit.accessibleName()
        if refill or typed == self._shown_texts.get(key, ""):
            edit.setPlainText(text)
            self._shown_texts[key] = text
        elif typed.strip() == text:  # just saved from the box
            self._shown_texts[key] = typed

    def _case_form_shows(self, case: ReviewCase | None) -> bool:
        """The case form holds ``case`` as it was filled (no draft typed over it)."""
        values = (
            self.presenter_combo.name(),
            self.organisation_edit.text(),
            self.city_edit.text(),
            self.topic_edit.text(),
        )
        if case is None:
            return not any(values)
        on_roster = {person.id: person.name for person in self._people}.get(case.presenter_id)
        return values == (
            on_roster or case.presenter_name,
            case.organisation,
            case.city,
            case.topic,
        )

    def _fill_case_form(self, case: ReviewCase | None) -> None:
        self.presenter_combo.blockSignals(True)
        self.presenter_combo.show_person(
            case.presenter_id if case else None, case.presenter_name if case else ""
        )
        self.presenter_combo.blockSignals(False)
        self.organisation_edit.setText(case.organisation if case else "")
        self.city_edit.setText(case.city if case else "")
        self.topic_edit.setText(case.topic if case else "")

    def _presenter_chosen(self, picked: bool) -> None:
        """A presenter from the roster brings their organisation and city (still editable):
        when picked from the list, or typed into a form whose two boxes are still empty."""
        person = self.presenter_combo.person()
        empty = not self.organisation_edit.text() and not self.city_edit.text()
        if person is not None and (picked or empty):
            self.organisation_edit.setText(person.organisation)
            self.city_edit.setText(person.city)

    # --- the cases ----------------------------------------------------------------------

    def _case_from_form(self, case: ReviewCase) -> ReviewCase | None:
        person = self.presenter_combo.person()
        name = self.presenter_combo.name()
        topic = self.topic_edit.text().strip()
        if not name and not topic:
            self.controller.notice.emit(
                self.tr("Type the presenter's name or the case's topic, then add the case.")
            )
            self.presenter_combo.setFocus()
            return None
        return case.model_copy(
            update={
                "presenter_id": person.id if person else None,
                "presenter_name": name,
                "organisation": self.organisation_edit.text().strip(),
                "city": self.city_edit.text().strip(),
                "topic": topic,
            }
        )

    def add_case(self) -> None:
        case = self._case_from_form(ReviewCase())
        if case is None:
            return
        state = add_case(self.review(), case, self.controller.clock.now())
        if self.save_state(state, self.tr("Add a case")):
            self.case_list.setCurrentRow(len(state.cases) - 1)

    def update_case(self) -> None:
        selected = self.selected_case()
        case = self._case_from_form(selected) if selected else None
        if case is not None:
            self.save_state(replace_case(self.review(), case), self.tr("Change a case"))

    def remove_case(self) -> None:
        case = self.selected_case()
        if case is None:
            return
        captured = self._captured.get(case.id, CaseCapture())
        count = len(captured.feedback) + len(captured.responses) + len(captured.syntheses)
        if count and not prompts.confirm(
            self,
            self.tr("Remove the case"),
            self.tr(
                "%n entry(ies) were captured on this case. They stay in the capture; "
                "remove the case from the review?",
                "",
                count,
            ),
            action=self.tr("Remove the case"),
        ):
            return
        self.save_state(remove_case(self.review(), case.id), self.tr("Remove a case"))

    def choose_selected(self) -> None:
        case = self.selected_case()
        if case is not None:
            state = choose_case(self._state, case.id, self.controller.clock.now())
            if state != self._state:
                self.save_state(state, self.tr("Review the next case"))

    def begin(self) -> None:
        """The selected case is on and the method's first phase starts for it."""
        phases = self.phases()
        if not phases:
            self.controller.notice.emit(
                self.tr("This method item has no phases: add them in the agenda.")
            )
            return
        self.choose_selected()
        self.controller.jump_to(phases[0].item_id)

    # --- the phases ---------------------------------------------------------------------

    def phases(self) -> list[ItemTiming]:
        items = self._snapshot.items if self._snapshot else []
        return [t for t in items if t.entry.item.parent_id == self.item.id]

    def show_snapshot(self, snapshot: Snapshot | None) -> None:
        self._snapshot = snapshot
        state = self._state
        now = snapshot.now if snapshot else self.controller.clock.now()
        selected = self.selected_case()
        times = phase_times(self.phases(), state, selected.id, now) if selected else []
        lines = [self._phase_line(time) for time in times]
        if [self.phase_list.item(i).text() for i in range(self.phase_list.count())] != lines:
            self.phase_list.clear()
            self.phase_list.addItems(lines)
        current = case_of(state, state.current)
        running = next(
            (t for t in self.phases() if t.state is ItemState.CURRENT),
            None,
        )
        self.status_label.setText(self._status(state, current, running, now))
        position = (
            self.tr("Case %1 of %2")
            .replace("%1", str(state.cases.index(current) + 1))
            .replace("%2", str(len(state.cases)))
            if current
            else ""
        )
        self.room.show_case(current, self.presenter(current) if current else "", position)
        self.room.show_phase(
            running.entry.item.title if running else "",
            running.entry.item.description if running else "",
        )

    def _phase_line(self, time: PhaseTime) -> str:
        planned = countdown(time.allotted_seconds)
        if time.running:
            left = time.left_seconds
            text = self.tr("▶ %1: %2 left") if left >= 0 else self.tr("▶ %1: %2 over")
            return text.replace("%1", time.title).replace("%2", countdown(abs(left)))
        if time.used_seconds >= 1:
            return (
                self.tr("%1: %2 of %3 used")
                .replace("%1", time.title)
                .replace("%2", countdown(time.used_seconds))
                .replace("%3", planned)
            )
        return self.tr("%1: %2").replace("%1", time.title).replace("%2", planned)

    def _status(
        self,
        state: PeerReviewState,
        current: ReviewCase | None,
        running: ItemTiming | None,
        now: dt.datetime,
    ) -> str:
        if not state.cases:
            return self.tr(
                "Add the cases under review below: presenter, organisation, city, topic."
            )
        if current is None:
            return self.tr("Choose the case the room reviews now (Review this case).")
        on = self.tr("On now: %1").replace("%1", self.presenter(current))
        if running is None:
            return on
        time = phase_times([running], state, current.id, now)[0]
        return (
            self.tr("%1 — %2, %3 left for this case")
            .replace("%1", on)
            .replace("%2", time.title)
            .replace("%3", countdown(time.left_seconds))
        )

    # --- feedback -----------------------------------------------------------------------

    def _feedback_selected(self) -> None:
        self.delete_feedback_button.setEnabled(self.feedback_list.currentItem() is not None)

    def _edit_feedback(self) -> None:
        """Enter (or a double click) on a feedback puts it in the form to change it."""
        item = self.feedback_list.currentItem()
        case = self.selected_case()
        if item is None or case is None:
            return
        outcome_id = UUID(item.data(Qt.ItemDataRole.UserRole))
        found = self._captured.get(case.id, CaseCapture()).feedback
        outcome = next((o for o in found if o.id == outcome_id), None)
        if outcome is None:
            return
        fields = outcome.kind_fields()
        assert isinstance(fields, FeedbackFields)
        self._editing = outcome.id
        self.feedback_form.load(fields)
        self.feedback_form.strengths_edit.setFocus()

    def new_feedback(self) -> None:
        self._editing = None
        self.feedback_list.setCurrentRow(-1)
        self.feedback_form.clear()
        self.feedback_form.reviewer_combo.setFocus()

    def _summary(self, fields: FeedbackFields) -> str:
        labels = {
            "strengths": self.tr("Strengths"),
            "challenges": self.tr("Challenges"),
            "recommendations": self.tr("Recommendations"),
            "transferable": self.tr("Transferable"),
        }
        parts = [
            self.tr("%1: %2").replace("%1", label).replace("%2", _short(getattr(fields, name)))
            for name, label in labels.items()
            if getattr(fields, name)
        ]
        if fields.rating is not None:
            parts.append(self.tr("rating %1/5").replace("%1", str(fields.rating)))
        return f"{fields.speaker_name} — {'; '.join(parts)}"

    def save_feedback(self) -> None:
        case = self.selected_case()
        form = self.feedback_form
        if case is None:
            return
        reviewer = form.reviewer_combo.person()
        name = form.reviewer_combo.name()
        if not name:
            self.controller.notice.emit(self.tr("Choose or type the reviewer's name first."))
            form.reviewer_combo.setFocus()
            return
        parts = form.parts()
        if not any(parts.values()) and form.rating() is None:
            self.controller.notice.emit(
                self.tr(
                    "Write at least one of strengths, challenges, recommendations or "
                    "what others could transfer."
                )
            )
            form.strengths_edit.setFocus()
            return
        fields = FeedbackFields(
            case_id=case.id,
            speaker_id=reviewer.id if reviewer else None,
            speaker_name=reviewer.name if reviewer else name,
            rating=form.rating(),
            **parts,
        )
        text = self._summary(fields)
        mentions = [reviewer.id] if reviewer else []
        if self._editing is not None:
            saved = self.context.run(
                "update_outcome",
                self.tr("Change feedback"),
                outcome_id=self._editing,
                text=text,
                mentions=mentions,
                fields=fields.model_dump(mode="json"),
            )
            ok = saved is not None
        else:
            ok = (
                self.capture(
                    OutcomeKind.FEEDBACK,
                    text,
                    self.tr("Capture feedback"),
                    mentions=mentions,
                    **fields.model_dump(mode="json"),
                )
                is not None
            )
        if ok:
            self.new_feedback()  # ready for the next reviewer

    def delete_feedback(self) -> None:
        """Delete the feedback selected in the list (one Ctrl+Z brings it back)."""
        item = self.feedback_list.currentItem()
        if item is None:
            return
        outcome_id = UUID(item.data(Qt.ItemDataRole.UserRole))
        if (
            self.context.run(
                "delete_outcomes", self.tr("Delete feedback"), outcome_ids=[outcome_id]
            )
            and outcome_id == self._editing
        ):
            self.new_feedback()

    # --- response and synthesis ---------------------------------------------------------

    def save_closing(self) -> None:
        case = self.selected_case()
        if case is None:
            return
        captured = self._captured.get(case.id, CaseCapture())
        presenter = CaseFields(
            case_id=case.id, speaker_id=case.presenter_id, speaker_name=self.presenter(case)
        )
        for kind, edit, stored, fields, label in (
            (
                OutcomeKind.RESPONSE,
                self.response_edit,
                captured.responses,
                presenter,
                self.tr("Capture the presenter's response"),
            ),
            (
                OutcomeKind.SYNTHESIS,
                self.synthesis_edit,
                captured.syntheses,
                CaseFields(case_id=case.id),
                self.tr("Capture the case's synthesis"),
            ),
        ):
            self._save_one(kind, edit.toPlainText().strip(), stored, fields, label)

    def _save_one(
        self, kind: str, text: str, stored: list[Outcome], fields: CaseFields, label: str
    ) -> None:
        """One response (or synthesis) per case: made, changed, or removed when emptied."""
        existing = stored[0] if stored else None
        mentions = [fields.speaker_id] if fields.speaker_id else []
        if existing is None and text:
            self.capture(kind, text, label, mentions=mentions, **fields.model_dump(mode="json"))
        elif existing is not None and not text:
            self.context.run("delete_outcomes", label, outcome_ids=[existing.id])
        elif existing is not None and text != existing.text:
            self.context.run(
                "update_outcome",
                label,
                outcome_id=existing.id,
                text=text,
                fields=fields.model_dump(mode="json"),
            )
