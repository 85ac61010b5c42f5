"""The seed's session, run as its note designs it, at a laptop's 1366×768 and 1024×768:
import the French note, a roster of 12, the round-robin for the introduction and the
fishbowl for the peer review with the note's two practices as its topics, run with the
projector open, a decision captured during the fishbowl's first phase, three people given
the floor — then the French minutes. The interface is French too, its words the longest."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from forum_desktop.agenda.programme_text import parse_programme
from forum_desktop.clock import FakeClock
from forum_desktop.export.minutes_data import load_minutes
from forum_desktop.export.minutes_md import minutes_markdown
from forum_desktop.export.minutes_options import MinutesOptions
from forum_desktop.models import AgendaItem, AttendanceStatus, Outcome
from forum_desktop.services.agenda_import import ImportAgenda, recognise_methods
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.participants import AddParticipant, CheckIn
from forum_desktop.ui.language import install
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.method_apply import apply_method
from forum_desktop.ui.method_screens.fishbowl import FishbowlScreen
from forum_desktop.ui.method_screens.round_robin import RoundRobinScreen
from tests.ui.conftest import Prompts
from tests.ui.test_projector_language import english_patterns, english_seen
from tests.ui.test_run_page import open_console_on

NOTE = Path(__file__).parents[1] / "agenda" / "data" / "learning-forum-session-note.fr.txt"
ROSTER = [
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
    ("Sami Haddad", "Tunis"),
]


def in_view(widget: QWidget, viewport: QWidget) -> bool:
    return viewport.rect().contains(QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size()))


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)])
def test_the_seed_s_session_as_its_note_designs_it(
    window: MainWindow, qtbot: QtBot, clock: FakeClock, answers: Prompts, size: tuple[int, int]
) -> None:
    install("fr")  # a French facilitator: the longest of the interface's words
    context, store = window.context, window.context.store
    event_id = execute(
        store, CreateEvent(title="Forum", language="fr", timezone="Europe/Paris")
    ).value
    programme = recognise_methods(parse_programme(NOTE.read_text(encoding="utf-8")))
    result = context.execute(ImportAgenda(event_id=event_id, programme=programme), "Import")
    assert result is not None
    (session_id,) = result.value
    for name, organisation in ROSTER:
        person = execute(
            store, AddParticipant(event_id=event_id, name=name, organisation=organisation)
        )
        execute(store, CheckIn(participant_ids=(person.value,), status=AttendanceStatus.PRESENT))
    welcome, review, _ = store.select(
        AgendaItem, {"session_id": session_id, "parent_id": None}, "position"
    )
    introduction = store.select(AgendaItem, {"parent_id": welcome.id}, "position")[1]
    practices = [i.title for i in store.select(AgendaItem, {"parent_id": review.id}, "position")]
    assert practices == [
        "Localisation et développement de MOOC",
        "Apprentissage entre pairs et méthodologies",
    ]

    # The methods, fitted to the note's times; the practices become the fishbowl's topics.
    answers.choices.append(0)  # "Fit the phases into 15 min"
    assert apply_method(window, context, introduction.id, "round-robin", "fr") is not None
    answers.choices += [0, 0]  # "Make them the fishbowl's topics", then fit into the time
    assert apply_method(window, context, review.id, "fishbowl", "fr") is not None
    assert answers.asked[1][0] == "En faire les thèmes de l’aquarium"
    for item in (introduction, review):
        planned = store.require(AgendaItem, item.id).planned_minutes
        phases = store.select(AgendaItem, {"parent_id": item.id}, "position")
        assert sum(phase.planned_minutes for phase in phases) == planned
    assert store.require(AgendaItem, introduction.id).planned_minutes == 15  # as the note says
    assert store.require(AgendaItem, review.id).planned_minutes == 30

    # The run, with the projector open, at the laptop's size.
    page = open_console_on(window, session_id)
    window.resize(*size)
    window.activateWindow()  # the facilitator's keys go to the console
    qtbot.waitUntil(lambda: window.size().toTuple() == size and window.isActiveWindow())
    page.toggle_projector()
    projector = page.projector
    assert projector is not None
    patterns = english_patterns()
    page.controller.start()
    page.controller.tick()
    while not isinstance(page.methods.screen, RoundRobinScreen):
        page.controller.next_item()
        page.controller.tick()
    robin = page.methods.screen
    page.bar.edit.setFocus()
    qtbot.keyClick(page.bar.edit, Qt.Key.Key_F4)  # the round's first speaker, from the bar
    assert robin.round.current is not None
    clock.advance(60)
    page.controller.tick()
    assert english_seen(projector, patterns) == []
    while not isinstance(page.methods.screen, FishbowlScreen):
        page.controller.next_item()
        page.controller.tick()
    bowl = page.methods.screen
    first_phase = store.select(AgendaItem, {"parent_id": review.id}, "position")[0]
    assert page.controller.snapshot is not None and page.controller.snapshot.current is not None
    assert page.controller.snapshot.current.item_id == first_phase.id
    assert [bowl.topic_combo.itemText(n) for n in range(bowl.topic_combo.count())] == practices

    # The rapporteur captures the forum's decision during "set-up and rules".
    page.bar.edit.setFocus()
    qtbot.keyClicks(page.bar.edit, "! Un MOOC par langue @Jun Park")
    qtbot.keyClick(page.bar.edit, Qt.Key.Key_Return)
    [decision] = [o for o in store.select(Outcome, {"kind": "decision"}, "captured_at")]
    assert decision.item_id == review.id and decision.phase == first_phase.title
    window.activateWindow()  # the offscreen platform leaves the completer's popup active
    qtbot.waitUntil(window.isActiveWindow)

    # Three people come in and speak.
    speakers = ["Aïcha Diallo", "Jun Park", "Lucía Gómez"]
    for name in speakers:
        [row] = [
            r for r in range(bowl.outer_list.count()) if bowl.outer_list.item(r).text() == name
        ]
        bowl.outer_list.setCurrentRow(row)
        bowl.add_to_queue()
    viewport = bowl.scroll_area.viewport()
    for widget in (bowl.circle_box, bowl.contribution_edit, bowl.queue_list):
        qtbot.waitUntil(lambda widget=widget: in_view(widget, viewport))  # once laid out
    for seconds in (90, 60, 45):  # each sits down from the queue and takes the floor
        bowl.swap_action.trigger()
        sitters = [n for n, seat in enumerate(bowl.view.seats) if seat is not None]
        bowl.chair_buttons[sitters[-1]].click()
        page.bar.edit.setFocus()
        qtbot.keyClick(page.bar.edit, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
        clock.advance(seconds)
        page.controller.tick()
        assert english_seen(projector, patterns) == []
    bowl.stop_button.click()

    printed = minutes_markdown(load_minutes(store, event_id, MinutesOptions()))
    item_two = printed.split("#### 2\\. ")[1].split("#### 3\\. ")[0]
    assert "Un MOOC par langue" in item_two  # under item 2, not under "set-up and rules"
    assert "##### Temps de parole" in item_two
    organisations = dict(ROSTER)
    for name, spoke in zip(speakers, ("1:30", "1:00", "0:45"), strict=True):
        assert f"| {name} | {organisations[name]} | 1 | {spoke} |" in item_two
    assert "| Ville de Dakar | 3 | 1 | 1:30 |" in item_two  # per organisation too
