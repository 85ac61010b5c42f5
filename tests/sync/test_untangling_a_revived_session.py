"""Items dragged under each other in a session that another laptop's delete of the whole
event took and a new item brought back: the untangling travels too.

Found by the event-deletion machine (tests/sync/test_event_deletion_machine.py): a
merge rebuilds a session that is only shown again for an item's sake (deleted, then
brought back at the end of the merge), and the agenda is untangled in between; the
untangling change then found no session for its item, was written with no event and
never went into the shared folder, so a third laptop kept the items as they crossed
(one under the other) while the two that untangled showed both at the top: the laptops
never agreed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from forum_desktop.services.agenda import AddItem, AddSession, MoveItem, items_of
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent, DeleteEvent
from forum_desktop.sync.engine import sync_event
from tests.sync.laptops import everything_travels, fix_device_ids, open_laptop, snapshot


def test_items_untangled_in_a_session_brought_back_agree_on_every_laptop(tmp_path: Path) -> None:
    laptops = [open_laptop(tmp_path / name, name) for name in ("Awa", "Bruno", "Chidi")]
    fix_device_ids(laptops)
    awa, bruno, chidi = laptops
    folder = tmp_path / "shared"
    folder.mkdir()
    event_id = execute(awa.store, CreateEvent(title="Atelier de Saly")).value
    session_id = execute(awa.store, AddSession(event_id=event_id, title="Matinée")).value
    for laptop in laptops:
        sync_event(laptop.store, event_id, folder)
    private = [tmp_path / f"copy{i}" for i in range(3)]
    shutil.copytree(folder, private[2])  # Chidi's copy of the folder stops here

    def meet() -> None:
        for laptop in (awa, bruno, awa):
            sync_event(laptop.store, event_id, folder)

    # Awa deletes the event while Bruno, not knowing, adds an item: the session is back.
    execute(awa.store, DeleteEvent(event_id=event_id))
    welcome = execute(bruno.store, AddItem(session_id=session_id, title="Accueil")).value
    meet()
    round_ = execute(awa.store, AddItem(session_id=session_id, title="Tour de table")).value
    meet()
    # Each drags one item under the other, then they meet: both untangle the loop.
    execute(awa.store, MoveItem(item_id=round_, parent_id=welcome, position=0))
    execute(bruno.store, MoveItem(item_id=welcome, parent_id=round_, position=0))
    meet()
    # The loop is untangled: "Accueil", moved last, is back at the top. Awa then takes
    # "Tour de table" out from under it: both items are at the top.
    assert [item.parent_id for item in items_of(awa.store, session_id)] == [None, welcome]
    execute(awa.store, MoveItem(item_id=round_, parent_id=None, position=1))
    meet()

    everything_travels(laptops, event_id, [folder, folder, private[2]])
    for laptop in laptops:
        shown = [(item.title, item.parent_id) for item in items_of(laptop.store, session_id)]
        assert shown == [("Accueil", None), ("Tour de table", None)], laptop.name
    assert snapshot(chidi.store, event_id) == snapshot(awa.store, event_id)
    assert snapshot(bruno.store, event_id) == snapshot(awa.store, event_id)
    for laptop in laptops:
        laptop.close()
