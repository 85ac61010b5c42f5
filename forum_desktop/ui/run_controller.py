"""One running session for the console and the projector: ticks, transitions, cues.

The controller reads the run's records once per change and recomputes the snapshot on
every tick from them and the run clock, so a late or missed tick never shows a wrong
time. Transitions are typed commands run through the journal (not onto the undo stack: the
clock cannot be wound back; "previous item" is the way back).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import QObject, QTimer, Signal

from forum_desktop.clock import Clock
from forum_desktop.models import (
    AgendaItem,
    ItemRun,
    RunStatus,
    Session,
    SessionRun,
    SpeakerTurn,
)
from forum_desktop.services.commands import Command
from forum_desktop.services.operations import OpResult
from forum_desktop.services.run import (
    ApplyReplan,
    ExtendItem,
    FinishRun,
    JumpToItem,
    NextItem,
    PauseRun,
    PreviousItem,
    ResumeEndedRun,
    ResumeRun,
    RunAgain,
    RunError,
    RunRecords,
    SkipItem,
    StartRun,
    StartSpeaker,
    StopSpeaker,
    floor_holder,
    load_run,
    speaker_turns,
)
from forum_desktop.timing.clocks import RunClock
from forum_desktop.timing.cues import CueTracker
from forum_desktop.timing.replan import Plan
from forum_desktop.timing.snapshot import ItemState, ItemTiming, Phase, Snapshot
from forum_desktop.ui import prompts
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.notice_texts import notice_text

log = logging.getLogger(__name__)

TICK_MS = 250
HEARTBEAT_SECONDS = 15
"""How often a running console notes it is alive, to tell a restart how long it was down."""
HEARTBEAT_KEY = "run_heartbeat"
AUTO_ADVANCE_KEY = "run_auto_advance_phases"
"""Remembered on this laptop: a facilitator who lets phases run on keeps doing so."""
_RUN_RECORDS = (
    SessionRun.record_type,
    ItemRun.record_type,
    AgendaItem.record_type,
    Session.record_type,
    SpeakerTurn.record_type,
)


class RunController(QObject):
    ticked = Signal(object)
    """A ``Snapshot``, several times a second while a session is shown."""
    cued = Signal(object)
    """A ``Cue``: the current item reached its warning, or its time is up."""
    notice = Signal(str)
    """Something the facilitator should read: the app was down, the laptop slept, a refusal."""
    session_changed = Signal()

    def __init__(self, context: AppContext, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.clock = RunClock(clock)
        self.session_id: UUID | None = None
        self.records: RunRecords | None = None
        self.snapshot: Snapshot | None = None
        self._cues = CueTracker()
        self._last_heartbeat: dt.datetime | None = None
        self._turns: list[SpeakerTurn] = []
        self.auto_advance = context.store.setting(AUTO_ADVANCE_KEY) == "1"
        self._advanced_from: UUID | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        context.changed.connect(self._on_changed)
        context.reset.connect(self.reload)

    # --- which session ----------------------------------------------------------------

    def set_session(self, session_id: UUID | None) -> None:
        self.session_id = session_id
        self._cues = CueTracker()
        seen = self._context.store.setting(HEARTBEAT_KEY)  # before this tick writes its own
        self.reload()
        self._say_if_it_kept_running(seen)
        self.session_changed.emit()

    def reload(self) -> None:
        store = self._context.store
        if self.session_id is not None and store.get(Session, self.session_id) is None:
            self.session_id = None
        self.records = load_run(store, self.session_id) if self.session_id else None
        run = self.records.run if self.records else None
        current = run.current_item_id if run else None
        self._turns = self._turns_around(current) if current else []
        if self.records is None:
            self.timer.stop()
        elif not self.timer.isActive():
            self.timer.start()
        self.tick()

    def _on_changed(self, result: OpResult) -> None:
        if self.session_id is not None and result.touches(*_RUN_RECORDS):
            self.reload()

    @property
    def running(self) -> bool:
        run = self.records.run if self.records else None
        return run is not None and run.status is not RunStatus.FINISHED

    @property
    def paused(self) -> bool:
        run = self.records.run if self.records else None
        return run is not None and run.status is RunStatus.PAUSED

    # --- ticking ----------------------------------------------------------------------

    def tick(self) -> None:
        if self.records is None:
            self.snapshot = None
            self.ticked.emit(None)
            return
        now = self.clock.now()
        # Said after the catch-up: the notice belongs to the item the timer is on now.
        self.snapshot = self.records.at(now)
        if self.clock.slept_seconds:
            minutes = round(self.clock.slept_seconds / 60)
            self.clock.slept_seconds = 0.0
            self.notice.emit(
                self.tr(
                    "This laptop slept for %n minute(s); the timer caught up with the clock.",
                    "",
                    minutes,
                )
            )
        self.ticked.emit(self.snapshot)
        cue = self._cues.update(self.snapshot)
        if cue is not None:
            self.cued.emit(cue)
        self._heartbeat(now)
        self._advance_phase(self.snapshot)

    def _heartbeat(self, now: dt.datetime) -> None:
        if not self.running:
            return
        last = self._last_heartbeat
        if last is None or (now - last).total_seconds() >= HEARTBEAT_SECONDS:
            self._last_heartbeat = now
            self._context.store.set_setting(HEARTBEAT_KEY, now.isoformat())

    def _say_if_it_kept_running(self, seen: str | None) -> None:
        """After a restart mid-session: how long the app was down while time went on."""
        if not self.running or self.snapshot is None:
            return
        run = self.records.run if self.records else None
        if run is None:
            return
        last = max(run.saved_at, dt.datetime.fromisoformat(seen)) if seen else run.saved_at
        down = (self.snapshot.now - last).total_seconds()
        current = self.snapshot.current
        log.info(
            "resumed session %s on item %s with %.0f s left, %.0f s after it was last seen",
            self.session_id,
            current.item_id if current else None,
            self.snapshot.remaining_seconds,
            down,
        )
        if down >= 2 * HEARTBEAT_SECONDS:
            self.notice.emit(
                self.tr(
                    "The session went on while Forum Desktop was closed (%n minute(s)); "
                    "the timer kept running.",
                    "",
                    max(1, round(down / 60)),
                )
            )

    # --- a method's phases -------------------------------------------------------------

    def set_auto_advance(self, on: bool) -> None:
        self.auto_advance = on
        self._context.store.set_setting(AUTO_ADVANCE_KEY, "1" if on else "0")

    def method_parent(self, timing: ItemTiming | None) -> AgendaItem | None:
        """The item whose method ``timing`` is a phase of, if it is one."""
        parent_id = timing.entry.item.parent_id if timing else None
        if self.records is None or parent_id is None:
            return None
        parent = next((e.item for e in self.records.schedule.items if e.item.id == parent_id), None)
        return parent if parent is not None and parent.method else None

    def _advance_phase(self, snapshot: Snapshot) -> None:
        """When a method's phase is up, go on to its next phase — never past the method's
        last one: leaving the method stays the facilitator's call."""
        current = snapshot.current
        if (
            not self.auto_advance
            or current is None
            or snapshot.phase not in (Phase.RUNNING, Phase.WARNING, Phase.OVERTIME)
            or current.allotted_seconds == 0
            or snapshot.remaining_seconds > 0
            or current.item_id == self._advanced_from
        ):
            return
        parent = self.method_parent(current)
        index = snapshot.items.index(current)
        after = next(  # where "next item" goes: skipped items are passed over
            (t for t in snapshot.items[index + 1 :] if t.state is not ItemState.SKIPPED), None
        )
        if parent is None or after is None or after.entry.item.parent_id != parent.id:
            return
        self._advanced_from = current.item_id
        self.next_item()

    # --- transitions ------------------------------------------------------------------

    def _do(
        self,
        text: str,
        make: Callable[[UUID, dt.datetime], Command],
        /,
        *,
        undoable: bool = False,
    ) -> OpResult | None:
        """Run the command ``make`` builds for the shown session and this instant."""
        if self.session_id is None:
            return None
        try:
            result = self._context.execute(
                make(self.session_id, self.clock.now()),
                text,
                undoable=undoable,
                reraise=(RunError,),
            )
        except RunError as error:
            self.notice.emit(notice_text(error.notice))
            return None
        return result

    def start(self, item_id: UUID | None = None) -> None:
        """Start the session; an ended one is resumed or run again, as the user chooses."""
        run = self.records.run if self.records else None
        if run is None or run.status is not RunStatus.FINISHED:
            self._do(
                self.tr("Start the session"),
                lambda session, at: StartRun(session_id=session, at=at, item_id=item_id),
            )
            return
        choice = prompts.choose(
            self._context.window,
            self.tr("The session has ended"),
            self.tr(
                "This session has ended. Resume where you stopped, or run it again from the "
                "start? Running it again keeps the earlier run's times; the minutes report "
                "the latest run."
            ),
            [self.tr("Resume where we stopped"), self.tr("Run again")],
        )
        if choice == 0:
            self._do(
                self.tr("Resume the session"),
                lambda session, at: ResumeEndedRun(session_id=session, at=at),
            )
        elif choice == 1:
            self._do(
                self.tr("Run the session again"),
                lambda session, at: RunAgain(session_id=session, at=at, item_id=item_id),
            )

    def toggle_pause(self) -> None:
        if self.paused:
            self._do(self.tr("Resume"), lambda session, at: ResumeRun(session_id=session, at=at))
        elif self.running:
            self._do(self.tr("Pause"), lambda session, at: PauseRun(session_id=session, at=at))
        else:
            self.start()

    def next_item(self) -> None:
        self._do(self.tr("Next item"), lambda session, at: NextItem(session_id=session, at=at))

    def previous_item(self) -> None:
        self._do(
            self.tr("Previous item"), lambda session, at: PreviousItem(session_id=session, at=at)
        )

    def jump_to(self, item_id: UUID) -> None:
        if self.running:
            self._do(
                self.tr("Jump to item"),
                lambda session, at: JumpToItem(session_id=session, item_id=item_id, at=at),
            )
        else:
            self.start(item_id)

    def extend(self, seconds: int) -> None:
        self._do(
            self.tr("Change the item's time"),
            lambda session, at: ExtendItem(session_id=session, seconds=seconds, at=at),
        )

    def skip(self, item_id: UUID | None = None, skipped: bool = True) -> None:
        target = item_id or (
            self.snapshot.current.item_id if self.snapshot and self.snapshot.current else None
        )
        if target is not None:
            self._do(
                self.tr("Skip item"),
                lambda session, at: SkipItem(
                    session_id=session, item_id=target, at=at, skipped=skipped
                ),
            )

    def finish(self) -> None:
        """End the session after asking; Edit ▸ Undo takes the end back."""
        if not self.running or not prompts.confirm(
            self._context.window,
            self.tr("End the session"),
            self.tr("End the session now? Its times are kept; Edit ▸ Undo takes this back."),
            action=self.tr("&End the session"),
        ):
            return
        self._do(
            self.tr("End the session"),
            lambda session, at: FinishRun(session_id=session, at=at),
            undoable=True,
        )

    def apply_plan(self, plan: Plan) -> OpResult | None:
        """A re-plan changes the agenda: it is undoable like any edit."""
        if self.session_id is None:
            return None
        return self._context.execute(
            ApplyReplan(
                session_id=self.session_id,
                at=self.clock.now(),
                minutes=plan.minutes,
                dropped=plan.dropped,
                new_end=plan.new_end,
            ),
            self.tr("Re-plan the rest of the session"),
        )

    # --- speakers ---------------------------------------------------------------------

    def give_floor(self, *, participant_id: UUID | None, name: str, allotted_seconds: int) -> None:
        current = self.snapshot.current if self.snapshot else None
        if current is None:
            self.notice.emit(self.tr("Start the session before timing speakers."))
            return
        self._do(
            self.tr("Give the floor"),
            lambda session, at: StartSpeaker(
                session_id=session,
                item_id=current.item_id,
                at=at,
                participant_id=participant_id,
                name=name,
                allotted_seconds=allotted_seconds,
            ),
        )

    def end_turn(self) -> None:
        turn = self.open_turn()
        if turn is not None and self.session_id is not None:
            self._context.execute(
                StopSpeaker(turn_id=turn.id, at=self.clock.now()),
                self.tr("End the turn"),
                undoable=False,
            )

    def turns(self) -> list[SpeakerTurn]:
        """The current item's speaker turns, oldest first."""
        return self._turns

    def _turns_around(self, item_id: UUID) -> list[SpeakerTurn]:
        """The item's turns and its parents': a method screen times its speakers on the
        method's item while a phase of it runs."""
        store = self._context.store
        turns: list[SpeakerTurn] = []
        item = store.get(AgendaItem, item_id)
        while item is not None:
            turns += speaker_turns(store, item.id)
            item = store.get(AgendaItem, item.parent_id) if item.parent_id else None
        return sorted(turns, key=lambda turn: turn.started_at)

    def open_turn(self) -> SpeakerTurn | None:
        return floor_holder(self.turns())
