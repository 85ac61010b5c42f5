"""Events joined before any laptop's changes reached the folder stay awaited, across
restarts, until they arrive or the user stops waiting for them."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID, uuid4

import pytest

from forum_desktop.clock import FakeClock
from forum_desktop.notices import NoticeError
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent, DeleteEvent
from forum_desktop.storage import Store
from forum_desktop.sync.awaited import (
    awaited_events,
    folder_setting,
    shared_folders,
    stop_waiting,
)
from forum_desktop.sync.engine import sync_event
from tests.sync.laptops import open_laptop


def test_settings_are_read_by_prefix_and_forgotten(store: Store, clock: FakeClock) -> None:
    store.set_setting("sync.folder.a", "/one")
    store.set_setting("sync.folder_b", "/not-this")  # "_" is no wildcard
    store.set_setting("sync.folder.b", "/two")
    assert store.settings_with_prefix("sync.folder.") == {
        "sync.folder.a": "/one",
        "sync.folder.b": "/two",
    }
    store.forget_setting("sync.folder.a")
    assert Store(store.conn, clock).settings_with_prefix("sync.folder.") == {
        "sync.folder.b": "/two"
    }
    assert store.journal() == []


def test_a_joined_event_is_awaited_until_its_changes_arrive(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    awa = open_laptop(tmp_path / "facilitator", "Awa")
    event_id: UUID = execute(awa.store, CreateEvent(title="Atelier de Thiès")).value
    store.set_setting(folder_setting(event_id), str(folder))  # joined; nothing there yet
    sync_event(store, event_id, folder)
    assert awaited_events(store) == {event_id: folder}

    sync_event(awa.store, event_id, folder)
    awa.close()
    sync_event(store, event_id, folder)
    assert awaited_events(store) == {}
    assert shared_folders(store) == {event_id: folder}


def test_events_held_here_or_deleted_are_not_awaited(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    mine: UUID = execute(store, CreateEvent(title="Atelier de Saly")).value
    gone: UUID = execute(store, CreateEvent(title="Atelier de Mbour")).value
    for event_id in (mine, gone):
        store.set_setting(folder_setting(event_id), str(folder))
    execute(store, DeleteEvent(event_id=gone))
    store.set_setting("sync.folder.not-an-id", str(folder))
    assert awaited_events(store) == {}


def test_stopping_waiting_forgets_the_events_awaited_from_that_folder(
    store: Store, tmp_path: Path
) -> None:
    stick, share = tmp_path / "stick", tmp_path / "share"
    first, second, other = uuid4(), uuid4(), uuid4()
    for event_id, folder in ((first, stick), (second, stick), (other, share)):
        store.set_setting(folder_setting(event_id), str(folder))

    assert sorted(stop_waiting(store, stick)) == sorted([first, second])
    assert awaited_events(store) == {other: share}
    with pytest.raises(NoticeError) as refused:
        stop_waiting(store, stick)
    assert str(refused.value) == (
        f"No shared event is still awaited from {stick}: it may have arrived meanwhile "
        "(see the events list)."
    )
    assert awaited_events(store) == {other: share}
