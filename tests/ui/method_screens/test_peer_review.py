"""The peer-review screen: two cases with four reviewers each, every case through the
method's phases, feedback in the four headings with ratings, the presenter's response
and a synthesis per case — and all of it still there after a restart."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from forum_desktop.clock import FakeClock
from forum_desktop.models import AgendaItem, OutcomeKind, Session
from forum_desktop.models.screens import PeerReviewState
from forum_desktop.services.capture import CaptureOutcome, outcomes_of_event
from forum_desktop.services.commands import execute
from forum_desktop.services.participants import AddParticipant
from forum_desktop.storage import Store, open_database
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.language import install
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.method_screens.peer_review import PeerReviewScreen
from forum_desktop.ui.outcome_model import Col
from forum_desktop.ui.run_page import RunPage
from tests.services.helpers import build_day
from tests.services.method_examples import apply_method
from tests.ui.conftest import Prompts
from tests.ui.method_screens.peer_review_scene import peer_review_scene
from tests.ui.test_mnemonics import mnemonic
from tests.ui.test_run_page import open_console_on

ROSTER = [
    ("Aïcha Diallo", "Ville de Dakar", "Dakar"),
    ("Jun Li", "Metropolis", "Barcelona"),
    ("Marta Gómez", "Alcaldía de Quito", "Quito"),
    ("Karim Benali", "Commune de Rabat", "Rabat"),
    ("Ana Souza", "Prefeitura de Recife", "Recife"),
    ("Tomás Ruiz", "CGLU", "Barcelona"),
]
REVIEWERS = {
    0: ["Jun Li", "Marta Gómez", "Karim Benali", "Ana Souza"],
    1: ["Aïcha Diallo", "Jun Li", "Karim Benali", "Tomás Ruiz"],
}


def feedback_parts(case: int, reviewer: str) -> dict[str, str]:
    return {
        "strengths": f"Case {case + 1}: clear goals, says {reviewer}",
        "challenges": f"Case {case + 1}: keeping tutors after the pilot ({reviewer})",
        "recommendations": f"Case {case + 1}: pair each city with a mentor ({reviewer})",
        "transferable": f"Case {case + 1}: the weekly learning log ({reviewer})",
    }


def screen_of(page: RunPage) -> PeerReviewScreen:
    screen = page.methods.screen
    assert isinstance(screen, PeerReviewScreen)
    return screen


def rows(widget: object) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]  # type: ignore[attr-defined]


def give_feedback(
    screen: PeerReviewScreen, reviewer: str, parts: dict[str, str], rating: int
) -> None:
    form = screen.feedback_form
    form.reviewer_combo.setEditText(reviewer)
    form.strengths_edit.setPlainText(parts["strengths"])
    form.challenges_edit.setPlainText(parts["challenges"])
    form.recommendations_edit.setPlainText(parts["recommendations"])
    form.transferable_edit.setPlainText(parts["transferable"])
    form.rating_combo.setCurrentIndex(form.rating_combo.findData(rating))
    screen.save_feedback_button.click()


def test_a_peer_review_of_two_cases_with_four_reviewers_survives_a_restart(
    window: MainWindow,
    qtbot: QtBot,
    clock: FakeClock,
    db_path: Path,
    answers: Prompts,
) -> None:
    install("en")  # as the app does: its English plurals say "4 ratings"
    store = window.context.store
    session_id, ids = build_day(store, [45])
    event = store.require(Session, session_id).event_id
    people = {
        name: execute(
            store, AddParticipant(event_id=event, name=name, organisation=org, city=city)
        ).value
        for name, org, city in ROSTER
    }
    apply_method(store, item_id=ids[0], method_id="peer-review", language="en")
    page = open_console_on(window, session_id)
    page.controller.start()
    screen = screen_of(page)
    assert "Add the cases under review" in screen.status_label.text()
    assert not screen.feedback_box.isEnabled()

    # Case 1: the presenter picked from the roster brings organisation and city.
    combo = screen.case_form.presenter_combo
    combo.setCurrentIndex(combo.findText("Aïcha Diallo"))
    combo.activated.emit(combo.currentIndex())  # as when picked from the list
    assert (screen.organisation_edit.text(), screen.city_edit.text()) == ("Ville de Dakar", "Dakar")
    screen.topic_edit.setText("A MOOC on localising the Sendai Framework")
    screen.add_case_button.click()
    # Case 2: a presenter not on the roster, typed with their organisation and city.
    combo.setEditText("Lucía Fernández")
    screen.organisation_edit.setText("Diputació de Barcelona")
    screen.city_edit.setText("Barcelona")
    screen.topic_edit.setText("Peer-learning visits between municipalities")
    screen.add_case_button.click()
    state = screen.review()
    assert [case.presenter_id for case in state.cases] == [people["Aïcha Diallo"], None]
    assert state.cases[1].presenter_name == "Lucía Fernández"
    assert state.current == state.cases[0].id  # the first case is on
    assert rows(screen.case_list)[0].startswith("▶ 1. Aïcha Diallo — Ville de Dakar, Dakar")

    # An edit of a case, and what bad input says.
    screen.case_list.setCurrentRow(1)
    screen.topic_edit.setText("Peer-learning visits between towns")
    screen.update_case_button.click()
    assert screen.review().cases[1].topic == "Peer-learning visits between towns"
    combo.setEditText("")
    screen.topic_edit.setText("")
    with qtbot.waitSignal(page.controller.notice) as said:
        screen.add_case_button.click()
    assert "presenter's name or the case's topic" in said.args[0]
    assert len(screen.review().cases) == 2

    # The projector: the case on, and the running phase with what it asks of the room.
    page.toggle_projector()
    room = screen.room
    assert room.position.text() == "Cas 1 sur 2"  # the event's language
    assert room.presenter.text() == "Aïcha Diallo"
    assert room.where.text() == "Ville de Dakar · Dakar"
    assert room.topic.text() == "A MOOC on localising the Sendai Framework"
    assert room.ask.text().startswith("<b>En cours : Case presentation</b> — The presenter")
    assert "without interrupting" in room.ask.text()

    for case_index in (0, 1):
        screen.case_list.setCurrentRow(case_index)
        if case_index == 1:
            screen.cases_box.begin_button.click()  # the second case goes through the phases afresh
            assert room.presenter.text() == "Lucía Fernández"
            assert room.ask.text().startswith("<b>En cours : Case presentation</b>")
        clock.advance(9 * 60)
        page.controller.tick()
        assert rows(screen.phase_list)[0] == "▶ Case presentation: 1:00 left"
        assert "Case presentation, 1:00 left for this case" in screen.status_label.text()
        page.controller.next_item()  # clarifying questions
        clock.advance(6 * 60)
        page.controller.next_item()  # structured feedback
        page.controller.tick()
        assert room.ask.text().startswith("<b>En cours : Structured feedback</b>")
        assert rows(screen.phase_list)[:2] == [
            "Case presentation: 9:00 of 10:00 used",
            "Clarifying questions: 6:00 of 7:00 used",
        ]
        for number, reviewer in enumerate(REVIEWERS[case_index]):
            give_feedback(
                screen,
                reviewer,
                feedback_parts(case_index, reviewer),
                1 + (number + case_index) % 5,
            )
            clock.advance(3 * 60)
        page.controller.next_item()  # presenter response
        screen.response_edit.setPlainText(f"Case {case_index + 1}: I will try the mentors.")
        screen.synthesis_edit.setPlainText(f"Case {case_index + 1}: strong, needs tutors.")
        screen.closing_box.save_closing_button.click()
        page.controller.tick()
        assert not any(
            draft in room.ask.text() + room.topic.text() for draft in ("mentor", "tutors")
        )  # the projector never shows what was written

    # Feedback listed per case, with its average; the capture list shows a readable summary.
    screen.case_list.setCurrentRow(0)
    listed = rows(screen.feedback_list)
    assert len(listed) == 4 and listed[0].startswith("Jun Li — Strengths: Case 1: clear goals")
    assert listed[0].endswith("rating 1/5")
    assert screen.feedback_box.average_label.text() == "Average rating: 2.5 of 5 (4 ratings)"
    assert "(4 feedback, response, synthesis)" in rows(screen.case_list)[0]

    # Change a feedback through the form (Enter on it in the list), then delete one and undo.
    screen.feedback_list.setFocus()
    screen.feedback_list.setCurrentRow(1)
    qtbot.keyClick(screen.feedback_list, Qt.Key.Key_Return)
    assert screen.feedback_form.reviewer_combo.currentText() == "Marta Gómez"
    screen.feedback_form.rating_combo.setCurrentIndex(5)
    screen.feedback_form.challenges_edit.setPlainText("Case 1: tutors leave after the pilot")
    screen.save_feedback_button.click()
    assert "rating 5/5" in rows(screen.feedback_list)[1]
    screen.feedback_list.setCurrentRow(3)
    screen.feedback_box.delete_feedback_button.click()
    assert len(rows(screen.feedback_list)) == 3
    window.context.undo_stack.undo()
    assert len(rows(screen.feedback_list)) == 4

    # The form by keyboard: Tab through it, Ctrl+Enter saves; bad input says what to do.
    screen.new_feedback()
    form = screen.feedback_form
    with qtbot.waitSignal(page.controller.notice) as said:
        screen.save_feedback_button.click()
    assert "reviewer's name" in said.args[0]
    window.activateWindow()
    form.reviewer_combo.setFocus()
    qtbot.keyClicks(form.reviewer_combo.lineEdit(), "Tomas R.")
    for text in ("Honest numbers", "Few cities", "Share the log", "The mentor pairs"):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.rating_combo
    qtbot.keyClick(form.rating_combo, Qt.Key.Key_Down)
    qtbot.keyClick(form.rating_combo, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    listed = rows(screen.feedback_list)
    assert listed[-1] == (
        "Tomas R. — Strengths: Honest numbers; Challenges: Few cities; "
        "Recommendations: Share the log; Transferable: The mentor pairs; rating 1/5"
    )
    window.context.undo_stack.undo()  # an extra reviewer for the test only

    outcomes = outcomes_of_event(store, event)
    feedback = [o for o in outcomes if o.kind == OutcomeKind.FEEDBACK]
    assert len(feedback) == 8
    marta = next(o for o in feedback if o.fields["speaker_name"] == "Marta Gómez")
    assert marta.fields["rating"] == 5 and marta.fields["challenges"].endswith("after the pilot")
    assert marta.mentions == [people["Marta Gómez"]] and marta.phase == "Structured feedback"
    assert {o.kind for o in outcomes} == {"feedback", "response", "synthesis"}
    responses = [o for o in outcomes if o.kind == OutcomeKind.RESPONSE]
    assert [o.fields["speaker_name"] for o in responses] == ["Aïcha Diallo", "Lucía Fernández"]
    before = {o.id: (o.kind, o.text, o.fields) for o in outcomes}
    saved_state = screen.review()

    # Restart on the same database: the screen and the capture show every record.
    window.close()
    other = Store(open_database(db_path, clock), clock)
    try:
        reopened = MainWindow(AppContext(other, db_path))
        qtbot.addWidget(reopened)
        reopened.show()
        page = open_console_on(reopened, session_id)
        screen = screen_of(page)
        assert screen.review() == saved_state
        assert isinstance(screen.review(), PeerReviewState)
        after = {o.id: (o.kind, o.text, o.fields) for o in outcomes_of_event(other, event)}
        assert after == before
        assert rows(screen.case_list)[0].startswith("1. Aïcha Diallo")
        assert rows(screen.case_list)[1].startswith("▶ 2. Lucía Fernández")
        for row, case in ((0, 0), (1, 1)):
            screen.case_list.setCurrentRow(row)
            listed = rows(screen.feedback_list)
            assert [line.split(" — ")[0] for line in listed] == REVIEWERS[case]
            assert screen.response_edit.toPlainText().startswith(f"Case {case + 1}: I will")
            assert screen.synthesis_edit.toPlainText().startswith(f"Case {case + 1}: strong")
        assert screen.room.presenter.text() == "Lucía Fernández"
        reopened.page.tabs.setCurrentWidget(reopened.page.capture)
        capture = reopened.page.capture.model
        kinds = {"feedback": "Peer feedback", "response": "Presenter's response"}
        kinds["synthesis"] = "Case synthesis"
        for outcome_id, (kind, text, _) in before.items():
            row = capture.row_of(outcome_id)
            shown = [capture.index(row, col).data() for col in (Col.KIND, Col.TEXT)]
            assert shown == [kinds[kind], text]
    finally:
        reopened.close()
        other.conn.close()


def test_drafts_survive_other_changes_and_undo_shows_what_is_stored(
    window: MainWindow, qtbot: QtBot, answers: Prompts
) -> None:
    screen = peer_review_scene(window)
    page = window.page.run
    store = window.context.store
    form = screen.feedback_form
    assert form.strengths_edit.toPlainText() == "A draft the room must not see"
    window.context.execute(  # a rapporteur captures a note meanwhile: the screen reloads
        CaptureOutcome(event_id=screen.event_id, item_id=screen.item.id, text="Room is full"),
        "Capture",
    )
    assert form.strengths_edit.toPlainText() == "A draft the room must not see"
    assert form.reviewer_combo.currentText() == "Karim Benali"

    # A case edit undone: the form shows the stored case again.
    screen.case_list.setCurrentRow(1)
    screen.topic_edit.setText("Visits")
    screen.update_case_button.click()
    assert screen.review().cases[1].topic == "Visits"
    window.context.undo_stack.undo()
    assert screen.topic_edit.text() == "Peer-learning visits between municipalities"

    # The response by keyboard: Ctrl+Enter in its box saves it; undo empties the box.
    screen.case_list.setCurrentRow(0)
    window.activateWindow()
    screen.response_edit.setFocus()
    qtbot.keyClicks(screen.response_edit, "I will pair cities")
    qtbot.keyClick(screen.response_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    responses = [o for o in outcomes_of_event(store, screen.event_id) if o.kind == "response"]
    assert [(o.text, o.fields["speaker_name"]) for o in responses] == [
        ("I will pair cities", "Aïcha Diallo")
    ]
    window.context.undo_stack.undo()
    assert screen.response_edit.toPlainText() == ""

    # Enter on a listed feedback puts it in the form; removing a case with entries asks.
    screen.feedback_list.setFocus()
    screen.feedback_list.setCurrentRow(0)
    qtbot.keyClick(screen.feedback_list, Qt.Key.Key_Return)
    assert form.reviewer_combo.currentText() == "Jun Li"
    assert form.rating() == 4
    answers.confirm_answer = False
    screen.remove_case_button.click()
    assert answers.confirms == [
        "2 entries were captured on this case. They stay in the capture; "
        "remove the case from the review?"
    ]
    assert len(screen.review().cases) == 2
    answers.confirm_answer = True
    screen.remove_case_button.click()
    assert [case.presenter_name for case in screen.review().cases] == ["Lucía Fernández"]
    assert screen.review().current is None
    assert "Choose the case the room reviews now" in screen.status_label.text()
    assert len([o for o in outcomes_of_event(store, screen.event_id) if o.kind == "feedback"]) == 2
    window.context.undo_stack.undo()
    assert len(screen.review().cases) == 2
    assert page.projector is None  # nothing was projected


@pytest.fixture
def in_language(qapp: QApplication) -> Iterator[None]:
    yield
    install("en")


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_screen_buttons_have_distinct_letters(
    window: MainWindow, language: str, in_language: None
) -> None:
    install(language)
    screen = peer_review_scene(window)
    letters = [mnemonic(button.text()) for button in screen.findChildren(QPushButton)]
    assert None not in letters
    assert len(set(letters)) == len(letters), letters  # against the window: test_screen_letters


def test_a_presenter_and_phases_named_with_placeholders_read_as_typed(
    window: MainWindow, clock: FakeClock
) -> None:
    store = window.context.store
    session_id, ids = build_day(store, [45])
    apply_method(store, item_id=ids[0], method_id="peer-review", language="en")
    phases = store.select(AgendaItem, {"parent_id": ids[0]}, order_by="position")
    for phase in phases:  # titles as someone typed them in the agenda
        store.update(AgendaItem, phase.id, title=f"{phase.title} (%2 %3)")
    page = open_console_on(window, session_id)
    page.controller.start()
    screen = screen_of(page)
    screen.case_form.presenter_combo.setEditText("Ana %2 %3")
    screen.topic_edit.setText("Budgets")
    screen.add_case_button.click()
    clock.advance(60)
    page.controller.tick()
    first = phases[0].title
    assert screen.status_label.text().startswith(f"On now: Ana %2 %3 — {first} (%2 %3), ")
    lines = rows(screen.phase_list)
    assert lines[0].startswith(f"▶ {first} (%2 %3): ") and lines[0].endswith(" left")
    assert lines[1].startswith(f"{phases[1].title} (%2 %3): ")
