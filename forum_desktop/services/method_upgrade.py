"""Turning the group methods' legacy state (one ``MethodRun`` blob per method item) into
their records of their own.

Each converted screen registers ``upgrade_<screen>(store, run)`` in ``LEGACY_UPGRADES``;
the records it makes have ids derived from the run (``uuid5(run.id, "<what>:<index>")``)
and its time, so two laptops converting the same run make the same records and a sync
finds nothing to disagree on. ``upgrade_legacy_method_runs`` runs where the database is
opened (after the migrations and their backup) and after a format-4 document is imported.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any
from uuid import UUID, uuid5

from forum_desktop.clock import after_known
from forum_desktop.models import (
    Breakout,
    BreakoutMember,
    Change,
    FishbowlQueueEntry,
    FishbowlRotation,
    FishbowlSettings,
    FishbowlTopic,
    MethodRun,
    MethodScreen,
    PeerCase,
    PeerCaseMove,
    Record,
    RoundRobinSettings,
    RoundTurn,
    TurnStatus,
)
from forum_desktop.models import fishbowl as fishbowl_records
from forum_desktop.models.round_robin import round_settings_id, turn_id
from forum_desktop.models.screens import (
    BreakoutsState,
    DotVotingState,
    FishbowlState,
    PeerReviewState,
    RoundRobinState,
)
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


def _where(run: MethodRun) -> dict[str, Any]:
    """What every converted record shares: the run's event, session and item, and its
    time as creation time, so each laptop's conversion makes identical records."""
    return {
        "event_id": run.event_id,
        "session_id": run.session_id,
        "item_id": run.item_id,
        "created_at": run.updated_at,
        "updated_at": run.updated_at,
    }


def upgrade_fishbowl(store: Store, run: MethodRun) -> None:
    state = run.screen_state()
    assert isinstance(state, FishbowlState)
    at = run.updated_at
    where = _where(run)
    _put(
        store,
        FishbowlSettings(
            id=fishbowl_records.settings_id(run.item_id),
            chairs=state.chairs,
            keep_open=state.keep_open,
            seconds_each=state.seconds_each,
            topic=state.topic,
            **where,
        ),
    )
    for n, text in enumerate(state.topics):
        added = at + dt.timedelta(microseconds=n)  # in the order the state listed them
        topic = FishbowlTopic(id=uuid5(run.id, f"topic:{n}"), text=text, added_at=added, **where)
        _put(store, topic)
    sitting: set[tuple[int, object]] = set()
    for n, stay in enumerate(state.log):
        if stay.ended_at is None:
            sitting.add((stay.chair, stay.participant_id))
        rotation = FishbowlRotation(id=uuid5(run.id, f"rotation:{n}"), **stay.model_dump(), **where)
        _put(store, rotation)
    for chair, person in enumerate(state.seats):  # a seat the log did not record
        if person is not None and (chair, person) not in sitting:
            rotation = FishbowlRotation(
                id=uuid5(run.id, f"seat:{chair}"),
                chair=chair,
                participant_id=person,
                topic=state.topic,
                started_at=at,
                **where,
            )
            _put(store, rotation)
    for n, person in enumerate(state.queue):
        # They joined after they last sat down (the state kept no time for it).
        sat = [stay.started_at for stay in state.log if stay.participant_id == person]
        joined = after_known(at, sat)
        entry = FishbowlQueueEntry(
            id=uuid5(run.id, f"queue:{n}"),
            participant_id=person,
            joined_at=joined,
            position=float(n + 1),
            **where,
        )
        _put(store, entry)


def upgrade_round_robin(store: Store, run: MethodRun) -> None:
    state = run.screen_state()
    assert isinstance(state, RoundRobinState)
    at = run.updated_at
    where = _where(run)
    _put(
        store,
        RoundRobinSettings(
            id=round_settings_id(run.item_id), seconds_each=state.seconds_each, **where
        ),
    )
    for n, person in enumerate(state.order):
        status_at = at
        if person == state.current:
            status = TurnStatus.CURRENT
        elif person in state.absent:
            status = TurnStatus.ABSENT
        elif person in state.skipped:
            status = TurnStatus.SKIPPED  # skipped in this order: they come back in it
            status_at = at + dt.timedelta(microseconds=state.skipped.index(person))
        elif person in state.done:
            status = TurnStatus.DONE
        else:
            status = TurnStatus.WAITING
        turn = RoundTurn(
            id=turn_id(run.item_id, person),
            participant_id=person,
            position=float(n + 1),
            status=status,
            status_at=status_at,
            **where,
        )
        _put(store, turn)


def _derived(run: MethodRun, what: str) -> UUID:
    return uuid5(run.id, what)


def _put_stamped(store: Store, record: Record, run: MethodRun, order: int = 0) -> None:
    """Insert ``record`` stamped with the run's last change (plus ``order`` microseconds,
    so records read back in the order the state listed them), unless it is already here
    (converted before, or received from a laptop that converted the same run)."""
    if not store.exists(type(record), record.id):
        at = run.updated_at + dt.timedelta(microseconds=order)
        store.insert(record.model_copy(update={"created_at": at, "updated_at": at}))


def upgrade_peer_review(store: Store, run: MethodRun) -> None:
    state = run.screen_state()
    assert isinstance(state, PeerReviewState)
    where = {"event_id": run.event_id, "session_id": run.session_id, "item_id": run.item_id}
    for position, case in enumerate(state.cases):
        _put_stamped(
            store, PeerCase(id=case.id, position=position, **where, **_case_fields(case)), run
        )
    for index, move in enumerate(state.moves):
        record = PeerCaseMove(
            id=_derived(run, f"move:{index}"), case_id=move.case_id, at=move.at, **where
        )
        _put_stamped(store, record, run)
    last = state.moves[-1].case_id if state.moves else None
    if state.current is not None and state.current != last:
        # The room was on a case it never recorded moving to: keep that as a move.
        record = PeerCaseMove(
            id=_derived(run, "current"), case_id=state.current, at=run.updated_at, **where
        )
        _put_stamped(store, record, run)


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
        _put_stamped(store, record, run)
        for order, person in enumerate(group.member_ids):
            member = BreakoutMember(
                id=_derived(run, f"member:{group.id}:{person}"),
                group_id=group.id,
                participant_id=person,
                **where,
            )
            _put_stamped(store, member, run, order)


LEGACY_UPGRADES: dict[MethodScreen, Callable[[Store, MethodRun], None]] = {
    MethodScreen.DOT_VOTING: upgrade_dot_voting,
    MethodScreen.FISHBOWL: upgrade_fishbowl,
    MethodScreen.ROUND_ROBIN: upgrade_round_robin,
    MethodScreen.PEER_REVIEW: upgrade_peer_review,
    MethodScreen.BREAKOUTS: upgrade_breakouts,
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
