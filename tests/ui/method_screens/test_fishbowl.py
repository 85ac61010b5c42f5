"""The fishbowl's live screen: a fishbowl of 12 people over two topics, with a queue, 20
rotations and captured contributions; the fairness view against the speaker-timer
records; and after a restart on the same database, every record is still there."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from forum_desktop.clock import FakeClock
from forum_desktop.export.isolation import isolate
from forum_desktop.methods.fishbowl import fishbowl_view
from forum_desktop.models import (
    AttendanceStatus,
    MethodRun,
    Outcome,
    OutcomeKind,
    Session,
    SpeakerTurn,
)
from forum_desktop.services.agenda import items_of
from forum_desktop.services.commands import execute
from forum_desktop.services.participants import AddParticipant, CheckIn
from forum_desktop.storage import Store, open_database
from forum_desktop.timing.display import countdown
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.language import install
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.method_screens.fishbowl import FishbowlScreen
from forum_desktop.ui.run_page import RunPage
from tests.services.helpers import build_day
from tests.services.method_examples import apply_method
from tests.ui.conftest import Prompts
from tests.ui.test_run_page import open_console_on

NAMES = [
    ("Aïcha Diallo", "Ville de Dakar"),
    ("Jun Park", "Daejeon"),
    ("Lucía Gómez", "Barcelona"),
    ("Moussa Sy", "Ville de Dakar"),
    ("Núria Vilalta", "CGLU"),
    ("João Pereira", "Lisboa"),
    ("Fatou Ndiaye", "Ville de Dakar"),
    ("Ömer Demir", "Istanbul"),
    ("Chloé Martin", "CGLU"),
    ("Kwame Mensah", "Accra"),
    ("Ana Ribeiro", "Lisboa"),
    ("Silent Sam", "Daejeon"),  # present, never comes in
    ("Absent Abel", "Accra"),  # absent: not in the outer circle, not in the fairness view
]
TOPICS = ["Localisation et développement de MOOC", "Apprentissage entre pairs et méthodologies"]


def fishbowl_day(window: MainWindow) -> tuple[RunPage, UUID, dict[str, UUID]]:
    store = window.context.store
    session_id, ids = build_day(store, [60, 10])
    event_id = store.require(Session, session_id).event_id
    people = {}
    for name, organisation in NAMES:
        person = execute(
            store, AddParticipant(event_id=event_id, name=name, organisation=organisation)
        )
        people[name] = person.value
        absent = name.startswith("Absent")
        status = AttendanceStatus.ABSENT if absent else AttendanceStatus.PRESENT
        execute(store, CheckIn(participant_ids=(person.value,), status=status))
    apply_method(store, item_id=ids[0], method_id="fishbowl", language="fr")
    return open_console_on(window, session_id), ids[0], people


def screen_of(page: RunPage) -> FishbowlScreen:
    page.controller.tick()
    screen = page.methods.screen
    assert isinstance(screen, FishbowlScreen)
    return screen


def rows(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def queue_up(qtbot: QtBot, screen: FishbowlScreen, name: str) -> None:
    """From the outer circle with the keyboard: select the person, press Enter."""
    outer = screen.outer_list
    [row] = [r for r in range(outer.count()) if outer.item(r).text().startswith(name)]
    outer.setFocus()
    outer.setCurrentRow(row)
    qtbot.keyClick(outer, Qt.Key.Key_Return)


def chair_of(screen: FishbowlScreen, person: UUID) -> int:
    return screen.view.seats.index(person)


def speak(
    screen: FishbowlScreen, clock: FakeClock, person: UUID, seconds: int, words: str | None
) -> None:
    """Select the person's chair, give them the floor, let them talk, capture, stop."""
    screen.chair_buttons[chair_of(screen, person)].click()
    screen.floor_action.trigger()
    clock.advance(seconds)
    screen.controller.tick()
    if words is not None:  # the speaker with the floor is already chosen
        screen.contribution_edit.setText(words)
        screen.contribution_edit.returnPressed.emit()
    screen.stop_button.click()


