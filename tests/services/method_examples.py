"""Examples of the method operations for the registry's undo/redo test."""

from __future__ import annotations

from typing import Any

from forum_desktop.methods.library import builtin_library
from forum_desktop.services.methods import apply_method, duplicate_method
from forum_desktop.storage import Store
from tests.services.helpers import build_event


def fishbowl() -> Any:
    return next(m for m in builtin_library().methods if m.id == "fishbowl")


def example_create_method(store: Store) -> dict[str, Any]:
    duplicate_method(store, method_id="fishbowl")
    return {"definition": fishbowl()}


def example_update_method(store: Store) -> dict[str, Any]:
    method_id = duplicate_method(store, method_id="dot-voting").value
    edited = fishbowl().model_copy(update={"id": "ignored"})
    return {"method_id": method_id, "definition": edited}


def example_delete_method(store: Store) -> dict[str, Any]:
    return {"method_id": duplicate_method(store, method_id="world-cafe").value}


def example_duplicate_method(store: Store) -> dict[str, Any]:
    return {"method_id": "peer-review"}


def example_apply_method(store: Store) -> dict[str, Any]:
    """Re-applying: the phases the first method made are replaced in the same step."""
    built = build_event(store)
    apply_method(store, item_id=built.item_ids[3], method_id="dot-voting", language="fr")
    return {"item_id": built.item_ids[3], "method_id": "fishbowl", "language": "fr"}


METHOD_EXAMPLES = {
    "create_method": example_create_method,
    "update_method": example_update_method,
    "delete_method": example_delete_method,
    "duplicate_method": example_duplicate_method,
    "apply_method": example_apply_method,
}
