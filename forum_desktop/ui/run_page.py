"""The facilitator console: the Run tab of an event.

The current item with its remaining time (large), a progress bar, the guiding question
and private notes; the items with planned vs actual and projected starts; the session's
projected end against its planned end; the re-plan offer when late; the speaker timer;
the quick-capture bar (entries attach to the running item); and the projector window.
Every transition has a function-key or modifier shortcut, so none fires while typing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAction,
    QFont,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.capture.syntax import ParsedCapture, RosterName
from forum_desktop.clock import Clock
from forum_desktop.models import AgendaItem, Event, Participant, Session, Translation
from forum_desktop.services.agenda import sessions_of
from forum_desktop.services.capture import CaptureOutcome, filing_place
from forum_desktop.services.live_runs import running_sessions
from forum_desktop.services.operations import OpResult
from forum_desktop.services.translations import EventTexts
from forum_desktop.storage import DatabaseBusyError
from forum_desktop.timing.cues import Cue
from forum_desktop.timing.display import countdown, signed_minutes
from forum_desktop.timing.replan import is_late
from forum_desktop.timing.snapshot import Phase, Snapshot
from forum_desktop.ui.agenda_model import time_text
from forum_desktop.ui.capture_bar import CaptureBar
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.cue_sound import CueSound, SystemCueSound
from forum_desktop.ui.messages import fill
from forum_desktop.ui.method_host import MethodHost
from forum_desktop.ui.notice_area import NoticeArea, OneLineLabel
from forum_desktop.ui.outcome_model import kind_labels
from forum_desktop.ui.page_scroll import scrolled
from forum_desktop.ui.projector import FLASH_MS, ProjectorWindow, SecondLanguage
from forum_desktop.ui.projector_control import ProjectorControl
from forum_desktop.ui.qt_dates import qdate
from forum_desktop.ui.room_language import set_room_language
from forum_desktop.ui.run_controller import RunController
from forum_desktop.ui.run_items_model import RunCol, RunItemsModel
from forum_desktop.ui.speaker_panel import SpeakerPanel
from forum_desktop.ui.wrapping_label import WrappingLabel

if TYPE_CHECKING:
    from forum_desktop.ui.rehearsal_window import RehearsalStart


def second_language_key(event_id: UUID) -> str:
    """The installation setting saying whether this laptop's projector shows the event's
    second language ("off" when turned off; shown by default)."""
    return f"projector.second_language.{event_id}"


class RunPage(QWidget):
    said = Signal(str)
    """A passing sentence for the window's status line (a rehearsal cancelled)."""

    def __init__(
        self,
        context: AppContext,
        clock: Clock,
        parent: QWidget | None = None,
        sound: CueSound | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._event_id: UUID | None = None
        self._zone = ZoneInfo("UTC")
        self.sound = sound or SystemCueSound()
        self.controller = RunController(context, clock, self)
        self.flashing = False
        self.last_announcement = ""
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(self._end_flash)

        self.session_combo = QComboBox(self)
        self.session_combo.setAccessibleName(self.tr("Session to run"))
        # A long session title is cut, with the projector's choice beside it, not the window
        # widened past the screen at large text sizes.
        self.session_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.session_combo.setMinimumContentsLength(12)
        session_label = QLabel(self.tr("Session:"), self)
        session_label.setBuddy(self.session_combo)
        self.session_combo.currentIndexChanged.connect(self._on_session_chosen)

        self.toolbar = QToolBar(self.tr("Run"), self)
        self._build_actions()

        self.notice_label = OneLineLabel(self)
        self.notice_label.setAccessibleName(self.tr("Notice"))
        self.late_label = OneLineLabel(self)
        # Its Alt+letter would clash with a method screen's: Ctrl+Shift+L does it.
        self.replan_button = QPushButton(self.tr("Re-plan…"), self)
        self.replan_button.clicked.connect(self.replan)
        self.replan_button.setToolTip(self._tip(self.replan_action))

        self.title_label = WrappingLabel(self)
        self.title_label.setAccessibleName(self.tr("Current item"))
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)
        self.remaining_label = QLabel(self)
        self.remaining_label.setAccessibleName(self.tr("Time left on the current item"))
        big = QFont(font)
        big.setPointSizeF(font.pointSizeF() * 2.6)
        self.remaining_label.setFont(big)
        self.phase_label = QLabel(self)
        self.phase_label.setAccessibleName(self.tr("Timer state"))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Time used on the current item"))
        self.method_label = WrappingLabel(self)
        self.method_label.setAccessibleName(self.tr("Method phase"))
        self.instructions_label = WrappingLabel(self)
        self.instructions_label.setAccessibleName(self.tr("Instructions for this phase"))
        self.question_label = WrappingLabel(self)
        self.notes_label = WrappingLabel(self)
        self.notes_label.setAccessibleName(self.tr("Private notes"))
        self.end_label = WrappingLabel(self)
        self.end_label.setAccessibleName(self.tr("Session end"))

        self.items_model = RunItemsModel(self)
        self.items_view = QTableView(self)
        self.items_view.setModel(self.items_model)
        self.items_view.setAccessibleName(self.tr("The session's items"))
        self.items_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items_view.verticalHeader().hide()
        header = self.items_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RunCol.TITLE, QHeaderView.ResizeMode.Stretch)
        self.items_view.activated.connect(
            lambda index: self.controller.jump_to(self.items_model.item_id(index.row()))
        )

        self.speakers = SpeakerPanel(self.controller, self)
        self.bar = CaptureBar(self)
        self.bar.submitted.connect(self.capture)
        self.captured_label = QLabel(self)
        # Beside the bar, which is two lines tall: a long item title wraps there instead of
        # squeezing the bar; hidden until the first entry is saved.
        self.captured_label.setWordWrap(True)
        self.captured_label.hide()

        self.projection = ProjectorControl(self)
        self.projection.second_language_shown.connect(self._remember_second_language)
        self.side_tabs = QTabWidget(self)
        self.side_tabs.setAccessibleName(self.tr("Agenda and method screen"))
        self.side_tabs.addTab(self.items_view, self.tr("Agenda"))
        self.methods = MethodHost(context, self.controller, self.side_tabs, self.projection, self)

        self._lay_out(session_label)
        self.controller.ticked.connect(self.show_snapshot)
        self.controller.cued.connect(self.cue)
        self.controller.notice.connect(self.show_notice)
        context.changed.connect(self._on_changed)
        context.reset.connect(self.reload)

    # --- layout and actions -------------------------------------------------------------

    def _lay_out(self, session_label: QLabel) -> None:
        top = QHBoxLayout()
        top.addWidget(session_label)
        top.addWidget(self.session_combo, 1)
        top.addWidget(QLabel(self.tr("Projector on:"), self))
        top.addWidget(self.projection.screen_combo)
        top.addWidget(self.projection.second_box)
        # One line for all notices: stacked, a restart's three pushed 1024×768 off the screen.
        self.notices = NoticeArea(self)
        self.notices.add(self.notice_label)
        self.notices.add(self.projection.mirror_label)
        self.notices.add(self.late_label, trailing=self.replan_button)
        self.projection.mirror_changed.connect(self.notices.refresh)
        current = QVBoxLayout()
        current.addWidget(self.method_label)
        current.addWidget(self.title_label)
        current.addWidget(self.remaining_label)
        current.addWidget(self.phase_label)
        current.addWidget(self.progress)
        current.addWidget(self.instructions_label)
        current.addWidget(self.question_label)
        current.addWidget(self.notes_label)
        current.addWidget(self.end_label)
        current.addWidget(self.speakers)
        current.addStretch(1)
        left = QWidget(self)
        left.setLayout(current)
        # Both sides scroll rather than widen or heighten the window past a 1024×768
        # screen at large text sizes (a method screen's rows of buttons, the speaker panel).
        splitter = QSplitter(self)
        splitter.addWidget(scrolled(left, self))
        splitter.addWidget(scrolled(self.side_tabs, self))
        splitter.setSizes([520, 480])
        self._hint = ""
        """The one-line hint for a session planned on another day, while it shows."""
        self._notice_item: UUID | None = None
        """The item current when the notice on show was given: a notice is about it."""
        self.splitter = splitter
        self._keep_wide = False
        """A method screen is open and the handle was not moved since: it keeps three
        fifths as the tab gets its size (opened hidden, with a run going on at start-up,
        the dot vote's panel was left a third of 1024 px)."""
        splitter.splitterMoved.connect(self._on_splitter_moved)
        self.side_tabs.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.notices)
        layout.addWidget(splitter, 1)
        capture_row = QHBoxLayout()  # "Saved to …" beside the bar: a line less to fit 768 px
        capture_row.addWidget(self.bar, 2)
        capture_row.addWidget(self.captured_label, 1)
        layout.addLayout(capture_row)

    def _action(
        self, text: str, shortcut: str, slot: object, *, checkable: bool = False
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.setToolTip(self._tip(action))
        action.triggered.connect(lambda *_: slot())  # type: ignore[operator]
        self.addAction(action)
        return action

    @staticmethod
    def _tip(action: QAction) -> str:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        return f"{action.text().replace('&', '')} ({keys})"

    def _build_actions(self) -> None:
        c = self.controller
        self.start_action = self._action(self.tr("&Start"), "F5", c.start)
        self.pause_action = self._action(self.tr("&Pause / resume"), "F6", c.toggle_pause)
        self.previous_action = self._action(self.tr("P&revious item"), "F7", c.previous_item)
        self.next_action = self._action(self.tr("&Next item"), "F8", c.next_item)
        self.skip_action = self._action(self.tr("S&kip item"), "Ctrl+F8", c.skip)
        self.plus1_action = self._action(self.tr("+1 min"), "F9", lambda: c.extend(60))
        self.plus5_action = self._action(self.tr("+5 min"), "Shift+F9", lambda: c.extend(300))
        self.minus1_action = self._action(self.tr("−1 min"), "Ctrl+F9", lambda: c.extend(-60))
        self.finish_action = self._action(self.tr("&End the session"), "Ctrl+Shift+F8", c.finish)
        self.replan_action = self._action(self.tr("Re-&plan…"), "Ctrl+Shift+L", self.replan)
        self.give_floor_action = self._action(
            self.tr("&Give the floor"), "Ctrl+Shift+G", lambda: self.speakers.give_floor()
        )
        self.end_turn_action = self._action(self.tr("E&nd the turn"), "Ctrl+Shift+J", c.end_turn)
        self.method_screen_action = self._action(
            self.tr("Me&thod screen"), "Ctrl+Shift+R", lambda: self.methods.focus()
        )
        self.method_screen_action.setStatusTip(
            self.tr("Go to the running method's live screen (or the agenda when none runs).")
        )
        self.projector_action = self._action(
            self.tr("Pro&jector window"), "F12", self.toggle_projector, checkable=True
        )
        self.hold_action = self._action(
            self.tr("&Hold screen"), "Ctrl+Shift+H", self._on_hold, checkable=True
        )
        self.mute_action = self._action(
            self.tr("&Mute cues"), "Ctrl+Shift+U", self._on_mute, checkable=True
        )
        self.auto_phase_action: QAction = self._action(
            self.tr("&Advance phases automatically"),
            "Ctrl+Alt+A",
            lambda: c.set_auto_advance(self.auto_phase_action.isChecked()),
            checkable=True,
        )
        self.auto_phase_action.setChecked(c.auto_advance)
        # Its own command, never F5's: the session run on a copy, timed from now.
        self.rehearse_action = QAction(self.tr("Rehearse…"), self)
        self.rehearse_action.setToolTip(
            self.tr("Run the session on a copy, timed from now: nothing of it is kept")
        )
        self.rehearse_action.triggered.connect(lambda *_: self.rehearse())
        self.auto_phase_action.setStatusTip(
            self.tr(
                "When a phase of a group method is up, go on to its next phase; "
                "after the last phase, the next item waits for you."
            )
        )
        for action in (self.start_action, self.pause_action, *self._while_running()):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for action in (
            self.projector_action,
            self.hold_action,
            self.mute_action,
            self.auto_phase_action,
        ):
            self.toolbar.addAction(action)

    def _while_running(self) -> tuple[QAction, ...]:
        """The transitions of a running session, in toolbar order."""
        return (
            self.previous_action,
            self.next_action,
            self.skip_action,
            self.plus1_action,
            self.plus5_action,
            self.minus1_action,
            self.finish_action,
        )

    def menu_actions(self) -> list[QAction | None]:
        """The actions for the main window's Run menu; None is a separator."""
        return [
            self.start_action,
            self.pause_action,
            self.previous_action,
            self.next_action,
            self.skip_action,
            None,
            self.plus1_action,
            self.plus5_action,
            self.minus1_action,
            self.replan_action,
            self.finish_action,
            None,
            self.give_floor_action,
            self.end_turn_action,
            self.method_screen_action,
            None,
            self.projector_action,
            self.hold_action,
            self.mute_action,
            self.auto_phase_action,
            None,
            self.rehearse_action,
        ]

    # --- the event and its sessions ---------------------------------------------------

    def set_event(self, event_id: UUID | None) -> None:
        self._event_id = event_id
        self.reload()

    def reload(self) -> None:
        store = self._context.store
        event = store.get(Event, self._event_id) if self._event_id else None
        self._zone = ZoneInfo(event.timezone) if event else ZoneInfo("UTC")
        self.items_model.zone = self._zone
        # The projector speaks the event's language, the console the interface's: set
        # before the sessions, whose method screens say their first words to the room.
        if event is not None:
            set_room_language(event.language.value)
        self._fill_sessions()
        people = store.select(Participant, {"event_id": self._event_id}) if event else []
        self.bar.set_roster([RosterName(p.id, p.name) for p in people])
        self.speakers.set_roster(people)
        self.projection.set_event(event.title if event else "", self._zone)
        self._load_second_language()

    def _load_second_language(self) -> None:
        """The event's second working language for the projector's lines under the item's
        title and question; shown unless turned off for this event on this laptop."""
        store = self._context.store
        event = store.get(Event, self._event_id) if self._event_id else None
        second = None
        if event is not None and len(event.working_languages) > 1:
            texts = EventTexts.load(store, event.id)
            second = SecondLanguage(texts, event.working_languages[1])
        shown = event is None or store.setting(second_language_key(event.id)) != "off"
        self.projection.set_second_language(second, shown)

    def _remember_second_language(self, shown: bool) -> None:
        if self._event_id is not None:
            self._context.store.set_setting(
                second_language_key(self._event_id), "on" if shown else "off"
            )

    def _fill_sessions(self) -> None:
        store = self._context.store
        sessions = sessions_of(store, self._event_id) if self._event_id else []
        keep = self.session_combo.currentData()
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        for session in sessions:
            self.session_combo.addItem(session.title, str(session.id))
        index = self.session_combo.findData(keep) if keep else -1
        if index < 0:
            index = self._session_to_show(sessions)
        self.session_combo.setCurrentIndex(index)
        self.session_combo.blockSignals(False)
        self._on_session_chosen()

    def _session_to_show(self, sessions: list[Session]) -> int:
        """A session still running (after a restart), else the first."""
        live = {run.session_id for run in running_sessions(self._context.store)}
        return next((n for n, s in enumerate(sessions) if s.id in live), 0 if sessions else -1)

    def _on_session_chosen(self, *_: object) -> None:
        data = self.session_combo.currentData()
        session_id = UUID(data) if data else None
        self.projection.set_session(self.session_combo.currentText() if data else "")
        if session_id != self.controller.session_id:
            self.show_notice("")  # a notice is about the session it came with
            self.controller.set_session(session_id)
            self._hint = self._another_day_hint()
            if self._hint:  # else a notice the session came with stays (a restart's)
                self.show_notice(self._hint)
        self._refresh_actions()

    def _another_day_hint(self) -> str:
        """One line, not a question, when the chosen session is planned for another day
        and has not run yet: started today, it will follow its planned times."""
        records = self.controller.records
        if records is None or records.run is not None or records.session.date is None:
            return ""
        today = self.controller.clock.now().astimezone(self._zone).date()
        if records.session.date == today:
            return ""
        planned = QLocale().toString(qdate(records.session.date), QLocale.FormatType.LongFormat)
        return self.tr(
            "Planned for %1: if you start it today, it will follow its planned times."
        ).replace("%1", planned)

    def _on_changed(self, result: OpResult) -> None:
        self.methods.reload()
        if result.touches(Session.record_type):
            self._fill_sessions()
        if result.touches(Participant.record_type, Event.record_type):
            self.reload()
        elif result.touches(Translation.record_type):
            self._load_second_language()
        self._refresh_actions()

    def _refresh_actions(self) -> None:
        has_session = self.controller.session_id is not None
        running = self.controller.running
        self.start_action.setEnabled(has_session and not running)
        self.pause_action.setEnabled(running)
        for action in (*self._while_running(), self.give_floor_action, self.end_turn_action):
            action.setEnabled(running)
        self.pause_action.setText(
            self.tr("&Resume") if self.controller.paused else self.tr("&Pause")
        )

    # --- showing the run --------------------------------------------------------------

    def show_snapshot(self, snapshot: Snapshot | None) -> None:
        records = self.controller.records
        parents = (
            {e.item.id: e for e in records.schedule.items if e.has_children} if records else {}
        )
        self.items_model.update(snapshot, parents)
        if self._hint and records is not None and records.run is not None:
            if self.notice_label.text() == self._hint:  # it has started: the hint is done
                self.show_notice("")
            self._hint = ""
        if self.notice_label.text() and _current_item(snapshot) != self._notice_item:
            # A method's refusal ("Nobody has the floor…") is stale once the run has moved on
            self.show_notice("")
        screen = self.methods.screen
        self.methods.show_snapshot(snapshot)
        if self.methods.screen is None:
            self._keep_wide = False
        elif self.methods.screen is not screen:
            self._widen_method_screen()
        self.projection.show_snapshot(snapshot)
        current = snapshot.current if snapshot else None
        if snapshot is None:
            self._show_empty(self.tr("This event has no session yet: plan one in the Agenda tab."))
            return
        if not snapshot.items:
            self._show_empty(
                self.tr("This session has no agenda items yet: add them in the Agenda tab.")
            )
            return
        if current is None:
            words = (
                self.tr("The session is over.")
                if snapshot.phase is Phase.FINISHED
                else self.tr("Ready. Press F5 to start the session.")
            )
            self._show_empty(words)
        else:
            item = current.entry.item
            self.title_label.setText(f"{current.entry.number}. {item.title}")
            phase = self._method_words(snapshot)
            self.method_label.setText(phase)
            # A phase's description is its step's instructions, from the method.
            self.instructions_label.setText(item.description if phase else "")
            self.remaining_label.setText(countdown(snapshot.remaining_seconds))
            self.phase_label.setText(self._phase_words(snapshot))
            progress = int(snapshot.progress * 1000)
            if progress != self.progress.value():  # a repaint costs more than the check
                self.progress.setValue(progress)
            self.question_label.setText(
                self.tr("Guiding question: %1").replace("%1", item.guiding_question)
                if item.guiding_question
                else ""
            )
            self.notes_label.setText(
                self.tr("Notes (only on this screen): %1").replace("%1", item.notes)
                if item.notes
                else ""
            )
        self._show_end(snapshot)
        self._refresh_actions()

    def _widen_method_screen(self) -> None:
        """A method screen opens with at least three fifths of the width: its chairs, lists
        and contribution line need it more than the countdown does."""
        self._keep_wide = True
        self._keep_method_screen_wide()

    def _keep_method_screen_wide(self) -> None:
        if not self.side_tabs.isVisible():  # its sizes are not real yet: on its resize
            return
        total = sum(self.splitter.sizes())
        wanted = total - total * 2 // 5
        if self.splitter.sizes()[1] < wanted:  # never narrower than the user made it
            self.splitter.setSizes([total - wanted, wanted])

    def _on_splitter_moved(self) -> None:
        self._keep_wide = False  # the user's own split stays

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        shown_or_resized = event.type() in (QEvent.Type.Show, QEvent.Type.Resize)
        if watched is self.side_tabs and shown_or_resized and self._keep_wide:
            self._keep_method_screen_wide()
        return super().eventFilter(watched, event)

    def _show_empty(self, words: str) -> None:
        self.title_label.setText(words)
        for label in (
            self.method_label,
            self.instructions_label,
            self.remaining_label,
            self.phase_label,
            self.question_label,
            self.notes_label,
        ):
            label.setText("")
        self.progress.setValue(0)
        self.late_label.setText("")
        self.replan_button.hide()
        self.notices.refresh()
        self.end_label.setText("")

    def _method_words(self, snapshot: Snapshot) -> str:
        """Says "Phase 2 of 4 of “Peer review of a practice”" while a method's phase runs."""
        parent = self.controller.method_parent(snapshot.current)
        if parent is None or snapshot.current is None:
            return ""
        phases = [t for t in snapshot.items if t.entry.item.parent_id == parent.id]
        return fill(
            self.tr("Phase %1 of %2 of “%3”"),
            str(phases.index(snapshot.current) + 1),
            str(len(phases)),
            parent.method,
        )

    def _phase_words(self, snapshot: Snapshot) -> str:
        warn = countdown(snapshot.warning_seconds)
        words = {
            Phase.RUNNING: self.tr("Running"),
            Phase.WARNING: self.tr("Warning: less than %1 left").replace("%1", warn),
            Phase.OVERTIME: self.tr("Time is up: over by %1").replace(
                "%1", countdown(snapshot.remaining_seconds).lstrip("+")
            ),
            Phase.PAUSED: self.tr("Paused"),
        }
        if snapshot.current is not None and snapshot.current.allotted_seconds == 0:
            return self.tr("Untimed item: counting up")
        return words.get(snapshot.phase, "")

    def _show_end(self, snapshot: Snapshot) -> None:
        projected = snapshot.projected_end
        planned = snapshot.planned_end
        if projected is None:
            self.end_label.setText("")
        elif planned is None:
            self.end_label.setText(
                self.tr("Projected end %1").replace(
                    "%1", time_text(projected.astimezone(self._zone))
                )
            )
        else:
            delta = snapshot.end_delta_seconds or 0.0
            self.end_label.setText(
                fill(
                    self.tr("Planned end %1 · projected end %2 (%3)"),
                    time_text(planned.astimezone(self._zone)),
                    time_text(projected.astimezone(self._zone)),
                    signed_minutes(delta),
                )
            )
        late = snapshot.current is not None and is_late(snapshot)
        self.replan_button.setVisible(late)
        self.replan_action.setEnabled(late)
        self.late_label.setText(
            self.tr("Running late: the session would end %1 after its planned end.").replace(
                "%1", signed_minutes(snapshot.end_delta_seconds or 0).lstrip("+")
            )
            if late
            else ""
        )
        self.notices.refresh()

    def show_notice(self, text: str) -> None:
        self._notice_item = _current_item(self.controller.snapshot)
        self.notice_label.setText("")
        self.notices.refresh()  # another notice in its place is a new one: the newest
        self.notice_label.setText(text)
        self.notices.refresh()

    # --- cues -------------------------------------------------------------------------

    def cue(self, cue: Cue) -> None:
        self.announce(self.phase_label.text())
        self.flashing = True
        # The time and its words light up: seen from across the room, still readable.
        for label in (self.remaining_label, self.phase_label):
            label.setStyleSheet("background: palette(highlight); color: palette(highlighted-text);")
        self._flash_timer.start()
        self.sound.play(cue)
        self.projection.flash(cue)

    def announce(self, text: str) -> None:
        """Say ``text`` through the screen reader: a cue is words, not only a colour."""
        self.last_announcement = text
        event = QAccessibleAnnouncementEvent(self.phase_label, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        QAccessible.updateAccessibility(event)

    def _end_flash(self) -> None:
        self.flashing = False
        for label in (self.remaining_label, self.phase_label):
            label.setStyleSheet("")

    def _on_mute(self) -> None:
        self.sound.muted = self.mute_action.isChecked()

    # --- re-planning ------------------------------------------------------------------

    def rehearse(self) -> RehearsalStart | None:
        """Start a rehearsal of the chosen session: its copy is made off the UI thread,
        then it opens in a window of its own (a child of this page, deleted when closed).
        The ``RehearsalStart`` (its ``opened``, ``failed`` or ``cancelled`` follows), or None
        without a session."""
        session_id = self.controller.session_id
        if session_id is None:
            return None
        # Imported here: the rehearsal window holds a RunPage of its own.
        from forum_desktop.ui.rehearsal_window import RehearsalStart

        starting = RehearsalStart(self._context, session_id, self)
        self.rehearse_action.setEnabled(False)  # one copy at a time
        starting.opened.connect(lambda _: self.rehearse_action.setEnabled(True))
        starting.failed.connect(lambda _: self.rehearse_action.setEnabled(True))
        starting.cancelled.connect(lambda _: self.rehearse_action.setEnabled(True))
        starting.cancelled.connect(self.said)
        starting.start()
        return starting

    def replan(self) -> None:
        snapshot = self.controller.snapshot
        if snapshot is None or snapshot.current is None or not is_late(snapshot):
            return
        from forum_desktop.ui.replan_dialog import ReplanDialog  # loads when first opened

        dialog = ReplanDialog(snapshot, self._zone, self)
        if dialog.exec() and (chosen := dialog.chosen()) is not None:
            self.controller.apply_plan(chosen)

    # --- capture ----------------------------------------------------------------------

    def capture(self, parsed: ParsedCapture) -> None:
        if self._event_id is None:
            return
        snapshot = self.controller.snapshot
        current = snapshot.current if snapshot else None
        command = CaptureOutcome(
            event_id=self._event_id,
            session_id=self.controller.session_id if current else None,
            item_id=current.item_id if current else None,
            item_offset_seconds=int(current.elapsed_seconds) if current else None,
            **parsed.outcome_fields(),
        )
        label = self.tr("Capture %1").replace("%1", kind_labels().get(parsed.kind, parsed.kind))
        result = self.bar.save(
            lambda: self._context.execute(command, label, reraise=(DatabaseBusyError,))
        )
        if result is not None:
            where = self.tr("the event")
            if current:
                filed, _ = filing_place(self._context.store, current.item_id)
                where = self._context.store.require(AgendaItem, filed).title
            self.captured_label.setText(fill(self.tr("Saved to %1."), where))
            self.captured_label.show()

    # --- the projector window ---------------------------------------------------------

    @property
    def projector(self) -> ProjectorWindow | None:
        return self.projection.window

    def toggle_projector(self) -> None:
        self.projector_action.setChecked(self.projection.toggle())

    def _on_hold(self) -> None:
        self.projection.set_hold(self.hold_action.isChecked())

    def shut_down(self) -> None:
        """The window is closing: stop ticking (the database closes next) and the projector."""
        self.controller.timer.stop()
        self.close_projector()

    def close_projector(self) -> None:
        self.projection.close()


def _current_item(snapshot: Snapshot | None) -> UUID | None:
    return snapshot.current.item_id if snapshot and snapshot.current else None
