"""Dot voting, live: options typed and taken from the capture, ballots checked against the
limits, results hidden on the projector until revealed, then a bar chart with ties shown as
ties, the result recorded once in the capture, and all of it still there after a restart."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from forum_desktop.clock import FakeClock
from forum_desktop.methods.dot_vote import vote_view
from forum_desktop.methods.idea_acts import AddIdea, GroupIdeasIntoTheme, event_themes
from forum_desktop.models import Outcome, OutcomeKind, Session
from forum_desktop.services.capture import CaptureOutcome, outcomes_of_event
from forum_desktop.services.commands import execute
from forum_desktop.services.moderation import SendFromPhone
from forum_desktop.services.participants import AddParticipant
from forum_desktop.services.vote import CastBallot
from forum_desktop.storage import Store, open_database
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.language import install
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.method_screens.dot_voting import DotVotingScreen
from forum_desktop.ui.method_screens.vote_chart import ChartRow
from forum_desktop.ui.projected_text import SMALLEST_SHARE
from forum_desktop.ui.projector_join import room_address
from forum_desktop.ui.run_page import RunPage
from tests.services.helpers import build_day
from tests.services.method_examples import apply_method
from tests.ui.conftest import Prompts
from tests.ui.test_run_page import open_console_on

PEOPLE = ("Awa Ndiaye", "Jun Li", "Léa Martin", "Omar Sy")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    install("en")  # as the app does: its English plurals say "one too many", "5 dots"
    yield
    install("en")


def vote_screen(page: RunPage) -> DotVotingScreen:
    screen = page.methods.screen
    assert isinstance(screen, DotVotingScreen)
    return screen


def type_ballot(qtbot: QtBot, screen: DotVotingScreen, voter: str, dots: list[int]) -> None:
    """Choose the voter, type each option's dots and press Enter, as at the keyboard."""
    assert voter in screen.voter_combo.currentText()  # the next person comes up by itself
    for row, count in zip(screen.entries.rows, dots, strict=True):
        row.spin.setFocus()
        row.spin.selectAll()
        qtbot.keyClicks(row.spin, str(count))
    qtbot.keyClick(screen.entries.rows[-1].spin, Qt.Key.Key_Return)


def chart_data(screen: DotVotingScreen) -> list[tuple[str, int | None, str]]:
    return [
        (row.text, row.standing.votes if row.standing else None, row.standing.rank_text())
        if row.standing
        else (row.text, None, "")
        for row in screen.chart.rows
    ]


