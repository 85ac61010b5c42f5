"""The projector speaks the event's language, whatever the interface's: on a French event
run from an English interface, no text the room sees is the English of a projector's
string, for the countdown's own words, a fishbowl's circle and a round-robin's turn."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from forum_desktop.clock import FakeClock
from forum_desktop.models import AttendanceStatus, Session
from forum_desktop.paths import resource
from forum_desktop.services.commands import execute
from forum_desktop.services.participants import AddParticipant, CheckIn
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.method_screens.fishbowl import FishbowlScreen
from forum_desktop.ui.method_screens.round_robin import RoundRobinScreen
from forum_desktop.ui.room_language import ROOM_CONTEXTS
from tests.services.helpers import build_day
from tests.services.method_examples import apply_method
from tests.ui.conftest import Prompts
from tests.ui.test_run_page import open_console_on


def english_patterns() -> list[re.Pattern[str]]:
    """The English sources of the projector's contexts, ``%1`` standing for any value."""
    tree = ET.parse(resource("translations", "forum_desktop_fr.ts"))
    sources = {
        message.findtext("source", "")
        for context in tree.getroot()
        if context.findtext("name") in ROOM_CONTEXTS
        for message in context.iter("message")
    }
    assert "Open chair" in sources and "Next: %1" in sources  # the contexts are read
    return [
        re.compile(re.sub(r"%\d", ".+", re.escape(source).replace(r"\%", "%")))
        for source in sources
    ]


def seen(window: QWidget) -> list[str]:
    """Every text the room sees, line by line."""
    return [
        line
        for label in window.findChildren(QLabel)
        if label.isVisibleTo(window)
        for line in label.text().splitlines()
        if line.strip()
    ]


def english_seen(window: QWidget, patterns: list[re.Pattern[str]]) -> list[str]:
    return [line for line in seen(window) if any(p.fullmatch(line) for p in patterns)]


def test_a_french_event_is_projected_in_french_from_an_english_interface(
    window: MainWindow, qtbot: QtBot, clock: FakeClock, answers: Prompts
) -> None:
    store = window.context.store
    session_id, (round_id, bowl_id) = build_day(store, [15, 40])  # a French event
    event_id = store.require(Session, session_id).event_id
    for name in ("Awa Diop", "Jun Park", "Ana Ruiz", "Moussa Sy"):
        person = execute(store, AddParticipant(event_id=event_id, name=name)).value
        execute(store, CheckIn(participant_ids=(person,), status=AttendanceStatus.PRESENT))
    apply_method(store, item_id=round_id, method_id="round-robin", language="fr")
    apply_method(store, item_id=bowl_id, method_id="fishbowl", language="fr")
    page = open_console_on(window, session_id)
    patterns = english_patterns()
    page.toggle_projector()
    projector = page.projector
    assert projector is not None
    page.controller.tick()
    assert "Bienvenue" in seen(projector)  # before the start: the welcome slide

    page.controller.start()
    page.controller.tick()
    robin = page.methods.screen
    assert isinstance(robin, RoundRobinScreen)
    robin.next_button.click()
    clock.advance(30)
    page.controller.tick()
    assert robin.now_label.text().startswith("Speaking now")  # the console: English
    shown = seen(projector)
    assert any(line.startswith("En cours : ") for line in shown), shown
    assert english_seen(projector, patterns) == []

    while page.methods.screen is robin:  # on to the fishbowl's first phase
        page.controller.next_item()
        page.controller.tick()
    bowl = page.methods.screen
    assert isinstance(bowl, FishbowlScreen)
    answers.texts.append("Localisation de MOOC")
    bowl.new_topic_button.click()
    for _ in range(2):  # two wait to come in, the first sits down
        bowl.outer_list.setCurrentRow(0)
        bowl.add_to_queue()
    bowl.swap_action.trigger()
    bowl.chair_buttons[0].click()
    bowl.floor_action.trigger()
    clock.advance(40)
    page.controller.tick()
    assert bowl.chair_buttons[1].text().endswith("Open chair")  # the console: English
    shown = seen(projector)
    assert any("a la parole" in line for line in shown), shown
    assert any(line.endswith("Chaise libre") for line in shown), shown
    assert english_seen(projector, patterns) == []
