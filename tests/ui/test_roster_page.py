"""The roster tab by keyboard: add, check in, filter, remove, CSV import and export."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from forum_desktop.interchange.roster_csv import preview, read_table
from forum_desktop.models import AttendanceStatus, Participant
from forum_desktop.services.commands import execute
from forum_desktop.services.demo import CreateDemoEvent
from forum_desktop.services.events import CreateEvent
from forum_desktop.ui.csv_import_dialog import CsvImportDialog
from forum_desktop.ui.language import install
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.roster_model import Column
from forum_desktop.ui.roster_page import RosterPage

from .conftest import Prompts

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def roster(window: MainWindow) -> tuple[RosterPage, UUID]:
    event_id = execute(window.context.store, CreateDemoEvent()).value
    window.events_model.reload()
    window.open_event(event_id)
    window.page.tabs.setCurrentWidget(window.page.roster)
    return window.page.roster, event_id


def select_rows(page: RosterPage, *rows: int) -> None:
    selection = page.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            page.proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    page.table.setFocus()


def people(page: RosterPage, event_id: UUID) -> list[Participant]:
    return page.model._context.store.select(Participant, {"event_id": event_id})


def test_add_person_by_keyboard_and_undo(
    roster: tuple[RosterPage, UUID], qtbot: QtBot, answers: Prompts, window: MainWindow
) -> None:
    page, event_id = roster
    page.table.setFocus()
    answers.texts.append("  Ana Lúcia <i>da</i> Silva ")
    qtbot.keyClick(page.table, Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
    names = [p.name for p in people(page, event_id)]
    assert names[-1] == "Ana Lúcia <i>da</i> Silva"
    assert page.model.index(15, Column.NAME).data() == "Ana Lúcia <i>da</i> Silva"
    assert page.count_label.text() == "16 people"
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert len(people(page, event_id)) == 15


def test_check_in_selected_people_with_shortcuts(
    roster: tuple[RosterPage, UUID], qtbot: QtBot, window: MainWindow
) -> None:
    page, event_id = roster
    steps = window.context.undo_stack.count()
    select_rows(page, 0, 1)
    qtbot.keyClick(page.table, Qt.Key.Key_1, CTRL)
    assert window.context.undo_stack.count() == steps + 1
    assert window.context.undo_stack.undoText() == "Mark as Present"
    select_rows(page, 2)
    qtbot.keyClick(page.table, Qt.Key.Key_2, CTRL)
    statuses = [p.attendance for p in people(page, event_id)[:4]]
    assert statuses == [
        AttendanceStatus.PRESENT,
        AttendanceStatus.PRESENT,
        AttendanceStatus.LATE,
        AttendanceStatus.UNKNOWN,
    ]
    assert page.model.index(0, Column.ATTENDANCE).data() == "Present"
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # the late mark
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # both present marks in one step
    assert {p.attendance for p in people(page, event_id)} == {AttendanceStatus.UNKNOWN}


def test_filter_and_remove(roster: tuple[RosterPage, UUID], qtbot: QtBot) -> None:
    page, event_id = roster
    page.filter_edit.setFocus()
    qtbot.keyClicks(page.filter_edit, "barcelone")
    assert page.proxy.rowCount() == 3
    assert page.count_label.text() == "3 of 15 people"
    select_rows(page, 0)
    removed = page.proxy.index(0, Column.NAME).data()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert removed not in [p.name for p in people(page, event_id)]
    assert page.proxy.rowCount() == 2


def test_people_an_undo_brings_back_are_selected(
    roster: tuple[RosterPage, UUID], qtbot: QtBot, answers: Prompts, window: MainWindow
) -> None:
    page, _ = roster
    select_rows(page, 2, 3)
    gone = page.selected_ids()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.selected_ids() != gone
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert sorted(page.selected_ids()) == sorted(gone)  # back, and in view
    answers.texts.append("Ana Silva")
    qtbot.keyClick(page.table, Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
    added = page.selected_ids()
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    select_rows(page, 0)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert page.selected_ids() == added  # the redone person


def test_empty_roster_says_what_to_do(window: MainWindow) -> None:
    result = window.context.execute(CreateEvent(title="Empty"), "new")
    assert result is not None
    window.open_event(result.value)
    page = window.page.roster
    window.page.tabs.setCurrentWidget(page)
    assert page.empty_label.isVisibleTo(window)
    assert "Nobody on the roster yet" in page.empty_label.text()
    assert not page.table.isVisibleTo(window)


def test_csv_import_previews_then_imports_good_rows(
    roster: tuple[RosterPage, UUID],
    answers: Prompts,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page, event_id = roster
    source = tmp_path / "inscrits.csv"
    source.write_bytes(
        "Prénom;Nom;Organisme;Ville;Pays;Courriel;Rôle\r\n"
        "Amina;Diallo;Ville de Dakar;Dakar;Sénégal;amina@example.org;participante\r\n"
        "Jean;Dupont;Métropole;Lyon;France;pas-une-adresse;participant\r\n"
        "Sofía;Gómez;Alcaldía;Bogotá;Colombia;sofia@example.org;ponente\r\n".encode("cp1252")
    )
    seen: dict[str, object] = {}

    def exec_(dialog: CsvImportDialog) -> int:
        seen["summary"] = dialog.summary.text()
        seen["problems"] = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
        seen["button"] = dialog.import_button.text()
        dialog.accept()
        return 1

    monkeypatch.setattr(CsvImportDialog, "exec", exec_)
    answers.open_paths.append(source)
    page.import_action.trigger()
    assert "2 people will be imported" in str(seen["summary"])
    assert seen["button"] == "Import 2 people"
    problems = seen["problems"]
    assert isinstance(problems, list) and len(problems) == 1 and problems[0].startswith("Line 3:")
    names = [p.name for p in people(page, event_id)]
    assert names[-2:] == ["Amina Diallo", "Sofía Gómez"]
    page.model._context.undo_stack.undo()
    assert len(people(page, event_id)) == 15


def test_csv_import_explains_bad_rows_and_bad_files_in_french(
    qtbot: QtBot, answers: Prompts, tmp_path: Path
) -> None:
    rows = tmp_path / "inscrits.csv"
    rows.write_text(
        "Nom complet,Courriel,Langue,Rôle\nJean Dupont,pas-une-adresse,klingon,\n"
        "Awa Diop,awa@example.org,es,facilitator\n",
        encoding="utf-8",
    )
    workbook = tmp_path / "inscrits.csv.xlsx"
    workbook.write_bytes(b"PK\x03\x04 not a csv")
    install("fr")
    try:
        dialog = CsvImportDialog(rows)
        qtbot.addWidget(dialog)
        assert dialog.load()
        shown = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
        table = dialog.rows_table
        previewed = [table.item(0, column).text() for column in range(table.columnCount())]
        refused = CsvImportDialog(workbook)
        qtbot.addWidget(refused)
        assert not refused.load()
    finally:
        install("en")
    assert shown == [
        'Ligne 2 : le courriel "pas-une-adresse" n\'est pas une adresse électronique ; '
        "la langue \"klingon\" n'est pas l'une de en, fr, es"
    ]
    assert answers.errors[0][1].startswith("Ceci est un classeur de tableur, pas un fichier CSV.")
    assert previewed[5:9] == ["Facilitateur", "awa@example.org", "Espagnol", "Sur place"]


def test_csv_import_cancel_imports_nothing(
    roster: tuple[RosterPage, UUID],
    answers: Prompts,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page, event_id = roster
    source = tmp_path / "list.csv"
    source.write_text("Name,Email\nZoe,zoe@example.org\n", encoding="utf-8")
    monkeypatch.setattr(CsvImportDialog, "exec", lambda dialog: 0)
    answers.open_paths.append(source)
    page.import_action.trigger()
    assert len(people(page, event_id)) == 15


def test_unreadable_csv_is_reported(
    roster: tuple[RosterPage, UUID], answers: Prompts, tmp_path: Path
) -> None:
    page, event_id = roster
    source = tmp_path / "photo.csv"
    source.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    answers.open_paths.append(source)
    page.import_action.trigger()
    assert answers.errors and "photo.csv" in answers.errors[0][0]
    assert len(people(page, event_id)) == 15


def test_csv_export_round_trips(
    roster: tuple[RosterPage, UUID], answers: Prompts, tmp_path: Path
) -> None:
    page, event_id = roster
    target = tmp_path / "roster.csv"
    answers.save_paths.append(target)
    page.export_action.trigger()
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    table = read_table(data)
    from forum_desktop.interchange.roster_csv import guess_mapping

    result = preview(table, guess_mapping(table.headers))
    assert result.problems == []
    assert [person["name"] for _, person in result.people] == [
        p.name for p in people(page, event_id)
    ]


def test_mapping_a_field_twice_blocks_import(
    roster: tuple[RosterPage, UUID], qtbot: QtBot, tmp_path: Path
) -> None:
    page, _ = roster
    source = tmp_path / "list.csv"
    source.write_text("Name,Town,Email\nZoe,Lyon,zoe@example.org\n", encoding="utf-8")
    dialog = CsvImportDialog(source, page)
    qtbot.addWidget(dialog)
    assert dialog.load()
    assert dialog.mapping() == ["name", "city", "email"]
    assert dialog.import_button.isEnabled()
    dialog.set_mapping(1, "name")
    assert not dialog.import_button.isEnabled()
    assert "more than one column" in dialog.summary.text()
    dialog.set_mapping(1, "country")
    assert dialog.import_button.isEnabled()
    assert "1 person will be imported" in dialog.summary.text()


def test_a_failed_export_shows_the_path_as_typed(
    roster: tuple[RosterPage, UUID], answers: Prompts, tmp_path: Path
) -> None:
    page, _ = roster
    target = tmp_path / "missing %2 %1" / "roster.csv"
    answers.save_paths.append(target)
    page.export_action.trigger()
    assert answers.errors[0][0] == "Export failed"
    assert answers.errors[0][1].startswith(f"Could not write {target}: ")
    assert not target.parent.exists()
