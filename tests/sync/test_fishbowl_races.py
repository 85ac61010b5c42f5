"""Two laptops racing at one fishbowl: both show the same circle after sync, and a
person who leaves does not come back through the other laptop's seat."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest

from forum_desktop.methods.fishbowl import FishbowlView, fishbowl_view
from forum_desktop.services.agenda import AddItem, AddSession
from forum_desktop.services.commands import Command, execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.fishbowl import JoinQueue, LeaveCircle, Seat, SetChairs
from forum_desktop.services.participants import AddParticipant
from forum_desktop.sync.engine import sync_event
from tests.sync.laptops import Laptop, open_laptop


class Room:
    def __init__(self, tmp_path: Path) -> None:
        self.facilitator = open_laptop(tmp_path / "f", "Facilitator")
        self.rapporteur = open_laptop(tmp_path / "r", "Rapporteur")
        self.folder = tmp_path / "shared"
        self.folder.mkdir()
        store = self.facilitator.store
        self.event_id: UUID = execute(store, CreateEvent(title="Forum")).value
        self.p, self.q = (
            execute(store, AddParticipant(event_id=self.event_id, name=name)).value
            for name in ("Awa", "Jun")
        )
        session_id = execute(store, AddSession(event_id=self.event_id, title="Matinée")).value
        self.item: UUID = execute(store, AddItem(session_id=session_id, title="Aquarium")).value
        execute(store, SetChairs(item_id=self.item, chairs=3, keep_open=False))
        self.sync()

    def sync(self) -> None:
        for _ in range(2):
            for laptop in (self.facilitator, self.rapporteur):
                sync_event(laptop.store, self.event_id, self.folder)

    def act(self, laptop: Laptop, command: Command) -> None:
        execute(laptop.store, command)

    def views(self) -> list[FishbowlView]:
        return [fishbowl_view(lap.store, self.item) for lap in (self.facilitator, self.rapporteur)]


@pytest.fixture
def room(tmp_path: Path) -> Iterator[Room]:
    made = Room(tmp_path)
    yield made
    made.facilitator.close()
    made.rapporteur.close()


def test_one_person_seated_on_both_laptops_sits_once_and_leaves_once(room: Room) -> None:
    f, r = room.facilitator, room.rapporteur
    f.clock.advance(1)
    r.clock.advance(2)
    room.act(f, JoinQueue(item_id=room.item, participant_id=room.p, at=f.clock.now()))
    room.act(f, Seat(item_id=room.item, at=f.clock.now(), chair=0))
    room.act(r, JoinQueue(item_id=room.item, participant_id=room.p, at=r.clock.now()))
    room.act(r, Seat(item_id=room.item, at=r.clock.now(), chair=1))
    room.sync()
    first, second = room.views()
    assert first == second
    assert first.seats == (room.p, None, None) and first.queue == ()  # the earlier seat
    r.clock.advance(5)
    room.act(r, LeaveCircle(item_id=room.item, chair=0, at=r.clock.now()))
    room.sync()
    first, second = room.views()
    assert first == second and first.seats == (None, None, None)  # not back in chair 2


def test_two_people_seated_in_one_chair_the_earlier_holds_it(room: Room) -> None:
    f, r = room.facilitator, room.rapporteur
    f.clock.advance(1)
    r.clock.advance(2)
    room.act(f, JoinQueue(item_id=room.item, participant_id=room.p, at=f.clock.now()))
    room.act(f, Seat(item_id=room.item, at=f.clock.now(), chair=0))
    room.act(r, JoinQueue(item_id=room.item, participant_id=room.q, at=r.clock.now()))
    room.act(r, Seat(item_id=room.item, at=r.clock.now(), chair=0))
    room.sync()
    first, second = room.views()
    assert first == second and first.seats == (room.p, None, None)
    assert {stay.participant_id for stay in first.log} == {room.p, room.q}  # nothing lost
    f.clock.advance(5)
    room.act(f, LeaveCircle(item_id=room.item, chair=0, at=f.clock.now()))
    room.sync()
    first, second = room.views()
    assert first == second and first.seats == (None, None, None)
