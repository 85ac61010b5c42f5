"""The facilitator console and the projector window, driven from the keyboard."""

from __future__ import annotations

from datetime import time, timedelta
from uuid import UUID

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from forum_desktop.clock import FakeClock
from forum_desktop.models import AgendaItem, ItemKind, Outcome, SessionRun, SpeakerTurn
from forum_desktop.models.base import TITLE_MAX_LENGTH
from forum_desktop.services.agenda import AddSession, UpdateItem, UpdateSession
from forum_desktop.services.commands import execute
from forum_desktop.services.run import item_runs, load_run
from forum_desktop.timing.cues import Cue
from forum_desktop.timing.replan import Strategy
from forum_desktop.ui.language import install
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.replan_dialog import ReplanDialog
from forum_desktop.ui.run_controller import AUTO_ADVANCE_KEY, HEARTBEAT_KEY
from forum_desktop.ui.run_page import RunPage
from tests.services.helpers import T0, build_day
from tests.services.method_examples import apply_method


class FakeSound:
    def __init__(self) -> None:
        self.muted = False
        self.played: list[Cue] = []

    def play(self, cue: Cue) -> None:
        if not self.muted:
            self.played.append(cue)


def open_console(window: MainWindow, minutes: list[int]) -> tuple[RunPage, UUID, list[UUID]]:
    session_id, ids = build_day(window.context.store, minutes)
    return open_console_on(window, session_id), session_id, ids


def open_console_on(window: MainWindow, session_id: UUID) -> RunPage:
    store = window.context.store
    window.context.reload_all()
    event_id = load_run(store, session_id).session.event_id
    window.open_event(event_id)
    window.page.show_run()
    page = window.page.run
    page.sound = FakeSound()
    return page


def key(qtbot: QtBot, page: RunPage, key: Qt.Key, mods: Qt.KeyboardModifier | None = None) -> None:
    """Keys go to the capture bar: the shortcuts must work while the facilitator types."""
    page.bar.edit.setFocus()
    qtbot.keyClick(page.bar.edit, key, mods or Qt.KeyboardModifier.NoModifier)


