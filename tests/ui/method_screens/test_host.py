"""A method's live screen opens beside the console's agenda while its item runs, shows its
public view on the projector, keeps its state and captures on the method item."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from forum_desktop.clock import FakeClock
from forum_desktop.methods.round_robin import round_view
from forum_desktop.models import MethodScreen, Outcome, OutcomeKind
from forum_desktop.services.round_robin import SetTimeEach
from forum_desktop.timing.snapshot import Snapshot
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.method_screens import SCREEN_WIDGETS, MethodScreenWidget
from tests.services.helpers import build_day
from tests.services.method_examples import apply_method
from tests.ui.test_run_page import open_console_on


class StandInScreen(MethodScreenWidget):
    """The smallest screen: a counter of ticks, a button that runs a command, one public
    label."""

    kind = MethodScreen.ROUND_ROBIN

    def build(self) -> None:
        self.ticks = 0
        self.seconds = QLabel(self)
        self.save_button = QPushButton("Save", self)
        self.save_button.clicked.connect(
            lambda: self.context.execute(
                SetTimeEach(item_id=self.item.id, seconds=45), "Save the round"
            )
        )
        self.room = QLabel(self.public)
        self.public_layout.addWidget(self.room)

    def reload(self) -> None:
        state = round_view(self.context.store, self.item.id, self.event_id)
        self.seconds.setText(str(state.seconds_each))
        self.room.setText(f"{self.item.title}: {state.seconds_each} s each")

    def show_snapshot(self, snapshot: Snapshot | None) -> None:
        self.ticks += 1


@pytest.fixture
def stand_in() -> Iterator[None]:
    saved = SCREEN_WIDGETS.get(MethodScreen.ROUND_ROBIN)
    SCREEN_WIDGETS[MethodScreen.ROUND_ROBIN] = StandInScreen
    yield
    if saved is None:
        del SCREEN_WIDGETS[MethodScreen.ROUND_ROBIN]
    else:
        SCREEN_WIDGETS[MethodScreen.ROUND_ROBIN] = saved


def test_the_screen_follows_the_method_item_and_its_phases(
    window: MainWindow, qtbot: QtBot, clock: FakeClock, stand_in: None
) -> None:
    store = window.context.store
    session_id, ids = build_day(store, [30, 10])
    apply_method(store, item_id=ids[0], method_id="round-robin", language="en")
    page = open_console_on(window, session_id)
    assert page.side_tabs.count() == 1 and page.methods.screen is None  # not started
    page.controller.start()
    screen = page.methods.screen
    assert isinstance(screen, StandInScreen) and screen.item.id == ids[0]
    assert page.side_tabs.tabText(1) == "Round-robin introductions"
    assert page.side_tabs.currentWidget() is screen
    assert screen.seconds.text() == "120"  # the defaults before anything is saved

    page.toggle_projector()
    projector = page.projector
    assert projector is not None and projector.method_view is screen.public
    assert screen.room.text() == "Point 1: 120 s each"
    assert screen.room.isVisibleTo(projector)
    projector.resize(1024, 768)
    big = screen.room.font().pixelSize()
    assert big >= 0.03 * 768  # sized for the room, not the console's 9 pt
    projector.resize(800, 600)
    assert screen.room.font().pixelSize() < big
    digits = projector.countdown_label
    # never cut: the digits whole (the font's blank room above and below them may go)
    assert digits.minimumHeight() > QFontMetrics(digits.font()).tightBoundingRect("00:00").height()
    clock = projector.clock_label
    assert clock.minimumHeight() >= QFontMetrics(clock.font()).height()
    assert not projector.question_label.isVisibleTo(projector)  # no question: no empty line

    screen.save_button.click()
    assert screen.seconds.text() == "45" and screen.room.text() == "Point 1: 45 s each"
    window.context.undo_stack.undo()
    assert screen.seconds.text() == "120"  # the screen shows what is stored

    page.controller.next_item()  # the method's second phase: the same screen stays
    assert page.methods.screen is screen
    outcome_id = screen.capture(OutcomeKind.ANSWER, "Budgets citoyens", "Capture an answer")
    outcome = store.require(Outcome, outcome_id)  # type: ignore[arg-type]
    assert (outcome.item_id, outcome.session_id) == (ids[0], session_id)
    assert outcome.phase == page.controller.snapshot.current.entry.item.title  # type: ignore[union-attr]
    ticks = screen.ticks
    page.controller.tick()
    assert screen.ticks == ticks + 1

    page.hold_action.trigger()  # a hold slide hides the method as well
    assert not screen.public.isVisibleTo(projector)
    page.hold_action.trigger()

    page.controller.jump_to(ids[1])  # a plain item: no method screen
    assert page.methods.screen is None and page.side_tabs.count() == 1
    assert projector.method_view is None


def test_a_method_without_a_live_screen_runs_as_phases_only(
    window: MainWindow, stand_in: None
) -> None:
    store = window.context.store
    session_id, ids = build_day(store, [60])
    apply_method(store, item_id=ids[0], method_id="world-cafe", language="fr")
    page = open_console_on(window, session_id)
    page.controller.start()
    assert page.methods.screen is None and page.side_tabs.count() == 1
    page.method_screen_action.trigger()  # goes to the agenda when no method screen runs
    assert page.side_tabs.currentIndex() == 0
