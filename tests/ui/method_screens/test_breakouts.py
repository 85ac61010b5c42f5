"""Breakout groups on the run console: three groups balanced by organisation, adjusted by
keyboard and mouse, named with a rapporteur each, their reports captured while the speaker
timer times each report-back; a restart on the same database finds everything again."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent, QTextDocument
from PySide6.QtWidgets import QComboBox, QLabel
from pytestqt.qtbot import QtBot

from forum_desktop.clock import FakeClock
from forum_desktop.methods.breakout_acts import breakouts_view
from forum_desktop.models import (
    AgendaItem,
    AttendanceStatus,
    Outcome,
    OutcomeKind,
    Session,
    SpeakerTurn,
)
from forum_desktop.models.screens import BreakoutsState, Grouping
from forum_desktop.services.commands import execute
from forum_desktop.services.participants import AddParticipant, CheckIn
from forum_desktop.services.run import speaker_turns
from forum_desktop.storage import Store, open_database
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.language import install
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.method_screens.breakouts import BreakoutsScreen
from forum_desktop.ui.outcome_model import Col
from forum_desktop.ui.run_page import RunPage
from tests.services.helpers import build_day
from tests.services.method_examples import apply_method
from tests.ui.conftest import Prompts
from tests.ui.test_run_page import open_console_on

ROSTER = [
    ("Awa Diop", "Ville de Dakar", "Senegal"),
    ("Moussa Fall", "Ville de Dakar", "Senegal"),
    ("Fatou Sarr", "ville de dakar", "Senegal"),  # the same organisation, typed otherwise
    ("Ibrahima Ba", "Ville de Dakar", "Senegal"),
    ("Karim El Idrissi", "Mairie de Rabat", "Morocco"),
    ("Salma Benali", "Mairie de Rabat", "Morocco"),
    ("Youssef Amrani", "Mairie de Rabat", "Morocco"),
    ("Núria Vilalta", "CGLU", "Spain"),
    ("Oriol Ferrer", "CGLU", "Spain"),
    ("Tomás Aguirre", "CGLU", "Spain"),
    ("Valentina Ríos", "Alcaldía de Bogotá", "Colombia"),
    ("Camilo Torres", "Alcaldía de Bogotá", "Colombia"),
    ("Élodie Marchand", "Métropole de Lyon", "France"),
    ("Chloé Besson", "Métropole de Lyon", "France"),
    ("Jun Park", "Daejeon", "Republic of Korea"),  # checked as absent: left out
]


@pytest.fixture
def reopen(db_path: Path, clock: FakeClock, qtbot: QtBot) -> Iterator[Callable[[], MainWindow]]:
    """Start the app again on the test's database file: a new connection, a new window."""
    opened: list[tuple[MainWindow, Store]] = []

    def open_again() -> MainWindow:
        store = Store(open_database(db_path, clock), clock)
        window = MainWindow(AppContext(store, db_path))
        window.show()
        qtbot.waitExposed(window)
        opened.append((window, store))
        return window

    yield open_again
    for window, store in opened:
        window.page.run.controller.set_session(None)
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        store.conn.close()


def breakout_console(window: MainWindow) -> tuple[RunPage, UUID, UUID, dict[str, UUID]]:
    """A session whose first item is breakout groups (brief, work, report-back, synthesis),
    the roster above, the session started: the console shows the breakouts screen."""
    store = window.context.store
    session_id, ids = build_day(store, [60, 30])
    event_id = store.require(Session, session_id).event_id
    people = {
        name: execute(
            store, AddParticipant(event_id=event_id, name=name, organisation=org, country=country)
        ).value
        for name, org, country in ROSTER
    }
    execute(store, CheckIn(participant_ids=(people["Jun Park"],), status=AttendanceStatus.ABSENT))
    apply_method(store, item_id=ids[0], method_id="breakout-groups", language="en")
    page = open_console_on(window, session_id)
    page.controller.start()
    return page, session_id, ids[0], people


def screen_of(page: RunPage) -> BreakoutsScreen:
    screen = page.methods.screen
    assert isinstance(screen, BreakoutsScreen)
    return screen


