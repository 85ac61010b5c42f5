"""Properties of the merge: every laptop converges, whatever the order, and nothing is lost."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from forum_desktop.models import Participant
from forum_desktop.services.commands import execute
from forum_desktop.services.participants import UpdateParticipant
from forum_desktop.sync.engine import SyncReport, apply_changes, conflict_rows
from tests.sync.laptops import open_laptop, snapshot
from tests.sync.scenario import (
    full_exchange,
    lost_text,
    offline_edits,
    run_step,
    skews,
    start_event,
    steps,
)

pytestmark = pytest.mark.slow
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(work=steps, offline=offline_edits, clock_skews=skews, data=st.data())
def test_any_order_grouping_and_duplication_gives_the_same_tables(
    work: list[Any], offline: list[Any], clock_skews: list[int], data: st.DataObject
) -> None:
    with tempfile.TemporaryDirectory() as name:
        root = Path(name)
        folder = root / "shared"
        laptops = [open_laptop(root / f"l{i}", f"L{i}", s) for i, s in enumerate(clock_skews)]
        try:
            event_id = start_event(laptops, folder)
            for step in work + offline:
                run_step(laptops, event_id, [folder] * len(laptops), step)
            full_exchange(laptops, event_id, folder)
            expected = snapshot(laptops[0].store, event_id)
            for laptop in laptops[1:]:
                assert snapshot(laptop.store, event_id) == expected
            event(f"conflict versions: {min(len(expected['sync_conflict']), 2)}")
            event(f"entries: {min(len(expected['outcome']), 3)}")

            # The same changes, shuffled, cut into batches, some twice, on a new laptop.
            # (A seeded shuffle: how many changes there are depends on random record ids,
            # and Hypothesis needs its draws not to.)
            changes = laptops[0].store.event_changes(event_id)
            shuffle = random.Random(data.draw(st.integers(0, 2**32), label="shuffle seed"))
            mixed = shuffle.sample(changes, len(changes))
            mixed += shuffle.choices(changes, k=shuffle.randint(0, 5))
            cuts = sorted(shuffle.sample(range(len(mixed) + 1), k=min(4, len(mixed))))
            fresh = open_laptop(root / "fresh", "Fresh", data.draw(st.sampled_from([0, -86400])))
            try:
                for start, end in zip([0, *cuts], [*cuts, len(mixed)], strict=True):
                    apply_changes(fresh.store, mixed[start:end], SyncReport())
                assert snapshot(fresh.store, event_id) == expected
            finally:
                fresh.close()
        finally:
            for laptop in laptops:
                laptop.close()


@SETTINGS
@given(work=steps, offline=offline_edits, clock_skews=skews)
def test_every_concurrent_version_stays_visible_whatever_the_clocks(
    work: list[Any], offline: list[Any], clock_skews: list[int]
) -> None:
    with tempfile.TemporaryDirectory() as name:
        root = Path(name)
        folder = root / "shared"
        laptops = [open_laptop(root / f"l{i}", f"L{i}", s) for i, s in enumerate(clock_skews)]
        try:
            event_id = start_event(laptops, folder)
            for step in work + offline:
                run_step(laptops, event_id, [folder] * len(laptops), step)
            full_exchange(laptops, event_id, folder)
            for laptop in laptops:
                event(f"conflict versions: {min(len(conflict_rows(laptop.store, event_id)), 2)}")
                assert lost_text(laptop.store, event_id) == []

            # What a laptop does after seeing everything wins, whatever its clock says.
            last = min(range(len(laptops)), key=lambda i: clock_skews[i])
            [person] = laptops[last].store.select(Participant)
            execute(laptops[last].store, UpdateParticipant(participant_id=person.id, city="omega"))
            full_exchange(laptops, event_id, folder)
            for laptop in laptops:
                assert laptop.store.require(Participant, person.id).city == "omega"
        finally:
            for laptop in laptops:
                laptop.close()


@SETTINGS
@given(work=steps, clock_skews=skews)
def test_work_that_was_never_concurrent_never_conflicts(
    work: list[Any], clock_skews: list[int]
) -> None:
    with tempfile.TemporaryDirectory() as name:
        root = Path(name)
        folder = root / "shared"
        laptops = [open_laptop(root / f"l{i}", f"L{i}", s) for i, s in enumerate(clock_skews)]
        try:
            event_id = start_event(laptops, folder)
            for step in work:
                run_step(laptops, event_id, [folder] * len(laptops), step)
                full_exchange(laptops, event_id, folder)  # each laptop sees it at once
                expected = snapshot(laptops[step[1]].store, event_id)
                for laptop in laptops:
                    assert snapshot(laptop.store, event_id) == expected
                assert expected["sync_conflict"] == []
        finally:
            for laptop in laptops:
                laptop.close()
