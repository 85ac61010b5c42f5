"""Legacy method state (one ``MethodRun`` blob per method item) turned into records.

Each converted screen registers ``upgrade_<screen>(store, run)`` in ``LEGACY_UPGRADES``;
it writes the run's state as the screen's records with ids derived from the run's id
(``uuid5``), so two laptops converting the same run make the same records. Ids the
blob already had (a case's, a group's: outcomes name them) are kept.
``upgrade_legacy_method_runs`` converts every such run and deletes it, journaled.
"""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID, uuid5

from forum_desktop.models import (
    Breakout,
    BreakoutMember,
    MethodRun,
    MethodScreen,
    PeerCase,
    PeerCaseMove,
    Record,
)
from forum_desktop.models.screens import BreakoutsState, PeerReviewState
from forum_desktop.storage import Store


def _derived(run: MethodRun, what: str) -> UUID:
    return uuid5(run.id, what)


def _put(store: Store, record: Record, run: MethodRun) -> None:
    """Insert ``record`` stamped with the run's last change, unless it is already here
    (converted before, or received from a laptop that converted the same run)."""
    if not store.exists(type(record), record.id):
        stamped = record.model_copy(
            update={"created_at": run.updated_at, "updated_at": run.updated_at}
        )
        store.insert(stamped)


def upgrade_peer_review(store: Store, run: MethodRun) -> None:
    state = run.screen_state()
    assert isinstance(state, PeerReviewState)
    where = {"event_id": run.event_id, "session_id": run.session_id, "item_id": run.item_id}
    for position, case in enumerate(state.cases):
        _put(store, PeerCase(id=case.id, position=position, **where, **_case_fields(case)), run)
    for index, move in enumerate(state.moves):
        record = PeerCaseMove(
            id=_derived(run, f"move:{index}"), case_id=move.case_id, at=move.at, **where
        )
        _put(store, record, run)


def _case_fields(case: object) -> dict[str, object]:
    names = ("presenter_id", "presenter_name", "organisation", "city", "topic")
    return {name: getattr(case, name) for name in names}


def upgrade_breakouts(store: Store, run: MethodRun) -> None:
    state = run.screen_state()
    assert isinstance(state, BreakoutsState)
    where = {"event_id": run.event_id, "session_id": run.session_id, "item_id": run.item_id}
    making = _derived(run, "making")
    for position, group in enumerate(state.in_order()):
        reporting = group.id == state.reporting
        record = Breakout(
            id=group.id,
            making_id=making,
            grouping=state.grouping,
            name=group.name,
            report_seconds=group.report_seconds,
            position=position,
            rapporteur_id=group.rapporteur_id,
            report_started_at=run.updated_at if reporting else None,
            reported=group.id in state.reported,
            **where,
        )
        _put(store, record, run)
        for person in group.member_ids:
            member = BreakoutMember(
                id=_derived(run, f"member:{group.id}:{person}"),
                group_id=group.id,
                participant_id=person,
                **where,
            )
            _put(store, member, run)


LEGACY_UPGRADES: dict[MethodScreen, Callable[[Store, MethodRun], None]] = {
    MethodScreen.PEER_REVIEW: upgrade_peer_review,
    MethodScreen.BREAKOUTS: upgrade_breakouts,
}
"""The upgrade of each converted screen's legacy state."""


def upgrade_legacy_method_runs(store: Store) -> int:
    """Convert every ``MethodRun`` of a converted screen into records and delete it, in
    one transaction; how many were converted."""
    converted = 0
    with store.transaction():
        for run in store.select(MethodRun, order_by="created_at"):
            upgrade = LEGACY_UPGRADES.get(run.screen)
            if upgrade is None:
                continue
            upgrade(store, run)
            store.delete(MethodRun, run.id)
            converted += 1
    return converted
