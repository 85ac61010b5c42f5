"""The item editor's texts in the event's other working languages (issue 25): typed
under the main language's, saved as translations, one undo step each."""

from __future__ import annotations

from uuid import UUID

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from forum_desktop.models import AgendaItem, Language, Session
from forum_desktop.models.translation import TranslatedField
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.translations import EventTexts, SetWorkingLanguages, typed_text
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.item_editor import ItemEditor
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.session_dialog import SessionDialog
from tests.ui.conftest import Prompts

TITLE, QUESTION = TranslatedField.TITLE, TranslatedField.GUIDING_QUESTION


def french_event_with_english(context: AppContext) -> tuple[UUID, AgendaItem]:
    store = context.store
    event_id = execute(
        store, CreateEvent(title="Atelier", language=Language.FR, other_languages=[Language.EN])
    ).value
    session = Session(event_id=event_id, title="Séance")
    store.insert(store.fresh(session))
    item = AgendaItem(
        session_id=session.id,
        title="Aquarium",
        guiding_question="Que fais-je pour soutenir l'apprentissage ?",
    )
    store.insert(store.fresh(item))
    return event_id, item


def editor_on(context: AppContext, qtbot: QtBot, item: AgendaItem) -> ItemEditor:
    editor = ItemEditor(context)
    qtbot.addWidget(editor)
    editor.set_item(item.id)
    return editor


def english(context: AppContext, event_id: UUID, item_id: UUID, field: TranslatedField) -> str:
    texts = EventTexts.load(context.store, event_id)
    shown = texts.text(context.store.require(AgendaItem, item_id), field, Language.EN)
    return "" if shown.fallback else shown.text


def test_an_english_title_typed_is_saved_and_undone(context: AppContext, qtbot: QtBot) -> None:
    event_id, item = french_event_with_english(context)
    editor = editor_on(context, qtbot, item)
    row = editor.translations.rows[(Language.EN, TITLE)]
    assert isinstance(row.edit, QLineEdit)
    assert row.name.text() == "English:"
    assert row.edit.text() == ""
    assert row.edit.placeholderText() == "Aquarium"  # the French text, greyed
    assert not row.mark.isHidden()
    assert row.mark.text() == "not translated"

    row.edit.setText("Fishbowl")
    row.edit.editingFinished.emit()
    assert english(context, event_id, item.id, TITLE) == "Fishbowl"
    assert context.store.require(AgendaItem, item.id).title == "Aquarium"  # French untouched
    assert row.mark.isHidden()
    assert context.undo_stack.undoText() == "Translate “Aquarium” into English"

    context.undo_stack.undo()
    assert english(context, event_id, item.id, TITLE) == ""
    assert row.edit.text() == ""
    assert row.edit.placeholderText() == "Aquarium"
    assert not row.mark.isHidden()
    context.undo_stack.redo()
    assert row.edit.text() == "Fishbowl"


def test_the_guiding_question_and_the_main_text_as_placeholder(
    context: AppContext, qtbot: QtBot
) -> None:
    event_id, item = french_event_with_english(context)
    editor = editor_on(context, qtbot, item)
    row = editor.translations.rows[(Language.EN, QUESTION)]
    assert row.edit.placeholderText() == "Que fais-je pour soutenir l'apprentissage ?"
    row.edit.setPlainText("What do I do to support learning?")
    row.edit.focusOutEvent(QFocusEvent(QEvent.Type.FocusOut))
    assert english(context, event_id, item.id, QUESTION) == "What do I do to support learning?"
    # Editing the French question changes the placeholder of an untranslated language only.
    editor.title_edit.setText("L'aquarium")
    editor.title_edit.editingFinished.emit()
    title_row = editor.translations.rows[(Language.EN, TITLE)]
    assert title_row.edit.placeholderText() == "L'aquarium"
    assert not title_row.mark.isHidden()
    assert row.mark.isHidden()
    # An item without a description in French has nothing to mark.
    assert editor.translations.rows[(Language.EN, TranslatedField.DESCRIPTION)].mark.isHidden()