def group_id_of(screen: BreakoutsScreen, person_id: UUID) -> UUID | None:
    group = screen.current_state.group_of(person_id)
    return group.id if group else None


def plain(label: QLabel) -> str:
    """A rich-text label's text as the room reads it."""
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def tree_rows(screen: BreakoutsScreen) -> list[tuple[str, list[str]]]:
    tree = screen.tree
    rows = []
    for index in range(tree.topLevelItemCount()):
        row = tree.topLevelItem(index)
        rows.append((row.text(0), [row.child(n).text(0) for n in range(row.childCount())]))
    return rows


def choose(combo: QComboBox, qtbot: QtBot, text: str) -> None:
    """Pick an entry of a combo box with the keyboard, as a user would."""
    combo.setFocus()
    target = combo.findText(text)
    assert target >= 0, text
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def test_three_balanced_groups_report_back_and_survive_a_restart(
    window: MainWindow, qtbot: QtBot, clock: FakeClock, reopen: Callable[[], MainWindow]
) -> None:
    install("en")  # as the app does: its English plurals say "5 people"
    store = window.context.store
    page, session_id, item_id, people = breakout_console(window)
    screen = screen_of(page)
    assert page.side_tabs.currentWidget() is screen
    assert screen.balance_label.text().startswith("No groups yet")

    # Three groups balanced by organisation, from the keyboard.
    screen.seed = 11
    choose(screen.how_combo, qtbot, "Balanced by organisation")
    screen.number_spin.setFocus()
    screen.number_spin.selectAll()
    qtbot.keyClicks(screen.number_spin, "3")
    choose(screen.unit_combo, qtbot, "groups")
    qtbot.keyClick(screen.make_button, Qt.Key.Key_Space)

    state = breakouts_view(screen.context.store, screen.item.id)
    assert isinstance(state, BreakoutsState) and state.grouping is Grouping.ORGANISATION
    groups = state.in_order()
    assert [group.name for group in groups] == ["Group 1", "Group 2", "Group 3"]
    assert sorted(len(group.member_ids) for group in groups) == [4, 5, 5]
    placed = [person for group in groups for person in group.member_ids]
    assert sorted(placed) == sorted(id_ for name, id_ in people.items() if name != "Jun Park")
    organisation = {people[name]: org.casefold() for name, org, _ in ROSTER}
    for org in set(organisation.values()):
        counts = [sum(organisation[p] == org for p in group.member_ids) for group in groups]
        assert max(counts) - min(counts) <= 1, (org, counts)
    # ... and on screen: the sizes, the balance, every group with its members.
    sizes = ", ".join(str(len(group.member_ids)) for group in groups)
    assert screen.balance_label.text() == (
        f"Group sizes: {sizes}. Every organisation is spread evenly. "
        "Every country is spread evenly."
    )
    rows = tree_rows(screen)
    assert [row[0] for row in rows] == [
        f"{n}. Group {n} · {len(group.member_ids)} people" for n, group in enumerate(groups, 1)
    ]
    name_of = {id_: name for name, id_ in people.items()}
    assert [sorted(row[1]) for row in rows] == [
        sorted(name_of[p] for p in group.member_ids) for group in groups
    ]
    dakar = [Counter(organisation[people[n]] for n in row[1])["ville de dakar"] for row in rows]
    assert sorted(dakar) == [1, 1, 2]
    public = screen.public_view
    assert [plain(label) for label in public.card_labels] == [
        "\n".join([f"Group {n}", *row[1]]) for n, row in enumerate(rows, 1)
    ]

    # Adjust by hand: Alt+Down moves a person to the next group, Alt+Up back again.
    first = groups[0]
    mover = sorted(first.member_ids, key=lambda p: name_of[p].casefold())[0]
    screen.tree.setFocus()
    screen.tree.select_person(mover)
    qtbot.keyClick(screen.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert group_id_of(screen, mover) == groups[1].id
    assert name_of[mover] in tree_rows(screen)[1][1]
    qtbot.keyClick(screen.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert group_id_of(screen, mover) == first.id
    # With the mouse: dragged onto the third group (and undone with Ctrl+Z).
    screen.tree.select_person(mover)
    target = screen.tree.topLevelItem(2)
    point = QPointF(screen.tree.visualItemRect(target).center())
    drop = QDropEvent(
        point,
        Qt.DropAction.MoveAction,
        QMimeData(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    screen.tree.dropEvent(drop)
    qtbot.waitUntil(lambda: group_id_of(screen, mover) == groups[2].id)
    moved = ", ".join(str(len(g.member_ids)) for g in screen.current_state.in_order())
    assert screen.balance_label.text().startswith(f"Group sizes: {moved}.")
    assert name_of[mover] in tree_rows(screen)[2][1]
    window.context.undo_stack.undo()
    assert group_id_of(screen, mover) == first.id
    # The move combo and its button do the same for whoever is selected.
    screen.tree.select_person(mover)
    choose(screen.move_combo, qtbot, "Not in a group")
    qtbot.keyClick(screen.move_button, Qt.Key.Key_Space)
    assert tree_rows(screen)[-1] == ("Not in a group (1)", [name_of[mover]])
    assert screen.balance_label.text().endswith("1 person present in no group.")
    window.context.undo_stack.undo()
    assert group_id_of(screen, mover) == first.id

    # Name each group, choose its rapporteur and report time.
    names = ["Budgets", "Housing", "Mobility"]
    rapporteurs = []
    for n, group in enumerate(screen.current_state.in_order()):
        screen.tree.setFocus()
        screen.tree.select_group(group.id)
        assert screen.group_box.title() == group.name
        screen.name_edit.setFocus()
        screen.name_edit.selectAll()
        qtbot.keyClicks(screen.name_edit, names[n])
        qtbot.keyClick(screen.name_edit, Qt.Key.Key_Return)
        choose(screen.rapporteur_combo, qtbot, sorted(name_of[p] for p in group.member_ids)[n])
        rapporteurs.append(screen.rapporteur_combo.currentText())
        screen.minutes_spin.setFocus()
        screen.minutes_spin.selectAll()
        qtbot.keyClicks(screen.minutes_spin, str(2 + n))
        qtbot.keyClick(screen.minutes_spin, Qt.Key.Key_Return)
    groups = screen.current_state.in_order()
    assert [(g.name, name_of[g.rapporteur_id], g.report_seconds) for g in groups] == [  # type: ignore[index]
        (name, rapporteur, 60 * (2 + n))
        for n, (name, rapporteur) in enumerate(zip(names, rapporteurs, strict=True))
    ]
    # Mobility reports first: Alt+Up on its row, twice.
    screen.tree.setFocus()
    screen.tree.select_group(groups[2].id)
    for _ in range(2):
        qtbot.keyClick(screen.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [g.name for g in screen.current_state.in_order()] == ["Mobility", "Budgets", "Housing"]

    # The report-back: each group's rapporteur gets the floor for the group's time.
    page.controller.next_item()  # "Group work"
    page.controller.next_item()  # "Report-back"
    reports = {
        "Mobility": "Bus lanes first; ask the region for a joint fund.",
        "Budgets": "Participatory budgets need a year of preparation.",
        "Housing": "Land registries are the bottleneck; share Quito's tool.",
    }
    for n, name in enumerate(["Mobility", "Budgets", "Housing"]):
        qtbot.keyClick(screen.next_button, Qt.Key.Key_Space)
        group = screen.shown_group()
        assert group is not None and group.name == name
        assert screen.current_state.reporting == group.id
        clock.advance(60)
        page.controller.tick()
        left = group.report_seconds - 60
        assert screen.reporting_label.text() == (
            f"{name} reports: {left // 60}:00 left. {n} of 3 groups reported."
        )
        assert plain(public.now_label) == f"Restitue maintenant : {name}"  # the event is French
        assert plain(public.time_label) == f"encore {left // 60}:00"
        members = sorted((name_of[p] for p in group.member_ids), key=str.casefold)
        assert plain(public.members_label) == (
            f"Rapporteur : {name_of[group.rapporteur_id]}\n"  # type: ignore[index]
            + ", ".join(members)
        )
        following = ["Budgets", "Housing", ""][n]
        assert plain(public.next_label) == (f"Groupe suivant : {following}" if following else "")
        screen.report_edit.setFocus()
        qtbot.keyClicks(screen.report_edit, reports[name])
        qtbot.keyClick(screen.report_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert screen.report_edit.toPlainText() == ""
        assert screen.reports_list.item(0).text() == reports[name]
    clock.advance(3 * 60)  # Housing had 3 minutes: one over
    page.controller.tick()
    assert screen.reporting_label.text() == (
        "Housing is over its time: 1:00. 2 of 3 groups reported."
    )
    assert plain(public.time_label) == "1:00 de dépassement"
    qtbot.keyClick(screen.done_button, Qt.Key.Key_Space)
    assert screen.reporting_label.text() == "3 of 3 groups reported."
    assert screen.public_view.cards.isVisibleTo(screen.public)

    def check_records(store: Store) -> None:
        outcomes = store.select(Outcome, {"item_id": item_id}, order_by="captured_at")
        assert [o.kind for o in outcomes] == [OutcomeKind.REPORT] * 3
        state = stored_state(store, item_id)
        for outcome, group in zip(outcomes, state.in_order(), strict=True):
            assert outcome.text == reports[group.name]
            assert outcome.phase == "Report-back"
            assert outcome.fields == {
                "group": group.name,
                "group_id": str(group.id),
                "speaker_id": str(group.rapporteur_id),
                "speaker_name": name_of[group.rapporteur_id],  # type: ignore[index]
                "member_ids": [str(p) for p in group.member_ids],
            }
            assert set(outcome.mentions) == set(group.member_ids)
        turns = turns_of_session(store, session_id)
        assert [(t.participant_id, t.allotted_seconds) for t in turns] == [
            (group.rapporteur_id, group.report_seconds) for group in state.in_order()
        ]
        assert all(turn.ended_at is not None for turn in turns)

    check_records(store)
    saved_state = screen.current_state
    page.controller.set_session(None)
    window.close()

    # A restart on the same database: the groups, reports and turns are all there.
    again = reopen()
    page = open_console_on(again, session_id)
    screen = screen_of(page)
    assert screen.current_state == saved_state
    assert [row[0].split(" · ")[0] for row in tree_rows(screen)] == [
        "1. Mobility",
        "2. Budgets",
        "3. Housing",
    ]
    assert screen.reporting_label.text() == "3 of 3 groups reported."
    screen.tree.select_group(saved_state.order[1])
    assert screen.reports_list.item(0).text() == reports["Budgets"]
    check_records(again.context.store)
    again.page.tabs.setCurrentWidget(again.page.capture)
    shown = again.page.capture.model
    texts = {shown.index(r, Col.TEXT).data() for r in range(shown.rowCount())}
    assert set(reports.values()) <= texts


def stored_state(store: Store, item_id: UUID) -> BreakoutsState:
    return breakouts_view(store, item_id)


def turns_of_session(store: Store, session_id: UUID) -> list[SpeakerTurn]:
    """Every speaker turn of the session, oldest first (the report-back's are on its phase)."""
    items = store.select(AgendaItem, {"session_id": session_id})
    turns = [turn for item in items for turn in speaker_turns(store, item.id)]
    return sorted(turns, key=lambda turn: turn.started_at)


def test_groups_by_hand_of_a_size_and_a_group_without_a_rapporteur(
    window: MainWindow, qtbot: QtBot, clock: FakeClock, answers: Prompts
) -> None:
    install("en")
    page, session_id, _, people = breakout_console(window)
    screen = screen_of(page)
    choose(screen.how_combo, qtbot, "By hand")
    choose(screen.unit_combo, qtbot, "people per group")
    screen.number_spin.setValue(5)
    screen.make_button.click()
    # 14 present in groups of at most 5: three empty groups, everyone still to place.
    state = screen.current_state
    assert [group.member_ids for group in state.groups] == [(), (), ()]
    assert tree_rows(screen)[-1][0] == "Not in a group (14)"
    assert screen.balance_label.text().endswith("14 people present in no group.")
    awa = people["Awa Diop"]
    screen.tree.setFocus()
    screen.tree.select_person(awa)
    qtbot.keyClick(screen.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert group_id_of(screen, awa) == state.in_order()[-1].id  # the group just above

    # Making groups again asks first; saying no keeps them.
    answers.confirm_answer = False
    screen.make_button.click()
    assert answers.confirms == [
        "The 3 groups made before, their names and rapporteurs are replaced. "
        "Reports already captured stay in the capture."
    ]
    assert group_id_of(screen, awa) == state.in_order()[-1].id

    # A group without a rapporteur reports under its own name.
    page.controller.next_item()
    page.controller.next_item()
    screen.next_button.click()
    [turn] = turns_of_session(window.context.store, session_id)
    first = state.in_order()[0]
    assert (turn.participant_id, turn.name, turn.allotted_seconds) == (None, first.name, 180)
    page.controller.tick()
    assert screen.reporting_label.text() == "Group 1 reports: 3:00 left. 0 of 3 groups reported."
    screen.capture_button.click()  # nothing typed: nothing captured, and it says so
    assert page.notice_label.text() == "Type the group's report first."
    reports = window.context.store.select(Outcome, {"kind": "report"}, order_by="captured_at")
    assert reports == []


def test_the_groups_fit_the_projector_at_1024_by_768(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    page, _, _, _ = breakout_console(window)
    screen = screen_of(page)
    screen.seed = 3
    screen.number_spin.setValue(40)  # more groups than the 14 people present ...
    screen.make_button.click()
    assert [len(group.member_ids) for group in screen.current_state.groups] == [1] * 14
    screen.number_spin.setValue(3)  # ... then three, replacing them (the prompt says yes)
    screen.make_button.click()
    assert len(screen.current_state.groups) == 3
    page.toggle_projector()
    projector = page.projector
    assert projector is not None
    projector.resize(1024, 768)
    qtbot.waitUntil(lambda: projector.size().toTuple() == (1024, 768))
    page.controller.tick()
    cards = screen.public_view.cards
    qtbot.waitUntil(lambda: cards.height() > 0)
    # The room reads the projector's size of type, a name per line, every card whole.
    view_font = projector.method_view.font().pixelSize()  # type: ignore[union-attr]
    assert view_font >= 768 * 0.03
    for label in screen.public_view.card_labels:
        assert label.font().pixelSize() == view_font
        assert "\n" in plain(label) and ", " not in plain(label)
        assert label.geometry().bottom() <= cards.height()
    assert projector.countdown_label.isVisible()
    assert screen.public.geometry().top() > projector.countdown_label.geometry().bottom()


def test_someone_checked_absent_after_the_groups_were_made_is_shown_so(
    window: MainWindow, qtbot: QtBot
) -> None:
    page, _, _, people = breakout_console(window)
    screen = screen_of(page)
    screen.make_button.click()
    window.context.execute(
        CheckIn(participant_ids=(people["Awa Diop"],), status=AttendanceStatus.ABSENT), "Check in"
    )
    rows = tree_rows(screen)
    assert sum(row[1].count("Awa Diop (absent)") for row in rows) == 1


def test_a_group_named_with_placeholders_reports_under_its_name_as_typed(
    window: MainWindow, qtbot: QtBot, clock: FakeClock, answers: Prompts
) -> None:
    install("en")
    page, _, _, _ = breakout_console(window)
    screen = screen_of(page)
    screen.make_button.click()
    first = screen.current_state.in_order()[0]
    screen.tree.setFocus()
    screen.tree.select_group(first.id)
    screen.name_edit.setFocus()
    screen.name_edit.selectAll()
    qtbot.keyClicks(screen.name_edit, "Groupe %2 %1")
    qtbot.keyClick(screen.name_edit, Qt.Key.Key_Return)
    page.controller.next_item()  # "Group work"
    page.controller.next_item()  # "Report-back"
    screen.next_button.click()
    clock.advance(60)
    page.controller.tick()
    assert screen.reporting_label.text().startswith("Groupe %2 %1 reports: 2:00 left. 0 of ")
    clock.advance(3 * 60)
    page.controller.tick()
    assert screen.reporting_label.text().startswith("Groupe %2 %1 is over its time: 1:00. 0 of ")
