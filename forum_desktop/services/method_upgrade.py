"""Turning the group methods' legacy state (one ``MethodRun`` blob per method item) into
their records of their own.

Each converted screen registers ``upgrade_<screen>(store, run)`` in ``LEGACY_UPGRADES``;
the records it makes have ids derived from the run (``uuid5(run.id, "<what>:<index>")``)
and its time, so two laptops converting the same run make the same records and a sync
finds nothing to disagree on. ``upgrade_legacy_method_runs`` runs where the database is
opened (after the migrations and their backup) and after a format-4 document is imported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from uuid import UUID, uuid5

from forum_desktop.models import Change, MethodRun, MethodScreen, Record
from forum_desktop.models.screens import DotVotingState
from forum_desktop.models.vote import DotVoteBallot, DotVoteOption, DotVoteSettings, settings_id
from forum_desktop.storage import Store


def _put(store: Store, record: Record) -> None:
    """Insert ``record`` unless a laptop that converted the same run already brought it."""
    if not store.exists(type(record), record.id):
        store.insert(record)


def upgrade_dot_voting(store: Store, run: MethodRun) -> None:
    state = run.screen_state()
    assert isinstance(state, DotVotingState)
    common = {
        "event_id": run.event_id,
        "session_id": run.session_id,
        "item_id": run.item_id,
        "created_at": run.created_at,
        "updated_at": run.updated_at,
    }
    settings = DotVoteSettings(
        id=settings_id(run.item_id),
        dots_per_person=state.dots_per_person,
        max_per_option=state.max_per_option,
        mode=state.mode,
        revealed=state.revealed,
        result_id=state.result_id,
        **common,
    )
    _put(store, settings)
    new_ids: dict[UUID, UUID] = {}
    for index, option in enumerate(state.options):
        new_ids[option.id] = uuid5(run.id, f"option:{index}")
        _put(
            store,
            DotVoteOption(
                id=new_ids[option.id],
                text=option.text,
                source_id=option.source_id,
                position=index + 1,
                hands=state.hand_totals.get(option.id, 0),
                **common,
            ),
        )
    for index, ballot in enumerate(state.ballots):
        dots = {new_ids[k]: v for k, v in ballot.dots.items() if k in new_ids and v}
        if dots:
            _put(
                store,
                DotVoteBallot(
                    id=uuid5(run.id, f"ballot:{index}"),
                    participant_id=ballot.participant_id,
                    dots=dots,
                    **common,
                ),
            )


LEGACY_UPGRADES: dict[MethodScreen, Callable[[Store, MethodRun], None]] = {
    MethodScreen.DOT_VOTING: upgrade_dot_voting,
}
"""The screens whose state now lives in records of their own, and how to convert it."""


def upgrade_runs(store: Store, runs: Iterable[MethodRun]) -> list[Change]:
    """Convert each of ``runs`` whose screen has an upgrade and delete it; the changes made
    (an imported document's undo step must hold them)."""
    mark = store.journal_mark()
    with store.transaction():
        for run in runs:
            upgrade = LEGACY_UPGRADES.get(run.screen)
            if upgrade is not None and store.exists(MethodRun, run.id):
                upgrade(store, run)
                store.delete(MethodRun, run.id)
    return store.changes_since(mark)


def upgrade_legacy_method_runs(store: Store) -> int:
    """Convert every legacy run of a converted screen, then delete it (journaled), in one
    transaction; how many were converted."""
    runs = [
        run
        for run in store.select(MethodRun, order_by="created_at")
        if run.screen in LEGACY_UPGRADES
    ]
    upgrade_runs(store, runs)
    return len(runs)
