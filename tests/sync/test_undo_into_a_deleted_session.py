"""Undoing a delete whose session has gone since: a refusal, not a database error.

Found by the agenda machine (tests/sync/test_agenda_machine.py): a session deleted on one
laptop while another added an item to it comes back while the item needs it; once the
item is deleted it goes again, and undoing that delete brought the item back into a
session that was not there: an integrity error from the database.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from forum_desktop.models import AgendaItem, Session
from forum_desktop.services.agenda import AddItem, AddSession, DeleteItems, DeleteSession
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.operations import UndoRefusedError, redo, undo
from forum_desktop.sync.engine import sync_event
from tests.sync.laptops import open_laptop, snapshot


def test_undoing_a_delete_into_a_session_gone_since_is_refused_and_changes_nothing(
    tmp_path: Path,
) -> None:
    a, b = open_laptop(tmp_path / "a", "Awa"), open_laptop(tmp_path / "b", "Bruno")
    folder = tmp_path / "shared"
    folder.mkdir()
    event_id = execute(a.store, CreateEvent(title="Atelier de Saly")).value
    session_id = execute(a.store, AddSession(event_id=event_id, title="Matinée")).value
    for laptop in (a, b):
        sync_event(laptop.store, event_id, folder)

    execute(a.store, DeleteSession(session_id=session_id))
    item_id = execute(b.store, AddItem(session_id=session_id, title="Tour de table")).value
    for laptop in (a, b, a):
        sync_event(laptop.store, event_id, folder)
    assert a.store.get(Session, session_id) is not None  # back while Bruno's item needs it

    deleted = execute(a.store, DeleteItems(item_ids=(item_id,)))
    for laptop in (a, b, a):
        sync_event(laptop.store, event_id, folder)
    assert a.store.get(Session, session_id) is None  # nothing needs it now

    before = snapshot(a.store, event_id)
    with pytest.raises(UndoRefusedError) as refused:
        undo(a.store, deleted)
    assert refused.value.notice.kind.code == "undo.parent_gone"
    assert "was not undone" in str(refused.value)
    assert snapshot(a.store, event_id) == before
    assert a.store.get(AgendaItem, item_id) is None
    a.close()
    b.close()


def test_redoing_an_addition_into_a_session_gone_since_is_refused_and_changes_nothing(
    tmp_path: Path,
) -> None:
    a, b = open_laptop(tmp_path / "a", "Awa"), open_laptop(tmp_path / "b", "Bruno")
    folder = tmp_path / "shared"
    folder.mkdir()
    event_id = execute(a.store, CreateEvent(title="Atelier de Saly")).value
    session_id = execute(a.store, AddSession(event_id=event_id, title="Matinée")).value
    for laptop in (a, b):
        sync_event(laptop.store, event_id, folder)

    added = execute(a.store, AddItem(session_id=session_id, title="Tour de table"))
    removed = undo(a.store, added)
    execute(b.store, DeleteSession(session_id=session_id))
    for laptop in (a, b, a):
        sync_event(laptop.store, event_id, folder)
    assert a.store.get(Session, session_id) is None

    before = snapshot(a.store, event_id)
    with pytest.raises(UndoRefusedError) as refused:
        redo(a.store, added, removed)
    assert refused.value.notice.kind.code == "undo.parent_gone"
    assert snapshot(a.store, event_id) == before
    a.close()
    b.close()
