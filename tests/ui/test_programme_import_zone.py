"""The programme import dialog says what it did with a note's time zone and header, in
the interface's language, before anything is imported."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTime
from pytestqt.qtbot import QtBot

from forum_desktop.models import Event, Language, Session
from forum_desktop.services.agenda import sessions_of
from forum_desktop.services.events import CreateEvent
from forum_desktop.ui.language import install
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.programme_import_dialog import ProgrammeImportDialog

NOTE = Path(__file__).parents[1] / "agenda" / "data" / "learning-forum-session-note.fr.txt"


def _warnings(dialog: ProgrammeImportDialog) -> list[str]:
    return [dialog.warnings.item(row).text() for row in range(dialog.warnings.count())]


@pytest.mark.parametrize(
    ("language", "converted", "kind"),
    [
        (
            "en",
            "The programme gives its times in CET; this event is in Africa/Dakar: the times "
            "were converted to 09:00–10:30.",
            "line 5: “NOTE D'INFORMATION” names the kind of document; it is not taken as context",
        ),
        (
            "fr",
            "Le programme donne ses horaires en CET ; cet événement est en Africa/Dakar : les "
            "horaires ont été convertis en 09:00–10:30.",
            "ligne 5 : “NOTE D'INFORMATION” indique le type de document ; il n’est pas repris "
            "dans le contexte",
        ),
        (
            "es",
            "El programa da sus horarios en CET; este evento está en Africa/Dakar: los "
            "horarios se convirtieron a 09:00–10:30.",
            "línea 5: “NOTE D'INFORMATION” indica el tipo de documento; no se toma como contexto",
        ),
    ],
)
def test_the_dialog_says_the_cet_times_were_converted_for_a_dakar_event(
    qtbot: QtBot, language: str, converted: str, kind: str
) -> None:
    install(language)
    event = Event(title="Forum", timezone="Africa/Dakar")
    dialog = ProgrammeImportDialog([], None, event=event)
    qtbot.addWidget(dialog)
    dialog.text_edit.setPlainText(NOTE.read_text(encoding="utf-8"))
    shown = _warnings(dialog)
    assert converted in shown
    assert kind in shown
    assert dialog.programme is not None
    assert dialog.programme.days[0].start is not None
    assert dialog.programme.days[0].start.strftime("%H:%M") == "09:00"
    session = dialog.preview.topLevelItem(0)
    if language == "en":  # the system's English: "9:00 AM" in the US, "09:00" in Britain
        nine = QLocale().toString(QTime(9, 0), QLocale.FormatType.ShortFormat)
        half_past_ten = QLocale().toString(QTime(10, 30), QLocale.FormatType.ShortFormat)
    else:  # as the warning above writes them
        nine, half_past_ten = "09:00", "10:30"
    assert (session.text(1), session.toolTip(1)) == (nine, f"{nine}–{half_past_ten}")


@pytest.mark.parametrize("start_date", [None, date(2022, 2, 23)])
def test_the_spanish_preview_writes_hours_on_two_digits_as_its_notice_does(
    qtbot: QtBot, start_date: date | None
) -> None:
    """Qt's Spanish writes "9:00"; the notice next to it says "09:00–10:30"."""
    install("es")
    event = Event(title="Forum", timezone="Africa/Dakar", start_date=start_date)
    dialog = ProgrammeImportDialog([], None, event=event)
    qtbot.addWidget(dialog)
    dialog.text_edit.setPlainText(NOTE.read_text(encoding="utf-8"))
    session = dialog.preview.topLevelItem(0)
    assert (session.text(1), session.toolTip(1)) == ("09:00", "09:00–10:30")


def test_without_a_zone_the_dialog_says_nothing_of_zones(qtbot: QtBot) -> None:
    event = Event(title="Forum", timezone="Africa/Dakar")
    dialog = ProgrammeImportDialog([], None, event=event)
    qtbot.addWidget(dialog)
    dialog.text_edit.setPlainText(NOTE.read_text(encoding="utf-8").replace(" (CET)", ""))
    assert not [text for text in _warnings(dialog) if "gives its times in" in text]
    assert dialog.programme is not None
    assert dialog.programme.days[0].start is not None
    assert dialog.programme.days[0].start.strftime("%H:%M") == "10:00"


def test_appending_to_a_session_does_not_promise_the_event_the_programmes_dates(
    qtbot: QtBot,
) -> None:
    event = Event(title="Forum", timezone="Europe/Paris")
    session = Session(event_id=event.id, title="Ouverture", position=0)
    dialog = ProgrammeImportDialog([session], None, event=event)
    qtbot.addWidget(dialog)
    dialog.text_edit.setPlainText(NOTE.read_text(encoding="utf-8"))
    dated = "The event, undated so far, takes the programme's dates: 2022-02-23."
    assert dated in _warnings(dialog)
    dialog.target.setCurrentIndex(1)
    assert dated not in _warnings(dialog)


def test_importing_the_note_dates_the_event_and_fills_its_context_without_the_header(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    """The review's case: a Dakar event, undated, the French note with "Use the rest as the
    event's context": the Details tab then shows the note's date and a context starting
    with the note's own, one Undo takes it all back."""
    install("fr")
    created = window.context.execute(
        CreateEvent(title="Séminaire de Thiès", language=Language.FR, timezone="Africa/Dakar"),
        "new",
    )
    assert created is not None
    window.context.undo_stack.clear()
    window.open_event(created.value)
    window.page.tabs.setCurrentWidget(window.page.agenda)

    def accept(dialog: ProgrammeImportDialog) -> int:
        dialog.text_edit.setPlainText(NOTE.read_text(encoding="utf-8"))
        dialog.take_context.setChecked(True)
        return 1

    monkeypatch.setattr(ProgrammeImportDialog, "exec", accept)
    window.page.agenda.import_programme()
    [session] = sessions_of(window.context.store, created.value)
    assert (session.start_time, session.end_time) == (time(9, 0), time(10, 30))
    details = window.page.details
    window.page.tabs.setCurrentWidget(details)
    qtbot.waitUntil(lambda: details.dated.isChecked())
    assert details.start_edit.date().toString("yyyy-MM-dd") == "2022-02-23"
    assert details.context_edit.toPlainText().startswith("L'apprentissage continu est essentiel")

    window.context.undo_stack.undo()
    qtbot.waitUntil(lambda: not details.dated.isChecked())
    assert details.context_edit.toPlainText() == ""
