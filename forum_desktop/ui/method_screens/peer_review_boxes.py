"""The peer-review screen's case form and response-and-synthesis box, and the small
builders its boxes share. Texts keep the screen's translation context."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypedDict
from uuid import UUID

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.models import Outcome, Participant
from forum_desktop.models.screens import ReviewCase
from forum_desktop.ui.combo_line import line_edit
from forum_desktop.ui.method_screens.peer_review_widgets import FeedbackForm, PeopleCombo

translate = QCoreApplication.translate


def line(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setAccessibleName(name)
    return edit


def text_box(parent: QWidget, name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
    return edit


def button(parent: QWidget, text: str, slot: Callable[[], object]) -> QPushButton:
    pushed = QPushButton(text, parent)
    pushed.setAutoDefault(True)  # Enter on a focused button presses it
    pushed.clicked.connect(slot)
    return pushed


def save_action(box: QWidget, slot: Callable[[], object]) -> QAction:
    """Ctrl+Enter saves while the focus is in ``box`` (only there: other screens and the
    console may use the same keys)."""
    action = QAction(translate("PeerReviewScreen", "Save"), box)
    action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    box.addAction(action)
    return action


class CaseValues(TypedDict):
    presenter_id: UUID | None
    presenter_name: str
    organisation: str
    city: str
    topic: str


class CasesBox(QGroupBox):
    """The cases, the one the room is on, and its phases' timers."""

    def __init__(
        self, parent: QWidget, choose: Callable[[], object], begin: Callable[[], object]
    ) -> None:
        super().__init__(translate("PeerReviewScreen", "Cases under review"), parent)
        self.case_list = QListWidget(self)
        self.case_list.setAccessibleName(translate("PeerReviewScreen", "Cases under review"))
        self.case_list.setWordWrap(True)
        self.case_list.setAlternatingRowColors(True)
        self.case_list.setMaximumHeight(self.case_list.fontMetrics().lineSpacing() * 6 + 8)
        self.choose_button = button(
            self, translate("PeerReviewScreen", "Revie&w this case"), choose
        )
        self.begin_button = button(self, translate("PeerReviewScreen", "&Begin its phases"), begin)
        self.begin_button.setToolTip(
            translate(
                "PeerReviewScreen",
                "The room moves to this case and the method's first phase starts for it",
            )
        )
        self.phase_list = QListWidget(self)
        self.phase_list.setAccessibleName(
            translate("PeerReviewScreen", "The method's phases for this case")
        )
        self.phase_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.phase_list.setMaximumHeight(self.phase_list.fontMetrics().lineSpacing() * 5 + 8)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.begin_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.case_list)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(translate("PeerReviewScreen", "Phases for this case:"), self))
        layout.addWidget(self.phase_list)


class FeedbackBox(QGroupBox):
    """The feedback form, its buttons, and the feedback given on the case."""

    def __init__(
        self,
        parent: QWidget,
        save: Callable[[], object],
        clear: Callable[[], object],
        delete: Callable[[], object],
    ) -> None:
        super().__init__(translate("PeerReviewScreen", "Feedback"), parent)
        self.feedback_form = FeedbackForm(self)
        self.save_feedback_button = button(
            self, translate("PeerReviewScreen", "Save feedbac&k"), save
        )
        self.save_feedback_button.setToolTip(
            translate("PeerReviewScreen", "Ctrl+Enter in the form")
        )
        self.clear_button = button(self, translate("PeerReviewScreen", "C&lear"), clear)
        self.delete_feedback_button = button(
            self, translate("PeerReviewScreen", "Delete th&is feedback"), delete
        )
        self.feedback_list = QListWidget(self)
        self.feedback_list.setAccessibleName(
            translate("PeerReviewScreen", "Feedback given on this case")
        )
        self.feedback_list.setToolTip(
            translate("PeerReviewScreen", "Enter on a feedback puts it in the form to change")
        )
        self.feedback_list.setWordWrap(True)
        self.feedback_list.setAlternatingRowColors(True)
        self.average_label = QLabel(self)
        buttons = QHBoxLayout()
        for each in (self.save_feedback_button, self.clear_button, self.delete_feedback_button):
            buttons.addWidget(each)
        layout = QVBoxLayout(self)
        layout.addWidget(self.feedback_form)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(translate("PeerReviewScreen", "Feedback so far:"), self))
        layout.addWidget(self.feedback_list)
        layout.addWidget(self.average_label)
        save_action(self, save)


