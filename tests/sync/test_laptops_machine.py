"""A Hypothesis state machine: three laptops, each with its own copy of the shared folder.

They edit and delete, and files travel between the folders one at a time, in any
order, sometimes cut short (a sync tool that has not finished). After everything has
travelled, every laptop holds the same data, equal to a rebuild from the files alone.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule

from forum_desktop.sync.engine import sync_event
from tests.sync.laptops import everything_travels, open_laptop, snapshot
from tests.sync.scenario import LAPTOPS, SKEWS, laptop_index, run_step, start_event, steps

pytestmark = pytest.mark.slow


def files_of(folder: Path) -> list[Path]:
    return sorted(p.relative_to(folder) for p in folder.rglob("*") if p.is_file())


class Laptops(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.temp = tempfile.TemporaryDirectory()
        self.root = Path(self.temp.name)
        self.folders = [self.root / f"folder{i}" for i in range(LAPTOPS)]
        self.laptops: list[Any] = []

    @initialize(clock_skews=st.lists(st.sampled_from(SKEWS), min_size=LAPTOPS, max_size=LAPTOPS))
    def start(self, clock_skews: list[int]) -> None:
        self.laptops = [
            open_laptop(self.root / f"laptop{i}", f"L{i}", skew)
            for i, skew in enumerate(clock_skews)
        ]
        for folder in self.folders:
            folder.mkdir()
        # The event starts on one laptop and reaches the others through one folder.
        self.event_id = start_event(self.laptops, self.folders[0])
        for folder in self.folders[1:]:
            shutil.copytree(self.folders[0], folder, dirs_exist_ok=True)

    @rule(work=steps)
    def work(self, work: list[Any]) -> None:
        for step in work:
            run_step(self.laptops, self.event_id, self.folders, step)

    @rule(laptop=laptop_index)
    def sync(self, laptop: int) -> None:
        sync_event(self.laptops[laptop].store, self.event_id, self.folders[laptop])

    @rule(
        source=laptop_index,
        to=laptop_index,
        pick=st.integers(0, 1000),
        cut=st.one_of(st.none(), st.integers(1, 400)),
    )
    def carry_a_file(self, source: int, to: int, pick: int, cut: int | None) -> None:
        """A sync tool moves one file; with ``cut``, only its first bytes have arrived."""
        available = files_of(self.folders[source])
        if not available or source == to:
            return
        name = available[pick % len(available)]
        data = (self.folders[source] / name).read_bytes()
        destination = self.folders[to] / name
        if destination.exists() and len(destination.read_bytes()) >= len(data):
            return
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_bytes(data if cut is None else data[: max(0, len(data) - cut)])

    def everything_travels(self) -> None:
        everything_travels(self.laptops, self.event_id, self.folders)

    def teardown(self) -> None:
        try:
            if self.laptops:
                self.everything_travels()
                expected = snapshot(self.laptops[0].store, self.event_id)
                for laptop in self.laptops[1:]:
                    assert snapshot(laptop.store, self.event_id) == expected
                rebuilt = open_laptop(self.root / "rebuilt", "Rebuilt")
                try:
                    sync_event(rebuilt.store, self.event_id, self.folders[0])
                    assert snapshot(rebuilt.store, self.event_id) == expected
                finally:
                    rebuilt.close()
        finally:
            for laptop in self.laptops:
                laptop.close()
            self.temp.cleanup()


Laptops.TestCase.settings = settings(
    max_examples=20,
    stateful_step_count=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_laptops_exchanging_files_in_any_order_converge = Laptops.TestCase