def test_a_vote_with_ties_revealed_recorded_and_still_there_after_a_restart(
    window: MainWindow,
    qtbot: QtBot,
    clock: FakeClock,
    db_path: Path,
    answers: Prompts,
    english: None,
) -> None:
    store = window.context.store
    session_id, ids = build_day(store, [30, 10])
    apply_method(store, item_id=ids[0], method_id="dot-voting", language="en")
    event_id = store.require(Session, session_id).event_id
    people = {
        name: execute(store, AddParticipant(event_id=event_id, name=name)).value for name in PEOPLE
    }
    idea = execute(
        store,
        CaptureOutcome(
            event_id=event_id, session_id=session_id, kind="idea", text="Participatory budgets"
        ),
    ).value
    execute(store, CaptureOutcome(event_id=event_id, kind="quote", text="We are the city"))
    page = open_console_on(window, session_id)
    page.controller.start()
    screen = vote_screen(page)
    page.toggle_projector()
    projector = page.projector
    assert projector is not None and projector.method_view is screen.public

    # Options: two typed, one picked from what was captured (quotes are not offered).
    screen.options.new_option.setFocus()
    for text in ("Transport", "Housing"):
        qtbot.keyClicks(screen.options.new_option, text)
        qtbot.keyClick(screen.options.new_option, Qt.Key.Key_Return)
    screen.options.captured_button.click()
    picker = screen.picker
    assert picker is not None
    assert [picker.list.item(r).text() for r in range(picker.list.count())] == [
        "Idea: Participatory budgets"
    ]
    picker.tick(0)
    picker.accept()
    assert [screen.options.list.item(r).text() for r in range(3)] == [
        "Transport",
        "Housing",
        "Participatory budgets",
    ]
    screen.options.captured_button.click()  # nothing left to pick
    assert screen.picker is None
    assert screen.message_label.text().startswith("Nothing captured is left to vote on")

    # Ballots: Awa, then Jun over his five dots (refused), then Jun again, Léa, and Omar
    # over the three allowed on one option (refused).
    type_ballot(qtbot, screen, "Awa Ndiaye", [3, 2, 0])
    assert screen.message_label.text() == "Awa Ndiaye's ballot is saved: 5 dots."
    type_ballot(qtbot, screen, "Jun Li", [3, 3, 0])
    assert screen.message_label.text() == (
        "Jun Li has 5 dots: 6 is one too many. Take one off, then save the ballot again."
    )
    type_ballot(qtbot, screen, "Jun Li", [2, 3, 0])
    type_ballot(qtbot, screen, "Léa Martin", [0, 0, 3])
    type_ballot(qtbot, screen, "Omar Sy", [0, 0, 4])
    assert screen.message_label.text() == (
        "Omar Sy put 4 dots on “Participatory budgets”: at most 3 may go on one option. "
        "Move the rest to another option."
    )
    assert screen.ballots_label.text() == ("3 ballots entered: Awa Ndiaye, Jun Li, Léa Martin")
    assert [(r.rank.text(), r.total.text()) for r in screen.entries.rows] == [
        ("=1", "5"),
        ("=1", "5"),
        ("3", "3"),
    ]

    # The projector shows the options, and no number, until the facilitator reveals.
    assert screen.chart.isVisibleTo(projector)
    assert chart_data(screen) == [
        ("Transport", None, ""),
        ("Housing", None, ""),
        ("Participatory budgets", None, ""),
    ]
    screen.reveal_button.click()
    assert screen.reveal_button.text() == "Hide the resu&lts"
    assert chart_data(screen) == [
        ("Transport", 5, "=1"),
        ("Housing", 5, "=1"),
        ("Participatory budgets", 3, "3"),
    ]
    assert "Transport: 5 (=1)" in screen.chart.accessibleDescription()

    # Recording the result: one entry in the capture, updated when recorded again.
    assert screen.record_label.text() == "The result is not recorded yet."
    result_id = screen.record_result()
    assert result_id is not None
    result = store.require(Outcome, result_id)
    assert (result.kind, result.text, result.item_id) == (
        OutcomeKind.VOTE_RESULT,
        "Point 1",
        ids[0],
    )
    assert result.fields == {
        "counts": [
            {"option": "Transport", "votes": 5},
            {"option": "Housing", "votes": 5},
            {"option": "Participatory budgets", "votes": 3},
        ],
        "voters": 3,
    }
    assert screen.record_label.text() == "The result is in the capture."
    window.context.undo_stack.undo()  # recording is one step: the entry and the link go
    assert store.get(Outcome, result_id) is None
    assert screen.record_label.text() == "The result is not recorded yet."
    window.context.undo_stack.redo()
    assert store.require(Outcome, result_id).kind == OutcomeKind.VOTE_RESULT
    assert screen.record_label.text() == "The result is in the capture."

    type_ballot(qtbot, screen, "Omar Sy", [0, 1, 0])  # Omar after all: Housing leads
    assert [row.rank_text() for row in (r.standing for r in screen.chart.rows) if row] == [
        "2",
        "1",
        "3",
    ]
    assert screen.record_label.text().startswith("The votes changed since")
    assert screen.record_button.text() == "Update the rec&orded result"
    assert screen.record_result() == result_id
    results = [o for o in outcomes_of_event(store, event_id) if o.kind == OutcomeKind.VOTE_RESULT]
    assert [o.id for o in results] == [result_id]
    assert results[0].fields["counts"][1] == {"option": "Housing", "votes": 6}
    assert results[0].fields["voters"] == 4

    # Restart on the same database: the vote, its ballots and the result are all there.
    window.close()
    clock.advance(60)
    other = Store(open_database(db_path, clock), clock)
    try:
        reopened = MainWindow(AppContext(other, db_path))
        qtbot.addWidget(reopened)
        reopened.show()
        page = open_console_on(reopened, session_id)
        page.controller.tick()
        screen = vote_screen(page)
        view = vote_view(other, ids[0])
        assert [o.text for o in view.options] == ["Transport", "Housing", "Participatory budgets"]
        assert view.options[2].source_id == idea
        assert {b.participant_id for b in view.ballots} == set(people.values())
        assert view.settings.revealed and view.settings.result_id == result_id
        assert screen.ballots_label.text() == (
            "4 ballots entered: Awa Ndiaye, Jun Li, Léa Martin, Omar Sy"
        )
        assert chart_data(screen)[1] == ("Housing", 6, "1")
        assert screen.record_label.text() == "The result is in the capture."
        kept = {(o.kind, o.text) for o in outcomes_of_event(other, event_id)}
        assert kept == {
            ("idea", "Participatory budgets"),
            ("quote", "We are the city"),
            ("vote_result", "Point 1"),
        }
        page.controller.set_session(None)
        reopened.close()
    finally:
        other.conn.close()