def test_a_fishbowl_of_twelve_over_two_topics_and_after_a_restart(
    window: MainWindow,
    qtbot: QtBot,
    clock: FakeClock,
    answers: Prompts,
    db_path: Path,
) -> None:
    install("en")  # as the app does: its English plurals say "22 turns"
    page, item_id, people = fishbowl_day(window)
    store = window.context.store
    page.controller.start()
    screen = screen_of(page)
    assert page.side_tabs.currentWidget() is screen
    outer = [screen.outer_list.item(r).text() for r in range(screen.outer_list.count())]
    assert outer == [name for name, _ in NAMES[:12]]  # the absent one is not in the room

    answers.texts.append(TOPICS[0])
    screen.new_topic_button.click()
    assert screen.topic_combo.currentText() == TOPICS[0]
    screen.chairs_spin.setValue(5)  # the default: four sit, one chair stays open
    assert screen.keep_open_check.isChecked()

    # The queue: added from the outer circle, reordered and trimmed with keys.
    for name in ("Aïcha Diallo", "Jun Park", "Lucía Gómez", "Moussa Sy", "Ana Ribeiro"):
        queue_up(qtbot, screen, name)
    assert screen.queue_list.item(4).text() == "5. Ana Ribeiro"
    screen.queue_list.setCurrentRow(4)
    screen.up_action.trigger()  # Ctrl+Up
    assert screen.queue_list.item(3).text() == "4. Ana Ribeiro"
    assert screen.queue_list.currentRow() == 3
    screen.remove_action.trigger()  # Delete
    assert screen.queue_list.count() == 4
    outer = [screen.outer_list.item(r).text() for r in range(screen.outer_list.count())]
    assert "Ana Ribeiro" in outer and "Moussa Sy (waiting, 4)" in outer

    for _ in range(4):  # the opening sitters
        screen.swap_action.trigger()
    assert [b.text() for b in screen.chair_buttons] == [
        "1. Aïcha Diallo",
        "2. Jun Park",
        "3. Lucía Gómez",
        "4. Moussa Sy",
        "5. Open chair",
    ]
    screen.swap_button.click()  # nobody waits: the screen says so
    assert screen.message_label.text().startswith("Nobody is in the queue")

    expected_seconds: Counter[UUID] = Counter()
    expected_turns: Counter[UUID] = Counter()
    contributions: list[tuple[str, str, str]] = []

    def talk(name: str, seconds: int, capture: bool = True) -> None:
        words = f"{name} on {screen.topic_combo.currentText()[:20]} ({seconds} s)"
        speak(screen, clock, people[name], seconds, words if capture else None)
        expected_seconds[people[name]] += seconds
        expected_turns[people[name]] += 1
        if capture:
            contributions.append((name, screen.topic_combo.currentText(), words))

    for name, seconds in (("Aïcha Diallo", 90), ("Jun Park", 45), ("Lucía Gómez", 60)):
        talk(name, seconds)
    talk("Moussa Sy", 75, capture=False)
    rotating = [name for name, _ in NAMES[:11]]  # Silent Sam never comes in
    for rotation in range(20):
        if rotation == 10:  # the second topic, in the method's next phase
            page.controller.next_item()
            page.controller.next_item()
            page.controller.next_item()
            answers.texts.append(TOPICS[1])
            screen.new_topic_button.click()
        state = screen.view
        outside = [n for n in rotating if people[n] not in state.seats]
        waiting = min(outside, key=lambda n: expected_turns[people[n]])  # the quietest
        queue_up(qtbot, screen, waiting)
        if rotation % 5 == 4:  # the facilitator picks whose chair it is
            screen.chair_buttons[chair_of(screen, state.log[-1].participant_id)].click()
        screen.swap_action.trigger()
        talk(waiting, 30 + 7 * rotation, capture=rotation % 4 != 3)
        clock.advance(20)
    assert page.controller.snapshot is not None
    assert page.controller.snapshot.current is not None
    assert page.controller.snapshot.current.entry.item.title == "Aquarium ouvert — thème 2"

    state = screen.view
    stays = [  # a topic switch splits a stay in the log: count the stays
        r
        for r in state.log
        if not any(
            (e.participant_id, e.chair, e.ended_at) == (r.participant_id, r.chair, r.started_at)
            for e in state.log
        )
    ]
    assert len(stays) == 4 + 20 and len(state.log) == 24 + 4  # four sat through the switch
    assert state.topics == tuple(TOPICS) and state.topic == TOPICS[1]
    assert {r.topic for r in state.log} == set(TOPICS)
    assert sum(1 for person in state.seats if person) == 4  # one chair stays open

    # The fairness view against the speaker timer's records, all on the method's item.
    phase_ids = [i.id for i in items_of(store, page.controller.session_id) if i.parent_id]
    assert not any(store.select(SpeakerTurn, {"item_id": i}, order_by="id") for i in phase_ids)
    turns = store.select(SpeakerTurn, {"item_id": item_id}, order_by="started_at")
    assert len(turns) == 24 and all(t.ended_at for t in turns)
    recorded: Counter[UUID] = Counter()
    for turn in turns:
        assert turn.participant_id is not None and turn.ended_at is not None
        recorded[turn.participant_id] += int((turn.ended_at - turn.started_at).total_seconds())
    assert recorded == expected_seconds
    screen.tables.setCurrentWidget(screen.tables.fairness_tab)
    by_name = {row[0]: row for row in rows(screen.tables.people)}
    assert len(by_name) == 12 and "Absent Abel" not in by_name
    assert by_name["Silent Sam"][2:] == ["0", "0:00"]
    for name, person in people.items():
        if name in by_name:
            assert by_name[name][2:] == [
                str(expected_turns[person]),
                countdown(expected_seconds[person]),
            ]
    organisations = {row[0]: row for row in rows(screen.tables.organisations)}
    for organisation in {org for _, org in NAMES[:12]}:
        members = [people[n] for n, org in NAMES[:12] if org == organisation]
        assert organisations[organisation][2:] == [
            str(sum(expected_turns[m] for m in members)),
            countdown(sum(expected_seconds[m] for m in members)),
        ]
    assert screen.tables.fairness_label.text() == (
        f"24 turns, {countdown(sum(expected_seconds.values()))} in all. "
        "1 person present did not speak."
    )

    # Every contribution is captured against its speaker, topic and item.
    captured = store.select(
        Outcome, {"kind": OutcomeKind.CONTRIBUTION.value}, order_by="captured_at"
    )
    assert [
        (o.fields["speaker_name"], o.fields["topic"], o.text) for o in captured
    ] == contributions
    for outcome in captured:
        assert outcome.item_id == item_id
        assert [str(m) for m in outcome.mentions] == [outcome.fields["speaker_id"]]
    assert {o.phase for o in captured} == {"Installation et règles", "Aquarium ouvert — thème 2"}

    public = screen.public_view  # what the room sees
    assert public.topic_label.text() == f"Thème : {TOPICS[1]}"  # the event's language
    assert [label.text() for label in public.chair_labels] == [
        text.split("\n")[0].replace("Open chair", "Chaise libre")
        for text in (b.text() for b in screen.chair_buttons)
    ]
    assert sum(label.text().endswith(". Chaise libre") for label in public.chair_labels) == 1
    assert public.speaker_label.text() == "Personne n’a la parole."
    outside = next(n for n in rotating if people[n] not in state.seats)
    for name in ("Silent Sam", outside):  # waiting when the app closes
        queue_up(qtbot, screen, name)
    assert public.queue_label.text() == f"En attente pour entrer : Silent Sam, {outside}"

    before = (
        [label.text() for label in public.chair_labels],
        public.queue_label.text(),
        [b.text() for b in screen.chair_buttons],
        [screen.queue_list.item(r).text() for r in range(screen.queue_list.count())],
        rows(screen.tables.log),
        rows(screen.tables.contributions),
        rows(screen.tables.people),
        rows(screen.tables.organisations),
        screen.topic_combo.currentText(),
    )
    assert len(before[4]) == len(state.log) and len(before[5]) == len(contributions)
    stored = fishbowl_view(store, item_id)
    assert store.select(MethodRun, order_by="id") == []  # acts are records, not a blob
    session_id = page.controller.session_id

    # Restart: a new window on the same database file.
    page.controller.set_session(None)
    window.close()
    again = Store(open_database(db_path, clock), clock)
    try:
        restarted = MainWindow(AppContext(again, db_path))
        qtbot.addWidget(restarted)
        assert session_id is not None
        fresh = screen_of(open_console_on(restarted, session_id))
        fresh.tables.setCurrentWidget(fresh.tables.fairness_tab)
        fresh.controller.tick()
        after = (
            [label.text() for label in fresh.public_view.chair_labels],
            fresh.public_view.queue_label.text(),
            [b.text() for b in fresh.chair_buttons],
            [fresh.queue_list.item(r).text() for r in range(fresh.queue_list.count())],
            rows(fresh.tables.log),
            rows(fresh.tables.contributions),
            rows(fresh.tables.people),
            rows(fresh.tables.organisations),
            fresh.topic_combo.currentText(),
        )
        assert after == before
        assert fishbowl_view(again, item_id) == stored
        fresh.controller.set_session(None)
    finally:
        again.conn.close()