def test_the_console_is_driven_by_function_keys_while_the_capture_bar_has_focus(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    page, session_id, ids = open_console(window, [10, 20, 30])
    assert page.title_label.text() == "Ready. Press F5 to start the session."
    qtbot.keyClicks(page.bar.edit, "draft")
    key(qtbot, page, Qt.Key.Key_F5)
    assert page.bar.edit.text() == "draft"  # the key did not type anything
    assert page.title_label.text() == "1. Point 1"
    assert page.remaining_label.text() == "10:00"
    clock.advance(4 * 60)
    page.controller.tick()
    assert page.remaining_label.text() == "6:00"
    key(qtbot, page, Qt.Key.Key_F9)  # +1 min
    key(qtbot, page, Qt.Key.Key_F9, Qt.KeyboardModifier.ShiftModifier)  # +5 min
    key(qtbot, page, Qt.Key.Key_F9, Qt.KeyboardModifier.ControlModifier)  # −1 min
    assert page.remaining_label.text() == "11:00"
    key(qtbot, page, Qt.Key.Key_F6)  # pause
    clock.advance(3 * 60)
    page.controller.tick()
    assert (page.remaining_label.text(), page.phase_label.text()) == ("11:00", "Paused")
    key(qtbot, page, Qt.Key.Key_F6)  # resume
    key(qtbot, page, Qt.Key.Key_F8)  # next
    assert page.title_label.text() == "2. Point 2"
    key(qtbot, page, Qt.Key.Key_F8, Qt.KeyboardModifier.ControlModifier)  # skip it
    assert page.title_label.text() == "3. Point 3"
    key(qtbot, page, Qt.Key.Key_F7)  # previous: the skipped item is passed over
    assert page.title_label.text() == "1. Point 1"
    runs = item_runs(window.context.store, session_id)
    assert runs[ids[1]].skipped and runs[ids[0]].extension_seconds == 300
    assert page.start_action.toolTip() == "Start (F5)"
    # The items table shows planned vs actual and each item's state.
    model = page.items_model
    assert [model.index(row, 5).data() for row in range(3)] == ["now", "skipped", "to come"]
    assert model.index(0, 3).data() == "4 min"


def test_warning_and_time_up_are_said_in_words_flashed_and_sounded(
    window: MainWindow, clock: FakeClock
) -> None:
    page, _, _ = open_console(window, [10])
    page.controller.start()
    clock.advance(8 * 60 + 30)
    page.controller.tick()
    assert page.phase_label.text() == "Warning: less than 2:00 left"
    assert page.flashing
    assert page.last_announcement == "Warning: less than 2:00 left"  # for screen readers
    clock.advance(2 * 60)
    page.controller.tick()
    assert page.remaining_label.text() == "+0:30"
    assert page.phase_label.text() == "Time is up: over by 0:30"
    assert page.sound.played == [Cue.WARNING, Cue.TIME_UP]  # type: ignore[attr-defined]
    page.mute_action.trigger()
    page.controller.extend(60)
    clock.advance(60)
    page.controller.tick()
    assert page.sound.played == [Cue.WARNING, Cue.TIME_UP]  # type: ignore[attr-defined]


def test_running_late_offers_a_previewed_undoable_replan(
    window: MainWindow, clock: FakeClock
) -> None:
    store = window.context.store
    page, session_id, ids = open_console(window, [30, 40, 40])
    execute(store, UpdateSession(session_id=session_id, end_time=time(10, 50)))
    for item_id in ids[1:]:
        execute(store, UpdateItem(item_id=item_id, min_minutes=20))
    page.controller.reload()
    page.controller.start()
    clock.advance(40 * 60)
    page.controller.tick()
    assert (
        page.late_label.text()
        == "Running late: the session would end 10 min after its planned end."
    )
    assert page.end_label.text().endswith("(+10 min)")
    assert page.replan_action.isEnabled()
    snapshot = page.controller.snapshot
    assert snapshot is not None
    dialog = ReplanDialog(snapshot, page._zone, page)
    assert dialog.chosen() is dialog.plans[Strategy.SHRINK]
    assert "Point 2 → 35 min" in dialog.previews[Strategy.SHRINK].text()
    assert "Fits." in dialog.previews[Strategy.SHRINK].text()
    assert "Ends at" in dialog.previews[Strategy.MOVE_END].text()
    assert not dialog.buttons[Strategy.DROP].isEnabled()  # nothing optional to drop
    page.controller.apply_plan(dialog.plans[Strategy.SHRINK])
    page.controller.tick()
    assert [store.require(AgendaItem, i).planned_minutes for i in ids] == [30, 35, 35]
    assert page.late_label.text() == ""
    window.undo_action.trigger()
    assert [store.require(AgendaItem, i).planned_minutes for i in ids] == [30, 40, 40]


def _texts(page: RunPage) -> str:
    assert page.projector is not None
    return "\n".join(label.text() for label in page.projector.findChildren(QLabel))


def test_the_projector_shows_public_things_only(window: MainWindow, clock: FakeClock) -> None:
    store = window.context.store
    page, _, ids = open_console(window, [10, 15])
    execute(
        store,
        UpdateItem(
            item_id=ids[0],
            guiding_question="Que fais-je pour soutenir l'apprentissage ?",
            notes="SECRET: ask Jun to keep it short",
            description="Private description",
        ),
    )
    page.controller.start()
    page.bar.edit.setText("? a question nobody approved yet")
    page.bar.edit.returnPressed.emit()
    [outcome] = store.select(Outcome, {}, order_by="captured_at")
    assert outcome.item_id == ids[0]
    page.toggle_projector()
    page.controller.tick()
    shown = _texts(page)
    assert "Point 1" in shown and "Que fais-je pour soutenir" in shown
    assert "Ensuite : Point 2" in shown and "10:00" in shown  # the event is French
    for private in ("SECRET", "Private description", "nobody approved", "Re-plan"):
        assert private not in shown
    assert "SECRET" in page.notes_label.text()  # the console does show the notes
    page.hold_action.trigger()
    assert "Bienvenue" not in _texts(page) and "Reprise à 09:10" in _texts(page)
    page.hold_action.trigger()
    clock.advance(11 * 60)
    page.controller.tick()
    assert "Temps écoulé — dépassement" in _texts(page)
    page.toggle_projector()
    assert not page.projector.isVisible()


def test_a_break_shows_when_to_be_back(window: MainWindow, clock: FakeClock) -> None:
    store = window.context.store
    page, _, ids = open_console(window, [60, 15, 30])
    execute(store, UpdateItem(item_id=ids[1], kind=ItemKind.BREAK, title="Pause café"))
    page.controller.start()
    clock.advance(62 * 60)
    page.controller.next_item()
    page.toggle_projector()
    page.controller.tick()
    assert "Pause" in _texts(page) and "Reprise à 10:17" in _texts(page)  # in French


@pytest.mark.parametrize("size", [(800, 600), (1366, 768), (1920, 1080)])
def test_the_countdown_digits_take_a_third_of_the_projector_s_height(
    window: MainWindow, qtbot: QtBot, size: tuple[int, int]
) -> None:
    page, _, _ = open_console(window, [45])
    page.controller.start()
    page.toggle_projector()
    projector = page.projector
    assert projector is not None
    projector.resize(*size)
    qtbot.waitUntil(lambda: projector.size().toTuple() == size)
    page.controller.tick()
    assert projector.digits_height() >= size[1] / 3
    label = projector.countdown_label
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()


def test_after_a_restart_the_console_says_the_timer_kept_running(
    window: MainWindow, clock: FakeClock
) -> None:
    store = window.context.store
    page, session_id, _ = open_console(window, [30])
    page.controller.start()
    clock.advance(5 * 60)
    page.controller.tick()  # the heartbeat notes 09:05
    assert store.setting(HEARTBEAT_KEY) == (T0 + timedelta(minutes=5)).isoformat()
    clock.advance(7 * 60)  # the app is down for seven minutes
    install("en")  # as the app does: its English plurals say "7 minutes"
    notices: list[str] = []
    fresh = RunPage(window.context, clock, sound=FakeSound())
    fresh.controller.notice.connect(notices.append)
    fresh.set_event(load_run(store, session_id).session.event_id)
    assert fresh.remaining_label.text() == "18:00"
    assert fresh.notice_label.text() == (
        "The session went on while Forum Desktop was closed (7 minutes); the timer kept running."
    )
    [run] = store.select(SessionRun, {"session_id": session_id}, order_by="started_at")
    assert run.current_item_id is not None
    # Both consoles stop ticking before the store closes: their heartbeat is due.
    for console in (page, fresh):
        console.controller.set_session(None)
    fresh.deleteLater()


def test_jump_to_any_item_from_the_keyboard_and_the_speaker_timer(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    page, _, ids = open_console(window, [10, 20, 30])
    key(qtbot, page, Qt.Key.Key_F5)
    page.items_view.setFocus()
    page.items_view.setCurrentIndex(page.items_model.index(2, 0))
    qtbot.keyClick(page.items_view, Qt.Key.Key_Return)
    assert page.title_label.text() == "3. Point 3"
    page.give_floor_action.trigger()  # nobody named yet
    assert page.notice_label.text() == "Type or choose the speaker's name first."
    page.speakers.speaker_combo.setEditText("Aminata Diallo")
    page.speakers.minutes_spin.setValue(2)
    page.give_floor_action.trigger()
    clock.advance(30)
    page.controller.tick()
    assert page.speakers.status_label.text() == "Aminata Diallo has the floor: 1:30 left"
    clock.advance(120)
    page.controller.tick()
    assert page.speakers.status_label.text() == "Aminata Diallo is over their time: 0:30"
    page.end_turn_action.trigger()
    page.controller.tick()
    assert page.speakers.status_label.text() == "Nobody has the floor."
    assert page.speakers.log_label.text() == "Spoke so far: Aminata Diallo (2:30)"
    [turn] = run_ops_turns(window, ids[2])
    assert (turn.name, turn.allotted_seconds) == ("Aminata Diallo", 120)


def run_ops_turns(window: MainWindow, item_id: UUID) -> list[SpeakerTurn]:
    from forum_desktop.services.run import speaker_turns

    return speaker_turns(window.context.store, item_id)


def test_a_projector_on_the_console_s_display_is_warned_about(window: MainWindow) -> None:
    page, _, _ = open_console(window, [10])
    assert page.projection.screen_combo.count() == 1  # the offscreen platform has one display
    page.toggle_projector()
    assert page.projection.mirror_label.isVisible()
    assert "same display as this console" in page.projection.mirror_label.text()


def test_after_a_sleep_the_console_says_the_timer_caught_up(
    window: MainWindow, clock: FakeClock
) -> None:
    install("en")  # as the app does: its English plurals say "70 minutes"
    page, _, _ = open_console(window, [90])
    page.controller.start()
    clock.advance(10 * 60)
    clock.jump_wall(70 * 60)  # asleep over lunch: only the wall clock moved
    page.controller.tick()
    assert page.remaining_label.text() == "10:00"
    assert page.notice_label.isVisibleTo(page)
    assert "slept for 70 minutes" in page.notice_label.text()


def test_the_capture_tab_follows_the_running_item(window: MainWindow) -> None:
    page, _, ids = open_console(window, [10, 20])
    capture = window.page.capture
    capture.set_event(window.page.event_id)
    page.controller.start()
    assert capture.current_item() is not None and capture.current_item().id == ids[0]  # type: ignore[union-attr]
    page.controller.next_item()
    assert capture.current_item().id == ids[1]  # type: ignore[union-attr]


def test_a_methods_phases_advance_by_themselves_when_asked_never_past_the_method(
    window: MainWindow, clock: FakeClock
) -> None:
    store = window.context.store
    session_id, ids = build_day(store, [40, 10])
    apply_method(store, item_id=ids[0], method_id="peer-review", language="en")
    page = open_console_on(window, session_id)
    page.controller.start()
    assert page.title_label.text() == "1.1. Case presentation"
    assert page.method_label.text() == "Phase 1 of 4 of “Peer review of a practice”"
    assert page.instructions_label.text().startswith("The presenter describes the practice")
    clock.advance(10 * 60 + 1)
    page.controller.tick()
    assert page.title_label.text() == "1.1. Case presentation"  # off: the facilitator moves on

    page.auto_phase_action.trigger()
    page.controller.tick()
    assert page.title_label.text() == "1.2. Clarifying questions"
    assert page.remaining_label.text() == "7:00"
    for minutes, title in ((7, "1.3. Structured feedback"), (15, "1.4. Presenter response")):
        clock.advance(minutes * 60)
        page.controller.tick()
        page.controller.tick()
        assert page.title_label.text() == title
    clock.advance(6 * 60)
    page.controller.tick()
    assert page.title_label.text() == "1.4. Presenter response"  # the method's last phase holds
    assert page.phase_label.text() == "Time is up: over by 1:00"
    assert store.setting(AUTO_ADVANCE_KEY) == "1"
    # The next item is not a phase: it never advances by itself either.
    page.controller.next_item()
    assert (page.title_label.text(), page.method_label.text()) == ("2. Point 2", "")
    assert page.instructions_label.text() == ""
    clock.advance(11 * 60)
    page.controller.tick()
    assert page.title_label.text() == "2. Point 2"


def test_a_notice_belongs_to_its_session(window: MainWindow, clock: FakeClock) -> None:
    page, _, _ = open_console(window, [90])
    page.show_notice("The session went on while Forum Desktop was closed (7 minutes).")
    assert window.page.event_id is not None
    other = window.context.execute(
        AddSession(event_id=window.page.event_id, title="Après-midi"), "session"
    )
    assert other is not None
    page.session_combo.setCurrentIndex(page.session_combo.findData(str(other.value)))
    assert not page.notice_label.isVisibleTo(page) and page.notice_label.text() == ""


def test_the_run_s_agenda_shows_a_method_s_phases_under_their_item(
    window: MainWindow, qtbot: QtBot
) -> None:
    store = window.context.store
    session_id, ids = build_day(store, [10, 30])
    apply_method(store, item_id=ids[1], method_id="round-robin", language="en", times="scaled")
    page = open_console_on(window, session_id)
    page.controller.tick()
    model = page.items_model
    rows = [
        (model.index(r, 0).data(), model.index(r, 1).data(), model.index(r, 2).data())
        for r in range(model.rowCount())
    ]
    assert rows[:3] == [
        ("1", "Point 1", "10 min"),
        ("2", "Point 2", "30 min"),
        ("2.1", "Guiding question", "2 min"),
    ]
    assert [number for number, _, _ in rows] == ["1", "2", "2.1", "2.2", "2.3"]
    page.controller.start()
    page.controller.tick()
    page.items_view.activated.emit(model.index(1, 1))  # the method's item: its first phase
    assert page.controller.snapshot is not None and page.controller.snapshot.current is not None
    assert page.controller.snapshot.current.entry.number == "2.1"


@pytest.mark.parametrize(
    ("language", "hint"),
    [
        (
            "en",
            "Planned for Wednesday, 23 February 2022: "
            "if you start it today, it will follow its planned times.",
        ),
        (
            "fr",
            "Prévue le mercredi 23 février 2022 : "
            "si vous la démarrez aujourd’hui, elle suivra ses horaires prévus.",
        ),
        (
            "es",
            "Prevista para el miércoles, 23 de febrero de 2022: "
            "si la inicia hoy, seguirá sus horarios previstos.",
        ),
    ],
)
def test_a_session_planned_for_another_day_gets_a_one_line_hint(
    window: MainWindow, clock: FakeClock, language: str, hint: str
) -> None:
    install(language)
    clock.advance(3 * 24 * 3600)  # three days after the session's date
    page, _, _ = open_console(window, [10, 20])
    assert page.notice_label.isVisible()
    # Not started yet: it says what starting it today will do, in the future, once.
    assert page.notice_label.text() == hint
    page.controller.start()  # F5 starts the real run, no question asked
    assert page.controller.running
    page.controller.tick()
    assert not page.notice_label.isVisible()  # started: the hint has done its job


def test_a_session_on_its_own_day_gets_no_hint(window: MainWindow) -> None:
    page, _, _ = open_console(window, [10, 20])
    assert not page.notice_label.isVisible()


def test_a_replan_preview_shows_an_item_title_as_typed(
    window: MainWindow, clock: FakeClock
) -> None:
    store = window.context.store
    page, session_id, ids = open_console(window, [30, 40, 40])
    execute(store, UpdateSession(session_id=session_id, end_time=time(10, 50)))
    for item_id in ids[1:]:
        execute(store, UpdateItem(item_id=item_id, min_minutes=20))
    execute(store, UpdateItem(item_id=ids[1], title="Budget %2 %1"))
    page.controller.reload()
    page.controller.start()
    clock.advance(40 * 60)
    page.controller.tick()
    snapshot = page.controller.snapshot
    assert snapshot is not None
    dialog = ReplanDialog(snapshot, page._zone, page)
    assert "Budget %2 %1 → 35 min" in dialog.previews[Strategy.SHRINK].text()


def test_the_speaker_timer_shows_a_typed_name_as_typed(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    page, _, _ = open_console(window, [10, 20])
    key(qtbot, page, Qt.Key.Key_F5)
    page.speakers.speaker_combo.setEditText("Ana %2 %1")
    page.speakers.minutes_spin.setValue(2)
    page.give_floor_action.trigger()
    clock.advance(30)
    page.controller.tick()
    assert page.speakers.status_label.text() == "Ana %2 %1 has the floor: 1:30 left"
    page.end_turn_action.trigger()
    page.speakers.minutes_spin.setValue(0)  # an untimed turn counts up
    page.give_floor_action.trigger()
    clock.advance(45)
    page.controller.tick()
    assert page.speakers.status_label.text() == "Ana %2 %1 has the floor: 0:45"


def test_a_pasted_speaker_name_is_cut_to_a_names_length_and_given_the_floor(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    page, _, ids = open_console(window, [10, 20])
    key(qtbot, page, Qt.Key.Key_F5)
    qtbot.keyClicks(page.speakers.speaker_combo.lineEdit(), "Ana" + "x" * 600)
    page.give_floor_action.trigger()
    turns = run_ops_turns(window, ids[0])
    assert [len(turn.name) for turn in turns] == [TITLE_MAX_LENGTH]
    assert page.speakers.status_label.text().startswith("Anaxxx")


def test_the_spanish_end_line_writes_hours_on_two_digits(
    window: MainWindow, clock: FakeClock
) -> None:
    """Qt's Spanish writes "9:20" where the rest of the app writes "09:20"."""
    install("es")
    store = window.context.store
    page, session_id, _ = open_console(window, [10, 10])
    execute(store, UpdateSession(session_id=session_id, end_time=time(9, 20)))
    page.controller.reload()
    page.controller.start()
    clock.advance(5 * 60)
    page.controller.tick()
    assert page.end_label.text() == "Final previsto 09:20 · final estimado 09:20 (±0 min)"
