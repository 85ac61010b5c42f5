"""The event's working languages in its details tab: the main one first, then the others
the projector and the documents also speak (issue 25). Each change is one
``SetWorkingLanguages`` command, one undo step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.models import Event, Language
from forum_desktop.services.translations import SetWorkingLanguages
from forum_desktop.ui.context import AppContext

translate = QCoreApplication.translate
ROLE = Qt.ItemDataRole.UserRole + 1
"""A listed language's code."""


def language_choices() -> list[tuple[Language, str]]:
    """Each language the app writes in, named in the interface's language."""
    return [
        (Language.EN, translate("EventDetails", "English")),
        (Language.FR, translate("EventDetails", "French")),
        (Language.ES, translate("EventDetails", "Spanish")),
    ]


def language_names() -> dict[Language, str]:
    return dict(language_choices())


class WorkingLanguagesField(QWidget):
    """A list of the event's languages (the first is the main one) with buttons to move,
    remove and add them."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._event: Event | None = None
        self._select: int | None = None
        """The row to select at the next fill (where a moved or added language went)."""
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Working languages, the main one first"))
        self.list.setToolTip(
            self.tr(
                "The first language is the main one: the projector's words and the texts "
                "you type in the agenda are in it. The second also shows on the projector."
            )
        )
        self.list.setMaximumHeight(self.list.fontMetrics().height() * 4 + 8)
        self.list.currentRowChanged.connect(lambda _: self._enable())
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.up_button.setAccessibleName(self.tr("Move the language up"))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.down_button.setAccessibleName(self.tr("Move the language down"))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the language"))
        self.remove_button.clicked.connect(self._remove)
        self.add_combo = QComboBox(self)
        self.add_combo.setAccessibleName(self.tr("Add a working language"))
        self.add_combo.activated.connect(self._add)

        buttons = QVBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.add_combo)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.list)  # the form's "Working languages" mnemonic

    def set_event(self, event: Event) -> None:
        self._event = event
        row = max(self.list.currentRow(), 0) if self._select is None else self._select
        self._select = None
        names = language_names()
        self.list.clear()
        for index, language in enumerate(event.working_languages):
            name = names[language]
            text = self.tr("%1 (main)").replace("%1", name) if index == 0 else name
            entry = QListWidgetItem(text, self.list)
            entry.setData(ROLE, language.value)
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.add_combo.clear()
        self.add_combo.addItem(self.tr("Add a language…"), "")
        for language, name in names.items():
            if language not in event.working_languages:
                self.add_combo.addItem(name, language.value)
        self._enable()

    def languages(self) -> tuple[Language, ...]:
        """The languages as listed now, the main one first."""
        return tuple(Language(self.list.item(row).data(ROLE)) for row in range(self.list.count()))

    def _enable(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.remove_button.setEnabled(row >= 0 and count > 1)
        self.add_combo.setEnabled(self.add_combo.count() > 1)

    def _move(self, step: int) -> None:
        languages = list(self.languages())
        row = self.list.currentRow()
        target = row + step
        if not (0 <= row < len(languages) and 0 <= target < len(languages)):
            return
        languages[row], languages[target] = languages[target], languages[row]
        self._select = target  # the moved language stays selected
        self._set(
            tuple(languages),
            self.tr("Make %1 the main language").replace("%1", language_names()[languages[0]])
            if target == 0 or row == 0
            else self.tr("Reorder the working languages"),
        )

    def _remove(self) -> None:
        languages = list(self.languages())
        row = self.list.currentRow()
        if not 0 <= row < len(languages) or len(languages) < 2:
            return
        removed = languages.pop(row)
        self._set(
            tuple(languages),
            self.tr("Remove %1 from the working languages").replace(
                "%1", language_names()[removed]
            ),
        )

    def _add(self, index: int) -> None:
        value = self.add_combo.itemData(index)
        if not value:
            return
        language = Language(value)
        self._select = self.list.count()  # the added one, once listed
        self._set(
            (*self.languages(), language),
            self.tr("Add %1 to the working languages").replace("%1", language_names()[language]),
        )

    def _set(self, languages: tuple[Language, ...], label: str) -> None:
        event = self._event
        if event is None or languages == event.working_languages:
            self._select = None
            return
        command = SetWorkingLanguages(event_id=event.id, languages=languages)
        if self._context.execute(command, label) is None:
            self.set_event(event)  # refused: show what is saved
