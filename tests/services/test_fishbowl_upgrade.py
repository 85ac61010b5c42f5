"""Legacy fishbowl and round-robin state (a ``MethodRun`` blob) becomes their records:
what the screens showed is what the records show, and two laptops converting the same
run make the same records."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path
from uuid import UUID

from forum_desktop.clock import FakeClock
from forum_desktop.methods.fishbowl import fishbowl_view
from forum_desktop.methods.round_robin import round_view
from forum_desktop.models import MethodRun, MethodScreen
from forum_desktop.models.screens import FishbowlState, RoundRobinState
from forum_desktop.models.screens.fishbowl import Rotation
from forum_desktop.services.method_upgrade import upgrade_legacy_method_runs
from forum_desktop.storage import Store, open_database
from tests.services.helpers import T0, build_event, legacy_method_run
from tests.storage.fixtures import make_fixtures

TABLES = (
    "fishbowl_settings",
    "fishbowl_topic",
    "fishbowl_queue_entry",
    "fishbowl_rotation",
    "round_turn",
    "round_robin_settings",
)


def at(minutes: int) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def legacy(store: Store) -> tuple[UUID, UUID, list[UUID], FishbowlState]:
    built = build_event(store)
    a, b, c = built.participant_ids
    fishbowl_item, round_item = built.item_ids[3], built.item_ids[0]
    state = FishbowlState(
        chairs=3,
        keep_open=True,
        seats=(None, b, c),
        queue=(a,),
        topics=("MOOC", "Pairs"),
        topic="Pairs",
        seconds_each=120,
        log=(
            Rotation(chair=0, participant_id=a, topic="MOOC", started_at=at(0), ended_at=at(5)),
            Rotation(chair=1, participant_id=b, topic="MOOC", started_at=at(1), ended_at=at(9)),
            Rotation(chair=1, participant_id=b, topic="Pairs", started_at=at(9)),
            Rotation(chair=2, participant_id=c, topic="Pairs", started_at=at(10)),
        ),
    )
    legacy_method_run(store, item_id=fishbowl_item, screen=MethodScreen.FISHBOWL, state=state)
    rounds = RoundRobinState(
        order=(c, a, b), absent=(), skipped=(c,), current=a, done=(), seconds_each=45
    )
    legacy_method_run(store, item_id=round_item, screen=MethodScreen.ROUND_ROBIN, state=rounds)
    return fishbowl_item, round_item, [a, b, c], state


def rows(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """The converted records without their creation times (each laptop's own clock)."""
    found = {}
    for table in TABLES:
        cursor = store.conn.execute(f"SELECT * FROM {table} ORDER BY id")
        names = [d[0] for d in cursor.description]
        found[table] = [
            tuple(
                v for n, v in zip(names, row, strict=True) if n not in ("created_at", "updated_at")
            )
            for row in cursor
        ]
    return found


def test_a_legacy_fishbowl_and_round_become_records_and_the_runs_go(store: Store) -> None:
    fishbowl_item, round_item, (a, b, c), state = legacy(store)
    event_id = store.select(MethodRun, order_by="created_at")[0].event_id

    assert upgrade_legacy_method_runs(store) == 2
    assert store.select(MethodRun, order_by="created_at") == []
    view = fishbowl_view(store, fishbowl_item)
    assert (view.chairs, view.keep_open, view.seconds_each) == (3, True, 120)
    assert (view.topics, view.topic) == (("MOOC", "Pairs"), "Pairs")
    assert view.seats == (None, b, c) and view.queue == (a,)
    assert [(r.participant_id, r.topic, r.ended_at) for r in view.log] == [
        (r.participant_id, r.topic, r.ended_at) for r in state.log
    ]
    assert view.sitting_since() == {b: at(1), c: at(10)}  # a topic switch splits no stay
    rounds = round_view(store, round_item, event_id)
    assert rounds.order == (c, a, b) and rounds.current == a and rounds.skipped == (c,)
    assert rounds.seconds_each == 45
    assert upgrade_legacy_method_runs(store) == 0  # nothing left to convert


def test_two_laptops_converting_the_same_run_make_the_same_records(
    store: Store, tmp_path: Path
) -> None:
    legacy(store)
    copy = sqlite3.connect(tmp_path / "other.sqlite3")
    store.conn.backup(copy)
    copy.close()
    other_clock = FakeClock()
    other_clock.advance(3600)
    other = Store(open_database(tmp_path / "other.sqlite3", other_clock), other_clock)
    upgrade_legacy_method_runs(store)
    upgrade_legacy_method_runs(other)
    assert rows(store) == rows(other) and all(rows(store).values())
    other.conn.close()


def test_the_version_13_fixtures_runs_become_records(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "forum.sqlite3"
    shutil.copyfile(make_fixtures.fixture_path(13), path)
    store = Store(open_database(path, clock), clock)
    try:
        upgrade_legacy_method_runs(store)
        fatou, joao, lucia = (
            UUID(p) for p in (make_fixtures.FATOU, make_fixtures.JOAO, make_fixtures.LUCIA)
        )
        view = fishbowl_view(store, UUID(make_fixtures.WORDS_ID))
        assert view.seats == (fatou, joao, None, None, None) and view.queue == (lucia,)
        assert view.topic == "Formation" and view.seconds_each == 180
        event_id = UUID(make_fixtures.EVENT_ID)
        rounds = round_view(store, UUID(make_fixtures.BREAK_ID), event_id)
        assert rounds.order == (joao, fatou, lucia) and rounds.current == fatou
        assert rounds.skipped == () and rounds.seconds_each == 120
        screens = {run.screen for run in store.select(MethodRun, order_by="created_at")}
        assert not screens & {MethodScreen.FISHBOWL, MethodScreen.ROUND_ROBIN}
        deleted = {
            c.record_id
            for c in store.journal()
            if c.record_type == "method_run" and c.kind.value == "delete"
        }
        assert {
            UUID(run_id)
            for run_id, (_, screen, _) in make_fixtures.METHOD_STATES.items()
            if screen in ("fishbowl", "round_robin")
        } <= deleted
    finally:
        store.conn.close()
