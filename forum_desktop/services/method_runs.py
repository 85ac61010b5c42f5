"""Which live screen an item's method has, and the legacy method runs.

Before version 14 each method screen kept its live state as one blob per item
(``models.method_run``); the screens now keep records of their own
(``services.method_upgrade`` converts the old blobs), so these runs are only read: from an
old database before its upgrade, or from a format-4 document.
"""

from __future__ import annotations

from uuid import UUID

from forum_desktop.models import AgendaItem, MethodRun, MethodScreen
from forum_desktop.services.methods import methods_named
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
