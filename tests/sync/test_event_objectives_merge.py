"""Two laptops changing the event's objectives at once: nothing either typed is lost.

Found by the event machine (tests/sync/test_event_machine.py): the objectives (the
Details tab's list) were one simple field, so when two laptops added an objective each
before seeing the other's, the later list won and the other objective was gone from every
screen and document. Concurrent lists now merge objective by objective (each has its id)
against the list both started from: additions from both stay, a removal stays unless the
other laptop retyped that objective meanwhile, and an objective retyped on both shows
both versions, the other laptop's right after the shown one.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest

from forum_desktop.models import Event
from forum_desktop.models.event import Objective
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent, UpdateEvent
from forum_desktop.sync.engine import sync_event
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


def shared_event(a: Laptop, b: Laptop, folder: Path) -> tuple[UUID, list[Objective]]:
    objectives = (Objective(text="Apprendre"), Objective(text="Partager", heading="Ensemble"))
    event_id: UUID = execute(a.store, CreateEvent(title="Atelier", objectives=objectives)).value
    folder.mkdir()
    exchange(folder, event_id, a, b)
    return event_id, list(objectives)


def save(laptop: Laptop, event_id: UUID, objectives: list[Objective]) -> None:
    """What the objectives editor does: the whole list, each objective keeping its id."""
    laptop.clock.advance(5)
    execute(laptop.store, UpdateEvent(event_id=event_id, objectives=tuple(objectives)))


def texts(laptop: Laptop, event_id: UUID) -> list[str]:
    return [o.text for o in laptop.store.require(Event, event_id).objectives]


def test_two_laptops_adding_an_objective_at_once_keep_both(
    laptops: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    a, b = laptops
    event_id, objectives = shared_event(a, b, tmp_path / "shared")
    save(a, event_id, [*objectives, Objective(text="Typed by Awa")])
    b.clock.advance(10)  # Bruno's is the later list
    save(b, event_id, [Objective(text="Typed by Bruno"), *objectives])
    exchange(tmp_path / "shared", event_id, a, b)
    for laptop in (a, b):
        assert texts(laptop, event_id) == [
            "Typed by Bruno",
            "Apprendre",
            "Partager",
            "Typed by Awa",
        ]


def test_an_objective_retyped_on_two_laptops_at_once_shows_both_versions(
    laptops: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    a, b = laptops
    event_id, (first, second) = shared_event(a, b, tmp_path / "shared")
    save(a, event_id, [first.model_copy(update={"text": "Typed by Awa"}), second])
    b.clock.advance(10)
    save(b, event_id, [first.model_copy(update={"text": "Typed by Bruno"}), second])
    exchange(tmp_path / "shared", event_id, a, b)
    for laptop in (a, b):  # Bruno's is the later: shown in its place, Awa's right after it
        assert texts(laptop, event_id) == ["Typed by Bruno", "Typed by Awa", "Partager"]
        headings = [o.heading for o in laptop.store.require(Event, event_id).objectives]
        assert headings == ["", "", "Ensemble"]


def test_an_objective_removed_while_another_laptop_retyped_it_stays_retyped(
    laptops: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    a, b = laptops
    event_id, (first, second) = shared_event(a, b, tmp_path / "shared")
    save(b, event_id, [first.model_copy(update={"text": "Typed by Bruno"}), second])
    a.clock.advance(10)
    save(a, event_id, [second])  # the later act, not knowing Bruno's
    exchange(tmp_path / "shared", event_id, a, b)
    for laptop in (a, b):
        assert texts(laptop, event_id) == ["Typed by Bruno", "Partager"]


def test_a_removal_and_an_addition_at_once_both_hold(
    laptops: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    a, b = laptops
    event_id, (first, second) = shared_event(a, b, tmp_path / "shared")
    save(a, event_id, [second])
    save(b, event_id, [first, Objective(text="Typed by Bruno"), second])
    exchange(tmp_path / "shared", event_id, a, b)
    for laptop in (a, b):
        assert texts(laptop, event_id) == ["Typed by Bruno", "Partager"]


def test_the_other_version_of_a_retyped_objective_follows_its_laptop_s_later_edits(
    laptops: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    """The code review's case: Awa's version, kept beside Bruno's, must not stay behind as
    a stale copy when Awa retypes her objective again before seeing the merge."""
    a, b = laptops
    folder = tmp_path / "shared"
    event_id, (first, second) = shared_event(a, b, folder)
    save(a, event_id, [first.model_copy(update={"text": "Typed by Awa"}), second])
    b.clock.advance(10)  # Bruno's is the later
    save(b, event_id, [first.model_copy(update={"text": "Typed by Bruno"}), second])
    sync_event(a.store, event_id, folder)
    sync_event(b.store, event_id, folder)  # Bruno sees both, then adds one
    merged = b.store.require(Event, event_id).objectives
    save(b, event_id, [*merged, Objective(text="Added by Bruno")])
    save(a, event_id, [first.model_copy(update={"text": "Typed by Awa, again"}), second])
    exchange(folder, event_id, a, b)
    for laptop in (a, b):
        assert texts(laptop, event_id) == [
            "Typed by Bruno",
            "Typed by Awa, again",
            "Partager",
            "Added by Bruno",
        ]
