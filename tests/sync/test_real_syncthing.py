"""Two laptops, two real Syncthing instances on loopback: captures made on both meet."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest
from pytestqt.qtbot import QtBot

from forum_desktop.models import Outcome
from forum_desktop.services.capture import CaptureOutcome
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.sync.engine import sync_event
from tests.sync import syncthing
from tests.sync.laptops import Laptop, open_laptop

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        shutil.which("syncthing") is None,
        reason="Syncthing is not installed (.ci/run installs it from Debian's packages)",
    ),
]
CARRY_MS = 90_000
"""Syncthing connects, scans and pulls within seconds; the bound is for a busy machine."""


@pytest.fixture
def instances(tmp_path: Path) -> Iterator[tuple[syncthing.Instance, syncthing.Instance]]:
    a = syncthing.generate(tmp_path, "a")
    b = syncthing.generate(tmp_path, "b")
    syncthing.configure(a, b)
    syncthing.configure(b, a)
    syncthing.start(a)
    syncthing.start(b)
    yield a, b
    syncthing.stop(a)
    syncthing.stop(b)


def texts(laptop: Laptop) -> list[str]:
    return sorted(o.text for o in laptop.store.select(Outcome, order_by="captured_at"))


@pytest.mark.timeout(240)
def test_captures_made_on_both_laptops_appear_on_both(
    instances: tuple[syncthing.Instance, syncthing.Instance], tmp_path: Path, qtbot: QtBot
) -> None:
    folder_a, folder_b = instances[0].folder, instances[1].folder
    facilitator = open_laptop(tmp_path / "facilitator", "Awa")
    rapporteur = open_laptop(tmp_path / "rapporteur", "Bruno")
    event_id: UUID = execute(facilitator.store, CreateEvent(title="Atelier de Saly")).value
    execute(facilitator.store, CaptureOutcome(event_id=event_id, text="Ouverture par le maire"))
    sync_event(facilitator.store, event_id, folder_a)

    # The rapporteur's laptop has nothing until Syncthing carries the files over.
    def arrived() -> bool:
        sync_event(rapporteur.store, event_id, folder_b)
        return texts(rapporteur) == ["Ouverture par le maire"]

    qtbot.waitUntil(arrived, timeout=CARRY_MS)
    execute(rapporteur.store, CaptureOutcome(event_id=event_id, text="Question de la salle"))
    sync_event(rapporteur.store, event_id, folder_b)

    def back() -> bool:
        sync_event(facilitator.store, event_id, folder_a)
        return texts(facilitator) == ["Ouverture par le maire", "Question de la salle"]

    qtbot.waitUntil(back, timeout=CARRY_MS)
    assert texts(rapporteur) == texts(facilitator)
    assert not list(folder_a.rglob("*.sync-conflict-*"))
    facilitator.close()
    rapporteur.close()
