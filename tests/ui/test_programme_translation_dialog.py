"""The programme import reads a second note into a working language (issue 25): choose
the language, see the pairs and what is left unpaired, import as one undo step."""

from __future__ import annotations

import contextlib
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle
from pytestqt.exceptions import TimeoutError as WaitTimeout
from pytestqt.qtbot import QtBot

from forum_desktop.agenda.programme_text import parse_programme
from forum_desktop.models import AgendaItem, Language, Translation
from forum_desktop.models.translation import TranslatedField
from forum_desktop.services.agenda import items_of, sessions_of
from forum_desktop.services.agenda_import import ImportAgenda
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.translations import EventTexts, SetWorkingLanguages
from forum_desktop.ui.agenda_page import AgendaPage
from forum_desktop.ui.language import install
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.programme_import_dialog import ProgrammeImportDialog
from forum_desktop.ui.programme_pairs_table import ProgrammePairsTable

DATA = Path(__file__).resolve().parents[1] / "agenda" / "data"


@pytest.fixture
def event_id(window: MainWindow) -> UUID:
    """A French event working in English too, with the seed's programme as its agenda."""
    context = window.context
    created = context.execute(CreateEvent(title="Forum", timezone="Europe/Paris"), "new")
    assert created is not None
    event_id: UUID = created.value
    context.execute(
        SetWorkingLanguages(event_id=event_id, languages=(Language.FR, Language.EN)), "languages"
    )
    note = (DATA / "learning-forum-session-note.fr.txt").read_text(encoding="utf-8")
    context.execute(ImportAgenda(event_id=event_id, programme=parse_programme(note)), "import")
    context.undo_stack.clear()
    window.open_event(event_id)
    window.page.tabs.setCurrentWidget(window.page.agenda)
    return event_id


def _rows(dialog: ProgrammeImportDialog) -> list[list[str]]:
    table = dialog.pairs
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_a_note_read_into_english_previews_its_pairs_and_imports_in_one_step(
    window: MainWindow, event_id: UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    page: AgendaPage = window.page.agenda
    seen: dict[str, object] = {}

    def accept(dialog: ProgrammeImportDialog) -> int:
        choices = [dialog.read_into.itemText(i) for i in range(dialog.read_into.count())]
        seen["choices"] = choices
        assert dialog.views.currentWidget() is dialog.preview  # the main language first
        dialog.read_into.setCurrentIndex(1)
        assert dialog.views.currentWidget() is dialog.pairs
        assert not dialog.import_button.isEnabled()  # no note yet
        english = (DATA / "learning-forum-programme.en.txt").read_text(encoding="utf-8")
        dialog.text_edit.setPlainText(english)
        seen["rows"] = _rows(dialog)
        seen["summary"] = dialog.summary.text()
        assert dialog.import_button.isEnabled()
        return 1

    monkeypatch.setattr(ProgrammeImportDialog, "exec", accept)
    items_before = len(window.context.store.select(AgendaItem))
    page.import_programme()

    assert seen["choices"] == ["Français (new agenda)", "English (translation of this agenda)"]
    rows = seen["rows"]
    assert isinstance(rows, list)
    assert rows[:3] == [
        [
            "2022-02-23",
            "En route vers le Forum d'apprentissage",
            "On the way to the Learning Forum",
            "",
        ],
        ["10:00", "Bienvenue", "Welcome", ""],
        [
            "10:00",
            "    Aperçu de l'approche globale d'apprentissage de CGLU",
            "    Overview of the network's learning approach",
            "",
        ],
    ]
    assert rows[-2:] == [
        [
            "11:20",
            "    Suggestions pour le Congrès de CGLU à Daejeon",
            "",
            "the item it belongs to is not paired",
        ],
        ["11:30", "", "Closing words", "no item of the agenda starts at 11:30 here"],
    ]
    assert len(rows) == 12
    assert seen["summary"] == (
        "11 texts of the note will be the agenda's translations. Nothing is saved until you "
        "import. 5 rows are left unpaired: see why in the table."
    )

    store = window.context.store
    assert len(store.select(AgendaItem)) == items_before  # a translation adds no item
    texts = EventTexts.load(store, event_id)
    [session] = sessions_of(store, event_id)
    welcome = items_of(store, session.id)[0]
    assert texts.text(welcome, TranslatedField.TITLE, Language.EN).text == "Welcome"
    assert window.context.undo_stack.count() == 1
    window.context.undo_stack.undo()
    assert [t.text for t in store.select(Translation, order_by="id") if t.text] == []


def cut_cells(table: ProgrammePairsTable) -> list[str]:
    """The texts of the cells that do not show whole (wrapped at the cell's width)."""
    metrics = table.fontMetrics()
    # A cell's text keeps the style's margin on each side (as Qt's item views do).
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
    cut = []
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            text = table.item(row, column).text()
            cell = table.visualRect(table.model().index(row, column))
            room = cell.adjusted(margin, 0, -margin, 0)
            needed = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, text)
            if needed.height() > cell.height() or needed.width() > room.width():
                cut.append(text)
    return cut


def test_the_pairs_show_whole_in_french_why_a_row_is_left_unpaired_included(
    window: MainWindow, event_id: UUID, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    """At the dialog's size on a 1024×768 screen, every cell of the pairs shows its text
    whole, wrapped: elided, "the item it belongs to is not paired" read "le point dont il
    fait partie n'est…", and the summary says to see why in the table. Before the note
    is pasted, the summary says what to do."""
    install("fr")
    seen: list[list[str]] = []

    def accept(dialog: ProgrammeImportDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.frameGeometry().width() <= 1024 and dialog.frameGeometry().height() <= 768
        dialog.read_into.setCurrentIndex(1)
        assert dialog.summary.text() == (  # no note yet: what to do (it said "0 textes")
            "Collez ou ouvrez la note traduite : ses journées et ses points seront associés "
            "à ceux de cet ordre du jour par date, heure et ordre."
        )
        english = (DATA / "learning-forum-programme.en.txt").read_text(encoding="utf-8")
        dialog.text_edit.setPlainText(english)
        table = dialog.pairs
        assert table.rowCount() == 12
        assert table.item(11, 3).text() == "aucun point du programme ne commence à 11:30 ici"
        with contextlib.suppress(WaitTimeout):  # the rows take their height once laid out
            qtbot.waitUntil(lambda: not cut_cells(table), timeout=2000)
        seen.append(cut_cells(table))
        dialog.close()
        return 0

    monkeypatch.setattr(ProgrammeImportDialog, "exec", accept)
    window.page.agenda.import_programme()
    assert seen == [[]]
