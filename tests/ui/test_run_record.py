"""The run record is append-only: End asks and can be undone; Start on an ended session
offers to resume it or run it again, and running again keeps the earlier run's times."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from forum_desktop.clock import FakeClock
from forum_desktop.models import RunStatus
from forum_desktop.services.run import item_runs, session_run
from forum_desktop.ui.main_window import MainWindow

from .conftest import Prompts
from .test_run_page import key, open_console

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_end_asks_and_undoes_then_start_offers_resume_or_run_again(
    window: MainWindow, answers: Prompts, qtbot: QtBot, clock: FakeClock
) -> None:
    page, session_id, ids = open_console(window, [10, 20])
    store = window.context.store
    key(qtbot, page, Qt.Key.Key_F5)
    clock.advance(4 * 60)
    key(qtbot, page, Qt.Key.Key_F8)
    clock.advance(3 * 60)

    answers.confirm_answer = False  # End asks first: "no" changes nothing
    key(qtbot, page, Qt.Key.Key_F8, CTRL_SHIFT)
    assert len(answers.confirms) == 1
    assert page.title_label.text() == "2. Point 2"

    answers.confirm_answer = True
    key(qtbot, page, Qt.Key.Key_F8, CTRL_SHIFT)
    run = session_run(store, session_id)
    assert run is not None and run.status is RunStatus.FINISHED

    window.context.undo_stack.undo()  # End is undoable: the session runs on item 2 again
    run = session_run(store, session_id)
    assert run is not None and run.status is RunStatus.RUNNING and run.ended_at is None
    assert page.title_label.text() == "2. Point 2"
    key(qtbot, page, Qt.Key.Key_F8, CTRL_SHIFT)
    first_run = {r.item_id: r.spans for r in item_runs(store, session_id).values()}
    assert first_run[ids[0]][0].end == first_run[ids[1]][0].start

    # Start on the ended session asks; "Run again" starts from item 1 and keeps run 1.
    clock.advance(30 * 60)
    answers.choices.append(1)
    key(qtbot, page, Qt.Key.Key_F5)
    assert answers.asked == [["Resume where we stopped", "Run again"]]
    assert page.title_label.text() == "1. Point 1"
    run = session_run(store, session_id)
    assert run is not None and run.status is RunStatus.RUNNING
    [earlier] = run.earlier_runs
    assert {r.item_id: r.spans for r in earlier.item_runs} == first_run
    assert earlier.ended_at == earlier.started_at + timedelta(minutes=7)
    new_runs = item_runs(store, session_id)
    assert [span.start for span in new_runs[ids[0]].spans] == [run.started_at]
    assert new_runs[ids[1]].spans == []


def test_resume_where_we_stopped_goes_on_with_the_last_item(
    window: MainWindow, answers: Prompts, qtbot: QtBot, clock: FakeClock
) -> None:
    page, session_id, _ = open_console(window, [10, 20])
    key(qtbot, page, Qt.Key.Key_F5)
    key(qtbot, page, Qt.Key.Key_F8)
    key(qtbot, page, Qt.Key.Key_F8, CTRL_SHIFT)
    answers.choices.append(None)  # cancel: still ended
    key(qtbot, page, Qt.Key.Key_F5)
    run = session_run(window.context.store, session_id)
    assert run is not None and run.status is RunStatus.FINISHED
    answers.choices.append(0)
    key(qtbot, page, Qt.Key.Key_F5)
    assert page.title_label.text() == "2. Point 2"
    run = session_run(window.context.store, session_id)
    assert run is not None and run.status is RunStatus.RUNNING and run.earlier_runs == []


def test_the_timer_s_transitions_are_not_undo_steps_but_ending_the_session_is(
    window: MainWindow, answers: Prompts, qtbot: QtBot, clock: FakeClock
) -> None:
    page, _, _ = open_console(window, [10, 20, 30])
    stack = window.context.undo_stack
    key(qtbot, page, Qt.Key.Key_F5)  # start
    key(qtbot, page, Qt.Key.Key_F9)  # +1 min
    key(qtbot, page, Qt.Key.Key_F6)  # pause
    key(qtbot, page, Qt.Key.Key_F6)  # resume
    key(qtbot, page, Qt.Key.Key_F8)  # next
    key(qtbot, page, Qt.Key.Key_F8, Qt.KeyboardModifier.ControlModifier)  # skip it
    key(qtbot, page, Qt.Key.Key_F7)  # previous
    page.speakers.speaker_combo.setEditText("Aminata Diallo")
    page.give_floor_action.trigger()
    clock.advance(30)
    page.end_turn_action.trigger()
    assert page.title_label.text() == "1. Point 1"
    assert stack.count() == 0  # the clock cannot be wound back: "previous" is the way back
    answers.confirm_answer = True
    key(qtbot, page, Qt.Key.Key_F8, CTRL_SHIFT)
    assert (stack.count(), stack.undoText()) == (1, "End the session")
