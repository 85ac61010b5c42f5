"""The merge report says when it brought back an event deleted here, and only then."""

from __future__ import annotations

from pathlib import Path

from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent, DeleteEvent, UpdateEvent
from forum_desktop.sync.engine import sync_event
from tests.sync.laptops import open_laptop


def test_only_the_merge_that_brings_a_deleted_event_back_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    here, other = open_laptop(tmp_path / "here", "Awa"), open_laptop(tmp_path / "other", "Bruno")
    event_id = execute(here.store, CreateEvent(title="Atelier de Saly")).value
    assert not sync_event(here.store, event_id, folder).brought_back
    assert not sync_event(other.store, event_id, folder).brought_back  # joined: arrived

    execute(here.store, DeleteEvent(event_id=event_id))
    execute(other.store, UpdateEvent(event_id=event_id, title="Atelier de Saly, jour 2"))
    assert not sync_event(other.store, event_id, folder).brought_back  # the delete not in yet

    assert sync_event(here.store, event_id, folder).brought_back
    assert not sync_event(here.store, event_id, folder).brought_back  # said once
    assert not sync_event(other.store, event_id, folder).brought_back  # never gone there
    here.close()
    other.close()
