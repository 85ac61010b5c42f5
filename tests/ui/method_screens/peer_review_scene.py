"""A peer review under way, for the screen walks and the screenshots: two cases, the first
in its structured-feedback phase with two reviewers' feedback and a draft in the form."""

from __future__ import annotations

from forum_desktop.clock import FakeClock
from forum_desktop.methods.peer_review_acts import AddCase
from forum_desktop.models import Session
from forum_desktop.services.commands import execute
from forum_desktop.services.participants import AddParticipant
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.method_screens.peer_review import PeerReviewScreen
from tests.services.helpers import build_day
from tests.services.method_examples import apply_method
from tests.ui.test_run_page import open_console_on

ROSTER = [
    ("Aïcha Diallo", "Ville de Dakar", "Dakar"),
    ("Jun Li", "Metropolis", "Barcelona"),
    ("Marta Gómez", "Alcaldía de Quito", "Quito"),
    ("Karim Benali", "Commune de Rabat", "Rabat"),
]


def peer_review_scene(window: MainWindow) -> PeerReviewScreen:
    store = window.context.store
    clock = store.clock
    assert isinstance(clock, FakeClock)
    session_id, ids = build_day(store, [45])
    event_id = store.require(Session, session_id).event_id
    people = {
        name: execute(
            store, AddParticipant(event_id=event_id, name=name, organisation=org, city=city)
        )
        for name, org, city in ROSTER
    }
    apply_method(store, item_id=ids[0], method_id="peer-review", language="en")
    window.events_model.reload()
    page = open_console_on(window, session_id)
    page.controller.start()
    screen = page.methods.screen
    assert isinstance(screen, PeerReviewScreen)
    dakar = AddCase(
        item_id=ids[0],
        presenter_id=people["Aïcha Diallo"].value,
        presenter_name="Aïcha Diallo",
        organisation="Ville de Dakar",
        city="Dakar",
        topic="A MOOC on localising the Sendai Framework for municipal staff",
    )
    barcelona = AddCase(
        item_id=ids[0],
        presenter_name="Lucía Fernández",
        organisation="Diputació de Barcelona",
        city="Barcelona",
        topic="Peer-learning visits between municipalities",
    )
    for case in (dakar, barcelona):
        window.context.execute(case, "Add a case")
    clock.advance(10 * 60)
    page.controller.next_item()
    clock.advance(7 * 60)
    page.controller.next_item()  # structured feedback
    for reviewer, rating in (("Jun Li", 4), ("Marta Gómez", 3)):
        form = screen.feedback_form
        form.reviewer_combo.setEditText(reviewer)
        form.strengths_edit.setPlainText("Clear goals, a team that learns from each module")
        form.challenges_edit.setPlainText("Keeping tutors after the pilot year")
        form.recommendations_edit.setPlainText("Pair each new city with a mentor city")
        form.transferable_edit.setPlainText("The weekly learning log")
        form.rating_combo.setCurrentIndex(form.rating_combo.findData(rating))
        screen.save_feedback_button.click()
        clock.advance(3 * 60)
    screen.feedback_form.reviewer_combo.setEditText("Karim Benali")
    screen.feedback_form.strengths_edit.setPlainText("A draft the room must not see")
    page.controller.tick()
    return screen
