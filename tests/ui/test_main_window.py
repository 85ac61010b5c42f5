"""The main window driven as a user would: keyboard shortcuts, menus, undo."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from pytestqt.qtbot import QtBot

from forum_desktop.clock import FakeClock
from forum_desktop.models import Event, Language, Participant
from forum_desktop.services.commands import execute
from forum_desktop.services.demo import CreateDemoEvent
from forum_desktop.services.events import CreateEvent, DeleteEvent, UpdateEvent, list_events
from forum_desktop.storage import BackupReason, Store, open_database
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.language import install
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.new_event_dialog import NewEventDialog
from forum_desktop.ui.restore_dialog import RestoreDialog

from .conftest import Prompts
from .test_import_json import import_by


@pytest.fixture
def new_event_answers(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Each exec() of the new-event dialog fills in the next answer and accepts."""
    queue: list[dict[str, Any]] = []

    def exec_(dialog: NewEventDialog) -> int:
        values = queue.pop(0)
        dialog.title_edit.setText(values["title"])
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(values["language"]))
        dialog.timezone_combo.setCurrentText(values["timezone"])
        return 1

    monkeypatch.setattr(NewEventDialog, "exec", exec_)
    return queue


def titles(window: MainWindow) -> list[str]:
    model = window.events_model
    return [model.event_at(row).title for row in range(model.rowCount())]


def test_empty_state_then_create_rename_delete_undo_redo(
    window: MainWindow, qtbot: QtBot, answers: Prompts, new_event_answers: list[dict[str, Any]]
) -> None:
    assert window.events_empty.isVisible()
    assert window.page.currentWidget() is window.page.empty_label
    assert not window.delete_action.isEnabled()

    new_event_answers.append(
        {"title": "Atelier de Rabat", "language": Language.FR, "timezone": "Africa/Casablanca"}
    )
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert titles(window) == ["Atelier de Rabat"]
    event = list_events(window.context.store)[0]
    assert (event.language, event.timezone) == (Language.FR, "Africa/Casablanca")
    assert window.page.currentWidget() is window.page.tabs
    assert window.page.details.title_edit.text() == "Atelier de Rabat"

    answers.texts.append("Atelier de Rabat 2026")
    window.events_view.setFocus()
    qtbot.keyClick(window.events_view, Qt.Key.Key_F2)
    assert titles(window) == ["Atelier de Rabat 2026"]
    assert window.page.details.title_edit.text() == "Atelier de Rabat 2026"

    window.delete_action.trigger()
    assert "Atelier de Rabat 2026" in answers.confirms[0]
    assert titles(window) == []
    assert window.page.currentWidget() is window.page.empty_label

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(window) == ["Atelier de Rabat 2026"]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(window) == ["Atelier de Rabat"]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(window) == []
    assert window.context.store.select(Event, order_by="title") == []
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    for expected in (["Atelier de Rabat"], ["Atelier de Rabat 2026"], []):
        qtbot.keyClick(window, Qt.Key.Key_Z, redo)
        assert titles(window) == expected


def test_delete_can_be_cancelled(window: MainWindow, answers: Prompts) -> None:
    event_id = execute(window.context.store, CreateDemoEvent()).value
    window.events_model.reload()
    window.open_event(event_id)
    answers.confirm_answer = False
    window.delete_action.trigger()
    assert window.context.store.get(Event, event_id) is not None


def test_duplicate_copies_roster(window: MainWindow) -> None:
    event_id = execute(window.context.store, CreateDemoEvent()).value
    window.events_model.reload()
    window.open_event(event_id)
    window.duplicate_action.trigger()
    copy_id = window.current_event_id()
    assert copy_id is not None and copy_id != event_id
    assert window.page.details.title_edit.text().endswith("(copy)")
    window.page.tabs.setCurrentWidget(window.page.roster)
    assert window.page.roster.model.rowCount() == 15


def test_undo_of_a_change_in_another_event_opens_that_event(window: MainWindow) -> None:
    context = window.context
    first = context.execute(CreateEvent(title="Lyon"), "new").value  # type: ignore[union-attr]
    second = context.execute(CreateEvent(title="Dakar"), "new").value  # type: ignore[union-attr]
    window.open_event(first)
    context.execute(UpdateEvent(event_id=first, place="Salle 2"), "place")
    window.open_event(second)
    context.undo_stack.undo()  # the place in Lyon, not anything of Dakar
    assert context.store.require(Event, first).place == ""
    assert window.current_event_id() == first
    assert window.statusBar().currentMessage() == "Undo and redo act on “Lyon”: it is open now."
    window.open_event(second)
    context.undo_stack.redo()
    assert window.current_event_id() == first
    assert window.page.details.place_edit.text() == "Salle 2"


