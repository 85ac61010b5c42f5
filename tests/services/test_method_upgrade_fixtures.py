"""A database of every version that had live method state (12 on) keeps a peer review's
and a breakout's state when it is migrated and its legacy runs are upgraded."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from uuid import UUID

from forum_desktop.clock import FakeClock
from forum_desktop.methods.breakout_acts import breakouts_view
from forum_desktop.methods.peer_review_acts import peer_review_view
from forum_desktop.models import MethodRun
from forum_desktop.models.screens import (
    BreakoutGroup,
    BreakoutsState,
    CaseMove,
    PeerReviewState,
    ReviewCase,
)
from forum_desktop.services.method_upgrade import upgrade_legacy_method_runs
from forum_desktop.storage import Store, open_database
from tests.services.test_review_upgrade import AT
from tests.storage.fixtures import make_fixtures as fixtures

PEOPLE = [UUID(key) for key in fixtures.PARTICIPANTS]
CASES = (ReviewCase(presenter_id=PEOPLE[0], topic="Budgets"), ReviewCase(topic="MOOC"))
REVIEW = PeerReviewState(
    cases=CASES, current=CASES[0].id, moves=(CaseMove(case_id=CASES[0].id, at=AT),)
)
GROUP = BreakoutGroup(name="Eau", member_ids=(PEOPLE[1], PEOPLE[2]), rapporteur_id=PEOPLE[2])
BREAKOUTS = BreakoutsState(groups=(GROUP,), order=(GROUP.id,), reporting=GROUP.id)


def with_legacy_runs(version: int, tmp_path: Path) -> Path:
    """The fixture of ``version`` with a peer review and a breakout's state, as that
    version's app stored them (plain SQL)."""
    path = tmp_path / "forum.sqlite3"
    shutil.copyfile(fixtures.fixture_path(version), path)
    conn = sqlite3.connect(path)
    for run_id, item, screen, state in (
        ("9a000000-0000-4000-8000-000000000001", 0, "peer_review", REVIEW),
        ("9a000000-0000-4000-8000-000000000002", 1, "breakouts", BREAKOUTS),
    ):
        conn.execute(
            "INSERT INTO method_run VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                run_id,
                "2022-02-23T10:00:00Z",
                "2022-02-23T10:30:00Z",
                fixtures.EVENT_ID,
                fixtures.SESSION_ID,
                fixtures.ITEM_IDS[item],
                screen,
                json.dumps(state.model_dump(mode="json")),
            ),
        )
    conn.commit()
    conn.close()
    return path


# Version 12 added the method_run table; version 13's fixture holds a legacy run of every
# screen already (tested below), so this one adds its runs to version 12's.
def test_legacy_state_of_version_12_becomes_records(tmp_path: Path) -> None:
    clock = FakeClock()
    conn = open_database(with_legacy_runs(12, tmp_path), clock)
    store = Store(conn, clock)
    try:
        assert upgrade_legacy_method_runs(store) == 2
        assert peer_review_view(store, UUID(fixtures.ITEM_IDS[0])) == REVIEW
        breakouts = breakouts_view(store, UUID(fixtures.ITEM_IDS[1]))
        assert breakouts.in_order() == BREAKOUTS.in_order()
        assert breakouts.reporting == GROUP.id
        assert store.select(MethodRun, order_by="created_at") == []
    finally:
        conn.close()


def test_the_version_13_fixtures_review_and_breakouts_become_records(tmp_path: Path) -> None:
    path = tmp_path / "forum.sqlite3"
    shutil.copyfile(fixtures.fixture_path(13), path)
    clock = FakeClock()
    conn = open_database(path, clock)
    store = Store(conn, clock)
    try:
        upgrade_legacy_method_runs(store)
        review = peer_review_view(store, UUID(fixtures.WELCOME_ID))
        assert [case.topic for case in review.cases] == [
            "Former les élus",
            "Mesurer l'apprentissage",
        ]
        assert review.current == UUID("7c000000-0000-4000-8000-000000000002")
        groups = breakouts_view(store, UUID(fixtures.WORDS_ID))
        assert [(g.name, len(g.member_ids)) for g in groups.in_order()] == [
            ("Groupe 1", 2),
            ("Groupe 2", 1),
        ]
        assert store.select(MethodRun, order_by="created_at") == []  # every screen converted
    finally:
        conn.close()