def test_rows_follow_the_working_languages(context: AppContext, qtbot: QtBot) -> None:
    event_id, item = french_event_with_english(context)
    editor = editor_on(context, qtbot, item)
    context.execute(
        SetWorkingLanguages(event_id=event_id, languages=(Language.FR, Language.ES, Language.EN)),
        "Languages",
    )
    assert list(editor.translations.rows) == [
        (language, field)
        for field in (TITLE, QUESTION, TranslatedField.DESCRIPTION)
        for language in (Language.ES, Language.EN)
    ]
    assert editor.translations.rows[(Language.ES, TITLE)].name.text() == "Spanish:"
    context.execute(SetWorkingLanguages(event_id=event_id, languages=(Language.FR,)), "Only FR")
    assert editor.translations.rows == {}


def test_the_session_dialog_saves_its_english_with_its_fields_as_one_step(
    window: MainWindow, answers: Prompts, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = window.context
    event_id, item = french_event_with_english(context)
    session_id = context.store.require(AgendaItem, item.id).session_id
    context.reload_all()
    window.open_event(event_id)
    page = window.page.agenda
    window.page.tabs.setCurrentWidget(page)
    seen: dict[str, str] = {}

    def exec_(dialog: SessionDialog) -> int:
        row = dialog.translations[(Language.EN, TITLE)]
        seen["placeholder"] = row.edit.placeholderText()
        seen["mark"] = "hidden" if row.mark.isHidden() else "shown"
        dialog.title_edit.setText("Séance du matin")
        assert isinstance(row.edit, QLineEdit)
        row.edit.setText("Morning session")
        return 1

    monkeypatch.setattr(SessionDialog, "exec", exec_)
    page.edit_session()
    assert seen == {"placeholder": "Séance", "mark": "shown"}
    session = context.store.require(Session, session_id)
    texts = EventTexts.load(context.store, event_id)
    assert session.title == "Séance du matin"
    assert texts.localized(session, Language.EN).title == "Morning session"
    assert context.undo_stack.undoText() == "Edit session"
    context.undo_stack.undo()  # both at once
    session = context.store.require(Session, session_id)
    assert session.title == "Séance"
    assert (
        EventTexts.load(context.store, event_id).localized(session, Language.EN).title == "Séance"
    )

    context.undo_stack.redo()
    session = context.store.require(Session, session_id)
    texts = EventTexts.load(context.store, event_id)
    assert session.title == "Séance du matin"
    assert typed_text(texts, session, TITLE, Language.EN) == "Morning session"


def test_the_session_dialog_saves_nothing_when_its_english_is_refused(
    window: MainWindow, answers: Prompts, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = window.context
    event_id, item = french_event_with_english(context)
    session_id = context.store.require(AgendaItem, item.id).session_id
    context.reload_all()
    window.open_event(event_id)
    page = window.page.agenda
    window.page.tabs.setCurrentWidget(page)

    def exec_(dialog: SessionDialog) -> int:
        dialog.title_edit.setText("Séance du matin")
        dialog.translations[(Language.EN, TranslatedField.DESCRIPTION)].edit.setText("Morning")
        dialog.translations[(Language.EN, TITLE)].edit.setText("x" * 501)
        return 1

    monkeypatch.setattr(SessionDialog, "exec", exec_)
    page.edit_session()

    assert answers.errors == [
        ("Not saved", "The text is 501 characters; shorten it to 500 at most.")
    ]
    session = context.store.require(Session, session_id)
    texts = EventTexts.load(context.store, event_id)
    assert session.title == "Séance"  # the fields were not saved either
    assert typed_text(texts, session, TranslatedField.DESCRIPTION, Language.EN) == ""
    assert context.undo_stack.count() == 0


def test_a_translation_too_long_is_refused_with_one_sentence(
    context: AppContext, qtbot: QtBot, answers: Prompts
) -> None:
    event_id, item = french_event_with_english(context)
    editor = editor_on(context, qtbot, item)
    row = editor.translations.rows[(Language.EN, TITLE)]
    row.edit.setText("x" * 501)
    row.edit.editingFinished.emit()
    assert answers.errors == [
        ("Not saved", "The text is 501 characters; shorten it to 500 at most.")
    ]
    assert english(context, event_id, item.id, TITLE) == ""  # nothing saved
    assert row.edit.text() == "" and not row.mark.isHidden()  # what is saved shows again
    assert context.undo_stack.count() == 0
