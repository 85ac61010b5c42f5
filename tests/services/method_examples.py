"""Examples of the method library's commands for the undo/redo test."""

from __future__ import annotations

from typing import Any

from forum_desktop.methods.library import builtin_library
from forum_desktop.services.commands import Command, execute
from forum_desktop.services.method_apply import ApplyMethod, PhaseTimes
from forum_desktop.services.methods import (
    CreateMethod,
    DeleteMethod,
    DuplicateMethod,
    UpdateMethod,
)
from forum_desktop.services.operations import OpResult
from forum_desktop.storage import Store
from tests.services.helpers import T0


def fishbowl() -> Any:
    return next(m for m in builtin_library().methods if m.id == "fishbowl")


def example_create_method(store: Store) -> Command:
    execute(store, DuplicateMethod(method_id="fishbowl"))
    return CreateMethod(definition=fishbowl())


def example_update_method(store: Store) -> Command:
    method_id = execute(store, DuplicateMethod(method_id="dot-voting")).value
    edited = fishbowl().model_copy(update={"id": "ignored"})
    return UpdateMethod(record_id=method_id, definition=edited)


def example_delete_method(store: Store) -> Command:
    return DeleteMethod(record_id=execute(store, DuplicateMethod(method_id="world-cafe")).value)


def example_duplicate_method(store: Store) -> Command:
    return DuplicateMethod(method_id="peer-review")


METHOD_EXAMPLES = {
    "CreateMethod": example_create_method,
    "UpdateMethod": example_update_method,
    "DeleteMethod": example_delete_method,
    "DuplicateMethod": example_duplicate_method,
}


def apply_method(
    store: Store, *, item_id: Any, method_id: str, language: str, **choices: Any
) -> OpResult:
    """Apply a method as the tests before phase scaling did: the method's own times,
    unless ``choices`` says otherwise."""
    choices.setdefault("times", PhaseTimes.METHOD)
    command = ApplyMethod(item_id=item_id, method_id=method_id, language=language, at=T0, **choices)
    return execute(store, command)
