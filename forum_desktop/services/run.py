"""Running a session: every transition of the timer, saved the moment it happens.

Each command takes ``at``, the instant of the transition (the caller reads its run
clock once), and records it in ``session_run``/``item_run``/``speaker_turn`` through the
journal — so planned vs actual is kept for the minutes, survives a crash, and travels to
other laptops like any change. Elapsed times are never stored, only the instants they are
computed from (see ``timing.snapshot``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Annotated
from uuid import UUID
from zoneinfo import ZoneInfo

from pydantic import Field

from forum_desktop.agenda.schedule import Schedule, compute_schedule
from forum_desktop.models import (
    AgendaItem,
    EarlierRun,
    Event,
    ItemRun,
    RunStatus,
    Session,
    SessionRun,
    Span,
    SpeakerTurn,
)
from forum_desktop.models.base import TITLE_MAX_LENGTH
from forum_desktop.notices import NoticeError, NoticeKind
from forum_desktop.services.agenda import items_of
from forum_desktop.services.commands import Command
from forum_desktop.services.operations import OpResult, Recorder
from forum_desktop.storage import Store
from forum_desktop.timing.snapshot import Snapshot, runnable_items, snapshot


class RunError(NoticeError):
    """A transition that makes no sense now (e.g. resume a session that is not paused)."""


NOT_RUNNING = NoticeKind("run.not_running", "this session is not running")
NO_ITEMS = NoticeKind("run.no_items", "this session has no agenda items to run")
NOT_ON_AGENDA = NoticeKind("run.not_on_agenda", "that item is not on this session's agenda")
ALREADY_RUNNING = NoticeKind("run.already_running", "this session is already running")
ALREADY_PAUSED = NoticeKind("run.already_paused", "this session is already paused")
NOT_PAUSED = NoticeKind("run.not_paused", "this session is not paused")
FIRST_ITEM = NoticeKind("run.first_item", "this is the first item")
NO_ITEM_RUNNING = NoticeKind("run.no_item_running", "no item is running")
SPEAKER_NAME = NoticeKind("run.speaker_name", "a speaker needs a name")
ENDED = NoticeKind(
    "run.ended", "this session has ended: resume it where it stopped, or run it again"
)
NOT_ENDED = NoticeKind("run.not_ended", "this session has not ended")
REPLAN_ITEMS = NoticeKind(
    "run.replan_items", "the re-plan names items that are not on this session's agenda"
)


@dataclass(frozen=True)
class RunRecords:
    """Everything needed to compute a session's snapshot, read in one go."""

    session: Session
    schedule: Schedule
    run: SessionRun | None
    item_runs: dict[UUID, ItemRun]

    def at(self, now: dt.datetime) -> Snapshot:
        return snapshot(self.session, self.schedule, self.run, self.item_runs, now)

    def order(self) -> list[UUID]:
        return [entry.item.id for entry in runnable_items(self.schedule)]


def load_run(store: Store, session_id: UUID) -> RunRecords:
    """A session's run records and its schedule.

    A session run on another day than the one planned (a rehearsal, a postponed day) is
    timed against its planned times on the day it runs.
    """
    session = store.require(Session, session_id)
    event = store.require(Event, session.event_id)
    run = session_run(store, session_id)
    if run is not None and session.date is not None:
        zone = ZoneInfo(session.timezone or event.timezone)
        run_day = run.started_at.astimezone(zone).date()
        if run_day != session.date:
            session = session.model_copy(update={"date": run_day})
    schedule = compute_schedule(session, items_of(store, session_id), event.timezone)
    return RunRecords(session, schedule, run, item_runs(store, session_id))


def session_run(store: Store, session_id: UUID) -> SessionRun | None:
    found = store.select(SessionRun, {"session_id": session_id}, order_by="started_at")
    return found[0] if found else None


def item_runs(store: Store, session_id: UUID) -> dict[UUID, ItemRun]:
    runs = store.select(ItemRun, {"session_id": session_id}, order_by="created_at")
    return {run.item_id: run for run in runs}


def speaker_turns(store: Store, item_id: UUID) -> list[SpeakerTurn]:
    return store.select(SpeakerTurn, {"item_id": item_id}, order_by="started_at")


def floor_holder(turns: Iterable[SpeakerTurn]) -> SpeakerTurn | None:
    """Who has the floor: the open turn started last (then the larger id). Two laptops
    giving the floor at once leave two open turns after a sync; the later give holds it,
    as the round-robin's later status change holds the turn, on every laptop."""
    open_turns = [turn for turn in turns if turn.ended_at is None]
    return max(open_turns, key=lambda turn: (turn.started_at, str(turn.id)), default=None)


# --- helpers over one run's records ------------------------------------------------------


