"""Two laptops retyping the same title or name at once: both versions are kept.

Found by the agenda machine (tests/sync/test_agenda_machine.py): an item's or a session's
title, a session's description and a person's name and organisation were merged as simple
fields, so the later of two concurrent edits won and the other was gone from every screen.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest

from forum_desktop.models import AgendaItem, Participant, Session
from forum_desktop.models.base import Record
from forum_desktop.services.agenda import AddItem, AddSession, UpdateItem, UpdateSession
from forum_desktop.services.commands import Command, execute
from forum_desktop.services.conflicts import ResolveConflict
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.participants import AddParticipant, UpdateParticipant
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


def planned(laptop: Laptop) -> tuple[UUID, dict[type[Record], UUID]]:
    """An event with a session, an item and a person."""
    store = laptop.store
    event_id: UUID = execute(store, CreateEvent(title="Atelier de Saly")).value
    session_id = execute(store, AddSession(event_id=event_id, title="Matinée")).value
    item_id = execute(store, AddItem(session_id=session_id, title="Accueil")).value
    person_id = execute(
        store, AddParticipant(event_id=event_id, name="Fatou Ndiaye", organisation="ENDA")
    ).value
    return event_id, {Session: session_id, AgendaItem: item_id, Participant: person_id}


def edit(cls: type[Record], record_id: UUID, name: str, text: str) -> Command:
    if cls is AgendaItem:
        return UpdateItem.model_validate({"item_id": record_id, name: text})
    if cls is Session:
        return UpdateSession.model_validate({"session_id": record_id, name: text})
    return UpdateParticipant.model_validate({"participant_id": record_id, name: text})


@pytest.mark.parametrize(
    ("cls", "name"),
    [
        (AgendaItem, "title"),
        (Session, "title"),
        (Session, "description"),
        (Participant, "name"),
        (Participant, "organisation"),
    ],
)
def test_two_laptops_retyping_one_text_keep_both_until_someone_chooses(
    laptops: tuple[Laptop, Laptop], tmp_path: Path, cls: type[Record], name: str
) -> None:
    a, b = laptops
    folder = tmp_path / "shared"
    folder.mkdir()
    event_id, ids = planned(a)
    exchange(folder, event_id, a, b)

    execute(a.store, edit(cls, ids[cls], name, "Typed by Awa"))
    b.clock.advance(5)  # Bruno's edit is the later one: it is shown
    execute(b.store, edit(cls, ids[cls], name, "Typed by Bruno"))
    exchange(folder, event_id, a, b)

    for laptop in (a, b):
        assert getattr(laptop.store.require(cls, ids[cls]), name) == "Typed by Bruno"
        [conflict] = conflict_rows(laptop.store, event_id)
        assert (conflict["field"], conflict["kept"], conflict["author"]) == (
            name,
            "Typed by Awa",
            "Awa",
        )

    # Awa chooses her version: it shows, and the conflict closes on both laptops.
    execute(
        a.store,
        ResolveConflict(
            record_type=cls.record_type, record_id=ids[cls], field=name, value="Typed by Awa"
        ),
    )
    exchange(folder, event_id, a, b)
    for laptop in (a, b):
        assert getattr(laptop.store.require(cls, ids[cls]), name) == "Typed by Awa"
        assert conflict_rows(laptop.store, event_id) == []
