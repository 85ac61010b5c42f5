"""Examples of the agenda commands for the undo/redo test, keyed by class name."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from forum_desktop.models import Event, ItemKind, Language, Priority
from forum_desktop.models.translation import TranslatedField
from forum_desktop.services.agenda import (
    AddItem,
    AddSession,
    DeleteItems,
    DeleteSession,
    Direction,
    DuplicateItem,
    IndentItem,
    MoveItem,
    OutdentItem,
    ShiftItem,
    UpdateItem,
    UpdateSession,
)
from forum_desktop.services.commands import Command, execute
from forum_desktop.services.session_edit import EditSession, SessionText
from forum_desktop.services.templates import (
    AddSessionFromTemplate,
    DeleteTemplate,
    SaveSessionAsTemplate,
    builtin_templates,
)
from forum_desktop.services.translations import SetWorkingLanguages
from forum_desktop.storage import Store
from tests.services.helpers import build_event


def example_add_session(store: Store) -> Command:
    built = build_event(store)
    return AddSession(
        event_id=built.event_id,
        title="Après-midi",
        date=date(2022, 2, 23),
        start_time=time(14, 0),
        end_time=time(17, 0),
    )


def example_update_session(store: Store) -> Command:
    built = build_event(store)
    return UpdateSession(
        session_id=built.session_id, title="Matinée (salle B)", link="https://x.org"
    )


def example_edit_session(store: Store) -> Command:
    built = build_event(store)
    main = store.require(Event, built.event_id).language
    execute(store, SetWorkingLanguages(event_id=built.event_id, languages=(main, Language.EN)))
    return EditSession(
        session=UpdateSession(session_id=built.session_id, title="Matinée (salle B)"),
        texts=(SessionText(language=Language.EN, field=TranslatedField.TITLE, text="Morning"),),
    )


def example_delete_session(store: Store) -> Command:
    return DeleteSession(session_id=build_event(store).session_id)


def example_add_item(store: Store) -> Command:
    built = build_event(store)
    return AddItem(
        session_id=built.session_id,
        parent_id=built.item_ids[0],
        after_id=built.item_ids[1],
        title="Question directrice",
        planned_minutes=5,
        kind=ItemKind.DISCUSSION,
    )


def example_update_item(store: Store) -> Command:
    built = build_event(store)
    return UpdateItem(
        item_id=built.item_ids[3],
        planned_minutes=25,
        priority=Priority.OPTIONAL,
        speaker_ids=tuple(built.participant_ids[:2]),
        locked_start=time(11, 0),
        notes="Garder 5 min pour les questions",
    )


def example_delete_items(store: Store) -> Command:
    built = build_event(store)
    return DeleteItems(item_ids=(built.item_ids[0],))  # with its two sub-items


def example_duplicate_item(store: Store) -> Command:
    return DuplicateItem(item_id=build_event(store).item_ids[0])


def example_move_item(store: Store) -> Command:
    built = build_event(store)
    return MoveItem(item_id=built.item_ids[3], parent_id=built.item_ids[0], position=1)


def example_shift_item(store: Store) -> Command:
    return ShiftItem(item_id=build_event(store).item_ids[2], direction=Direction.UP)


def example_indent_item(store: Store) -> Command:
    return IndentItem(item_id=build_event(store).item_ids[3])


def example_outdent_item(store: Store) -> Command:
    return OutdentItem(item_id=build_event(store).item_ids[1])


def example_save_session_as_template(store: Store) -> Command:
    return SaveSessionAsTemplate(session_id=build_event(store).session_id, name="Matinée type")


def example_delete_template(store: Store) -> Command:
    built = build_event(store)
    saved = execute(store, SaveSessionAsTemplate(session_id=built.session_id, name="Matinée type"))
    return DeleteTemplate(template_id=saved.value)


def example_add_session_from_template(store: Store) -> Command:
    built = build_event(store)
    return AddSessionFromTemplate(
        event_id=built.event_id,
        template=builtin_templates()[0],
        title="Atelier",
        date=date(2022, 2, 24),
    )


AGENDA_EXAMPLES: dict[str, Callable[[Store], Command]] = {
    "AddSession": example_add_session,
    "UpdateSession": example_update_session,
    "EditSession": example_edit_session,
    "DeleteSession": example_delete_session,
    "AddItem": example_add_item,
    "UpdateItem": example_update_item,
    "DeleteItems": example_delete_items,
    "DuplicateItem": example_duplicate_item,
    "MoveItem": example_move_item,
    "ShiftItem": example_shift_item,
    "IndentItem": example_indent_item,
    "OutdentItem": example_outdent_item,
    "SaveSessionAsTemplate": example_save_session_as_template,
    "DeleteTemplate": example_delete_template,
    "AddSessionFromTemplate": example_add_session_from_template,
}