def test_keys_refusals_undo_and_a_leaving_speaker(
    window: MainWindow, qtbot: QtBot, clock: FakeClock, answers: Prompts
) -> None:
    page, _, people = fishbowl_day(window)
    page.controller.start()
    screen = screen_of(page)
    screen.swap_in()
    assert screen.message_label.text() == (
        "Nobody is in the queue: add someone from the outer circle first."
    )
    for name in ("Aïcha Diallo", "Jun Park", "Lucía Gómez"):
        queue_up(qtbot, screen, name)
    screen.queue_list.setFocus()
    screen.queue_list.setCurrentRow(2)
    qtbot.keyClick(screen.queue_list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [screen.queue_list.item(r).text() for r in range(3)] == [
        "1. Aïcha Diallo",
        "2. Lucía Gómez",
        "3. Jun Park",
    ]
    qtbot.keyClick(screen.queue_list, Qt.Key.Key_Delete)
    assert screen.queue_list.count() == 2 and screen.queue_list.item(1).text() == "2. Jun Park"
    screen.queue_list.setCurrentRow(0)
    screen.down_button.click()  # and with the mouse
    assert screen.queue_list.item(1).text() == "2. Aïcha Diallo"
    screen.up_button.click()
    assert screen.queue_list.item(0).text() == "1. Aïcha Diallo"
    queue_up(qtbot, screen, "Lucía Gómez")

    screen.setFocus()
    qtbot.keyClick(screen, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # swap in
    assert screen.chair_buttons[0].text() == "1. Aïcha Diallo"
    screen.swap_action.trigger()
    window.context.undo_stack.undo()  # a wrong swap is one undo away
    assert screen.chair_buttons[1].text() == "2. Open chair"
    assert screen.queue_list.item(0).text() == "1. Jun Park"
    window.context.undo_stack.redo()
    assert screen.chair_buttons[1].text() == "2. Jun Park"

    screen.swap_action.trigger()  # Lucía takes the third chair
    screen.chairs_spin.setValue(2)  # a taken chair cannot go
    assert screen.message_label.text().startswith("A chair that would go is taken")
    assert screen.chairs_spin.value() == 5

    screen.leave_action.trigger()
    assert screen.message_label.text() == "Select the chair of the person who leaves the circle."
    screen.chair_buttons[1].setFocus()
    qtbot.keyClick(screen.chair_buttons[1], Qt.Key.Key_Space)  # choose Jun's chair
    assert screen.selected_chair() == 1
    screen.floor_action.trigger()
    assert "Jun Park has the floor: 3:00 left" in page.speakers.status_label.text()
    assert screen.speaker_combo.currentText() == "Jun Park"
    assert screen.chair_buttons[1].text() == "▶ 2. Jun Park"  # one line: the circle stays put
    assert screen.chair_buttons[1].font().bold()
    assert screen.chair_buttons[1].accessibleName() == "Chair 2. Jun Park, speaking"
    clock.advance(40)
    page.controller.tick()
    assert screen.public_view.speaker_label.text() == "Jun Park a la parole : reste 2:20"
    assert screen.selected_chair() is None  # the next swap would take the open chair
    screen.chair_buttons[1].click()
    screen.leave_action.trigger()  # leaving the circle ends the turn
    assert page.speakers.status_label.text() == "Nobody has the floor."
    [turn] = window.context.store.select(
        SpeakerTurn, {"participant_id": people["Jun Park"]}, order_by="started_at"
    )
    assert turn.ended_at is not None and (turn.ended_at - turn.started_at).total_seconds() == 40
    assert screen.chair_buttons[1].text() == "2. Open chair"

    screen.contribution_edit.setText("   ")
    screen.capture_button.click()
    assert screen.message_label.text() == "Type what was said first."


def test_the_projector_shows_the_circle_in_its_own_large_font(
    window: MainWindow, qtbot: QtBot, answers: Prompts
) -> None:
    page, _, _ = fishbowl_day(window)
    page.controller.start()
    screen = screen_of(page)
    answers.texts.append(TOPICS[0])
    screen.new_topic_button.click()
    for name in ("Aïcha Diallo", "Jun Park", "Lucía Gómez"):
        queue_up(qtbot, screen, name)
    screen.swap_action.trigger()
    page.toggle_projector()
    projector = page.projector
    assert projector is not None and projector.method_view is screen.public
    public = screen.public_view
    for height in (768, 1080):
        projector.resize(height * 4 // 3, height)
        size = screen.public.font().pixelSize()
        assert size >= 26  # a share of the projector's height, not the console's font
        labels = [public.topic_label, public.queue_label, *public.chair_labels]
        assert {label.font().pixelSize() for label in labels} == {size}
    assert public.topic_label.font().bold() and not public.chair_labels[1].font().bold()
    assert [label.text() for label in public.chair_labels] == [
        "1. Aïcha Diallo",
        "2. Chaise libre",  # the event is French, the interface English
        "3. Chaise libre",
        "4. Chaise libre",
        "5. Chaise libre",
    ]
    assert public.queue_label.text() == "En attente pour entrer : Jun Park, Lucía Gómez"
    assert public.topic_label.isVisibleTo(projector)


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)])
def test_chairs_queue_and_contribution_line_fit_a_laptop_screen_and_stay_put(
    window: MainWindow, qtbot: QtBot, answers: Prompts, size: tuple[int, int]
) -> None:
    page, _, _ = fishbowl_day(window)
    window.resize(*size)
    page.controller.start()
    screen = screen_of(page)
    answers.texts.append(TOPICS[0])
    screen.new_topic_button.click()
    for name in ("Aïcha Diallo", "Jun Park", "Lucía Gómez", "Moussa Sy", "Ana Ribeiro"):
        queue_up(qtbot, screen, name)
    page.toggle_projector()  # its warning (one display here) takes a line or two
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    viewport = screen.scroll_area.viewport()

    def seen(widget: QWidget) -> QRect:
        return QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())

    for widget in (screen.circle_box, screen.contribution_edit, screen.queue_list):
        assert viewport.rect().contains(seen(widget)), (widget.accessibleName(), size)
    assert screen.scroll_area.verticalScrollBar().value() == 0
    queue_at = seen(screen.queue_list)
    screen.swap_in()
    screen.swap_in()  # refused with a message: nothing moves
    screen.leave_action.trigger()
    assert screen.message_label.isVisible()
    assert seen(screen.queue_list) == queue_at


