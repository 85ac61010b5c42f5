"""Two laptops dragging two items under each other at once: both stay in the agenda.

Found by the agenda machine (tests/sync/test_agenda_machine.py): each move was allowed
where it was made, but merged field by field the two items were each other's parent, and
both vanished from the agenda (with everything under them) on every laptop; deleting or
moving one then walked the loop for ever.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from uuid import UUID

from forum_desktop.models import AgendaItem
from forum_desktop.services.agenda import (
    AddItem,
    AddSession,
    DeleteItems,
    MoveItem,
    items_of,
)
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.sync.engine import sync_event
from tests.sync.laptops import Laptop, open_laptop, snapshot


def tree(laptop: Laptop, session_id: UUID) -> list[tuple[str, str | None]]:
    """The agenda as the screen shows it: each title with its parent's."""
    items = items_of(laptop.store, session_id)
    titles = {item.id: item.title for item in items}
    return [(item.title, titles.get(item.parent_id) if item.parent_id else None) for item in items]


def test_items_moved_under_each_other_on_two_laptops_both_stay_in_the_agenda(
    tmp_path: Path,
) -> None:
    a, b = open_laptop(tmp_path / "a", "Awa"), open_laptop(tmp_path / "b", "Bruno")
    folder = tmp_path / "shared"
    folder.mkdir()
    event_id = execute(a.store, CreateEvent(title="Atelier de Saly")).value
    session_id = execute(a.store, AddSession(event_id=event_id, title="Matinée")).value
    welcome = execute(a.store, AddItem(session_id=session_id, title="Accueil")).value
    round_ = execute(a.store, AddItem(session_id=session_id, title="Tour de table")).value
    execute(a.store, AddItem(session_id=session_id, title="Café", parent_id=round_))
    for laptop in (a, b, a):
        sync_event(laptop.store, event_id, folder)

    execute(a.store, MoveItem(item_id=welcome, parent_id=round_, position=0))
    b.clock.advance(5)  # Bruno's move is the later one: it is the one undone on screen
    execute(b.store, MoveItem(item_id=round_, parent_id=welcome, position=0))
    for laptop in (a, b, a, b):
        sync_event(laptop.store, event_id, folder)

    for laptop in (a, b):
        assert tree(laptop, session_id) == [
            ("Tour de table", None),
            ("Accueil", "Tour de table"),
            ("Café", "Tour de table"),
        ]
    assert snapshot(a.store, event_id) == snapshot(b.store, event_id)

    # The facilitator puts them back as she wants, on a tree that is whole again.
    execute(b.store, MoveItem(item_id=welcome, parent_id=None, position=0))
    execute(b.store, MoveItem(item_id=round_, parent_id=welcome, position=0))
    for laptop in (a, b, a, b):
        sync_event(laptop.store, event_id, folder)
    for laptop in (a, b):
        assert tree(laptop, session_id) == [
            ("Accueil", None),
            ("Tour de table", "Accueil"),
            ("Café", "Tour de table"),
        ]
    execute(a.store, DeleteItems(item_ids=(welcome,)))
    assert a.store.select(AgendaItem, {"session_id": session_id}) == []
    a.close()
    b.close()


def test_a_third_laptop_receiving_the_crossed_moves_at_once_brings_both_items_in(
    tmp_path: Path,
) -> None:
    """Found by the same machine: a laptop receiving both items and both moves in one
    merge looked for each item's parent among the records to bring back, for ever (a
    recursion error on every sync)."""
    a, b, c = (open_laptop(tmp_path / name, name) for name in ("Awa", "Bruno", "Chloé"))
    folders = [tmp_path / f"folder-{name}" for name in ("a", "b", "c")]
    for folder in folders:
        folder.mkdir()
    event_id = execute(a.store, CreateEvent(title="Atelier de Saly")).value
    session_id = execute(a.store, AddSession(event_id=event_id, title="Matinée")).value
    sync_event(a.store, event_id, folders[0])
    sync_event(c.store, event_id, folders[0])  # Chloé has the session, not the items
    welcome = execute(a.store, AddItem(session_id=session_id, title="Accueil")).value
    round_ = execute(a.store, AddItem(session_id=session_id, title="Tour de table")).value
    sync_event(a.store, event_id, folders[0])
    sync_event(b.store, event_id, folders[0])

    # Each moves one under the other and writes it to their own folder only.
    execute(a.store, MoveItem(item_id=welcome, parent_id=round_, position=0))
    execute(b.store, MoveItem(item_id=round_, parent_id=welcome, position=0))
    sync_event(a.store, event_id, folders[0])
    sync_event(b.store, event_id, folders[1])
    for folder in folders[:2]:
        shutil.copytree(folder, folders[2], dirs_exist_ok=True)

    sync_event(c.store, event_id, folders[2])
    assert {title for title, _ in tree(c, session_id)} == {"Accueil", "Tour de table"}
    for laptop in (a, b, c):
        laptop.close()