class CaseFormBox(QGroupBox):
    """Add, change or remove a case (the selected one)."""

    def __init__(
        self,
        parent: QWidget,
        add: Callable[[], object],
        update: Callable[[], object],
        remove: Callable[[], object],
    ) -> None:
        super().__init__(translate("PeerReviewScreen", "Add or change a case"), parent)
        self._people: list[Participant] = []
        self.presenter_combo = PeopleCombo(translate("PeerReviewScreen", "Presenter"), self)
        self.presenter_combo.activated.connect(lambda: self._presenter_chosen(True))
        line_edit(self.presenter_combo).editingFinished.connect(
            lambda: self._presenter_chosen(False)
        )
        self.organisation_edit = line(self, translate("PeerReviewScreen", "Organisation"))
        self.city_edit = line(self, translate("PeerReviewScreen", "City"))
        self.topic_edit = line(self, translate("PeerReviewScreen", "Topic"))
        self.add_case_button = button(self, translate("PeerReviewScreen", "Add &this case"), add)
        self.update_case_button = button(
            self, translate("PeerReviewScreen", "U&pdate case"), update
        )
        self.remove_case_button = button(
            self, translate("PeerReviewScreen", "Rem&ove case"), remove
        )
        buttons = QHBoxLayout()
        for each in (self.add_case_button, self.update_case_button, self.remove_case_button):
            buttons.addWidget(each)
        layout = QFormLayout(self)
        layout.addRow(translate("PeerReviewScreen", "Presenter:"), self.presenter_combo)
        layout.addRow(translate("PeerReviewScreen", "Organisation:"), self.organisation_edit)
        layout.addRow(translate("PeerReviewScreen", "City:"), self.city_edit)
        layout.addRow(translate("PeerReviewScreen", "Topic:"), self.topic_edit)
        layout.addRow(buttons)

    def set_people(self, people: list[Participant]) -> None:
        self._people = people
        self.presenter_combo.set_people(people)

    def values(self) -> CaseValues:
        """What the form holds, as a case's details."""
        person = self.presenter_combo.person()
        return {
            "presenter_id": person.id if person else None,
            "presenter_name": self.presenter_combo.name(),
            "organisation": self.organisation_edit.text().strip(),
            "city": self.city_edit.text().strip(),
            "topic": self.topic_edit.text().strip(),
        }

    def shows(self, case: ReviewCase | None) -> bool:
        """The form holds ``case`` as it was filled (no draft typed over it)."""
        values = (
            self.presenter_combo.name(),
            self.organisation_edit.text(),
            self.city_edit.text(),
            self.topic_edit.text(),
        )
        if case is None:
            return not any(values)
        names: dict[UUID | None, str] = {person.id: person.name for person in self._people}
        on_roster = names.get(case.presenter_id)
        return values == (
            on_roster or case.presenter_name,
            case.organisation,
            case.city,
            case.topic,
        )

    def fill(self, case: ReviewCase | None) -> None:
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


class ClosingBox(QGroupBox):
    """The presenter's response and the case's synthesis."""

    def __init__(self, parent: QWidget, save: Callable[[], object]) -> None:
        super().__init__(translate("PeerReviewScreen", "Response and synthesis"), parent)
        self._shown: dict[str, str] = {}
        """The texts the boxes were filled from: a reload refills a box when the stored
        text changed (an undo) unless it holds a draft."""
        self.response_edit = text_box(
            self, translate("PeerReviewScreen", "The presenter's response")
        )
        self.synthesis_edit = text_box(self, translate("PeerReviewScreen", "Synthesis of the case"))
        self.save_closing_button = button(
            self, translate("PeerReviewScreen", "Save response and s&ynthesis"), save
        )
        self.save_closing_button.setToolTip(
            translate("PeerReviewScreen", "Ctrl+Enter in the boxes")
        )
        layout = QFormLayout(self)
        layout.addRow(translate("PeerReviewScreen", "Response:"), self.response_edit)
        layout.addRow(translate("PeerReviewScreen", "Synthesis:"), self.synthesis_edit)
        layout.addRow(self.save_closing_button)
        save_action(self, save)

    def show_stored(self, responses: list[Outcome], syntheses: list[Outcome], refill: bool) -> None:
        """Show the stored response and synthesis, unless a box holds a draft."""
        for edit, stored in ((self.response_edit, responses), (self.synthesis_edit, syntheses)):
            text = stored[0].text if stored else ""
            typed = edit.toPlainText()
            key = edit.accessibleName()
            if refill or typed == self._shown.get(key, ""):
                edit.setPlainText(text)
                self._shown[key] = text
            elif typed.strip() == text:  # just saved from the box
                self._shown[key] = typed
