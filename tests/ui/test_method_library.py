"""The method library dialog: search, details, own methods, sharing files, using a method."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from forum_desktop.methods.fishbowl import fishbowl_view
from forum_desktop.methods.library import MAX_FILE_BYTES, parse_method
from forum_desktop.models import AgendaItem
from forum_desktop.models.method import UserMethod
from forum_desktop.services.agenda import UpdateItem, items_of
from forum_desktop.services.commands import execute
from forum_desktop.ui import prompts
from forum_desktop.ui.language import install
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.method_edit_dialog import MethodEditDialog
from forum_desktop.ui.method_library_dialog import MethodLibraryDialog
from tests.services.helpers import build_event

from .conftest import Prompts


def library(window: MainWindow, qtbot: QtBot, **kwargs: object) -> MethodLibraryDialog:
    dialog = MethodLibraryDialog(window.context, parent=window, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def names(dialog: MethodLibraryDialog) -> list[str]:
    return [dialog.list.item(row).text() for row in range(dialog.list.count())]


def test_search_narrows_the_list_and_the_details_describe_the_method(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = library(window, qtbot)
    assert len(names(dialog)) == 10
    dialog.search.setText("aquarium")  # the French name finds it from an English interface
    assert names(dialog) == ["Fishbowl"]
    text = dialog.details.toPlainText()
    assert "A few people talk in an inner circle" in text
    assert "8 to 60 people · 60 min in all" in text
    assert "Open fishbowl — topic 1" in text
    assert "Gamestorming: Fishbowl" in text
    # Built-in methods are read-only: copy one to change it.
    assert not dialog.edit_button.isEnabled() and not dialog.delete_button.isEnabled()
    assert not dialog.use_button.isEnabled()  # no agenda item was selected


def test_duplicate_then_edit_in_french_keeps_the_english(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = library(window, qtbot)
    dialog.select("dot-voting")
    dialog.duplicate()
    assert dialog.current() is not None
    assert dialog.list.currentItem().text() == "Dot voting (copy) (yours)"
    assert dialog.edit_button.isEnabled()

    def fill(editor: MethodEditDialog) -> int:
        editor.language_combo.setCurrentIndex(1)  # Français
        editor.name_edit.setText("Vote pondéré")
        editor.add_step()
        row = editor.steps_table.rowCount() - 1
        editor.steps_table.item(row, 0).setText("3")
        editor.steps_table.item(row, 1).setText("Annonce")
        editor.language_combo.setCurrentIndex(0)  # English, which every step needs
        editor.steps_table.item(row, 1).setText("Announcement")
        editor.accept()
        return int(editor.result())

    monkeypatch.setattr(MethodEditDialog, "exec", fill)
    dialog.edit()
    [stored] = window.context.store.select(UserMethod, order_by="id")
    method = stored.definition
    assert (method.id, method.name.en, method.name.fr) == (
        "dot-voting-copy",
        "Dot voting (copy)",
        "Vote pondéré",
    )
    assert [(s.name.en, s.name.fr, s.minutes) for s in method.steps[-1:]] == [
        ("Announcement", "Annonce", 3)
    ]
    assert "Vote pondéré" not in names(dialog)  # the list speaks the interface's language
    window.context.undo_stack.undo()
    assert window.context.store.require(UserMethod, stored.id).definition.name.fr == (
        "Vote par gommettes (copie)"
    )


def test_a_new_method_without_english_step_names_is_refused_with_a_message(
    window: MainWindow, qtbot: QtBot, answers: Prompts
) -> None:
    from forum_desktop.ui.method_edit_dialog import new_method

    editor = MethodEditDialog(new_method("New method"), "en", window)
    qtbot.addWidget(editor)
    editor.name_edit.setText("Our Fishbowl!")
    editor.steps_table.item(0, 1).setText("")
    editor.accept()
    assert editor.result() == QDialog.DialogCode.Rejected
    assert answers.errors and "steps.0.name.en" in answers.errors[0][1]
    editor.steps_table.item(0, 1).setText("Warm-up")
    editor.accept()
    method = editor.method()
    assert method is not None and method.id == "our-fishbowl"


def test_a_new_method_named_in_french_only_has_that_name_in_english_too(
    window: MainWindow, qtbot: QtBot, answers: Prompts
) -> None:
    """The placeholder ("New method" in the interface's language) is not a name: an
    English event would have shown it where the method's name goes."""
    from forum_desktop.ui.method_edit_dialog import new_method

    editor = MethodEditDialog(new_method("Nouvelle méthode"), "fr", window)
    qtbot.addWidget(editor)
    editor.name_edit.setText("Café du monde")
    editor.accept()
    method = editor.method()
    assert answers.errors == []
    assert method is not None
    assert (method.name.en, method.name.fr, method.id) == (
        "Café du monde",
        "Café du monde",
        "caf-du-monde",
    )


def test_export_and_import_share_a_method_and_a_bad_file_is_refused(
    window: MainWindow, qtbot: QtBot, answers: Prompts, tmp_path: Path
) -> None:
    dialog = library(window, qtbot)
    dialog.select("world-cafe")
    answers.save_paths.append(tmp_path / "cafe.json")
    dialog.export()
    shared = parse_method((tmp_path / "cafe.json").read_bytes())
    assert shared.id == "world-cafe"

    answers.open_paths.append(tmp_path / "cafe.json")
    dialog.import_file()
    assert dialog.list.currentItem().text() == "World Café (yours)"
    [stored] = window.context.store.select(UserMethod, order_by="id")
    assert stored.definition.id == "world-cafe-2"  # the built-in keeps its id

    broken = json.loads((tmp_path / "cafe.json").read_text(encoding="utf-8"))
    broken["steps"][0]["minutes"] = "lots"
    (tmp_path / "broken.json").write_text(json.dumps(broken), encoding="utf-8")
    (tmp_path / "huge.json").write_bytes(b" " * (MAX_FILE_BYTES + 10))
    for name in ("broken.json", "huge.json"):
        answers.open_paths.append(tmp_path / name)
        dialog.import_file()
    assert [text for _, text in answers.errors] == [
        "broken.json is not a method file Forum Desktop can use: steps.0.minutes: "
        "Input should be a valid integer, unable to parse string as an integer",
        "huge.json is not a method file Forum Desktop can use: the file is over 256 KB; "
        "a method file is at most 256 KB",
    ]
    assert len(window.context.store.select(UserMethod, order_by="id")) == 1


def test_a_bad_method_file_is_refused_in_french(
    window: MainWindow, qtbot: QtBot, answers: Prompts, tmp_path: Path
) -> None:
    dialog = library(window, qtbot)
    (tmp_path / "liste.json").write_text("[1, 2]", encoding="utf-8")
    answers.open_paths.append(tmp_path / "liste.json")
    install("fr")
    try:
        dialog.import_file()
    finally:
        install("en")
    assert [text for _, text in answers.errors] == [
        "liste.json n'est pas un fichier de méthode utilisable par Forum Desktop : "
        "le fichier ne contient aucune méthode (un objet JSON était attendu)"
    ]
    assert window.context.store.select(UserMethod, order_by="id") == []


def test_delete_asks_then_removes_only_the_users_method(
    window: MainWindow, qtbot: QtBot, answers: Prompts
) -> None:
    dialog = library(window, qtbot)
    dialog.select("fishbowl")
    dialog.duplicate()
    dialog.delete()
    assert answers.confirms and "Agenda items that use it keep their phases" in answers.confirms[0]
    assert window.context.store.select(UserMethod, order_by="id") == []
    assert len(names(dialog)) == 10


def test_use_for_this_item_fills_in_the_phases_in_the_events_language(
    window: MainWindow, qtbot: QtBot, answers: Prompts
) -> None:
    store = window.context.store
    built = build_event(store)
    window.context.reload_all()
    window.open_event(built.event_id)
    page = window.page.agenda
    page.select_item(built.item_ids[3])
    dialog = library(window, qtbot, item_id=page.current_item_id(), item_language="fr")
    dialog.select("fishbowl")
    dialog.use_for_item()
    assert dialog.result() == QDialog.DialogCode.Accepted
    phases = [i for i in items_of(store, built.session_id) if i.parent_id == built.item_ids[3]]
    assert [(p.title, p.planned_minutes) for p in phases][:2] == [
        ("Installation et règles", 5),
        ("Premières contributions", 5),
    ]
    # The agenda tree shows them at once; one undo takes them away.
    window.context.undo_stack.undo()
    assert store.select(AgendaItem, {"parent_id": built.item_ids[3]}) == []

    # A second item already has hand-made sub-items: asked what they become; cancelling
    # changes nothing, making them topics fits the phases into its 30 minutes.
    dialog = library(window, qtbot, item_id=built.item_ids[0], item_language="fr")
    dialog.select("fishbowl")
    answers.choices = [None]
    dialog.use_for_item()
    assert answers.asked == [["Make them the fishbowl's topics", "Keep them under the phases"]]
    assert len(store.select(AgendaItem, {"parent_id": built.item_ids[0]})) == 2
    assert store.require(AgendaItem, built.item_ids[0]).method == ""
    answers.choices = [0, 0]
    dialog.use_for_item()
    phases = store.select(AgendaItem, {"parent_id": built.item_ids[0]}, order_by="position")
    assert sum(p.planned_minutes for p in phases) == 30 and len(phases) == 5
    assert fishbowl_view(store, built.item_ids[0]).topics == ("Mot d'accueil", "Tour de table")
    assert not answers.errors


def test_the_agenda_toolbar_opens_the_library_on_the_selected_item(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = build_event(window.context.store)
    window.context.reload_all()
    window.open_event(built.event_id)
    window.page.tabs.setCurrentWidget(window.page.agenda)
    page = window.page.agenda
    page.select_item(built.item_ids[3])
    opened: list[MethodLibraryDialog] = []

    def fake_exec(dialog: MethodLibraryDialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(MethodLibraryDialog, "exec", fake_exec)
    page.methods_action.trigger()
    [dialog] = opened
    dialog.select("one-two-four-all")
    assert dialog.use_button.isEnabled()
    dialog.use_for_item()
    titles = [
        item.title
        for item in items_of(window.context.store, built.session_id)
        if item.parent_id == built.item_ids[3]
    ]
    assert titles == ["1 — seul·e", "2 — en binômes", "4 — à quatre", "Tous"]  # a French event
    dialog.deleteLater()


def test_an_item_title_with_placeholders_is_quoted_as_typed_when_asked_about_times(
    window: MainWindow, qtbot: QtBot, answers: Prompts, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = window.context.store
    built = build_event(store)
    item_id = built.item_ids[3]
    asked: list[str] = []

    def choose(parent: object, title: str, text: str, options: list[str]) -> None:
        asked.append(text)  # cancelled: nothing changes

    monkeypatch.setattr(prompts, "choose", choose)
    for minutes in (200, 3):
        execute(store, UpdateItem(item_id=item_id, title="Budget %2 %3", planned_minutes=minutes))
        dialog = library(window, qtbot, item_id=item_id, item_language="en")
        dialog.select("fishbowl")
        dialog.use_for_item()
    assert asked[0].startswith(
        "“Budget %2 %3” is planned for 200 min; the method's phases take "
    ), asked[0]
    assert asked[1].startswith(
        "“Budget %2 %3” is planned for 3 min: too short for the method's phases, which need "
    ), asked[1]
    assert store.select(AgendaItem, {"parent_id": item_id}) == []


def test_file_names_with_placeholders_are_shown_as_typed(
    window: MainWindow, qtbot: QtBot, answers: Prompts, tmp_path: Path
) -> None:
    dialog = library(window, qtbot)
    dialog.select("world-cafe")
    unwritable = tmp_path / "missing %2 %1" / "cafe.json"
    answers.save_paths.append(unwritable)
    dialog.export()
    (tmp_path / "huge %2 %1.json").write_bytes(b" " * (MAX_FILE_BYTES + 10))
    for name in ("huge %2 %1.json", "gone %2 %1.json"):
        answers.open_paths.append(tmp_path / name)
        dialog.import_file()
    exported, huge, gone = (text for _, text in answers.errors)
    assert exported == (
        f"Could not write {unwritable}: the folder {unwritable.parent} does not exist; "
        "choose another folder."
    )
    assert huge == (
        "huge %2 %1.json is not a method file Forum Desktop can use: the file is over 256 KB; "
        "a method file is at most 256 KB"
    )
    assert gone.startswith("gone %2 %1.json could not be read: ")
    assert window.context.store.select(UserMethod, order_by="id") == []
