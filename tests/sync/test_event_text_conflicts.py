"""Two laptops retyping the event's title, place, organisers or footer line at once: both
versions are kept.

Found by the event machine (tests/sync/test_event_machine.py) in its first examples: of
the texts the Details tab edits only the context merged as typed text; the title, place,
organisers and footer were simple fields, so the later of two concurrent edits won and
the other was gone from every screen and document (only the journal held it).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest

from forum_desktop.models import Event
from forum_desktop.services.commands import execute
from forum_desktop.services.conflicts import ResolveConflict
from forum_desktop.services.events import CreateEvent, UpdateEvent
from forum_desktop.sync.engine import conflict_rows, sync_event
from tests.sync.laptops import Laptop, open_laptop


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Laptop, Laptop]]:
    a, b = open_laptop(tmp_path / "a", "Awa"), open_laptop(tmp_path / "b", "Bruno")
    yield a, b
    a.close()
    b.close()


def exchange(folder: Path, event_id: UUID, *laptops: Laptop) -> None:
    for _ in range(2):
        for laptop in laptops:
            sync_event(laptop.store, event_id, folder)


@pytest.mark.parametrize("name", ["title", "place", "organisers", "footer", "context"])
def test_two_laptops_retyping_a_detail_of_the_event_keep_both_until_someone_chooses(
    laptops: tuple[Laptop, Laptop], tmp_path: Path, name: str
) -> None:
    a, b = laptops
    folder = tmp_path / "shared"
    folder.mkdir()
    event_id: UUID = execute(
        a.store, CreateEvent(title="Atelier de Saly", place="Saly", organisers="CGLU")
    ).value
    exchange(folder, event_id, a, b)

    execute(a.store, UpdateEvent.model_validate({"event_id": event_id, name: "Typed by Awa"}))
    b.clock.advance(5)  # Bruno's edit is the later one: it is shown
    execute(b.store, UpdateEvent.model_validate({"event_id": event_id, name: "Typed by Bruno"}))
    exchange(folder, event_id, a, b)

    for laptop in (a, b):
        assert getattr(laptop.store.require(Event, event_id), name) == "Typed by Bruno"
        [conflict] = conflict_rows(laptop.store, event_id)
        assert (conflict["record_type"], conflict["field"], conflict["kept"]) == (
            "event",
            name,
            "Typed by Awa",
        )

    # Awa chooses her version (the conflicts dialog): it shows, the conflict closes on both.
    execute(
        a.store,
        ResolveConflict(record_type="event", record_id=event_id, field=name, value="Typed by Awa"),
    )
    exchange(folder, event_id, a, b)
    for laptop in (a, b):
        assert getattr(laptop.store.require(Event, event_id), name) == "Typed by Awa"
        assert conflict_rows(laptop.store, event_id) == []
