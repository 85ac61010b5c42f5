"""Examples of the agenda operations for the registry's undo/redo test."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from forum_desktop.models import ItemKind, Priority
from forum_desktop.services.templates import builtin_templates, save_session_as_template
from forum_desktop.storage import Store
from tests.services.helpers import build_event

Example = Any


def example_add_session(store: Store) -> dict[str, Any]:
    built = build_event(store)
    return {
        "event_id": built.event_id,
        "title": "Après-midi",
        "date": date(2022, 2, 23),
        "start_time": time(14, 0),
        "end_time": time(17, 0),
    }


def example_update_session(store: Store) -> dict[str, Any]:
    built = build_event(store)
    return {"session_id": built.session_id, "title": "Matinée (salle B)", "link": "https://x.org"}


def example_delete_session(store: Store) -> dict[str, Any]:
    return {"session_id": build_event(store).session_id}


def example_add_item(store: Store) -> dict[str, Any]:
    built = build_event(store)
    return {
        "session_id": built.session_id,
        "parent_id": built.item_ids[0],
        "after_id": built.item_ids[1],
        "title": "Question directrice",
        "planned_minutes": 5,
        "kind": ItemKind.DISCUSSION,
    }


def example_update_item(store: Store) -> dict[str, Any]:
    built = build_event(store)
    return {
        "item_id": built.item_ids[3],
        "planned_minutes": 25,
        "priority": Priority.OPTIONAL,
        "speaker_ids": built.participant_ids[:2],
        "locked_start": time(11, 0),
        "notes": "Garder 5 min pour les questions",
    }


def example_delete_items(store: Store) -> dict[str, Any]:
    built = build_event(store)
    return {"item_ids": [built.item_ids[0]]}  # with its two sub-items


def example_duplicate_item(store: Store) -> dict[str, Any]:
    return {"item_id": build_event(store).item_ids[0]}


def example_move_item(store: Store) -> dict[str, Any]:
    built = build_event(store)
    return {"item_id": built.item_ids[3], "parent_id": built.item_ids[0], "position": 1}


def example_shift_item(store: Store) -> dict[str, Any]:
    return {"item_id": build_event(store).item_ids[2], "direction": "up"}


def example_indent_item(store: Store) -> dict[str, Any]:
    return {"item_id": build_event(store).item_ids[3]}


def example_outdent_item(store: Store) -> dict[str, Any]:
    return {"item_id": build_event(store).item_ids[1]}


def example_save_session_as_template(store: Store) -> dict[str, Any]:
    return {"session_id": build_event(store).session_id, "name": "Matinée type"}


def example_delete_template(store: Store) -> dict[str, Any]:
    built = build_event(store)
    saved = save_session_as_template(store, session_id=built.session_id, name="Matinée type")
    return {"template_id": saved.value}


def example_add_session_from_template(store: Store) -> dict[str, Any]:
    built = build_event(store)
    return {
        "event_id": built.event_id,
        "template": builtin_templates()[0],
        "title": "Atelier",
        "date": date(2022, 2, 24),
    }


AGENDA_EXAMPLES: dict[str, Example] = {
    "add_session": example_add_session,
    "update_session": example_update_session,
    "delete_session": example_delete_session,
    "add_item": example_add_item,
    "update_item": example_update_item,
    "delete_items": example_delete_items,
    "duplicate_item": example_duplicate_item,
    "move_item": example_move_item,
    "shift_item": example_shift_item,
    "indent_item": example_indent_item,
    "outdent_item": example_outdent_item,
    "save_session_as_template": example_save_session_as_template,
    "delete_template": example_delete_template,
    "add_session_from_template": example_add_session_from_template,
}
