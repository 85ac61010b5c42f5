"""The Run tab's notice line is about the item it came with: a round robin's refusal does
not stay on screen through the dot vote that follows."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from forum_desktop.models import AttendanceStatus, Session
from forum_desktop.services.agenda import items_of
from forum_desktop.services.commands import execute
from forum_desktop.services.participants import AddParticipant, CheckIn
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.method_screens.dot_voting import DotVotingScreen
from forum_desktop.ui.method_screens.round_robin import RoundRobinScreen
from tests.services.helpers import build_day
from tests.services.method_examples import apply_method
from tests.ui.method_screens.test_round_robin import answer
from tests.ui.test_run_page import open_console_on

NOBODY = "Nobody has the floor: press Next person (F4) first, then type."


def test_a_round_robin_refusal_goes_when_the_run_moves_to_the_vote(
    window: MainWindow, qtbot: QtBot
) -> None:
    store = window.context.store
    session_id, (round_item, vote_item) = build_day(store, [30, 20])
    event_id = store.require(Session, session_id).event_id
    people = tuple(
        execute(store, AddParticipant(event_id=event_id, name=name)).value
        for name in ("Awa Diop", "Bruno Lefèvre")
    )
    execute(store, CheckIn(participant_ids=people, status=AttendanceStatus.PRESENT))
    apply_method(store, item_id=round_item, method_id="round-robin", language="en")
    apply_method(store, item_id=vote_item, method_id="dot-voting", language="en")
    page = open_console_on(window, session_id)
    page.controller.start()
    screen = page.methods.screen
    assert isinstance(screen, RoundRobinScreen)

    answer(qtbot, screen, "Before anyone was called")  # nobody has the floor yet
    assert page.notice_label.text() == NOBODY
    page.controller.tick()  # the same item: the refusal still stands
    assert page.notice_label.text() == NOBODY

    [first_phase, *_] = [i.id for i in items_of(store, session_id) if i.parent_id == vote_item]
    page.controller.jump_to(first_phase)
    assert isinstance(page.methods.screen, DotVotingScreen)
    assert page.notice_label.text() == ""
    assert not page.notice_label.isVisibleTo(window)
