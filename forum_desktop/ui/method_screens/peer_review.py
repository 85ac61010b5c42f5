"""The live screen of a peer review of practices: the cases, each case's phase timers,
every reviewer's structured feedback, the presenter's response and the case's synthesis.

Input and display only: each act is a typed command (``methods.peer_review_acts``), and
``reload`` redraws from the read side (``peer_review_view``) after any change."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.methods.peer_review import CaseCapture, captured_by_case, case_of, phase_times
from forum_desktop.methods.peer_review_acts import (
    AddCase,
    DeleteFeedback,
    EditCase,
    MoveToCase,
    RemoveCase,
    SaveCaseText,
    SaveFeedback,
    peer_review_view,
)
from forum_desktop.models import MethodScreen, Outcome, OutcomeKind, Participant
from forum_desktop.models.outcome import FeedbackFields
from forum_desktop.models.screens import PeerReviewState, ReviewCase
from forum_desktop.services.commands import Command
from forum_desktop.timing.snapshot import ItemState, ItemTiming, Snapshot
from forum_desktop.ui import prompts
from forum_desktop.ui.messages import fill
from forum_desktop.ui.method_screens import peer_review_texts as texts
from forum_desktop.ui.method_screens.acts import act, capture_where
from forum_desktop.ui.method_screens.base import MethodScreenWidget
from forum_desktop.ui.method_screens.peer_review_boxes import (
    CaseFormBox,
    CasesBox,
    ClosingBox,
    FeedbackBox,
)
from forum_desktop.ui.method_screens.peer_review_public import PeerReviewPublic
from forum_desktop.ui.numbers import decimal
from forum_desktop.ui.room_language import room


class PeerReviewScreen(MethodScreenWidget):
    kind = MethodScreen.PEER_REVIEW

    def build(self) -> None:
        self._snapshot: Snapshot | None = self.controller.snapshot
        self._state = PeerReviewState()
        """The stored cases as of the last reload (ticks do not read the database)."""
        self._people: list[Participant] = []
        self._captured: dict[UUID, CaseCapture] = {}
        self._shown_case: ReviewCase | None = None
        """The case the case form was filled from: a reload refills it when the stored
        case changed (an undo) unless it holds a draft."""
        self._editing: UUID | None = None
        """The feedback being edited in the form; None: the form makes a new one."""

        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Where the review stands"))
        self.cases_box = cases_box = CasesBox(self, self.choose_selected, self.begin)
        self.case_list, self.phase_list = cases_box.case_list, cases_box.phase_list
        self.case_list.currentItemChanged.connect(lambda *_: self._show_selected())
        self.feedback_box = FeedbackBox(
            self, self.save_feedback, self.new_feedback, self.delete_feedback
        )
        self.feedback_form = self.feedback_box.feedback_form
        self.save_feedback_button = self.feedback_box.save_feedback_button
        self.feedback_list = self.feedback_box.feedback_list
        self.feedback_list.itemActivated.connect(self._edit_feedback)
        self.feedback_list.currentItemChanged.connect(self._feedback_selected)
        self.closing_box = ClosingBox(self, self.save_closing)
        self.response_edit = self.closing_box.response_edit
        self.synthesis_edit = self.closing_box.synthesis_edit
        self.case_form = form = CaseFormBox(self, self.add_case, self.update_case, self.remove_case)
        self.organisation_edit, self.city_edit = form.organisation_edit, form.city_edit
        self.topic_edit, self.add_case_button = form.topic_edit, form.add_case_button
        self.update_case_button = form.update_case_button
        self.remove_case_button = form.remove_case_button

        content = QWidget(self)
        column = QVBoxLayout(content)
        for widget in (self.status_label, cases_box, self.feedback_box, self.closing_box):
            column.addWidget(widget)
        column.addWidget(self.case_form)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.room = PeerReviewPublic(self.public, self.public_layout)

    # --- what is stored -----------------------------------------------------------------

    def review(self) -> PeerReviewState:
        """The cases, the case on and the moves, as the records say."""
        return peer_review_view(self.context.store, self.item.id)

    def _act(self, command: Command, label: str) -> object | None:
        result = act(self.context, self.controller, command, label)
        return None if result is None else (result.value if result.value is not None else True)

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
        self.case_form.set_people(self._people)
        self.feedback_form.reviewer_combo.set_people(self._people)
        outcomes = self.context.store.select(
            Outcome, {"item_id": self.item.id}, order_by="captured_at"
        )
        self._captured = captured_by_case(outcomes)
        selected = self.case_list.currentItem()
        keep = selected.data(Qt.ItemDataRole.UserRole) if selected else None
        self.case_list.blockSignals(True)
        self.case_list.clear()
        for number, case in enumerate(state.cases, start=1):
            captured = self._captured.get(case.id, CaseCapture())
            feedback = self.tr("%n feedback", "", len(captured.feedback))
            line = texts.case_line(number, case, self.presenter(case), captured, feedback)
            line = f"▶ {line}" if case.id == state.current else line
            row = QListWidgetItem(line)
            row.setData(Qt.ItemDataRole.UserRole, str(case.id))
            self.case_list.addItem(row)
        ids = [str(case.id) for case in state.cases]
        wanted = keep if keep in ids else str(state.current) if state.current else None
        self.case_list.setCurrentRow(ids.index(wanted) if wanted in ids else 0 if ids else -1)
        self.case_list.blockSignals(False)
        self._show_selected()

    def _show_selected(self) -> None:
        """The forms and lists of the selected case; drafts stay while it stays selected."""
        case = self.selected_case()
        captured = self._captured.get(case.id, CaseCapture()) if case else CaseCapture()
        shown = self._shown_case
        other_case = case is None or shown is None or case.id != shown.id
        if other_case:
            self.feedback_form.clear()
            self._editing = None
        if other_case or (case != shown and self.case_form.shows(shown)):
            self.case_form.fill(case)
            self._shown_case = case
        elif self.case_form.shows(case):  # just saved from the form
            self._shown_case = case
        self.closing_box.show_stored(captured.responses, captured.syntheses, other_case)
        for widget in (
            self.update_case_button,
            self.remove_case_button,
            self.cases_box.choose_button,
            self.cases_box.begin_button,
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
        self.feedback_box.average_label.setText(
            self.tr("Average rating: %1 of 5 (%n rating(s))", "", len(captured.ratings())).replace(
                "%1", decimal(average)
            )
            if average is not None
            else ""
        )
        self.show_snapshot(self._snapshot)

    # --- the cases ----------------------------------------------------------------------

    def add_case(self) -> None:
        added = self._act(
            AddCase(item_id=self.item.id, **self.case_form.values()),
            self.tr("Add a case"),
        )
        if added is not None:
            self.case_list.setCurrentRow(self.case_list.count() - 1)
        else:
            self.case_form.presenter_combo.setFocus()

    def update_case(self) -> None:
        case = self.selected_case()
        if case is not None:
            values = self.case_form.values()
            self._act(EditCase(case_id=case.id, **values), self.tr("Change a case"))

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
        self._act(RemoveCase(case_id=case.id), self.tr("Remove a case"))

    def choose_selected(self) -> None:
        case = self.selected_case()
        if case is not None and case.id != self._state.current:
            self._act(MoveToCase(case_id=case.id), self.tr("Review the next case"))

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
        lines = [texts.phase_line(time) for time in times]
        if [self.phase_list.item(i).text() for i in range(self.phase_list.count())] != lines:
            self.phase_list.clear()
            self.phase_list.addItems(lines)
        current = case_of(state, state.current)
        running = next((t for t in self.phases() if t.state is ItemState.CURRENT), None)
        presenter = self.presenter(current) if current else ""
        self.status_label.setText(texts.status(state, current, presenter, running, now))
        position = (
            fill(
                room().translate("PeerReviewPublic", "Case %1 of %2"),
                str(state.cases.index(current) + 1),
                str(len(state.cases)),
            )
            if current
            else ""
        )
        self.room.show_case(current, presenter, position)
        self.room.show_phase(
            running.entry.item.title if running else "",
            running.entry.item.description if running else "",
        )

    # --- feedback -----------------------------------------------------------------------

    def _feedback_selected(self) -> None:
        self.feedback_box.delete_feedback_button.setEnabled(
            self.feedback_list.currentItem() is not None
        )

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

    def save_feedback(self) -> None:
        case = self.selected_case()
        form = self.feedback_form
        if case is None:
            return
        reviewer = form.reviewer_combo.person()
        name = reviewer.name if reviewer else form.reviewer_combo.name()
        parts = form.parts()
        fields = FeedbackFields(speaker_name=name, rating=form.rating(), **parts)
        command = SaveFeedback(
            case_id=case.id,
            reviewer_id=reviewer.id if reviewer else None,
            reviewer_name=name,
            rating=form.rating(),
            summary=texts.summary(fields),
            feedback_id=self._editing,
            **parts,
            **capture_where(self.controller, self.item.id),
        )
        label = self.tr("Change feedback") if self._editing else self.tr("Capture feedback")
        if self._act(command, label) is not None:
            self.new_feedback()  # ready for the next reviewer
        elif not name:
            form.reviewer_combo.setFocus()
        else:
            form.strengths_edit.setFocus()

    def delete_feedback(self) -> None:
        """Delete the feedback selected in the list (one Ctrl+Z brings it back)."""
        item = self.feedback_list.currentItem()
        if item is None:
            return
        outcome_id = UUID(item.data(Qt.ItemDataRole.UserRole))
        done = self._act(DeleteFeedback(feedback_id=outcome_id), self.tr("Delete feedback"))
        if done is not None and outcome_id == self._editing:
            self.new_feedback()

    # --- response and synthesis ---------------------------------------------------------

    def save_closing(self) -> None:
        """One response and one synthesis per case: made, changed, or removed when emptied."""
        case = self.selected_case()
        if case is None:
            return
        for kind, edit, label in (
            (
                OutcomeKind.RESPONSE,
                self.response_edit,
                self.tr("Capture the presenter's response"),
            ),
            (OutcomeKind.SYNTHESIS, self.synthesis_edit, self.tr("Capture the case's synthesis")),
        ):
            command = SaveCaseText(
                case_id=case.id,
                kind=kind,
                text=edit.toPlainText(),
                speaker_name=self.presenter(case),
                **capture_where(self.controller, self.item.id),
            )
            self._act(command, label)
