"""The capture tab by keyboard: entries typed and stored at Enter, review, final lock."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from forum_desktop.clock import FakeClock
from forum_desktop.models import ActionFields, Outcome, Photo, ReviewState, Session
from forum_desktop.services.capture import amendments
from forum_desktop.services.commands import execute
from forum_desktop.services.demo import CreateDemoEvent
from forum_desktop.ui import prompts
from forum_desktop.ui.capture_page import CapturePage
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.outcome_dialog import OutcomeDialog
from forum_desktop.ui.outcome_model import Col
from tests.ui.pictures import write_picture

from .conftest import Prompts

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def page(window: MainWindow, qtbot: QtBot) -> CapturePage:
    event_id = execute(window.context.store, CreateDemoEvent()).value
    window.events_model.reload()
    window.open_event(event_id)
    assert window.capture_action.shortcut().toString() == "Ctrl+Shift+K"
    window.capture_action.trigger()
    page = window.page.capture
    assert window.page.tabs.currentWidget() is page
    assert page.bar.edit.isEnabled()
    return page


def enter(qtbot: QtBot, page: CapturePage, typed: str) -> None:
    page.bar.edit.setText(typed)  # QTest types ASCII only; the parser sees the same text
    page.bar.edit.textEdited.emit(typed)
    page.bar.completer.popup().hide()
    qtbot.keyClick(page.bar.edit, Qt.Key.Key_Return)


def entries(page: CapturePage) -> list[Outcome]:
    return page._context.store.select(Outcome, order_by="captured_at")


def select_rows(page: CapturePage, *rows: int) -> None:
    selection = page.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            page.bands.mapFromSource(page.proxy.index(row, 0)),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    page.table.setFocus()


def test_fifty_entries_of_every_kind_then_review_and_final(
    page: CapturePage,
    qtbot: QtBot,
    window: MainWindow,
    answers: Prompts,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    clock: FakeClock,
) -> None:
    page.step_item(3)  # "we are on" 1.2, then the next item: 2
    assert page.next_item_action.shortcut().toString() == "Ctrl+]"
    page.next_item_action.trigger()
    item = page.current_item()
    assert item is not None and item.title.startswith("Évaluation")
    typed = [
        "Note simple <b>&</b>",
        "!Adopter la méthode de l'aquarium",
        "> Partager la fiche @Núria due:2022-03-15 #mooc",
        "? Qui anime la prochaine session ?",
        "\"Apprendre, c'est partager @Karim",
        "insight: les villes apprennent entre pairs",
        "reco: ouvrir le forum aux partenaires",
        "risque : manque de temps",
        "summary: session riche",
        "مرحبا 대전 🎉",
    ] * 5
    for text in typed:
        enter(qtbot, page, text)
    assert page.bar.edit.text() == ""
    saved = entries(page)
    assert len(saved) == 50
    assert {o.kind for o in saved} == {
        "note",
        "decision",
        "action",
        "question",
        "quote",
        "insight",
        "recommendation",
        "risk",
        "summary",
    }
    assert all(o.item_id == item.id for o in saved)
    action = next(o for o in saved if o.kind == "action")
    fields = action.kind_fields()
    assert isinstance(fields, ActionFields) and str(fields.due) == "2022-03-15"
    assert action.tags == ["mooc"] and fields.owner_ids
    assert "Note simple <b>&</b>" in {o.text for o in saved if o.kind == "note"}
    assert page.count_label.text() == "50 entries"

    page.filter_bar.kind_filter.setCurrentIndex(page.filter_bar.kind_filter.findData("action"))
    assert page.proxy.rowCount() == 5
    assert "Núria" in page.proxy.index(0, Col.PEOPLE).data()
    page.filter_bar.kind_filter.setCurrentIndex(0)
    page.filter_bar.word_filter.setText("#mooc")
    assert page.proxy.rowCount() == 5
    page.filter_bar.word_filter.clear()

    select_rows(page, 0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(entries(page)) == 49
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert len(entries(page)) == 50

    # Retype an entry in its dialog (Ctrl+Shift+E), keys typed into the dialog's text.
    select_rows(page, 0)
    edited = page.model.outcome(page.proxy.mapToSource(page.proxy.index(0, 0)).row()).id

    def retype(dialog: OutcomeDialog) -> int:
        dialog.text_edit.selectAll()
        qtbot.keyClicks(dialog.text_edit, "Retyped during the break")
        return 1

    monkeypatch.setattr(OutcomeDialog, "exec", retype)
    qtbot.keyClick(page.table, Qt.Key.Key_E, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert page._context.store.require(Outcome, edited).text == "Retyped during the break"

    # A photo of the flipchart on the item the room is on (Ctrl+Shift+O, a file chosen).
    answers.open_path_lists.append([write_picture(tmp_path / "flipchart.jpg", 640, 480)])
    page.table.clearSelection()
    qtbot.keyClick(page.table, Qt.Key.Key_O, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: page.photo_model.rowCount() == 1)
    [photo] = page._context.store.select(Photo, order_by="created_at")
    assert photo.item_id == item.id and photo.file_name == "flipchart.jpg"

    # Search (Ctrl+F) finds the retyped entry; Enter opens it where it lives.
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    search = window.search_dialog
    assert search is not None and search.isVisible()
    qtbot.keyClicks(search.field, "retyped brea")
    qtbot.waitUntil(lambda: search.results.model().rowCount() == 1)
    qtbot.keyClick(search.field, Qt.Key.Key_Return)
    assert page.selected_ids() == [edited]
    search.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    select_rows(page, 0, 1)
    qtbot.keyClick(page.table, Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.ShiftModifier)
    approved = [o for o in entries(page) if o.review is ReviewState.APPROVED]
    assert len(approved) == 2

    page.final_action.trigger()
    session = page._context.store.require(Session, item.session_id)
    assert session.final_at is not None and page.final_label.isVisibleTo(window)
    select_rows(page, 2)
    answers.confirm_answer = False
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "final" in answers.confirms[-1] and len(entries(page)) == 50
    answers.confirm_answer = True
    clock.advance(60)  # a minute after the minutes were marked final
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(entries(page)) == 49
    # The deletion after the lock is an amendment, traced to who and when by the journal.
    store = page._context.store
    [(_, who, when)] = amendments(store, store.require(Session, item.session_id))
    assert (who, when) == ("Test Rapporteur", clock.now())


def test_preview_shows_what_will_be_saved(page: CapturePage) -> None:
    page.bar.edit.setText("> Envoyer <b>la fiche</b> due:not-a-date")
    page.bar.edit.textEdited.emit(page.bar.edit.text())
    preview = page.bar.preview.text()
    assert "<b>Action</b>" in preview
    assert "&lt;b&gt;la fiche&lt;/b&gt;" in preview  # typed markup is shown, never rendered
    assert "⚠" in preview


def test_times_are_the_event_s_clock(page: CapturePage, qtbot: QtBot) -> None:
    """The demo is in Paris: 09:00 UTC is 10:00 in the room, whatever the laptop's zone."""
    enter(qtbot, page, "Note à dix heures")
    row = page.bands.mapFromSource(page.proxy.index(0, Col.TIME))
    assert row.data() == "10:00"


