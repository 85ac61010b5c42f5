"""Creating or editing a session: title, description, date, times, time zone, place or link,
mode, and when the run timer warns."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from forum_desktop.agenda.durations import format_duration
from forum_desktop.models import Event, Language, Session, SessionMode
from forum_desktop.models.base import TITLE_MAX_LENGTH
from forum_desktop.models.translation import TranslatedField
from forum_desktop.services.translations import EventTexts, typed_text
from forum_desktop.ui.clock_times import clock_format
from forum_desktop.ui.combo_line import line_edit
from forum_desktop.ui.date_edit import DateEdit
from forum_desktop.ui.messages import fill
from forum_desktop.ui.numbers import percent_suffix
from forum_desktop.ui.qt_dates import qdate, qtime
from forum_desktop.ui.timezone_combo import TimeZoneCombo
from forum_desktop.ui.translation_rows import TranslationRow


class SessionDialog(QDialog):
    def __init__(
        self,
        event: Event,
        session: Session | None,
        parent: QWidget | None = None,
        texts: EventTexts | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit session") if session else self.tr("New session"))
        self.setMinimumWidth(460)  # room for the time-zone hint in French and Spanish
        self.title_edit = QLineEdit(session.title if session else self.tr("Session"), self)
        self.title_edit.setMaxLength(TITLE_MAX_LENGTH)  # a title longer is refused
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.dated = QCheckBox(self.tr("&Dated"), self)
        self.date_edit = DateEdit(self)
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.dated.toggled.connect(self.date_edit.setEnabled)
        self.start_edit = QTimeEdit(self)
        self.start_edit.setDisplayFormat(clock_format())
        self.start_edit.setAccessibleName(self.tr("Start time"))
        self.end_edit = QTimeEdit(self)
        self.end_edit.setDisplayFormat(clock_format())
        self.end_edit.setAccessibleName(self.tr("End time"))
        self.timed = QCheckBox(self.tr("&Timed"), self)
        self.timed.toggled.connect(self.start_edit.setEnabled)
        self.timed.toggled.connect(self.end_edit.setEnabled)
        self.timezone_combo = TimeZoneCombo(self)
        self.timezone_combo.setAccessibleName(self.tr("Time zone"))
        line_edit(self.timezone_combo).setPlaceholderText(
            self.tr("%1 (the event's)").replace("%1", event.timezone)
        )
        self.description_edit = QLineEdit(session.description if session else "", self)
        self.description_edit.setAccessibleName(self.tr("What the session is about"))
        self.place_edit = QLineEdit(session.place if session else event.place, self)
        self.place_edit.setAccessibleName(self.tr("Place"))
        self.link_edit = QLineEdit(session.link if session else "", self)
        self.link_edit.setAccessibleName(self.tr("Link for online participants"))
        self.mode_combo = QComboBox(self)
        self.mode_combo.setAccessibleName(self.tr("Onsite, online or hybrid"))
        for mode, label in (
            (SessionMode.ONSITE, self.tr("Onsite")),
            (SessionMode.ONLINE, self.tr("Online")),
            (SessionMode.HYBRID, self.tr("Hybrid")),
        ):
            self.mode_combo.addItem(label, mode)

        # The timer warns at the smaller of a share of the item's time and a cap.
        self.warning_percent = QSpinBox(self)
        self.warning_percent.setRange(0, 100)
        self.warning_percent.setSuffix(percent_suffix())
        self.warning_percent.setValue(session.warning_percent if session else 20)
        self.warning_percent.setAccessibleName(self.tr("Warn at this share of an item's time"))
        self.warning_cap = QSpinBox(self)
        self.warning_cap.setRange(0, 60)
        self.warning_cap.setSuffix(self.tr(" min"))
        self.warning_cap.setValue(session.warning_max_minutes if session else 2)
        self.warning_cap.setAccessibleName(self.tr("Warn at most this many minutes before the end"))
        warning = QHBoxLayout()
        warning.addWidget(self.warning_percent)
        warning.addWidget(QLabel(self.tr("of the item's time, at most"), self))
        warning.addWidget(self.warning_cap)
        warning.addStretch(1)

        day = (session.date if session else None) or event.start_date
        self.dated.setChecked(day is not None)
        self.date_edit.setDate(qdate(day or date.today()))
        self.date_edit.setEnabled(day is not None)
        start = session.start_time if session else time(9, 0)
        end = session.end_time if session else time(12, 0)
        self.timed.setChecked(start is not None)
        self.start_edit.setTime(qtime(start or time(9, 0)))
        self.end_edit.setTime(qtime(end or time(12, 0)))
        self.start_edit.setEnabled(start is not None)
        self.end_edit.setEnabled(start is not None)
        self.timezone_combo.setCurrentText(session.timezone if session else "")
        if session:
            self.mode_combo.setCurrentIndex(self.mode_combo.findData(session.mode))
        self.chatham = QCheckBox(
            self.tr("&Chatham House rule: keep what is said, name nobody"), self
        )
        self.chatham.setChecked(bool(session and session.chatham_house))

        self.span_label = QLabel(self)  # how long; an end before the start is the next day
        self.span_label.setAccessibleName(self.tr("Length of the session"))
        for changed in (self.start_edit.timeChanged, self.end_edit.timeChanged):
            changed.connect(self._show_span)
        self.timed.toggled.connect(self._show_span)
        self._show_span()

        times = QHBoxLayout()
        times.addWidget(self.timed)
        times.addWidget(self.start_edit)
        times.addWidget(self.end_edit)
        times.addWidget(self.span_label)
        when = QHBoxLayout()
        when.addWidget(self.dated)
        when.addWidget(self.date_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(self._validate)
        self.timezone_combo.currentTextChanged.connect(self._validate)
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title_edit)
        self.translations: dict[tuple[Language, TranslatedField], TranslationRow] = {}
        """A row per other working language under the title and the description (an
        existing session's only: a translation names its record)."""
        self._add_translations(form, session, texts, TranslatedField.TITLE)
        form.addRow(self.tr("De&scription:"), self.description_edit)
        self._add_translations(form, session, texts, TranslatedField.DESCRIPTION)
        form.addRow(self.tr("Date:"), when)
        form.addRow(self.tr("Times:"), times)
        form.addRow(self.tr("Time &zone:"), self.timezone_combo)
        form.addRow(self.tr("&Place:"), self.place_edit)
        form.addRow(self.tr("&Link:"), self.link_edit)
        form.addRow(self.tr("&Mode:"), self.mode_combo)
        form.addRow("", self.chatham)
        warning_label = QLabel(self.tr("Timer &warns at:"), self)
        warning_label.setBuddy(self.warning_percent)
        form.addRow(warning_label, warning)
        form.addRow(self.buttons)
        self._validate()

    def _add_translations(
        self,
        form: QFormLayout,
        session: Session | None,
        texts: EventTexts | None,
        field: TranslatedField,
    ) -> None:
        if session is None or texts is None:
            return
        for language in texts.languages[1:]:
            row = TranslationRow(self, language, field, None, multiline=False)
            row.fill(typed_text(texts, session, field, language), getattr(session, field.value))
            form.addRow(row.label, row.edit)
            self.translations[(language, field)] = row

    def translated(self) -> dict[tuple[Language, TranslatedField], str]:
        """The texts in the other working languages as typed (empty: not translated)."""
        return {key: row.text().strip() for key, row in self.translations.items()}

    def _validate(self) -> None:
        zone = self.timezone_combo.currentText().strip()
        ok = bool(self.title_edit.text().strip()) and (not zone or self.timezone_combo.is_valid())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _show_span(self) -> None:
        if not self.timed.isChecked():
            self.span_label.setText("")
            return
        start = self.start_edit.time()
        minutes = start.secsTo(self.end_edit.time()) // 60
        if minutes >= 0:
            self.span_label.setText(format_duration(minutes))
        else:  # an end before the start, as the schedule reads it: past midnight
            overnight = format_duration(minutes + 24 * 60)
            self.span_label.setText(fill(self.tr("%1, ending the next day"), overnight))

    def values(self) -> dict[str, Any]:
        timed = self.timed.isChecked()
        return {
            "title": self.title_edit.text().strip(),
            "description": self.description_edit.text().strip(),
            "date": self.date_edit.date().toPython() if self.dated.isChecked() else None,
            "start_time": self.start_edit.time().toPython() if timed else None,
            "end_time": self.end_edit.time().toPython() if timed else None,
            "timezone": self.timezone_combo.currentText().strip(),
            "place": self.place_edit.text().strip(),
            "link": self.link_edit.text().strip(),
            "mode": SessionMode(self.mode_combo.currentData()),
            "warning_percent": self.warning_percent.value(),
            "warning_max_minutes": self.warning_cap.value(),
            "chatham_house": self.chatham.isChecked(),
        }
