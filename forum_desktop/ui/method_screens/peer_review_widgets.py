"""Small widgets of the peer-review screen."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import QComboBox, QFormLayout, QPlainTextEdit, QWidget

from forum_desktop.models import Participant
from forum_desktop.models.outcome import FeedbackFields
from forum_desktop.ui.combo_line import line_edit


class PeopleCombo(QComboBox):
    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setAccessibleName(accessible_name)
        line_edit(self).setAccessibleName(accessible_name)
        self._people: dict[UUID, Participant] = {}

    def set_people(self, people: list[Participant]) -> None:
        keep = self.currentText()
        self.blockSignals(True)
        self.clear()
        self._people = {person.id: person for person in people}
        for person in people:
            self.addItem(person.name, str(person.id))
        self.setCurrentIndex(-1)  # nobody is picked until the user picks or types
        self.setEditText(keep)
        self.blockSignals(False)

    def person(self) -> Participant | None:
        """The roster person whose name is in the box, if it is one."""
        index = self.findText(self.currentText().strip())
        data = self.itemData(index) if index >= 0 else None
        return self._people.get(UUID(data)) if data else None

    def name(self) -> str:
        return self.currentText().strip()

    def show_person(self, person_id: UUID | None, name: str) -> None:
        """Show a stored person: by the roster's current name when they are on it."""
        person = self._people.get(person_id) if person_id else None
        self.setEditText(person.name if person else name)


class FeedbackForm(QWidget):
    """One reviewer's structured feedback: the four headings of the method's feedback sheet
    and an optional rating. Tab moves between the boxes (Enter starts a new line)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reviewer_combo = PeopleCombo(self.tr("Reviewer"), self)
        self.strengths_edit = self._box(self.tr("Strengths"))
        self.challenges_edit = self._box(self.tr("Challenges"))
        self.recommendations_edit = self._box(self.tr("Recommendations"))
        self.transferable_edit = self._box(self.tr("What others could transfer"))
        self.rating_combo = QComboBox(self)
        self.rating_combo.setAccessibleName(self.tr("Rating"))
        self.rating_combo.addItem(self.tr("No rating"), None)
        for rating in range(1, 6):
            self.rating_combo.addItem(self.tr("%1 of 5").replace("%1", str(rating)), rating)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Reviewer:"), self.reviewer_combo)
        form.addRow(self.tr("Strengths:"), self.strengths_edit)
        form.addRow(self.tr("Challenges:"), self.challenges_edit)
        form.addRow(self.tr("Recommendations:"), self.recommendations_edit)
        form.addRow(self.tr("Others could transfer:"), self.transferable_edit)
        form.addRow(self.tr("Rating:"), self.rating_combo)

    def _box(self, name: str) -> QPlainTextEdit:
        box = QPlainTextEdit(self)
        box.setAccessibleName(name)
        box.setTabChangesFocus(True)
        box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 12)
        return box

    def parts(self) -> dict[str, str]:
        """The four headings' texts, by their ``FeedbackFields`` names."""
        return {
            "strengths": self.strengths_edit.toPlainText().strip(),
            "challenges": self.challenges_edit.toPlainText().strip(),
            "recommendations": self.recommendations_edit.toPlainText().strip(),
            "transferable": self.transferable_edit.toPlainText().strip(),
        }

    def rating(self) -> int | None:
        value = self.rating_combo.currentData()
        return int(value) if value is not None else None

    def load(self, fields: FeedbackFields) -> None:
        self.reviewer_combo.show_person(fields.speaker_id, fields.speaker_name)
        self.strengths_edit.setPlainText(fields.strengths)
        self.challenges_edit.setPlainText(fields.challenges)
        self.recommendations_edit.setPlainText(fields.recommendations)
        self.transferable_edit.setPlainText(fields.transferable)
        found = self.rating_combo.findData(fields.rating) if fields.rating else 0
        self.rating_combo.setCurrentIndex(max(0, found))

    def clear(self) -> None:
        self.load(FeedbackFields())