def _item_run(store: Store, recorder: Recorder, session_id: UUID, item_id: UUID) -> ItemRun:
    found = store.select(ItemRun, {"item_id": item_id}, order_by="created_at")
    if found:
        return found[0]
    created = store.fresh(ItemRun(session_id=session_id, item_id=item_id))
    recorder.add(store.insert(created))
    return created


def _close(spans: list[Span], at: dt.datetime) -> list[Span]:
    return [span if span.end else Span(start=span.start, end=max(at, span.start)) for span in spans]


def _leave_current(store: Store, recorder: Recorder, run: SessionRun, at: dt.datetime) -> None:
    """Stop the clock on the current item: close its open span or pause."""
    if run.current_item_id is None:
        return
    current = store.select(ItemRun, {"item_id": run.current_item_id}, order_by="created_at")
    if current:
        recorder.add(
            store.update(
                ItemRun,
                current[0].id,
                spans=_close(current[0].spans, at),
                pauses=_close(current[0].pauses, at),
            )
        )
    _end_open_turns(store, recorder, run.current_item_id, at)


def _enter(
    store: Store, recorder: Recorder, run: SessionRun, item_id: UUID, at: dt.datetime
) -> None:
    """Make ``item_id`` current and running from ``at``."""
    target = _item_run(store, recorder, run.session_id, item_id)
    recorder.add(
        store.update(ItemRun, target.id, spans=[*target.spans, Span(start=at)], skipped=False)
    )
    recorder.add(
        store.update(
            SessionRun,
            run.id,
            current_item_id=item_id,
            status=RunStatus.RUNNING,
            saved_at=at,
        )
    )


def _end_open_turns(store: Store, recorder: Recorder, item_id: UUID, at: dt.datetime) -> None:
    """End the open turns of the item and of its parents: a method screen times its
    speakers on the method's item, the running phase's parent."""
    current: UUID | None = item_id
    while current is not None:
        for turn in speaker_turns(store, current):
            if turn.ended_at is None:
                ended = max(at, turn.started_at)
                recorder.add(store.update(SpeakerTurn, turn.id, ended_at=ended))
        item = store.get(AgendaItem, current)
        current = item.parent_id if item else None


def _active(store: Store, session_id: UUID) -> SessionRun:
    run = session_run(store, session_id)
    if run is None or run.status is RunStatus.FINISHED:
        raise RunError(NOT_RUNNING)
    return run


def _neighbour(store: Store, run: SessionRun, step: int) -> UUID | None:
    """The next (step 1) or previous (step −1) item that is not skipped."""
    records = load_run(store, run.session_id)
    order = records.order()
    index = order.index(run.current_item_id) if run.current_item_id in order else -1
    index += step
    while 0 <= index < len(order):
        candidate = records.item_runs.get(order[index])
        if candidate is None or not candidate.skipped:
            return order[index]
        index += step
    return None


def _go(store: Store, session_id: UUID, item_id: UUID | None, at: dt.datetime) -> OpResult:
    run = _active(store, session_id)
    recorder = Recorder()
    _leave_current(store, recorder, run, at)
    if item_id is None:
        recorder.add(
            store.update(
                SessionRun,
                run.id,
                status=RunStatus.FINISHED,
                current_item_id=None,
                ended_at=at,
                saved_at=at,
            )
        )
    else:
        _enter(store, recorder, run, item_id, at)
    return recorder.result(item_id)


# --- commands ------------------------------------------------------------------------------


class StartRun(Command):
    """Start the session on its first item (or ``item_id``). An ended session is resumed
    (``ResumeEndedRun``) or run again (``RunAgain``): its run is never erased."""

    session_id: UUID
    at: dt.datetime
    item_id: UUID | None = None

    def apply(self, store: Store) -> OpResult:
        records = load_run(store, self.session_id)
        first = _first_item(records, self.item_id)
        if records.run is not None:
            finished = records.run.status is RunStatus.FINISHED
            raise RunError(ENDED if finished else ALREADY_RUNNING)
        recorder = Recorder()
        run = store.fresh(
            SessionRun(session_id=self.session_id, started_at=self.at, saved_at=self.at)
        )
        recorder.add(store.insert(run))
        _enter(store, recorder, run, first, self.at)
        return recorder.result(run.id)


def _first_item(records: RunRecords, item_id: UUID | None) -> UUID:
    order = records.order()
    if not order:
        raise RunError(NO_ITEMS)
    first = item_id or order[0]
    if first not in order:
        raise RunError(NOT_ON_AGENDA)
    return first


def _ended(records: RunRecords) -> SessionRun:
    if records.run is None or records.run.status is not RunStatus.FINISHED:
        raise RunError(NOT_ENDED)
    return records.run


