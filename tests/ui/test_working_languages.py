"""The event's working languages in its details tab: added, reordered, removed, each one
undo step (issue 25)."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from forum_desktop.models import AgendaItem, Event, Language, Session
from forum_desktop.models.translation import TranslatedField, TranslatedRecord
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.translations import EventTexts, SetTranslation, SetWorkingLanguages
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.event_details import EventDetails
from forum_desktop.ui.main_window import MainWindow


def listed(details: EventDetails) -> list[str]:
    shown = details.languages.list
    return [shown.item(row).text() for row in range(shown.count())]


def addable(details: EventDetails) -> list[str]:
    combo = details.languages.add_combo
    return [combo.itemText(index) for index in range(1, combo.count())]


def add(details: EventDetails, name: str) -> None:
    combo = details.languages.add_combo
    index = combo.findText(name)
    assert index > 0, f"{name} cannot be added: {addable(details)}"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def opened(context: AppContext, qtbot: QtBot, event_id: UUID) -> EventDetails:
    details = EventDetails(context)
    qtbot.addWidget(details)
    details.set_event(event_id)
    return details


def test_adding_and_reordering_languages(context: AppContext, qtbot: QtBot) -> None:
    event_id = execute(context.store, CreateEvent(title="Atelier", language=Language.FR)).value
    details = opened(context, qtbot, event_id)
    assert listed(details) == ["French (main)"]
    assert addable(details) == ["English", "Spanish"]
    assert not details.languages.remove_button.isEnabled()  # an event keeps one language

    add(details, "English")
    assert context.store.require(Event, event_id).working_languages == (Language.FR, Language.EN)
    assert listed(details) == ["French (main)", "English"]
    assert addable(details) == ["Spanish"]
    assert details.languages.list.currentRow() == 1  # the added language is selected

    add(details, "Spanish")
    details.languages.list.setCurrentRow(2)
    details.languages.up_button.click()  # Spanish before English
    event = context.store.require(Event, event_id)
    assert event.working_languages == (Language.FR, Language.ES, Language.EN)
    assert listed(details) == ["French (main)", "Spanish", "English"]
    assert details.languages.list.currentRow() == 1

    details.languages.list.setCurrentRow(2)
    details.languages.remove_button.click()
    assert context.store.require(Event, event_id).working_languages == (Language.FR, Language.ES)
    assert addable(details) == ["English"]

    # Each change was one undo step.
    assert context.undo_stack.undoText() == "Remove English from the working languages"
    context.undo_stack.undo()
    assert listed(details) == ["French (main)", "Spanish", "English"]
    context.undo_stack.undo()
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert listed(details) == ["French (main)"]
    assert context.store.require(Event, event_id).other_languages == []


def test_moving_a_language_first_makes_it_the_main_one(context: AppContext, qtbot: QtBot) -> None:
    store = context.store
    event_id = execute(
        store, CreateEvent(title="Atelier", language=Language.FR, other_languages=[Language.EN])
    ).value
    session = Session(event_id=event_id, title="Séance")
    store.insert(store.fresh(session))
    item = AgendaItem(session_id=session.id, title="Accueil", position=0)
    store.insert(store.fresh(item))
    context.execute(
        SetTranslation(
            target_type=TranslatedRecord.AGENDA_ITEM,
            target_id=item.id,
            field=TranslatedField.TITLE,
            language=Language.EN,
            text="Welcome",
        ),
        "Translate",
    )
    details = opened(context, qtbot, event_id)
    details.languages.list.setCurrentRow(1)
    details.languages.up_button.click()

    assert listed(details) == ["English (main)", "French"]
    assert context.undo_stack.undoText() == "Make English the main language"
    texts = EventTexts.load(store, event_id)
    moved = store.require(AgendaItem, item.id)
    assert moved.title == "Welcome"  # the English text is now the item's own
    assert texts.text(moved, TranslatedField.TITLE, Language.FR).text == "Accueil"
    context.undo_stack.undo()
    assert store.require(AgendaItem, item.id).title == "Accueil"
    assert listed(details) == ["French (main)", "English"]


def test_the_event_s_title_and_context_in_its_other_language(
    context: AppContext, qtbot: QtBot
) -> None:
    store = context.store
    event_id = execute(
        store,
        CreateEvent(
            title="Forum d'apprentissage",
            context="Un forum des villes.",
            language=Language.FR,
            other_languages=[Language.EN],
        ),
    ).value
    details = opened(context, qtbot, event_id)
    title = details.translations.rows[(Language.EN, TranslatedField.TITLE)]
    assert isinstance(title.edit, QLineEdit)
    assert title.edit.placeholderText() == "Forum d'apprentissage"
    assert not title.mark.isHidden()
    title.edit.setText("Learning Forum")
    title.edit.editingFinished.emit()
    context_row = details.translations.rows[(Language.EN, TranslatedField.CONTEXT)]
    context_row.edit.setFocus()
    context_row.edit.setPlainText("A forum of cities.")
    context_row.edit.focusOutEvent(QFocusEvent(QEvent.Type.FocusOut))

    texts = EventTexts.load(store, event_id)
    event = store.require(Event, event_id)
    assert texts.localized(event, Language.EN).title == "Learning Forum"
    assert texts.localized(event, Language.EN).context == "A forum of cities."
    assert event.title == "Forum d'apprentissage"  # the French stays the event's own
    assert title.mark.isHidden()
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert title.edit.text() == "" and not title.mark.isHidden()
    assert EventTexts.load(store, event_id).localized(event, Language.EN).title == event.title


def test_a_three_language_event_s_tabs_fit_a_768_pixel_screen(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Every tab's minimum is the window's: the details form, taller with each language's
    rows, scrolls instead of pushing the window past a laptop's screen."""
    store = window.context.store
    event_id = execute(store, CreateEvent(title="Forum", language=Language.FR)).value
    languages = (Language.FR, Language.EN, Language.ES)
    execute(store, SetWorkingLanguages(event_id=event_id, languages=languages))
    window.context.reload_all()
    window.resize(1024, 740)
    window.open_event(event_id)
    for index in range(window.page.tabs.count()):
        window.page.tabs.setCurrentIndex(index)
        assert window.minimumSizeHint().height() <= 768, window.page.tabs.tabText(index)
    # However many rows the form grows (objectives, a logo, each language's title and
    # context), the details tab itself asks for little height: the form scrolls.
    assert window.page.details.minimumSizeHint().height() < 300