def test_details_edits_save_as_they_happen(window: MainWindow, qtbot: QtBot) -> None:
    event_id = execute(window.context.store, CreateDemoEvent()).value
    window.events_model.reload()
    window.open_event(event_id)
    details = window.page.details
    details.place_edit.setFocus()
    details.place_edit.selectAll()
    qtbot.keyClicks(details.place_edit, "Daejeon, Korea")
    qtbot.keyClick(details.place_edit, Qt.Key.Key_Return)
    assert window.context.store.require(Event, event_id).place == "Daejeon, Korea"
    details.place_edit.setText("대전 <b>&amp;</b>")  # QTest cannot type Hangul
    details.place_edit.editingFinished.emit()
    assert window.context.store.require(Event, event_id).place == "대전 <b>&amp;</b>"
    window.context.undo_stack.undo()
    assert details.place_edit.text() == "Daejeon, Korea"
    details.timezone_combo.setCurrentText("Not/AZone")
    details.timezone_combo.lineEdit().editingFinished.emit()
    assert window.context.store.require(Event, event_id).timezone == "Europe/Paris"
    assert details.timezone_combo.currentText() == "Europe/Paris"  # shows what is saved


def test_a_last_day_before_the_first_shows_the_first_day_saved(
    window: MainWindow, qtbot: QtBot
) -> None:
    event_id = execute(
        window.context.store,
        CreateEvent(title="Forum", start_date=date(2026, 12, 1), end_date=date(2026, 12, 3)),
    ).value
    window.events_model.reload()
    window.open_event(event_id)
    details = window.page.details
    details.start_edit.setDate(QDate(2026, 12, 10))
    details.start_edit.editingFinished.emit()
    details.end_edit.setDate(QDate(2026, 12, 5))
    details.end_edit.editingFinished.emit()
    saved = window.context.store.require(Event, event_id)
    assert (saved.start_date, saved.end_date) == (date(2026, 12, 10), date(2026, 12, 10))
    assert details.end_edit.date() == QDate(2026, 12, 10)  # what is saved, not 5 December


def test_export_then_import_json_adds_nothing_twice(
    window: MainWindow, answers: Prompts, tmp_path: Path, qtbot: QtBot
) -> None:
    event_id = execute(window.context.store, CreateDemoEvent()).value
    window.events_model.reload()
    window.open_event(event_id)
    target = tmp_path / "demo.json"
    answers.save_paths.append(target)
    window.export_action.trigger()
    with qtbot.waitSignal(window.export_runner.finished, timeout=60_000) as done:
        pass  # written in its own process: the window does not wait
    assert done.args == [True, str(target)]
    assert window.statusBar().currentMessage() == f"Wrote {target}"
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format_version"] == 5
    assert len(document["participants"]) == 15

    answers.open_paths.append(target)
    import_by(window, qtbot, window.import_action)
    assert answers.infos and "already holds" in answers.infos[0][1]
    assert len(window.context.store.select(Participant, {"event_id": event_id})) == 15


def test_malformed_json_is_refused_and_changes_nothing(
    window: MainWindow, answers: Prompts, tmp_path: Path, qtbot: QtBot
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "forum-desktop-event", "format_version": 1, "event": {}}')
    answers.open_paths.append(bad)
    import_by(window, qtbot, window.import_action)
    assert answers.errors
    title, text = answers.errors[0]
    assert "bad.json" in title
    assert "event.title" in text and "Nothing was imported" in text
    assert list_events(window.context.store) == []


def test_a_refused_json_document_is_explained_in_french(
    window: MainWindow, answers: Prompts, tmp_path: Path, qtbot: QtBot
) -> None:
    garbled = tmp_path / "atelier.json"
    garbled.write_text("{pas du json")
    no_title = tmp_path / "sans-titre.json"
    no_title.write_text('{"format": "forum-desktop-event", "format_version": 1, "event": {}}')
    answers.open_paths.extend([garbled, no_title])
    install("fr")
    try:
        import_by(window, qtbot, window.import_action)
        import_by(window, qtbot, window.import_action)
    finally:
        install("en")
    assert answers.errors == [
        (
            "Impossible d’importer atelier.json",
            "Le fichier n'est pas du JSON valide (ligne 1, colonne 2 : Expecting property "
            "name enclosed in double quotes).\n\nRien n’a été importé.",
        ),
        (
            "Impossible d’importer sans-titre.json",
            "event.title : Field required\n\nRien n’a été importé.",
        ),
    ]
    assert list_events(window.context.store) == []