class ResumeEndedRun(Command):
    """Take an ended session up again on the item it stopped on (its time goes on)."""

    session_id: UUID
    at: dt.datetime

    def apply(self, store: Store) -> OpResult:
        records = load_run(store, self.session_id)
        run = _ended(records)
        order = records.order()
        started = [r for r in records.item_runs.values() if r.spans and r.item_id in order]
        last = max(started, key=lambda r: (r.spans[-1].start, order.index(r.item_id)), default=None)
        item_id = _first_item(records, last.item_id if last else None)
        recorder = Recorder()
        recorder.add(store.update(SessionRun, run.id, ended_at=None))
        _enter(store, recorder, run, item_id, self.at)
        return recorder.result(item_id)


class RunAgain(Command):
    """Run an ended session again from its first item (or ``item_id``): the earlier run,
    its item times included, is kept in ``earlier_runs``; the new one is the latest."""

    session_id: UUID
    at: dt.datetime
    item_id: UUID | None = None

    def apply(self, store: Store) -> OpResult:
        records = load_run(store, self.session_id)
        run = _ended(records)
        first = _first_item(records, self.item_id)
        earlier = EarlierRun(
            started_at=run.started_at,
            ended_at=run.ended_at,
            item_runs=sorted(records.item_runs.values(), key=lambda r: r.created_at),
        )
        recorder = Recorder()
        for old in records.item_runs.values():
            recorder.add(
                store.update(
                    ItemRun, old.id, spans=[], pauses=[], extension_seconds=0, skipped=False
                )
            )
        recorder.add(
            store.update(
                SessionRun,
                run.id,
                earlier_runs=[*run.earlier_runs, earlier],
                started_at=self.at,
                ended_at=None,
                saved_at=self.at,
            )
        )
        _enter(store, recorder, store.require(SessionRun, run.id), first, self.at)
        return recorder.result(run.id)


class PauseRun(Command):
    """Stop the clock on the current item until the session is resumed."""

    session_id: UUID
    at: dt.datetime

    def apply(self, store: Store) -> OpResult:
        run = _active(store, self.session_id)
        if run.status is RunStatus.PAUSED or run.current_item_id is None:
            raise RunError(ALREADY_PAUSED)
        recorder = Recorder()
        current = _item_run(store, recorder, self.session_id, run.current_item_id)
        recorder.add(
            store.update(
                ItemRun,
                current.id,
                spans=_close(current.spans, self.at),
                pauses=[*current.pauses, Span(start=self.at)],
            )
        )
        recorder.add(store.update(SessionRun, run.id, status=RunStatus.PAUSED, saved_at=self.at))
        return recorder.result()


class ResumeRun(Command):
    """Start the clock again on the paused item."""

    session_id: UUID
    at: dt.datetime

    def apply(self, store: Store) -> OpResult:
        run = _active(store, self.session_id)
        if run.status is not RunStatus.PAUSED or run.current_item_id is None:
            raise RunError(NOT_PAUSED)
        recorder = Recorder()
        current = _item_run(store, recorder, self.session_id, run.current_item_id)
        recorder.add(
            store.update(
                ItemRun,
                current.id,
                spans=[*current.spans, Span(start=self.at)],
                pauses=_close(current.pauses, self.at),
            )
        )
        recorder.add(store.update(SessionRun, run.id, status=RunStatus.RUNNING, saved_at=self.at))
        return recorder.result()


class NextItem(Command):
    """On to the next item not skipped; after the last one the session is finished."""

    session_id: UUID
    at: dt.datetime

    def apply(self, store: Store) -> OpResult:
        following = _neighbour(store, _active(store, self.session_id), 1)
        return _go(store, self.session_id, following, self.at)


class PreviousItem(Command):
    """Back to the previous item not skipped; its time goes on from where it stopped."""

    session_id: UUID
    at: dt.datetime

    def apply(self, store: Store) -> OpResult:
        target = _neighbour(store, _active(store, self.session_id), -1)
        if target is None:
            raise RunError(FIRST_ITEM)
        return _go(store, self.session_id, target, self.at)


class JumpToItem(Command):
    """Leave the current item for ``item_id``, wherever it is on the agenda."""

    session_id: UUID
    item_id: UUID
    at: dt.datetime

    def apply(self, store: Store) -> OpResult:
        if self.item_id not in load_run(store, self.session_id).order():
            raise RunError(NOT_ON_AGENDA)
        return _go(store, self.session_id, self.item_id, self.at)


class FinishRun(Command):
    """End the session now; its times are kept."""

    session_id: UUID
    at: dt.datetime

    def apply(self, store: Store) -> OpResult:
        return _go(store, self.session_id, None, self.at)


