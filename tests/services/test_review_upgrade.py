"""The legacy peer review and breakouts states become records (issue 15)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from uuid import uuid4

from forum_desktop.clock import FakeClock
from forum_desktop.methods.breakout_acts import breakouts_view
from forum_desktop.methods.peer_review_acts import peer_review_view
from forum_desktop.models import MethodRun, MethodScreen
from forum_desktop.models.screens import (
    BreakoutGroup,
    BreakoutsState,
    CaseMove,
    Grouping,
    PeerReviewState,
    ReviewCase,
)
from forum_desktop.services.method_upgrade import upgrade_legacy_method_runs
from forum_desktop.storage import Store, open_database
from tests.services.helpers import Built, build_event, legacy_method_run

AT = dt.datetime(2022, 2, 23, 10, tzinfo=dt.UTC)


def legacy_review(built: Built) -> PeerReviewState:
    cases = (
        ReviewCase(presenter_id=built.participant_ids[0], city="Dakar", topic="Budgets"),
        ReviewCase(presenter_name="Awa Diop", organisation="Ville de Saint-Louis"),
    )
    moves = (
        CaseMove(case_id=cases[0].id, at=AT),
        CaseMove(case_id=cases[1].id, at=AT + dt.timedelta(minutes=20)),
    )
    return PeerReviewState(cases=cases, current=cases[1].id, moves=moves)


def legacy_breakouts(built: Built) -> BreakoutsState:
    a, b, c = built.participant_ids
    groups = (
        BreakoutGroup(name="Eau", member_ids=(a, b), rapporteur_id=b, report_seconds=120),
        BreakoutGroup(name="Mobilité", member_ids=(c,)),
    )
    return BreakoutsState(
        groups=groups,
        grouping=Grouping.ORGANISATION,
        order=(groups[1].id, groups[0].id),
        reporting=groups[0].id,
        reported=(groups[1].id,),
    )


def test_legacy_state_becomes_records_showing_the_same(store: Store) -> None:
    built = build_event(store)
    review, breakouts = legacy_review(built), legacy_breakouts(built)
    legacy_method_run(
        store, item_id=built.item_ids[0], screen=MethodScreen.PEER_REVIEW, state=review
    )
    legacy_method_run(
        store, item_id=built.item_ids[3], screen=MethodScreen.BREAKOUTS, state=breakouts
    )
    assert upgrade_legacy_method_runs(store) == 2
    assert peer_review_view(store, built.item_ids[0]) == review
    shown = breakouts_view(store, built.item_ids[3])
    assert shown.in_order() == breakouts.in_order()
    assert (shown.grouping, shown.order, shown.reporting, shown.reported) == (
        breakouts.grouping,
        breakouts.order,
        breakouts.reporting,
        breakouts.reported,
    )
    assert store.select(MethodRun, order_by="created_at") == []
    assert upgrade_legacy_method_runs(store) == 0  # nothing left to convert


def test_two_laptops_converting_one_run_make_the_same_records(
    tmp_path: Path, clock: FakeClock
) -> None:
    run_id, state = uuid4(), None
    found = []
    for laptop in ("a", "b"):
        conn = open_database(tmp_path / f"{laptop}.sqlite3", clock)
        store = Store(conn, clock)
        built = build_event(store)
        state = state or legacy_review(built).model_dump(mode="json")
        run = MethodRun(
            id=run_id,
            event_id=built.event_id,
            session_id=built.session_id,
            item_id=built.item_ids[0],
            screen=MethodScreen.PEER_REVIEW,
            state=state,
        )
        store.insert(run)
        upgrade_legacy_method_runs(store)
        found.append(
            {
                table: sorted(row[0] for row in conn.execute(f"SELECT id FROM {table}"))
                for table in ("peer_case", "peer_case_move")
            }
        )
        conn.close()
    assert found[0] == found[1]
    assert [len(ids) for ids in found[0].values()] == [2, 2]