def test_restore_backup_brings_back_the_old_state(
    window: MainWindow, answers: Prompts, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = window.context
    event_id = execute(context.store, CreateDemoEvent()).value
    backup = context.backups.create(context.store.conn, BackupReason.START)
    context.execute(DeleteEvent(event_id=event_id), "delete")
    assert titles(window) == []

    monkeypatch.setattr(RestoreDialog, "exec", lambda self: 1)
    monkeypatch.setattr(RestoreDialog, "chosen", lambda self: backup)
    window.restore_backup()
    assert titles(window) == ["En route vers le Forum d'apprentissage"]
    assert context.undo_stack.count() == 0
    kept = [b for b in context.backups.list() if b.reason is BackupReason.RESTORE]
    assert len(kept) == 1


def test_event_list_model_contract(window: MainWindow, qtmodeltester: object) -> None:
    execute(window.context.store, CreateDemoEvent())
    window.context.execute(CreateEvent(title="Zeta workshop"), "new")
    assert titles(window) == ["En route vers le Forum d'apprentissage", "Zeta workshop"]
    qtmodeltester.check(window.events_model)  # type: ignore[attr-defined]


@pytest.mark.slow
def test_export_run_sheet_in_a_separate_process(
    window: MainWindow,
    answers: Prompts,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pypdf import PdfReader

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    event_id = execute(window.context.store, CreateDemoEvent()).value
    window.events_model.reload()
    window.open_event(event_id)
    target = tmp_path / "run-sheet.pdf"
    answers.save_paths.append(target)
    window.export_agenda_actions[0].trigger()
    with qtbot.waitSignal(window.export_runner.finished, timeout=60_000) as done:
        pass
    assert done.args == [True, str(target)]
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Feuille de route" in text
    assert "Que fais-je pour soutenir" in text
    assert "Wrote" in window.statusBar().currentMessage()


def test_failed_export_says_why(
    window: MainWindow, answers: Prompts, qtbot: QtBot, tmp_path: Path
) -> None:
    event_id = execute(window.context.store, CreateDemoEvent()).value
    window.events_model.reload()
    window.open_event(event_id)
    answers.save_paths.append(tmp_path / "missing-folder" / "agenda.pdf")
    window.export_agenda_actions[1].trigger()
    with qtbot.waitSignal(window.export_runner.finished, timeout=60_000) as done:
        pass
    assert done.args[0] is False
    assert "missing-folder" in answers.errors[-1][1]


def test_export_failures_are_said_in_the_interface_language_naming_the_chosen_file(
    window: MainWindow,
    answers: Prompts,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from forum_desktop.ui.minutes_dialog import MinutesDialog

    monkeypatch.setattr(MinutesDialog, "exec", lambda dialog: 1)
    event_id = execute(window.context.store, CreateDemoEvent()).value
    window.events_model.reload()
    window.open_event(event_id)
    missing = tmp_path / "dossier absent" / "compte rendu.pdf"
    folder = tmp_path / "actas.pdf"  # a folder where the minutes would go
    folder.mkdir()
    answers.save_paths.extend([missing, folder])
    try:
        install("fr")
        window.export_agenda_actions[1].trigger()
        with qtbot.waitSignal(window.export_runner.finished, timeout=60_000):
            pass
        french = answers.errors[-1][1]
        install("es")
        window.export_minutes_actions[0].trigger()
        with qtbot.waitSignal(window.export_runner.finished, timeout=60_000):
            pass
        spanish = answers.errors[-1][1]
    finally:
        install("en")
    assert french == (
        f"Impossible d’écrire {missing}\u00a0: le dossier {missing.parent} n’existe pas\u00a0; "
        "choisissez un autre dossier."
    )
    assert spanish == f"No se pudo escribir {folder}: es una carpeta; elija un nombre de archivo."


def test_objectives_edit_add_rename_remove_undo(window: MainWindow, answers: Prompts) -> None:
    event_id = execute(window.context.store, CreateDemoEvent()).value
    window.events_model.reload()
    window.open_event(event_id)
    editor = window.page.details.objectives
    store = window.context.store

    def texts() -> list[tuple[str, str]]:
        return [(o.heading, o.text) for o in store.require(Event, event_id).objectives]

    before = texts()
    first_list = editor.tree.topLevelItem(0)
    editor.tree.setCurrentItem(first_list.child(4))
    answers.texts.append("Tester <b>l'outil</b> & le partager")
    editor.add_objective()
    after = texts()
    assert after[5] == (before[0][0], "Tester <b>l'outil</b> & le partager")
    assert len(after) == 12

    editor.tree.topLevelItem(1).child(0).setText(0, "Mesurer le progrès réalisé")
    assert texts()[6][1] == "Mesurer le progrès réalisé"
    editor.tree.topLevelItem(0).setText(0, "Lignes d'action")
    assert {h for h, _ in texts()[:6]} == {"Lignes d'action"}

    editor.tree.setCurrentItem(editor.tree.topLevelItem(1))
    editor.remove_selected()
    assert len(texts()) == 6
    for _ in range(4):
        window.context.undo_stack.undo()
    assert texts() == before


def test_export_minutes_runs_in_a_separate_process_with_the_chosen_options(
    window: MainWindow,
    answers: Prompts,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pypdf import PdfReader

    from forum_desktop.ui.minutes_dialog import MinutesDialog

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    event_id = execute(window.context.store, CreateDemoEvent()).value
    window.events_model.reload()
    window.open_event(event_id)
    chosen: list[list[str]] = []

    def exec_(dialog: MinutesDialog) -> int:
        # The language defaults to the event's; choose English, names left out, no agenda.
        assert dialog.language_combo.currentData() == "fr"
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
        dialog.anonymous_box.setChecked(True)
        dialog.section_boxes["agenda"].setChecked(False)
        chosen.append(dialog.arguments())
        return 1

    monkeypatch.setattr(MinutesDialog, "exec", exec_)
    target = tmp_path / "minutes"
    answers.save_paths.append(target)
    window.export_minutes_actions[0].trigger()
    with qtbot.waitSignal(window.export_runner.finished, timeout=60_000) as done:
        pass
    assert "--anonymous" in chosen[0]
    written = tmp_path / "minutes.pdf"  # the extension is added when missing
    assert done.args == [True, str(written)]
    text = "".join(page.extract_text() for page in PdfReader(written).pages)
    assert "Minutes" in text and "Executive summary" in text
    assert "Núria Vilalta Puig" not in text
    assert "Agenda" not in text.split("Contents")[1].split("Attendance")[0]


def test_every_section_unchecked_leaves_nothing_to_export(window: MainWindow) -> None:
    from forum_desktop.ui.minutes_dialog import MinutesDialog

    event_id = execute(window.context.store, CreateDemoEvent()).value
    dialog = MinutesDialog(window.context.store.require(Event, event_id), [], window)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    for box in dialog.section_boxes.values():
        box.setChecked(False)
    assert not ok.isEnabled()
    dialog.section_boxes["actions"].setChecked(True)
    assert ok.isEnabled()
    assert dialog.arguments()[-2:] == ["--sections", "actions"]


def test_an_event_written_by_another_process_opens_from_a_link(
    window: MainWindow, db_path: Path, clock: FakeClock
) -> None:
    """A search hit or a merge can name an event the list has not loaded yet."""
    other = Store(open_database(db_path, clock), clock)
    try:
        event_id = execute(other, CreateEvent(title="Written by the command line")).value
    finally:
        other.conn.close()
    window.open_event(event_id)
    assert window.page.event_id == event_id
    row = window.events_model.row_of(event_id)
    assert row >= 0 and window.events_view.currentIndex().row() == row


def test_coming_back_to_the_window_shows_events_another_process_added(
    window: MainWindow, db_path: Path, clock: FakeClock, qtbot: QtBot
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    other = Store(open_database(db_path, clock), clock)
    try:
        event_id = execute(other, CreateEvent(title="From the command line")).value
    finally:
        other.conn.close()
    assert window.events_model.row_of(event_id) < 0
    window.changeEvent(QEvent(QEvent.Type.ActivationChange))  # as when the user comes back
    assert window.events_model.row_of(event_id) >= 0


def test_the_events_panel_hides_and_a_new_window_remembers(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert window.events_panel.isVisible() and window.events_panel_action.isChecked()
    window.events_panel_action.trigger()  # View ▸ Events panel
    assert not window.events_panel.isVisible()
    again = MainWindow(window.context)  # the next start on this laptop
    qtbot.addWidget(again)
    again.show()
    assert not again.events_panel.isVisible() and not again.events_panel_action.isChecked()
    again.events_panel_action.trigger()
    assert again.events_panel.isVisible()


def test_the_method_library_stays_in_view_on_a_laptop_screen(
    context: AppContext, qtbot: QtBot
) -> None:
    install("fr")  # the longest labels
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.open_event(execute(context.store, CreateDemoEvent()).value)
    context.reload_all()
    window.resize(1366, 768)
    window.page.tabs.setCurrentWidget(window.page.agenda)
    agenda = window.page.agenda
    button = agenda.methods_bar.widgetForAction(agenda.methods_action)
    qtbot.waitUntil(lambda: button is not None and button.isVisible())  # not behind "»"
    assert button.mapTo(window, button.rect().topRight()).x() <= window.width()


def test_ctrl_tab_leaves_an_empty_roster_tab(window: MainWindow, qtbot: QtBot) -> None:
    event_id = execute(window.context.store, CreateEvent(title="Vide")).value
    window.events_model.reload()
    window.open_event(event_id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tabs = window.page.tabs
    tabs.setCurrentWidget(window.page.roster)  # nothing in it takes the focus
    qtbot.keyClick(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentWidget() is window.page.capture
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_Backtab, shift_ctrl)
    assert tabs.currentWidget() is window.page.roster


def test_the_window_opens_no_larger_than_the_screen(context: AppContext, qtbot: QtBot) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert available.width() < 1200  # the offscreen display: smaller than the default
    assert window.width() <= available.width() and window.height() <= available.height()


def test_on_a_1024_screen_the_events_list_leaves_the_room_to_the_event(
    context: AppContext, qtbot: QtBot
) -> None:
    small = MainWindow(context)
    qtbot.addWidget(small)
    small.resize(1024, 740)
    small.show()
    qtbot.waitExposed(small)
    assert small.splitter.sizes()[0] <= 1024 // 6
    wide = MainWindow(context)
    qtbot.addWidget(wide)
    wide.resize(1920, 1000)
    wide.show()
    qtbot.waitExposed(wide)
    assert wide.splitter.sizes()[0] == 260


def test_the_status_bar_shows_a_typed_name_as_typed(
    context: AppContext, qtbot: QtBot, answers: Prompts
) -> None:
    context.store.set_profile(name="Ann %2 %1")
    win = MainWindow(context)
    qtbot.addWidget(win)
    assert win.statusBar().currentMessage() == (
        f"All changes saved · editing as Ann %2 %1 · {context.database}"
    )


def test_a_failed_json_export_shows_the_path_as_typed(
    window: MainWindow, answers: Prompts, tmp_path: Path, qtbot: QtBot
) -> None:
    event_id = execute(window.context.store, CreateDemoEvent()).value
    window.events_model.reload()
    window.open_event(event_id)
    target = tmp_path / "missing %2 %1" / "demo.json"
    answers.save_paths.append(target)
    window.export_action.trigger()
    with qtbot.waitSignal(window.export_runner.finished, timeout=60_000):
        pass
    assert answers.errors[-1][0] == "Exporting demo.json"
    assert answers.errors[-1][1].startswith(f"Could not write {target}: ")


def test_duplicating_an_event_with_a_title_at_the_limit_shortens_the_copy_s_title(
    window: MainWindow, answers: Prompts
) -> None:
    long_title = ("Forum d'apprentissage " * 23)[:497]  # with " (copy)": 504 characters
    event_id = execute(window.context.store, CreateEvent(title=long_title)).value
    window.events_model.reload()
    window.open_event(event_id)
    window.duplicate_action.trigger()
    copy_id = window.current_event_id()
    assert answers.errors == []
    assert copy_id is not None and copy_id != event_id
    title = window.context.store.require(Event, copy_id).title
    assert len(title) == 500 and title.endswith("… (copy)")
    assert title.startswith("Forum d'apprentissage Forum d'apprentissage")


@pytest.mark.parametrize(("interface", "proposed"), [("es", Language.ES), ("fr", Language.FR)])
def test_a_new_event_s_documents_default_to_the_interface_s_language(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, interface: str, proposed: Language
) -> None:
    """A user who types a title and presses Enter gets documents they can read (new-user
    review: the Spanish window proposed English, so the projector and minutes were)."""
    shown: list[Language] = []
    monkeypatch.setattr(
        NewEventDialog,
        "exec",
        lambda dialog: shown.append(dialog.language_combo.currentData()) or 0,
    )
    install(interface)
    try:
        window.new_action.trigger()
    finally:
        install("en")
    assert shown == [proposed]
