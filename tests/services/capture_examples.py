"""Examples of the capture operations for the registry's undo/redo test."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from forum_desktop.services.capture import capture_outcome
from forum_desktop.storage import Store
from tests.services.helpers import Built, build_event


def _with_outcomes(store: Store) -> tuple[Built, list[UUID]]:
    built = build_event(store)
    ids = [
        capture_outcome(
            store,
            event_id=built.event_id,
            session_id=built.session_id,
            item_id=built.item_ids[0],
            kind=kind,
            text=text,
            tags=tags,
        ).value
        for kind, text, tags in (
            ("decision", "Adopter la méthode de l'aquarium", ["méthodes"]),
            ("note", "Adopter l'aquarium", ["aquarium"]),
        )
    ]
    return built, ids


def example_capture_outcome(store: Store) -> dict[str, Any]:
    built = build_event(store)
    return {
        "event_id": built.event_id,
        "session_id": built.session_id,
        "item_id": built.item_ids[1],
        "kind": "action",
        "text": "Envoyer la fiche <b>MOOC</b> & le lien",
        "item_offset_seconds": 95,
        "tags": ["mooc"],
        "fields": {"owner_ids": [str(built.participant_ids[0])], "due": "2022-03-15"},
    }


def example_update_outcome(store: Store) -> dict[str, Any]:
    _, ids = _with_outcomes(store)
    return {"outcome_id": ids[0], "text": "Adopter l'aquarium pour la revue", "anonymous": True}


def example_delete_outcomes(store: Store) -> dict[str, Any]:
    _, ids = _with_outcomes(store)
    return {"outcome_ids": ids}


def example_set_review(store: Store) -> dict[str, Any]:
    _, ids = _with_outcomes(store)
    return {"outcome_ids": ids, "state": "approved"}


def example_merge_outcomes(store: Store) -> dict[str, Any]:
    _, ids = _with_outcomes(store)
    return {"keep_id": ids[0], "merged_ids": ids[1:]}


def example_set_session_final(store: Store) -> dict[str, Any]:
    built, _ = _with_outcomes(store)
    return {"session_id": built.session_id, "final": True}


def example_resolve_conflict(store: Store) -> dict[str, Any]:
    _, ids = _with_outcomes(store)
    return {
        "record_type": "outcome",
        "record_id": ids[1],
        "field": "text",
        "value": "Adopter l'aquarium\nAdopter l'aquarium, en deux groupes",
    }


CAPTURE_EXAMPLES: dict[str, Any] = {
    "capture_outcome": example_capture_outcome,
    "update_outcome": example_update_outcome,
    "delete_outcomes": example_delete_outcomes,
    "set_review": example_set_review,
    "merge_outcomes": example_merge_outcomes,
    "set_session_final": example_set_session_final,
    "resolve_conflict": example_resolve_conflict,
}
