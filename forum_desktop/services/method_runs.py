"""The live state of group methods: read and saved per method item.

Each method screen keeps its state (see ``models.method_run``) through ``save_method_state``,
an undoable operation like any edit, so a wrong click is one Ctrl+Z away and a restart
finds the round, the seats or the ballots where they were.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from forum_desktop.models import AgendaItem, MethodRun, MethodScreen, Session
from forum_desktop.models.screens import ScreenState
from forum_desktop.services.methods import methods_named
from forum_desktop.services.operations import OpResult, Recorder, operation
from forum_desktop.storage import Store


def method_run_of(store: Store, item_id: UUID, screen: MethodScreen) -> MethodRun | None:
    """The item's run of ``screen``; two laptops that both started one keep the oldest."""
    runs = store.select(MethodRun, {"item_id": item_id}, order_by="created_at")
    return next((run for run in runs if run.screen is screen), None)


def screen_of(store: Store, item: AgendaItem) -> MethodScreen | None:
    """The live screen of the item's method (its ``method`` is the method's name in some
    language, or its id); None when the method has none or is not in the library."""
    return next((e.definition.screen for e in methods_named(store, item.method)), None)


def method_runs_of_event(store: Store, event_id: UUID) -> list[MethodRun]:
    return store.select(MethodRun, {"event_id": event_id}, order_by="created_at")


@operation("save_method_state")
def save_method_state(
    store: Store, /, *, item_id: UUID, screen: MethodScreen, state: dict[str, Any] | ScreenState
) -> OpResult:
    """Store the method item's state for ``screen`` (created the first time); value: the
    ``MethodRun``'s id."""
    values = state.model_dump(mode="json") if isinstance(state, ScreenState) else state
    recorder = Recorder()
    run = method_run_of(store, item_id, screen)
    if run is None:
        item = store.require(AgendaItem, item_id)
        session = store.require(Session, item.session_id)
        run = MethodRun(
            event_id=session.event_id,
            session_id=session.id,
            item_id=item_id,
            screen=screen,
            state=values,
        )
        recorder.add(store.insert(store.fresh(run)))
    else:  # the store validates the new state against the screen's model
        recorder.add(store.update(MethodRun, run.id, state=values))
    return recorder.result(run.id)