def test_a_capture_while_another_program_writes_keeps_its_text_until_saved(
    page: CapturePage, qtbot: QtBot, db_path: Path, answers: Prompts
) -> None:
    page._context.store.conn.execute("PRAGMA busy_timeout = 50")  # not the app's 10 s
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    before = len(entries(page))

    enter(qtbot, page, "! Garder cette décision")

    assert page.bar.edit.text() == "! Garder cette décision"
    assert "another program is writing" in page.bar.preview.text()
    assert len(entries(page)) == before
    assert answers.errors == [], "no dialog: the bar says it"
    other.execute("COMMIT")
    other.close()
    qtbot.keyClick(page.bar.edit, Qt.Key.Key_Return)  # the next try
    assert page.bar.edit.text() == ""
    assert [e.text for e in entries(page)[before:]] == ["Garder cette décision"]


def test_entries_move_to_another_item_from_the_editor_or_as_a_selection(
    page: CapturePage, qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = page._context.store
    page.step_item(1)
    for typed in ("! Un MOOC en 2022", "Deux villes partagent", "Une troisième"):
        enter(qtbot, page, typed)
    first_item = page.current_item()
    assert first_item is not None
    choices = page._item_choices()
    target_row = next(row for row, (i, _) in enumerate(choices) if i and i != first_item.id)
    target = choices[target_row][0]

    # The editor's agenda-item field moves one entry.
    select_rows(page, 0)
    moved = page.model.outcome(page.proxy.mapToSource(page.proxy.index(0, 0)).row()).id

    def refile(dialog: OutcomeDialog) -> int:
        assert dialog.chosen_item() == first_item.id
        dialog.item_combo.setCurrentIndex(target_row)
        return 1

    monkeypatch.setattr(OutcomeDialog, "exec", refile)
    qtbot.keyClick(page.table, Qt.Key.Key_E, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert store.require(Outcome, moved).item_id == target

    # Ctrl+Shift+I moves the whole selection, as one undo step.
    monkeypatch.setattr(prompts, "pick", lambda *args: target_row)
    mine = [o.id for o in entries(page) if o.item_id == first_item.id]
    assert len(mine) == 2
    page.set_current_item(None)  # every entry shows
    rows = [page.proxy.mapFromSource(page.model.index(page.model.row_of(i), 0)).row() for i in mine]
    select_rows(page, *rows)
    qtbot.keyClick(page.table, Qt.Key.Key_I, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert {store.require(Outcome, i).item_id for i in mine} == {target}
    window.context.undo_stack.undo()
    assert {store.require(Outcome, i).item_id for i in mine} == {first_item.id}


def test_the_word_filter_sees_an_edited_text_and_counts_once_cleared(
    page: CapturePage, qtbot: QtBot
) -> None:
    """The filter keeps each entry's words between keystrokes; an edit must renew them."""
    from forum_desktop.services.entries import EditEntryText

    enter(qtbot, page, "Lunch at noon")
    enter(qtbot, page, "Budget review")
    words = page.filter_bar.word_filter
    words.setText("lunch")
    assert page.proxy.rowCount() == 1
    assert page.count_label.text() == "1 of 2"
    words.clear()
    assert page.count_label.text() == "2 entries"

    lunch = next(o for o in entries(page) if o.text == "Lunch at noon")
    page._context.execute(EditEntryText(outcome_id=lunch.id, text="Dinner at eight"), "Edit")
    words.setText("lunch")
    assert page.proxy.rowCount() == 0
    words.setText("dinner")
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, Col.TEXT).data() == "Dinner at eight"