def test_the_opening_panel_sits_down_with_ctrl_enter(
    window: MainWindow, qtbot: QtBot, answers: Prompts
) -> None:
    page, _, _ = fishbowl_day(window)
    page.controller.start()
    screen = screen_of(page)
    outer = screen.outer_list
    outer.setFocus()
    for row in range(3):  # the first three of the outer circle, chosen together
        outer.item(row).setSelected(True)
    chosen = [outer.item(row).text() for row in range(3)]
    qtbot.keyClick(outer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [b.text() for b in screen.chair_buttons][:3] == [
        f"{n}. {name}" for n, name in enumerate(chosen, start=1)
    ]
    assert screen.queue_list.count() == 0  # straight in, not through the queue
    for row in range(5):
        outer.item(row).setSelected(True)
    qtbot.keyClick(outer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert screen.message_label.text() == (
        "5 people chosen, but 1 at most can sit down (one chair stays open): choose fewer."
    )


def test_a_name_with_placeholders_reads_as_typed_in_the_queue_and_on_the_floor(
    window: MainWindow, qtbot: QtBot, clock: FakeClock, answers: Prompts
) -> None:
    store = window.context.store
    session_id, ids = build_day(store, [60, 10])
    event_id = store.require(Session, session_id).event_id
    people = {}
    for name in ("Jun Park", "Ana %2 %1"):
        people[name] = execute(store, AddParticipant(event_id=event_id, name=name)).value
        execute(store, CheckIn(participant_ids=(people[name],), status=AttendanceStatus.PRESENT))
    apply_method(store, item_id=ids[0], method_id="fishbowl", language="fr")
    page = open_console_on(window, session_id)
    page.controller.start()
    screen = screen_of(page)
    for name in people:
        queue_up(qtbot, screen, name)
    outer = [screen.outer_list.item(r).text() for r in range(screen.outer_list.count())]
    assert "Ana %2 %1 (waiting, 2)" in outer
    screen.swap_action.trigger()
    screen.swap_action.trigger()  # both sit
    screen.chair_buttons[chair_of(screen, people["Ana %2 %1"])].click()
    screen.floor_action.trigger()
    clock.advance(40)
    page.controller.tick()
    assert screen.public_view.speaker_label.text() == "Ana %2 %1 a la parole : reste 2:20"


def test_a_name_holding_a_right_to_left_override_does_not_reverse_the_room_s_lines(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    """An override typed in a name and never closed would reverse the chair's text after
    it and the rest of the waiting line; isolated and closed, it stays inside the name."""
    store = window.context.store
    session_id, ids = build_day(store, [60, 10])
    event_id = store.require(Session, session_id).event_id
    names = ("\u202eAna", "\u202eBea", "Jun Park")
    for name in names:
        person = execute(store, AddParticipant(event_id=event_id, name=name)).value
        execute(store, CheckIn(participant_ids=(person,), status=AttendanceStatus.PRESENT))
    apply_method(store, item_id=ids[0], method_id="fishbowl", language="fr")
    page = open_console_on(window, session_id)
    page.controller.start()
    screen = screen_of(page)
    for name in names:
        queue_up(qtbot, screen, name)
    screen.swap_action.trigger()  # Ana sits; Bea and Jun wait
    page.controller.tick()
    public = screen.public_view
    ana, bea = isolate(names[0]), isolate(names[1])
    assert ana == "\u2068\u202eAna\u202c\u2069"
    assert public.chair_labels[0].text() == f"1. {ana}"
    assert public.queue_label.text() == f"En attente pour entrer : {bea}, Jun Park"