class ExtendItem(Command):
    """Give the current item more (or, negative, less) time; never below nothing."""

    session_id: UUID
    seconds: int
    at: dt.datetime

    def apply(self, store: Store) -> OpResult:
        run = _active(store, self.session_id)
        if run.current_item_id is None:
            raise RunError(NO_ITEM_RUNNING)
        item = store.require(AgendaItem, run.current_item_id)
        recorder = Recorder()
        current = _item_run(store, recorder, self.session_id, run.current_item_id)
        extension = max(-item.planned_minutes * 60, current.extension_seconds + self.seconds)
        recorder.add(store.update(ItemRun, current.id, extension_seconds=extension))
        recorder.add(store.update(SessionRun, run.id, saved_at=self.at))
        return recorder.result(extension)


class SkipItem(Command):
    """Skip an item (or bring it back); skipping the current one moves on to the next."""

    session_id: UUID
    item_id: UUID
    at: dt.datetime
    skipped: bool = True

    def apply(self, store: Store) -> OpResult:
        run = _active(store, self.session_id)
        if self.item_id not in load_run(store, self.session_id).order():
            raise RunError(NOT_ON_AGENDA)
        if self.skipped and self.item_id == run.current_item_id:
            following = _neighbour(store, run, 1)
            result = _go(store, self.session_id, following, self.at)
            recorder = Recorder(list(result.changes))
        else:
            recorder = Recorder()
        target = _item_run(store, recorder, self.session_id, self.item_id)
        recorder.add(store.update(ItemRun, target.id, skipped=self.skipped))
        recorder.add(store.update(SessionRun, run.id, saved_at=self.at))
        return recorder.result(self.item_id)


class StartSpeaker(Command):
    """Give someone the floor; whoever had it stops at the same instant."""

    session_id: UUID
    item_id: UUID
    at: dt.datetime
    participant_id: UUID | None = None
    name: str = Field(default="", max_length=TITLE_MAX_LENGTH)
    """Someone not on the roster: as long as a name may be."""
    allotted_seconds: int = Field(default=0, ge=0)
    """0: no countdown, the turn only counts up."""

    def apply(self, store: Store) -> OpResult:
        if self.participant_id is None and not self.name.strip():
            raise RunError(SPEAKER_NAME)
        recorder = Recorder()
        _end_open_turns(store, recorder, self.item_id, self.at)
        turn = store.fresh(
            SpeakerTurn(
                session_id=self.session_id,
                item_id=self.item_id,
                participant_id=self.participant_id,
                name=self.name.strip(),
                allotted_seconds=self.allotted_seconds,
                started_at=self.at,
            )
        )
        recorder.add(store.insert(turn))
        return recorder.result(turn.id)


class StopSpeaker(Command):
    """End a speaker's turn (nothing changes if it has already ended)."""

    turn_id: UUID
    at: dt.datetime

    def apply(self, store: Store) -> OpResult:
        turn = store.require(SpeakerTurn, self.turn_id)
        recorder = Recorder()
        if turn.ended_at is None:
            ended = max(self.at, turn.started_at)
            recorder.add(store.update(SpeakerTurn, self.turn_id, ended_at=ended))
        return recorder.result(self.turn_id)


class ApplyReplan(Command):
    """Apply a re-plan the facilitator previewed (``timing.replan.Plan``): shorter items,
    dropped items, or a later session end. Undo restores the agenda as it was."""

    session_id: UUID
    at: dt.datetime
    minutes: dict[UUID, Annotated[int, Field(ge=0, le=24 * 60)]] = Field(default_factory=dict)
    """New planned minutes of the items that shrink."""
    dropped: tuple[UUID, ...] = ()
    new_end: dt.datetime | None = None

    def apply(self, store: Store) -> OpResult:
        records = load_run(store, self.session_id)
        order = set(records.order())
        if (set(self.minutes) | set(self.dropped)) - order:
            raise RunError(REPLAN_ITEMS)
        recorder = Recorder()
        for item_id, value in self.minutes.items():
            recorder.add(store.update(AgendaItem, item_id, planned_minutes=value))
        for item_id in self.dropped:
            target = _item_run(store, recorder, self.session_id, item_id)
            recorder.add(store.update(ItemRun, target.id, skipped=True))
        if self.new_end is not None:
            local = self.new_end.astimezone(ZoneInfo(records.schedule.timezone))
            end_time = local.time().replace(second=0, microsecond=0)
            recorder.add(store.update(Session, self.session_id, end_time=end_time))
        if records.run is not None and records.run.status is not RunStatus.FINISHED:
            recorder.add(store.update(SessionRun, records.run.id, saved_at=self.at))
        return recorder.result()
