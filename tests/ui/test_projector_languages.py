"""The bilingual projector (issue 25): on a French event with English, the item's title
and guiding question in French with the English smaller under each; no English line when
the item has none; a check box in the Run tab turns the English off, remembered for the
event on this laptop."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from forum_desktop.clock import FakeClock
from forum_desktop.models import Language, Session
from forum_desktop.models.translation import TranslatedField, TranslatedRecord
from forum_desktop.services.agenda import UpdateItem
from forum_desktop.services.commands import execute
from forum_desktop.services.translations import SetTranslation, SetWorkingLanguages
from forum_desktop.storage import Store
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.projector import ProjectorWindow
from forum_desktop.ui.run_page import RunPage, second_language_key
from tests.services.helpers import build_day
from tests.ui.conftest import Prompts
from tests.ui.test_run_page import open_console_on

QUESTION_FR = "Que fais-je pour soutenir l'apprentissage ?"
QUESTION_EN = "What do I do to support learning?"


def translate(store: Store, item_id: UUID, field: TranslatedField, text: str) -> None:
    execute(
        store,
        SetTranslation(
            target_type=TranslatedRecord.AGENDA_ITEM,
            target_id=item_id,
            field=field,
            language=Language.EN,
            text=text,
        ),
    )


def french_and_english_day(store: Store) -> tuple[UUID, list[UUID]]:
    """Two items: the first translated into English, the second not."""
    session_id, ids = build_day(store, [10, 15])
    event_id = store.require(Session, session_id).event_id
    execute(store, SetWorkingLanguages(event_id=event_id, languages=(Language.FR, Language.EN)))
    for item_id in ids:
        execute(store, UpdateItem(item_id=item_id, guiding_question=QUESTION_FR))
    translate(store, ids[0], TranslatedField.TITLE, "Item 1")
    translate(store, ids[0], TranslatedField.GUIDING_QUESTION, QUESTION_EN)
    return session_id, ids


def shown(label: QLabel) -> str:
    return label.text() if label.isVisibleTo(label.window()) else ""


def lines(projector: ProjectorWindow) -> tuple[str, str, str, str]:
    return (
        shown(projector.title_label),
        shown(projector.second_title_label),
        shown(projector.question_label),
        shown(projector.second_question_label),
    )


def started(window: MainWindow, session_id: UUID) -> tuple[RunPage, ProjectorWindow]:
    page = open_console_on(window, session_id)
    page.controller.start()
    page.toggle_projector()
    projector = page.projector
    assert projector is not None
    page.controller.tick()
    return page, projector


def test_the_item_in_french_and_in_english_under_it(
    window: MainWindow, qtbot: QtBot, clock: FakeClock, answers: Prompts
) -> None:
    store = window.context.store
    session_id, _ = french_and_english_day(store)
    page, projector = started(window, session_id)
    assert lines(projector) == ("Point 1", "Item 1", QUESTION_FR, QUESTION_EN)
    # Smaller, and in italics, so the room tells the languages apart.
    for main, second in (
        (projector.title_label, projector.second_title_label),
        (projector.question_label, projector.second_question_label),
    ):
        assert second.font().pixelSize() < main.font().pixelSize()
        assert second.font().italic() and not main.font().italic()
    # Its own words stay French, the main language's.
    assert "Ensuite : Point 2" in projector.next_label.text()

    # The second item has no English: no English line, not the French twice.
    page.controller.next_item()
    page.controller.tick()
    assert lines(projector) == ("Point 2", "", QUESTION_FR, "")

    # An English title typed now shows at once.
    [_, second_id] = [e.item.id for e in page.controller.records.schedule.items]  # type: ignore[union-attr]
    window.context.execute(
        SetTranslation(
            target_type=TranslatedRecord.AGENDA_ITEM,
            target_id=second_id,
            field=TranslatedField.TITLE,
            language=Language.EN,
            text="Item 2",
        ),
        "Translate",
    )
    assert lines(projector) == ("Point 2", "Item 2", QUESTION_FR, "")


def test_the_second_language_turned_off_is_remembered_for_the_event(
    window: MainWindow, qtbot: QtBot, clock: FakeClock, answers: Prompts
) -> None:
    store = window.context.store
    session_id, _ = french_and_english_day(store)
    event_id = store.require(Session, session_id).event_id
    page, projector = started(window, session_id)
    box = page.projection.second_box
    assert box.isVisibleTo(page) and box.text() == "Also in English" and box.isChecked()

    box.click()
    assert lines(projector) == ("Point 1", "", QUESTION_FR, "")
    assert store.setting(second_language_key(event_id)) == "off"

    # Opened again (a new window, as after a language switch), it stays off.
    page.close_projector()
    page.reload()
    assert not box.isChecked()
    page.toggle_projector()
    reopened = page.projector
    assert reopened is not None
    page.controller.tick()
    assert lines(reopened) == ("Point 1", "", QUESTION_FR, "")
    box.click()
    assert lines(reopened) == ("Point 1", "Item 1", QUESTION_FR, QUESTION_EN)
    assert store.setting(second_language_key(event_id)) == "on"


def test_an_event_in_one_language_has_no_second_line_nor_check_box(
    window: MainWindow, qtbot: QtBot, clock: FakeClock, answers: Prompts
) -> None:
    session_id, _ = build_day(window.context.store, [10])
    page, projector = started(window, session_id)
    assert not page.projection.second_box.isVisibleTo(page)
    assert not projector.second_title_label.isVisibleTo(projector)
    assert not projector.second_question_label.isVisibleTo(projector)


def test_the_welcome_and_end_slides_name_the_event_in_both_languages(
    window: MainWindow, qtbot: QtBot, clock: FakeClock, answers: Prompts
) -> None:
    store = window.context.store
    session_id, _ = french_and_english_day(store)
    event_id = store.require(Session, session_id).event_id
    command = SetTranslation(
        target_type=TranslatedRecord.EVENT,
        target_id=event_id,
        field=TranslatedField.TITLE,
        language=Language.EN,
        text="Learning Forum",
    )
    execute(store, command)
    page = open_console_on(window, session_id)
    page.toggle_projector()
    projector = page.projector
    assert projector is not None
    page.controller.tick()  # not started: the welcome slide
    assert shown(projector.title_label) == "Bienvenue"  # its own word: the main language's
    assert shown(projector.phase_label) == "Forum"
    assert shown(projector.second_question_label) == "Learning Forum"

    page.controller.start()
    page.controller.finish()  # the end slide names the event in both languages too
    page.controller.tick()
    assert shown(projector.title_label) == "Fin de la séance"
    assert shown(projector.second_question_label) == "Learning Forum"
