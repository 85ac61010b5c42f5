"""Keys of the Run tab: a method screen's acts (F4, the fishbowl's Ctrl+I/G) work with the
focus anywhere in the tab, like F5–F9; Ctrl+Shift+K there captures without leaving it;
Enter after a whole name typed with ``@`` saves the entry."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from forum_desktop.clock import FakeClock
from forum_desktop.models import AttendanceStatus, Outcome, Session
from forum_desktop.services.commands import execute
from forum_desktop.services.participants import AddParticipant, CheckIn
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.method_screens.fishbowl import FishbowlScreen
from forum_desktop.ui.method_screens.round_robin import RoundRobinScreen
from tests.services.helpers import build_day
from tests.services.method_examples import apply_method
from tests.ui.conftest import Prompts
from tests.ui.test_run_page import open_console_on

CTRL = Qt.KeyboardModifier.ControlModifier


def test_method_keys_work_from_the_capture_bar_and_quick_capture_stays_on_the_run_tab(
    window: MainWindow, qtbot: QtBot, clock: FakeClock, answers: Prompts
) -> None:
    store = window.context.store
    session_id, (round_id, bowl_id) = build_day(store, [15, 40])
    event_id = store.require(Session, session_id).event_id
    for name in ("Awa Diop", "Jun Park", "Ana Ruiz"):
        person = execute(store, AddParticipant(event_id=event_id, name=name)).value
        execute(store, CheckIn(participant_ids=(person,), status=AttendanceStatus.PRESENT))
    apply_method(store, item_id=round_id, method_id="round-robin", language="fr")
    apply_method(store, item_id=bowl_id, method_id="fishbowl", language="fr")
    page = open_console_on(window, session_id)
    page.controller.start()
    page.controller.tick()
    robin = page.methods.screen
    assert isinstance(robin, RoundRobinScreen)

    page.side_tabs.setCurrentIndex(0)  # the agenda in front, the screen hidden
    page.bar.edit.setFocus()
    qtbot.keyClick(page.bar.edit, Qt.Key.Key_F4)  # from the capture bar
    assert robin.round.current is not None
    assert page.bar.edit.text() == ""  # the key typed nothing

    window.page.tabs.setCurrentWidget(window.page.agenda)
    window.capture_action.trigger()  # Ctrl+Shift+K elsewhere: the Capture tab
    assert window.page.tabs.currentWidget() is window.page.capture
    window.page.show_run()
    window.capture_action.trigger()  # on the Run tab: its own bar, the console in view
    assert window.page.tabs.currentWidget() is window.page.run
    assert page.bar.edit.hasFocus()

    while page.methods.screen is robin:  # on to the fishbowl
        page.controller.next_item()
        page.controller.tick()
    bowl = page.methods.screen
    assert isinstance(bowl, FishbowlScreen)
    bowl.outer_list.setCurrentRow(0)
    bowl.add_to_queue()
    page.bar.edit.setFocus()
    qtbot.keyClick(page.bar.edit, Qt.Key.Key_I, CTRL)  # swap in, from the capture bar
    assert [seat for seat in bowl.view.seats if seat is not None] != []
    bowl.chair_buttons[0].click()
    page.bar.edit.setFocus()
    qtbot.keyClick(page.bar.edit, Qt.Key.Key_G, CTRL)  # the floor to the chair
    turn = page.controller.open_turn()
    assert turn is not None and turn.participant_id == bowl.view.seats[0]

    # Quick capture: the whole name typed, Enter saves at once.
    page.bar.edit.setFocus()
    qtbot.keyClicks(page.bar.edit, "! Un MOOC @Awa Diop")
    assert not page.bar.completer.popup().isVisible()
    qtbot.keyClick(page.bar.edit, Qt.Key.Key_Return)
    [saved] = [o for o in store.select(Outcome, {}, "captured_at") if o.text.startswith("Un")]
    assert saved.kind == "decision" and len(saved.mentions) == 1
    assert page.bar.edit.text() == ""


def test_ctrl_z_in_the_capture_bar_right_after_enter_undoes_the_entry(
    window: MainWindow, qtbot: QtBot, clock: FakeClock, answers: Prompts
) -> None:
    """The bar is empty once the entry is saved: Ctrl+Z there is the app's undo (the
    entry goes), not the line's own (which brought the typed text back to save twice)."""
    store = window.context.store
    session_id, _ = build_day(store, [30])
    event_id = store.require(Session, session_id).event_id
    page = open_console_on(window, session_id)
    page.bar.edit.setFocus()
    qtbot.keyClicks(page.bar.edit, "! Budget adopted")
    qtbot.keyClick(page.bar.edit, Qt.Key.Key_Return)
    assert [o.text for o in store.select(Outcome, {"event_id": event_id}, "captured_at")] == [
        "Budget adopted"
    ]
    assert page.bar.edit.text() == ""

    qtbot.keyClick(page.bar.edit, Qt.Key.Key_Z, CTRL)
    assert page.bar.edit.text() == ""
    assert store.select(Outcome, {"event_id": event_id}, "captured_at") == []
    qtbot.keyClick(page.bar.edit, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert [o.text for o in store.select(Outcome, {"event_id": event_id}, "captured_at")] == [
        "Budget adopted"
    ]
    qtbot.keyClicks(page.bar.edit, "half typed")
    qtbot.keyClick(page.bar.edit, Qt.Key.Key_Z, CTRL)  # the line's own undo while typing
    assert page.bar.edit.text() == ""
    assert len(store.select(Outcome, {"event_id": event_id}, "captured_at")) == 1