def test_totals_from_a_show_of_hands_and_limits_that_ballots_would_break(
    window: MainWindow, qtbot: QtBot, english: None
) -> None:
    store = window.context.store
    session_id, ids = build_day(store, [30])
    apply_method(store, item_id=ids[0], method_id="dot-voting", language="fr")
    event_id = store.require(Session, session_id).event_id
    awa: UUID = execute(store, AddParticipant(event_id=event_id, name="Awa Ndiaye")).value
    page = open_console_on(window, session_id)
    page.controller.start()
    screen = vote_screen(page)
    for text in ("Water", "Schools"):
        screen.options.add_option(text)
    screen.options.add_option("water")
    assert screen.message_label.text() == "“water” is already an option."
    type_ballot(qtbot, screen, "Awa Ndiaye", [3, 2])

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    screen.voter_combo.setFocus()  # Tab goes from the voter through the dots to "Save"
    for expected in (
        screen.entries.rows[0].spin,
        screen.entries.rows[1].spin,
        screen.save_ballot_button,
    ):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() in (expected, expected.focusProxy())
    screen.per_option.setValue(2)  # Awa has 3 on Water
    screen.per_option.editingFinished.emit()
    assert screen.message_label.text() == (
        "The ballot of Awa Ndiaye has 3 dots on “Water”: change it before lowering the limit to 2."
    )
    assert screen.per_option.value() == 3
    screen.per_person.setValue(7)
    screen.per_person.editingFinished.emit()
    assert vote_view(store, ids[0]).settings.dots_per_person == 7

    screen.hands_radio.click()
    assert not screen.voter_combo.isVisible()
    assert screen.entries.rows[0].spin.value() == 0  # hands are counted apart from the ballots
    screen.entries.rows[0].spin.setFocus()
    for count in (12, 12):  # Enter counts an option's hands and goes on to the next one
        spin = QApplication.focusWidget()
        assert isinstance(spin, QSpinBox)
        spin.selectAll()
        qtbot.keyClicks(spin, str(count))
        qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert [r.rank.text() for r in screen.entries.rows] == ["=1", "=1"]
    screen.record_result()
    [result] = [o for o in outcomes_of_event(store, event_id) if o.kind == "vote_result"]
    assert result.fields["voters"] == 0 and result.text == "Point 1"
    assert [c["votes"] for c in result.fields["counts"]] == [12, 12]

    screen.ballots_radio.click()  # the ballots were kept
    assert [r.total.text() for r in screen.entries.rows] == ["3", "2"]
    screen.options.list.setCurrentRow(0)
    screen.options.list.setFocus()
    qtbot.keyClick(screen.options.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert screen.options.list.item(1).text() == "Water"
    assert screen.options.list.currentRow() == 1  # the moved option stays current
    qtbot.keyClick(screen.options.list, Qt.Key.Key_Return)  # Enter opens the words
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "Water"
    editor.setText("Clean water")
    with qtbot.waitSignal(screen.options.list.itemChanged):  # the editor commits queued
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert [r.text.text() for r in screen.entries.rows] == ["Schools", "Clean water"]
    assert [r.total.text() for r in screen.entries.rows] == ["2", "3"]  # renamed, its dots kept
    qtbot.keyClick(screen.options.list, Qt.Key.Key_Delete)
    assert [o.text for o in vote_view(store, ids[0]).options] == ["Schools"]
    assert [r.total.text() for r in screen.entries.rows] == ["2"]  # Water's dots went with it
    window.context.undo_stack.undo()
    assert [r.total.text() for r in screen.entries.rows] == ["2", "3"]
    assert awa in {b.participant_id for b in vote_view(store, ids[0]).ballots}


def test_the_chart_is_readable_on_a_projector_of_1024_by_768(
    window: MainWindow, qtbot: QtBot, english: None
) -> None:
    store = window.context.store
    session_id, ids = build_day(store, [30])
    apply_method(store, item_id=ids[0], method_id="dot-voting", language="en")
    event_id = store.require(Session, session_id).event_id
    awa = execute(store, AddParticipant(event_id=event_id, name="Awa Ndiaye")).value
    page = open_console_on(window, session_id)
    page.controller.start()
    screen = vote_screen(page)
    long = "Participatory budgets for young people in every district of the metropolitan area"
    for text in (long, "Transport", "Housing", "Water", "Open data"):
        screen.options.add_option(text)
    options = vote_view(store, ids[0]).options
    dots = {options[0].id: 3, options[1].id: 2}
    screen.run_command(CastBallot(item_id=ids[0], participant_id=awa, dots=dots), "Vote")
    screen.toggle_reveal()
    page.toggle_projector()
    projector = page.projector
    assert projector is not None
    projector.resize(1024, 768)
    qtbot.waitUntil(lambda: projector.size().toTuple() == (1024, 768))
    chart = screen.chart
    qtbot.waitUntil(lambda: chart.height() > 100)
    font = chart.drawn_font()
    assert chart.font().pixelSize() == screen.public.font().pixelSize() > 20  # the projector's
    assert font.pixelSize() >= 20  # a long option wrapped over three lines still leaves this
    assert chart.height_needed(QFontMetrics(font)) <= chart.height()  # every row shows
    assert [row.standing.rank_text() for row in chart.rows if row.standing] == [
        "1",
        "2",
        "=3",
        "=3",
        "=3",
    ]


def test_the_captured_items_read_in_french_with_a_space_before_each_colon(
    window: MainWindow, clock: FakeClock
) -> None:
    """A theme's row said "Thème : Mobilité" and an idea's "Idée: …" (the colon was
    not translated); both follow the interface's typography now."""
    install("fr")
    store = window.context.store
    session_id, ids = build_day(store, [30, 20])
    apply_method(store, item_id=ids[0], method_id="dot-voting", language="fr")
    ideas = []
    for text in ("Pistes cyclables", "Bus de nuit"):
        clock.advance(10)
        ideas.append(execute(store, AddIdea(item_id=ids[1], text=text)).value)
    execute(store, GroupIdeasIntoTheme(item_id=ids[1], idea_ids=(ideas[0],), name="Mobilité"))
    page = open_console_on(window, session_id)
    page.controller.start()
    screen = vote_screen(page)
    screen.options.captured_button.click()
    picker = screen.picker
    assert picker is not None
    assert [picker.list.item(r).text() for r in range(picker.list.count())] == [
        "Thème : Mobilité (Pistes cyclables)",
        "Idée : Pistes cyclables",
        "Idée : Bus de nuit",
    ]
    picker.reject()


def test_the_events_themes_are_offered_as_options_and_a_ballot_on_them_counts(
    window: MainWindow, qtbot: QtBot, clock: FakeClock, english: None
) -> None:
    store = window.context.store
    session_id, ids = build_day(store, [30, 20])
    apply_method(store, item_id=ids[0], method_id="dot-voting", language="en")
    event_id = store.require(Session, session_id).event_id
    execute(store, AddParticipant(event_id=event_id, name="Awa Ndiaye"))
    ideas = []
    for text in ("Bike lanes", "Night buses", "Clean wells"):
        clock.advance(10)  # harvested in this order
        ideas.append(execute(store, AddIdea(item_id=ids[1], text=text)).value)
    for name, chosen in (("Mobility", ideas[:2]), ("Water", ideas[2:])):
        execute(store, GroupIdeasIntoTheme(item_id=ids[1], idea_ids=tuple(chosen), name=name))
    page = open_console_on(window, session_id)
    page.controller.start()
    screen = vote_screen(page)

    screen.options.captured_button.click()
    picker = screen.picker
    assert picker is not None
    assert [picker.list.item(r).text() for r in range(picker.list.count())] == [
        "Theme: Mobility (Bike lanes; Night buses)",
        "Theme: Water (Clean wells)",
        "Idea: Bike lanes",
        "Idea: Night buses",
        "Idea: Clean wells",
    ]
    picker.tick(0)
    picker.tick(1)
    picker.tick(4)
    picker.accept()
    assert [screen.options.list.item(r).text() for r in range(3)] == [
        "Mobility",
        "Water",
        "Clean wells",
    ]
    themes = [t.id for t in event_themes(store, event_id)]
    sources = [o.source_id for o in vote_view(store, ids[0]).options]
    assert sources == [*themes, ideas[2]]
    screen.options.captured_button.click()  # the themes voted on are not offered again
    picker = screen.picker
    assert picker is not None
    assert not any(
        picker.list.item(r).text().startswith("Theme:") for r in range(picker.list.count())
    )
    picker.reject()

    type_ballot(qtbot, screen, "Awa Ndiaye", [3, 2, 0])
    screen.reveal_button.click()
    assert chart_data(screen) == [("Mobility", 3, "1"), ("Water", 2, "2"), ("Clean wells", 0, "3")]


def test_a_theme_s_ideas_show_small_under_its_option_on_the_projector(
    window: MainWindow, qtbot: QtBot, clock: FakeClock, english: None
) -> None:
    store = window.context.store
    session_id, ids = build_day(store, [30, 20])
    apply_method(store, item_id=ids[0], method_id="dot-voting", language="en")
    ideas = []
    for text in ("Bike lanes", "Night buses", "Trams", "Car-free Sundays", "Ferries", "Wells"):
        clock.advance(10)  # harvested in this order
        ideas.append(execute(store, AddIdea(item_id=ids[1], text=text)).value)
    phone = execute(store, SendFromPhone(act=AddIdea(item_id=ids[1], text="Cable car"))).value
    mobility = (*ideas[:5], phone)
    for name, chosen in (("Mobility", mobility), ("Water", (ideas[5],))):
        execute(store, GroupIdeasIntoTheme(item_id=ids[1], idea_ids=chosen, name=name))
    page = open_console_on(window, session_id)
    page.controller.start()
    screen = vote_screen(page)
    screen.options.captured_button.click()
    picker = screen.picker
    assert picker is not None
    for row in (0, 1, 2):  # both themes, and the idea "Bike lanes" on its own
        picker.tick(row)
    picker.accept()
    page.toggle_projector()
    projector = page.projector
    assert projector is not None
    projector.resize(1024, 768)
    qtbot.waitUntil(lambda: projector.size().toTuple() == (1024, 768))
    chart = screen.chart
    # The first three ideas and how many more; the phone's, not approved, not at all.
    assert [(row.text, row.ideas_line()) for row in chart.rows] == [
        ("Mobility", "Bike lanes · Night buses · Trams · +2"),
        ("Water", "Wells"),
        ("Bike lanes", ""),  # an idea as an option: nothing under it
    ]
    screen.toggle_reveal()
    assert "Mobility: 0 (=1) [Bike lanes · Night buses · Trams · +2]" in (
        chart.accessibleDescription()
    )
    qtbot.waitUntil(lambda: chart.height() > 100)
    metrics = QFontMetrics(chart.drawn_font())
    assert chart.height_needed(metrics) <= chart.height()  # every row shows
    chart.grab()  # painted without complaint
    rows = chart.rows
    with_ideas = chart.height_needed(metrics)
    chart.show_rows([ChartRow(row.text, row.standing) for row in rows])
    assert with_ideas > chart.height_needed(metrics)  # the ideas' line has room of its own


def test_refusals_name_the_voter_and_the_option_as_typed_even_with_placeholders(
    window: MainWindow, qtbot: QtBot, english: None
) -> None:
    store = window.context.store
    session_id, ids = build_day(store, [30])
    apply_method(store, item_id=ids[0], method_id="dot-voting", language="en")
    event_id = store.require(Session, session_id).event_id
    execute(store, AddParticipant(event_id=event_id, name="Awa %2 %3"))
    page = open_console_on(window, session_id)
    page.controller.start()
    screen = vote_screen(page)
    for text in ("Water %4 %3", "Schools"):
        screen.options.add_option(text)
    type_ballot(qtbot, screen, "Awa %2 %3", [3, 3])
    assert screen.message_label.text() == (
        "Awa %2 %3 has 5 dots: 6 is one too many. Take one off, then save the ballot again."
    )
    type_ballot(qtbot, screen, "Awa %2 %3", [4, 0])
    assert screen.message_label.text() == (
        "Awa %2 %3 put 4 dots on “Water %4 %3”: at most 3 may go on one option. "
        "Move the rest to another option."
    )
    type_ballot(qtbot, screen, "Awa %2 %3", [3, 2])
    screen.per_option.setValue(2)
    screen.per_option.editingFinished.emit()
    assert screen.message_label.text() == (
        "The ballot of Awa %2 %3 has 3 dots on “Water %4 %3”: "
        "change it before lowering the limit to 2."
    )
    screen.per_person.setValue(4)
    screen.per_person.editingFinished.emit()
    assert screen.message_label.text() == (
        "The ballot of Awa %2 %3 has 5 dots: change it before lowering the limit to 4."
    )


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_a_revealed_result_leads_the_projector_beside_the_code_for_phones(
    window: MainWindow, qtbot: QtBot, english: None, size: tuple[int, int]
) -> None:
    store = window.context.store
    session_id, ids = build_day(store, [30])
    apply_method(store, item_id=ids[0], method_id="dot-voting", language="en")
    event_id = store.require(Session, session_id).event_id
    awa = execute(store, AddParticipant(event_id=event_id, name="Awa Ndiaye")).value
    page = open_console_on(window, session_id)
    page.controller.start()
    screen = vote_screen(page)
    long = " ".join(["Option très longue"] * 30)  # as the reviewer typed it
    for text in ("Eau", "المياه النظيفة", long, "Sí"):
        screen.options.add_option(text)
    options = vote_view(store, ids[0]).options
    screen.run_command(CastBallot(item_id=ids[0], participant_id=awa, dots={options[0].id: 3}), "")
    page.toggle_projector()
    projector = page.projector
    assert projector is not None
    address = room_address()
    address.set_url("http://127.0.0.1:33297/pp-Y05O9vowpABcIbuBmg1KN3oFu-I80ADQUpw_DRMc/")
    try:
        projector.resize(*size)
        qtbot.waitUntil(lambda: projector.size().toTuple() == size)
        hidden_digits = projector.digits_height()
        screen.toggle_reveal()
        page.controller.tick()
        chart = screen.chart
        qtbot.waitUntil(lambda: projector.digits_height() < hidden_digits)  # it gives room
        font = chart.drawn_font()
        # Read from the back of the room like the other projected text (18 px at 768
        # high, the options whole where that holds them): not the reviewer's ~11 px.
        assert font.pixelSize() >= round(size[1] * SMALLEST_SHARE)
        assert chart.height_needed(QFontMetrics(font)) <= chart.height()  # every row shows
        badge = projector.join_badge
        area = QRect(chart.mapTo(projector, QPoint(0, 0)), chart.size())
        code = QRect(badge.mapTo(projector, QPoint(0, 0)), badge.size())
        assert badge.isVisible() and projector.rect().contains(area)
        assert not area.intersects(code)
        screen.toggle_reveal()  # hidden again: the countdown takes its size back
        qtbot.waitUntil(lambda: projector.digits_height() == hidden_digits)
    finally:
        address.set_url("")
