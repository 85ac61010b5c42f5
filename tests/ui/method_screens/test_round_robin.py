"""A round-robin of 15 people: the order, the turns with their timer, answers against names,
skips that come back, one person absent, the projector's view, and all of it after a
restart on the same database."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from forum_desktop.capture.search import search
from forum_desktop.clock import FakeClock
from forum_desktop.models import (
    AttendanceStatus,
    MethodRun,
    Outcome,
    OutcomeKind,
    Participant,
    Session,
    SpeakerTurn,
)
from forum_desktop.services.agenda import UpdateItem
from forum_desktop.services.commands import execute
from forum_desktop.services.participants import AddParticipant, CheckIn
from forum_desktop.storage import Store, open_database
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.method_screens.round_robin import RoundRobinScreen
from forum_desktop.ui.run_page import RunPage
from tests.services.helpers import build_day
from tests.services.method_examples import apply_method
from tests.ui.test_run_page import open_console_on

QUESTION = "What brought you to this forum?"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def names_in_the_round(screen: RoundRobinScreen) -> list[str]:
    return [screen.name(pid) for pid in screen.round.speakers()]


def the_screen(page: RunPage) -> RoundRobinScreen:
    screen = page.methods.screen
    assert isinstance(screen, RoundRobinScreen)
    return screen


def answer(qtbot: QtBot, screen: RoundRobinScreen, text: str) -> None:
    """Type the answer and press Enter, as the rapporteur does."""
    screen.answer_edit.setFocus()
    qtbot.keyClicks(screen.answer_edit, text)
    qtbot.keyClick(screen.answer_edit, Qt.Key.Key_Return)


@pytest.fixture
def reopened(db_path: Path, clock: FakeClock, qtbot: QtBot) -> Iterator[list[MainWindow]]:
    """Windows opened later on the same database file, as after a restart."""
    windows: list[MainWindow] = []
    yield windows
    for window in windows:
        window.close()
        window.context.store.conn.close()


def restart(window: MainWindow, db_path: Path, clock: FakeClock, qtbot: QtBot) -> MainWindow:
    window.close()
    store = Store(open_database(db_path, clock), clock)
    fresh = MainWindow(AppContext(store, db_path))
    qtbot.addWidget(fresh)
    fresh.show()
    return fresh


def test_a_round_of_fifteen_with_answers_skips_and_one_absent(
    window: MainWindow,
    qtbot: QtBot,
    clock: FakeClock,
    db_path: Path,
    reopened: list[MainWindow],
) -> None:
    store = window.context.store
    session_id, ids = build_day(store, [30, 10])
    item_id = ids[0]
    execute(store, UpdateItem(item_id=item_id, guiding_question=QUESTION))
    session = store.require(Session, session_id)
    people = [
        execute(
            store,
            AddParticipant(
                event_id=session.event_id,
                name=f"Person {n:02d}",
                organisation="City of Lyon" if n % 2 else "",
            ),
        ).value
        for n in range(1, 16)
    ]
    execute(store, CheckIn(participant_ids=(people[4],), status=AttendanceStatus.ABSENT))
    present = tuple(person for person in people if person != people[4])
    execute(store, CheckIn(participant_ids=present, status=AttendanceStatus.PRESENT))
    apply_method(store, item_id=item_id, method_id="round-robin", language="en")
    page = open_console_on(window, session_id)
    page.controller.start()  # the first phase: the guiding question
    screen = the_screen(page)
    assert screen.item.id == item_id
    assert len(screen.round.order) == 15 and screen.round.absent == {people[4]}
    assert screen.progress_label.text() == "14 people in the round"
    assert screen.question_label.text() == f"Guiding question: {QUESTION}"

    # The order: shuffled (repeatably), back to the roster's, then by hand.
    screen.rng.seed(2026)
    screen.shuffle_button.click()
    expected = list(people)  # shuffled with the seed the screen drew
    random.Random(random.Random(2026).randrange(2**31)).shuffle(expected)
    assert list(screen.round.order) == expected != people
    screen.roster_button.click()
    assert screen.round.order == tuple(people)
    window.activateWindow()  # the screen's keys work while the focus is in it
    qtbot.waitUntil(window.isActiveWindow)
    screen.order_list.setFocus()
    screen.select(people[0])
    qtbot.keyClick(screen.order_list, Qt.Key.Key_Down, CTRL)  # Person 01 after Person 02
    assert names_in_the_round(screen)[:3] == ["Person 02", "Person 01", "Person 03"]
    assert screen.selected_person() == people[0]
    qtbot.keyClick(screen.order_list, Qt.Key.Key_Up, CTRL)
    model = screen.order_list.model()  # a drag: Person 15 to the top and back
    model.moveRows(QModelIndex(), 14, 1, QModelIndex(), 0)
    qtbot.waitUntil(lambda: screen.round.order[0] == people[14])
    model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 15)
    qtbot.waitUntil(lambda: screen.round.order == tuple(people))
    screen.seconds_spin.setValue(90)
    screen.seconds_spin.editingFinished.emit()
    assert screen.round.seconds_each == 90

    # The round of answers: each person has the floor for 90 s.
    page.controller.next_item()
    assert the_screen(page) is screen
    screen.answer_edit.setFocus()
    qtbot.keyClick(screen.answer_edit, Qt.Key.Key_F4)  # Person 01 gets the floor
    assert screen.progress_label.text() == "1 of 14"
    clock.advance(30)
    page.controller.tick()
    assert screen.room.time.text() == "encore 1:00"  # the room hears the event's French
    assert screen.now_label.text() == "Speaking now: Person 01 (1:00 left)"
    answer(qtbot, screen, "Learning from peers")
    assert screen.answer_edit.text() == ""
    qtbot.keyClick(screen.answer_edit, Qt.Key.Key_F4, SHIFT)  # Person 02 passes for now
    screen.skip_button.click()  # and so does Person 03
    assert [screen.skipped_list.item(n).text() for n in range(2)] == ["Person 02", "Person 03"]
    assert screen.progress_label.text() == "2 of 14"
    said: dict[int, str] = {0: "Learning from peers"}
    for n in (3, 5, 6, 7, 8):  # Person 05 is absent: left out
        text = f"Answer number {n + 1}"
        answer(qtbot, screen, text)
        said[n] = text
    assert screen.progress_label.text() == "7 of 14"
    room = screen.room.text().split("\n")
    assert room == [
        QUESTION,
        "En cours : Person 10",
        "encore 1:30",
        "Ensuite : Person 11",
        "7 sur 14",
    ]
    projector_check = screen.room
    page.toggle_projector()
    projector = page.projector
    assert projector is not None and projector.method_view is screen.public
    assert projector_check.isVisibleTo(projector)
    clock.advance(100)
    page.controller.tick()
    assert screen.room.time.text() == "Temps écoulé : dépassé de 0:10"

    # Person 03 is called back now; the round goes on from Person 10's place.
    screen.skipped_list.setCurrentRow(1)
    screen.call_back_button.click()
    assert screen.round.current == people[2] and screen.round.skipped == (people[1],)
    answer(qtbot, screen, "Came back to answer")
    said[2] = "Came back to answer"
    assert screen.round.current == people[10]  # Person 10 spoke (nothing typed): done
    for n in range(10, 15):
        text = f"Answer number {n + 1}"
        answer(qtbot, screen, text)
        said[n] = text
    assert screen.round.current == people[1]  # the last one skipped comes back at the end
    assert screen.progress_label.text() == "14 of 14"
    answer(qtbot, screen, "Last but not least")
    said[1] = "Last but not least"
    assert screen.progress_label.text() == "Round complete: all 14 have spoken"
    assert screen.now_label.text() == "Everyone present has spoken."
    qtbot.keyClick(screen.answer_edit, Qt.Key.Key_F4)  # nobody left: said, nothing changes
    assert page.notice_label.text() == "Everyone present has spoken."

    # Person 10 spoke without an answer typed; the rapporteur adds it afterwards.
    screen.select(people[9])
    row = screen.order_list.currentItem()
    assert row is not None and row.text() == "9. Person 10 · spoke"
    captured = [
        o for o in store.select(Outcome, order_by="captured_at") if o.kind == OutcomeKind.ANSWER
    ]
    assert len(captured) == 13
    screen.capture(
        OutcomeKind.ANSWER,
        "Networking",
        "Answer",
        mentions=[people[9]],
        speaker_id=people[9],
        speaker_name="Person 10",
    )
    said[9] = "Networking"
    assert row_text(screen, people[9]) == "9. Person 10 · spoke — Networking"
    assert row_text(screen, people[4]) == "Person 05 (City of Lyon) · absent"
    assert store.select(MethodRun, order_by="id") == []  # acts are records, not a blob
    turns = store.select(SpeakerTurn, order_by="started_at")
    assert [t.allotted_seconds for t in turns] == [90] * len(turns)
    assert {t.participant_id for t in turns} == set(people) - {people[4]}
    assert all(t.ended_at is not None for t in turns)

    # Restart on the same database: the round, its answers and their captures are there.
    fresh = restart(window, db_path, clock, qtbot)
    reopened.append(fresh)
    page = open_console_on(fresh, session_id)
    again = the_screen(page)
    assert again is not screen and again.round == screen.round
    assert again.progress_label.text() == "Round complete: all 14 have spoken"
    for n, text in said.items():
        assert row_text(again, people[n]).endswith(f" — {text}")
    answers = [
        o
        for o in fresh.context.store.select(Outcome, order_by="captured_at")
        if o.kind == OutcomeKind.ANSWER
    ]
    assert len(answers) == 14
    by_speaker = {UUID(o.fields["speaker_id"]): o for o in answers}
    assert {n: by_speaker[people[n]].text for n in said} == said
    assert all(o.mentions == [UUID(o.fields["speaker_id"])] for o in answers)
    assert {o.phase for o in answers} == {"Round of answers"}
    capture = fresh.page.capture
    fresh.page.tabs.setCurrentWidget(capture)
    capture.set_current_item(None)
    shown = [capture.model.outcome(r) for r in range(capture.model.rowCount())]
    assert sorted(o.text for o in shown if o.kind == OutcomeKind.ANSWER) == sorted(said.values())
    hits = search(fresh.context.store.conn, "came back", event_id=session.event_id)
    assert [hit.record_id for hit in hits] == [by_speaker[people[2]].id]
    names = {p.id: p.name for p in fresh.context.store.select(Participant)}
    assert names[people[2]] == by_speaker[people[2]].fields["speaker_name"]


def row_text(screen: RoundRobinScreen, person: UUID) -> str:
    screen.select(person)
    row = screen.order_list.currentItem()
    assert row is not None
    return row.text()


def test_a_round_without_people_says_where_to_add_them(window: MainWindow) -> None:
    store = window.context.store
    session_id, ids = build_day(store, [30])
    apply_method(store, item_id=ids[0], method_id="round-robin", language="en")
    page = open_console_on(window, session_id)
    page.controller.start()
    screen = the_screen(page)
    screen.next_button.click()
    expected = "Nobody is in the round: add people in the Roster tab."
    assert screen.now_label.text() == page.notice_label.text() == expected
    assert screen.progress_label.text() == "0 people in the round"


def test_the_screen_says_when_everyones_time_exceeds_the_rounds_phase(
    window: MainWindow, qtbot: QtBot
) -> None:
    store = window.context.store
    session_id, ids = build_day(store, [15])
    session = store.require(Session, session_id)
    for n in range(12):
        execute(store, AddParticipant(event_id=session.event_id, name=f"Person {n:02d}"))
    apply_method(store, item_id=ids[0], method_id="round-robin", language="en", times="scaled")
    page = open_console_on(window, session_id)
    page.controller.start()
    screen = the_screen(page)
    label = screen.panel.overrun_label
    assert label.isVisible()
    assert label.text() == "12 people × 2:00 = 24:00: more than the 11 min of “Round of answers”."
    screen.seconds_spin.setValue(45)  # 12 × 45 s = 9 min: it fits
    screen.seconds_spin.editingFinished.emit()
    qtbot.waitUntil(lambda: not label.isVisible())


def answers_listed(screen: RoundRobinScreen) -> list[str]:
    answers = screen.answer_themes.answer_list
    return [answers.item(n).text() for n in range(answers.count())]


def test_answers_are_grouped_into_themes_with_the_keyboard_and_undone(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    store = window.context.store
    session_id, ids = build_day(store, [30])
    session = store.require(Session, session_id)
    for name in ("Awa", "Binta", "Chloé"):
        execute(store, AddParticipant(event_id=session.event_id, name=name))
    apply_method(store, item_id=ids[0], method_id="round-robin", language="en")
    page = open_console_on(window, session_id)
    page.controller.start()
    screen = the_screen(page)
    screen.next_button.click()
    for text in ("Bike lanes", "Night buses", "Clean wells"):
        clock.advance(10)  # the answers in the order they were given
        answer(qtbot, screen, text)
    assert answers_listed(screen) == ["Awa: Bike lanes", "Binta: Night buses", "Chloé: Clean wells"]
    window.activateWindow()  # the screen's keys work while the focus is in it
    qtbot.waitUntil(window.isActiveWindow)
    themes = screen.answer_themes.themes
    answers = screen.answer_themes.answer_list
    assert not answers.isVisible()  # a tab of its own, after the round's
    qtbot.keyClick(screen.answer_edit, Qt.Key.Key_G, CTRL)  # Ctrl+G: to the answers
    assert answers.isVisible() and answers.hasFocus()
    qtbot.keyClick(answers, Qt.Key.Key_Home)
    qtbot.keyClick(answers, Qt.Key.Key_Down, SHIFT)  # the first two answers chosen
    qtbot.keyClick(answers, Qt.Key.Key_G, CTRL)  # Ctrl+G: the theme's name next
    assert themes.name_edit.hasFocus()
    qtbot.keyClick(themes.name_edit, Qt.Key.Key_Return)  # no name: refused, nothing stored
    assert page.notice_label.text() == "A theme needs a name."
    qtbot.keyClicks(themes.name_edit, "Mobility")
    qtbot.keyClick(themes.name_edit, Qt.Key.Key_Return)
    assert answers.hasFocus()
    qtbot.keyClick(answers, Qt.Key.Key_End)  # the last answer alone
    qtbot.keyClick(answers, Qt.Key.Key_G, CTRL)
    qtbot.keyClicks(themes.name_edit, "mobility")  # an existing theme, whatever the case
    qtbot.keyClick(themes.name_edit, Qt.Key.Key_Return)
    listed = [themes.theme_list.item(n).text() for n in range(themes.theme_list.count())]
    assert listed == ["Mobility (3): Bike lanes; Night buses; Clean wells"]
    assert answers_listed(screen)[2] == "Chloé: Clean wells · Mobility"
    window.context.undo_stack.undo()  # one step: the last answer leaves the theme
    listed = [themes.theme_list.item(n).text() for n in range(themes.theme_list.count())]
    assert listed == ["Mobility (2): Bike lanes; Night buses"]
    assert answers_listed(screen)[2] == "Chloé: Clean wells"


def test_the_speaker_s_name_is_shown_as_typed_even_with_placeholders(
    window: MainWindow, clock: FakeClock
) -> None:
    store = window.context.store
    session_id, ids = build_day(store, [30, 10])
    session = store.require(Session, session_id)
    execute(store, AddParticipant(event_id=session.event_id, name="Ana %2 %1"))
    apply_method(store, item_id=ids[0], method_id="round-robin", language="en")
    page = open_console_on(window, session_id)
    page.controller.start()
    screen = the_screen(page)
    screen.seconds_spin.setValue(90)
    screen.seconds_spin.editingFinished.emit()
    page.controller.next_item()
    screen.next_button.click()
    clock.advance(30)
    page.controller.tick()
    assert screen.now_label.text() == "Speaking now: Ana %2 %1 (1:00 left)"
