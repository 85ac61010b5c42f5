"""Import a programme from a concept note: paste or open text, preview, then create.

Nothing is written until the user presses Import; the preview shows each day and item
with its time and duration, flags items without a duration, and lists every warning.
Day headings without a year take the Year field's (the event's year to begin with), and
each item's duration can be adjusted in the preview before importing. Read into another
working language of the event, the note is the translation of the agenda it has: the
preview pairs its days and items with the sessions and items (issue 25).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.agenda.programme_file import (
    MAX_BYTES,
    MAX_ITEMS,
    TOO_LARGE,
    TOO_MANY_ITEMS,
    ProgrammeFileError,
    decode_programme,
)
from forum_desktop.agenda.programme_text import (
    ParsedDay,
    ParsedItem,
    ParsedProgramme,
    parse_programme,
)
from forum_desktop.models import Event, Session
from forum_desktop.models.event import Language
from forum_desktop.services.agenda_import import MAX_ITEM_MINUTES, recognise_methods
from forum_desktop.services.programme_event import for_event
from forum_desktop.services.programme_match import ProgrammeMatch
from forum_desktop.ui import prompts
from forum_desktop.ui.clock_times import hour_minute
from forum_desktop.ui.language import AUTONYMS
from forum_desktop.ui.notice_texts import notice_text
from forum_desktop.ui.programme_pairs_table import ProgrammePairsTable
from forum_desktop.ui.qt_dates import qdate

FIRST_YEAR, LAST_YEAR = 1900, 2200
MEGABYTES = MAX_BYTES // (1024 * 1024)


class ProgrammeImportDialog(QDialog):
    def __init__(
        self,
        sessions: list[Session],
        parent: QWidget | None = None,
        *,
        year: int | None = None,
        languages: Sequence[Language] = (),
        pair: Callable[[ParsedProgramme], ProgrammeMatch] | None = None,
        event: Event | None = None,
    ) -> None:
        """``languages``: the event's working languages, main first; ``pair`` pairs a
        note with the event's agenda (both needed to read a note as a translation);
        ``event``: the one imported into (its time zone and dates, ``for_event``)."""
        super().__init__(parent)
        self._event = event
        self.setWindowTitle(self.tr("Import a programme"))
        self.resize(980, 620)
        self.programme: ParsedProgramme | None = None
        self.match: ProgrammeMatch | None = None
        """The note paired with the agenda, when it is read as a translation."""
        self._pair = pair
        self._main_language = languages[0] if languages else Language.EN
        self.read_into = QComboBox(self)
        self.read_into.setAccessibleName(self.tr("Read the note into"))
        if languages:
            self.read_into.addItem(
                self.tr("%1 (new agenda)").replace("%1", AUTONYMS[languages[0].value]), ""
            )
        for language in languages[1:] if pair is not None else ():
            self.read_into.addItem(
                self.tr("%1 (translation of this agenda)").replace("%1", AUTONYMS[language.value]),
                language.value,
            )
        self.read_into.currentIndexChanged.connect(self._read_into_changed)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setAccessibleName(self.tr("Programme text"))
        self.text_edit.setPlaceholderText(
            self.tr("Paste the concept note or programme here, or open a .txt or .md file.")
        )
        self.open_button = QPushButton(self.tr("&Open file…"), self)
        self.open_button.clicked.connect(self.open_file)
        self.preview = QTreeWidget(self)
        self.preview.setAccessibleName(self.tr("What will be created"))
        self.preview.setHeaderLabels([self.tr("Item"), self.tr("Start"), self.tr("Duration")])
        self.pairs = ProgrammePairsTable(self)
        self.views = QStackedWidget(self)
        self.views.addWidget(self.preview)
        self.views.addWidget(self.pairs)
        self.warnings = QListWidget(self)
        self.warnings.setAccessibleName(self.tr("Warnings"))
        # Whole sentences, wrapped: the zone's or the context's was cut at 1024 px.
        self.warnings.setWordWrap(True)
        self.warnings.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.warnings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.warnings_label = QLabel(self.tr("Warnings:"), self)
        self.target = QComboBox(self)
        self.target.setAccessibleName(self.tr("Where to put the items"))
        self.target.addItem(self.tr("New sessions, one per day"), None)
        for session in sessions:
            self.target.addItem(self.tr("Append to “%1”").replace("%1", session.title), session.id)
        self.year = QSpinBox(self)
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(year or QDate.currentDate().year())
        self.year.setAccessibleName(self.tr("Year of dates without one"))
        self.year.valueChanged.connect(self.refresh)
        self.target.currentIndexChanged.connect(self.refresh)  # the event's dates or not
        self.take_context = QCheckBox(self.tr("Use the rest as the event's &context"), self)
        self.take_objectives = QCheckBox(self.tr("Add the objectives found"), self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text_edit.textChanged.connect(self.refresh)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.text_edit, 1)
        left_layout.addWidget(self.open_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.views, 3)
        right_layout.addWidget(self.warnings_label)
        right_layout.addWidget(self.warnings, 2)
        splitter = self.splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        options = self.options = QFormLayout()
        options.addRow(self.tr("&Read into:"), self.read_into)
        options.setRowVisible(self.read_into, self.read_into.count() > 1)
        options.addRow(self.tr("&Put items in:"), self.target)
        options.addRow(self.tr("&Year of dates without one:"), self.year)
        checks = QHBoxLayout()
        checks.addWidget(self.take_context)
        checks.addWidget(self.take_objectives)
        options.addRow(checks)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(options)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.refresh()

    def open_file(self) -> None:
        path = prompts.open_file(
            self, self.tr("Open a programme"), self.tr("Text (*.txt *.md);;All files (*)")
        )
        if path is None:
            return
        try:
            if path.stat().st_size > MAX_BYTES:  # refused before reading it
                raise ProgrammeFileError(TOO_LARGE, megabytes=MEGABYTES)
            text = decode_programme(path.read_bytes())
        except (OSError, ProgrammeFileError) as error:
            message = (
                notice_text(error.notice)
                if isinstance(error, ProgrammeFileError)
                else error.strerror or str(error)
            )
            prompts.error(self, self.tr("Cannot open %1").replace("%1", path.name), message)
            return
        self.text_edit.setPlainText(text)

    def _read_into_changed(self) -> None:
        # The pairs table has four columns of text: it gets two thirds of the width.
        width = sum(self.splitter.sizes()) or self.width()  # not laid out yet: the dialog's
        third = width // 3 if self.translation_language() is not None else width // 2
        self.splitter.setSizes([third, width - third])
        self.refresh()

    def translation_language(self) -> Language | None:
        """The working language the note is read into as a translation; None for the main
        one (the note makes new agenda items)."""
        chosen = self.read_into.currentData()
        return Language(chosen) if chosen else None

    def refresh(self) -> None:
        text = self.text_edit.toPlainText()
        too_large = len(text.encode("utf-8")) > MAX_BYTES
        self.programme = None
        if text.strip() and not too_large:
            programme = parse_programme(text, year=self.year.value())
            programme = recognise_methods(programme, language=self._main_language)
            if self._event is not None:
                new = self.target.currentData() is None
                programme = for_event(programme, self._event, new_sessions=new)
            self.programme = programme
        translating = self.translation_language() is not None
        self.options.setRowVisible(self.target, not translating)
        self.take_context.setVisible(not translating)
        self.take_objectives.setVisible(not translating)
        self.warnings_label.setVisible(not translating)
        self.warnings.setVisible(not translating)
        if translating:
            self._refresh_pairs(too_large)
            return
        self.match = None
        self.views.setCurrentWidget(self.preview)
        self.preview.clear()
        self.warnings.clear()
        count = 0
        locale = QLocale()
        if self.programme is not None:
            for day in self.programme.days:
                day_text = (
                    locale.toString(qdate(day.date), QLocale.FormatType.LongFormat)
                    if day.date
                    else ""
                )
                heading = day.title or day_text
                node = QTreeWidgetItem(self.preview, [heading or self.tr("Session")])
                self._show_day_times(node, day)
                count += self._add_items(node, day.items)
            for warning in self.programme.warnings:
                self.warnings.addItem(notice_text(warning))
            self.take_context.setEnabled(bool(self.programme.context))
            self.take_objectives.setEnabled(bool(self.programme.objectives))
        self.preview.expandAll()
        self.preview.resizeColumnToContents(0)
        self.import_button.setEnabled(0 < count <= MAX_ITEMS)
        if too_large:
            self.summary.setText(notice_text(TOO_LARGE(megabytes=MEGABYTES)))
        elif count > MAX_ITEMS:
            self.summary.setText(notice_text(TOO_MANY_ITEMS(count=count, limit=MAX_ITEMS)))
        else:
            self.summary.setText(
                self.tr(
                    "%n agenda items will be created. Nothing is saved until you import.",
                    "",
                    count,
                )
            )

    def _refresh_pairs(self, too_large: bool) -> None:
        """The note read as a translation: its pairs with the agenda and what is left."""
        assert self._pair is not None  # a translation is offered only with a matcher
        self.views.setCurrentWidget(self.pairs)
        self.match = None if self.programme is None else self._pair(self.programme)
        self.pairs.show_match(self.match)
        count = 0 if self.match is None else sum(len(p.texts) for p in self.match.pairs)
        self.import_button.setEnabled(count > 0)
        if too_large:
            self.summary.setText(notice_text(TOO_LARGE(megabytes=MEGABYTES)))
            return
        if self.programme is None:  # no note yet: what to do, not "0 texts"
            self.summary.setText(
                self.tr(
                    "Paste or open the translated note: its days and items will be paired "
                    "with this agenda's by date, time and order."
                )
            )
            return
        left = 0 if self.match is None else len(self.match.unmatched)
        summary = self.tr(
            "%n texts of the note will be the agenda's translations. Nothing is saved until "
            "you import.",
            "",
            count,
        )
        if left:
            summary += " " + self.tr("%n rows are left unpaired: see why in the table.", "", left)
        self.summary.setText(summary)

    @staticmethod
    def _show_day_times(node: QTreeWidgetItem, day: ParsedDay) -> None:
        """The session's start as it will have it (in the event's zone), as its items show
        theirs; its start–end in the tooltip."""
        if day.start is None:
            return
        start = hour_minute(day.start)
        node.setText(1, start)
        if day.end is not None:
            end = hour_minute(day.end)
            node.setToolTip(1, f"{start}–{end}")

    def _add_items(self, parent: QTreeWidgetItem, items: list[ParsedItem]) -> int:
        count = 0
        for item in items:
            start = hour_minute(item.start) if item.start else ""
            if item.time_to_confirm:
                start = self.tr("to confirm")
            node = QTreeWidgetItem(parent, [item.title, start, ""])
            if item.description:
                node.setToolTip(0, item.description)
            self.preview.setItemWidget(node, 2, self._duration_box(item))
            count += 1 + self._add_items(node, item.children)
        return count

    def _duration_box(self, item: ParsedItem) -> QSpinBox:
        """The item's duration, to adjust before importing (⚠ when the text gives none)."""
        box = QSpinBox(self.preview)
        box.setRange(0, MAX_ITEM_MINUTES)
        box.setSuffix(self.tr(" min"))
        box.setSpecialValueText(self.tr("⚠ none"))
        box.setValue(item.minutes or 0)
        box.setAccessibleName(self.tr("Duration of “%1”").replace("%1", item.title))

        def adjust(minutes: int) -> None:
            item.minutes = minutes or None

        box.valueChanged.connect(adjust)
        return box
