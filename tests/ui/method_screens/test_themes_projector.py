"""The projector shows a round's themes with their ideas while the item runs, in the
event's language: walked label by label, as the room reads it. A phone's idea shows
once approved; who gave an answer never does."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from forum_desktop.clock import FakeClock
from forum_desktop.methods.idea_acts import AddIdea, GroupIdeasIntoTheme
from forum_desktop.models import AgendaItem, Session
from forum_desktop.services.agenda import UpdateItem
from forum_desktop.services.commands import Command, execute
from forum_desktop.services.moderation import Approve, SendFromPhone
from forum_desktop.services.participants import AddParticipant
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.language import install
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.method_screens.one_two_four_all import OneTwoFourAllScreen
from forum_desktop.ui.method_screens.round_robin import RoundRobinScreen
from forum_desktop.ui.projector import ProjectorWindow
from forum_desktop.ui.room_language import set_room_language
from forum_desktop.ui.run_page import RunPage
from tests.services.helpers import build_day
from tests.services.method_examples import apply_method
from tests.ui.method_screens.test_round_robin import answer
from tests.ui.test_run_page import open_console_on


def laid_out(widget: QWidget) -> list[QLabel]:
    """The labels inside ``widget`` in the order its layouts place them, top to bottom."""
    if isinstance(widget, QLabel):
        return [widget]
    layout = widget.layout()
    if layout is None:
        return []
    found: list[QLabel] = []
    for n in range(layout.count()):
        child = layout.itemAt(n).widget()
        if child is not None:
            found += laid_out(child)
    return found


def room_lines(projector: ProjectorWindow) -> list[str]:
    """The lines of the method's view the room sees, label by label, top to bottom."""
    view = projector.method_view
    assert view is not None
    labels = [label for label in laid_out(view) if label.isVisibleTo(projector)]
    return [line for label in labels for line in plain(label).splitlines()]


def plain(label: QLabel) -> str:
    """A label's text as read: a theme's card is rich text, its ideas a line each or in a
    row (whichever fits), here a line each."""
    if label.textFormat() is not Qt.TextFormat.RichText:
        return label.text()
    text = QTextDocumentFragment.fromHtml(label.text()).toPlainText()
    return text.replace(" · ", "\n")


def run(window: MainWindow, command: Command) -> UUID:
    result = window.context.execute(command, "test")
    assert result is not None
    return result.value  # type: ignore[no-any-return]


def projector_of(page: RunPage) -> ProjectorWindow:
    page.toggle_projector()
    projector = page.projector
    assert projector is not None
    projector.resize(1024, 768)
    return projector


def test_one_two_four_alls_themes_with_their_ideas_on_the_projector_in_french(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    store = window.context.store
    session_id, ids = build_day(store, [20])  # a French event
    item = ids[0]
    apply_method(store, item_id=item, method_id="one-two-four-all", language="fr")
    page = open_console_on(window, session_id)
    page.controller.start()
    screen = page.methods.screen
    assert isinstance(screen, OneTwoFourAllScreen)
    projector = projector_of(page)
    ideas = {}
    for text in ("Pistes cyclables", "Bus de nuit", "Puits propres", "Données ouvertes"):
        clock.advance(15)
        ideas[text] = run(window, AddIdea(item_id=item, text=text))
    phone = run(window, SendFromPhone(act=AddIdea(item_id=item, text="Tramway")))
    assert room_lines(projector)[-4:] == [  # no themes yet: the ideas, numbered
        "1. Pistes cyclables",
        "2. Bus de nuit",
        "3. Puits propres",
        "4. Données ouvertes",
    ]

    mobility = [ideas["Pistes cyclables"], ideas["Bus de nuit"], phone]
    run(window, GroupIdeasIntoTheme(item_id=item, idea_ids=tuple(mobility), name="Mobilité"))
    run(window, GroupIdeasIntoTheme(item_id=item, idea_ids=(ideas["Puits propres"],), name="Eau"))
    assert room_lines(projector)[-7:] == [
        "4. Données ouvertes",  # not in a theme yet, its number kept
        "Thèmes",  # the room's words in the event's language
        "Mobilité",
        "Pistes cyclables",
        "Bus de nuit",  # the phone's idea waits for approval
        "Eau",
        "Puits propres",
    ]
    assert "Themes" not in room_lines(projector)
    run(window, Approve(outcome_ids=(phone,)))
    assert room_lines(projector)[-5:-2] == ["Pistes cyclables", "Bus de nuit", "Tramway"]
    cards = screen.room.themes.card_labels
    assert [card.text().split("<br>")[0] for card in cards] == ["<b>Mobilité</b>", "<b>Eau</b>"]


def test_a_rounds_themes_with_their_answers_on_the_projector_without_names(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    store = window.context.store
    session_id, ids = build_day(store, [30])
    session = store.require(Session, session_id)
    for name in ("Awa", "Binta", "Chloé"):
        execute(store, AddParticipant(event_id=session.event_id, name=name))
    apply_method(store, item_id=ids[0], method_id="round-robin", language="fr")
    page = open_console_on(window, session_id)
    page.controller.start()
    screen = page.methods.screen
    assert isinstance(screen, RoundRobinScreen)
    projector = projector_of(page)
    screen.next_button.click()
    for text in ("Pistes cyclables", "Bus de nuit", "Puits propres"):
        clock.advance(10)
        answer(qtbot, screen, text)
    answers = screen.answer_themes.answer_list
    answers.item(0).setSelected(True)
    answers.item(2).setSelected(True)
    screen.answer_themes.themes.name_edit.setText("Ville")
    screen.group_chosen()
    lines = room_lines(projector)
    assert lines[-4:] == ["Thèmes", "Ville", "Pistes cyclables", "Puits propres"]
    assert not any("Awa" in line or "Chloé" in line for line in lines[-4:])
    window.context.undo_stack.undo()
    assert "Thèmes" not in room_lines(projector)


def test_a_running_rounds_themes_stay_readable_from_the_back_of_the_room_at_1024_by_768(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    """Under a round with someone speaking, three themes of seven answers: the cards'
    type is never below three quarters of the projector's (it was half: 13 px), and who
    speaks and their time share a line. Beside the countdown's digits (no longer its
    font's blank line above and below them) the first card lists its three answers; with
    less room it would list fewer ("+1") rather than shrink further."""
    store = window.context.store
    session_id, ids = build_day(store, [30])
    question = "Quelle pratique de votre ville voulez-vous partager avec le réseau, et pourquoi ?"
    execute(store, UpdateItem(item_id=ids[0], guiding_question=question))
    session = store.require(Session, session_id)
    for name in ("Awa", "Binta", "Chloé", "Diego", "Emma", "Fatou", "Gaspard", "Hana"):
        execute(store, AddParticipant(event_id=session.event_id, name=name))
    apply_method(store, item_id=ids[0], method_id="round-robin", language="fr")
    page = open_console_on(window, session_id)
    page.controller.start()
    screen = page.methods.screen
    assert isinstance(screen, RoundRobinScreen)
    projector = projector_of(page)
    screen.next_button.click()
    texts = (
        "Pistes cyclables le long des grands axes",
        "Bus de nuit le week-end",
        "Puits propres dans chaque quartier",
        "Donnees ouvertes sur la qualite de l'eau",
        "Tarif social pour les transports",
        "Recuperation des eaux de pluie",
        "Budget participatif pour les ecoles",
    )
    for text in texts:
        clock.advance(10)
        answer(qtbot, screen, text)
    answers = screen.answer_themes.answer_list
    for rows, name in (([0, 1, 4], "Mobilité"), ([2, 3, 5], "Eau"), ([6], "Éducation")):
        answers.clearSelection()
        for row in rows:
            answers.item(row).setSelected(True)
        screen.answer_themes.themes.name_edit.setText(name)
        screen.group_chosen()
    room = screen.room
    assert room.now.text() == "En cours : Hana" and room.time.isVisibleTo(projector)
    qtbot.waitUntil(lambda: room.themes.cards.height() > 0)

    assert room.now.y() == room.time.y()  # one line for the turn
    cards = [card for card in room.themes.card_labels if card.isVisibleTo(projector)]
    assert len(cards) == 3
    smallest = room.font().pixelSize() * 3 / 4
    assert all(card.font().pixelSize() >= smallest for card in cards)
    assert all(card.geometry().bottom() <= room.themes.cards.height() for card in cards)
    first = plain(cards[0]).splitlines()
    assert first == [
        "Mobilité",
        "Pistes cyclables le long des grands axes",
        "Bus de nuit le week-end",
        "Tarif social pour les transports",
    ]


def test_themes_beside_ideas_left_to_group_never_overlap_at_1024_by_768(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    """Half-way through grouping (four themes, eighteen ideas left): the room's list of
    ideas keeps only the newest one, and the cards show whole, readable, side by side,
    those that do not fit counted; before, five ideas left the cards 25 pixels and their
    names were drawn over each other."""
    store = window.context.store
    session_id, ids = build_day(store, [20])
    item = ids[0]
    execute(
        store, UpdateItem(item_id=item, guiding_question="Que faire pour une ville plus juste ?")
    )
    apply_method(store, item_id=item, method_id="one-two-four-all", language="fr")
    page = open_console_on(window, session_id)
    page.controller.start()
    screen = page.methods.screen
    assert isinstance(screen, OneTwoFourAllScreen)
    projector = projector_of(page)
    ideas = []
    for n in range(1, 31):
        clock.advance(10)
        text = f"Idée {n} sur la gouvernance locale partagée"
        ideas.append(run(window, AddIdea(item_id=item, text=text)))
    names = ("Gouvernance locale", "Eau et assainissement", "Mobilité douce", "Logement")
    for n, name in enumerate(names):
        clock.advance(10)
        chosen = tuple(ideas[3 * n : 3 * n + 3])
        run(window, GroupIdeasIntoTheme(item_id=item, idea_ids=chosen, name=name))
    room = screen.room
    assert room.ideas.text() == (
        "… idées précédentes : 17\n30. Idée 30 sur la gouvernance locale partagée"
    )
    themes = room.themes
    qtbot.waitUntil(lambda: themes.cards.height() > 0)

    cards = [card for card in themes.card_labels if card.isVisibleTo(projector)]
    assert cards  # at least a row
    area = themes.cards.rect()
    for n, card in enumerate(cards):
        assert area.contains(card.geometry())
        assert card.heightForWidth(card.width()) <= card.height()  # the text shows whole
        assert all(not card.geometry().intersects(other.geometry()) for other in cards[n + 1 :])
    assert all(card.font().pixelSize() >= room.font().pixelSize() * 3 / 4 for card in cards)
    left = len(names) - len(cards)
    assert themes.more.text() == (f"… autres thèmes : {left}" if left else "")


def test_the_consoles_theme_and_answer_rows_read_in_french(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    """ "Mobilité (2) : …" and "Awa : …", the colons the interface's (they were "(2): …"
    and "Awa: …" in every language); what was typed stays as typed, "%3" included."""
    install("fr")
    store = window.context.store
    session_id, ids = build_day(store, [20, 30])
    session = store.require(Session, session_id)
    for name in ("Awa", "Binta"):
        execute(store, AddParticipant(event_id=session.event_id, name=name))
    apply_method(store, item_id=ids[0], method_id="one-two-four-all", language="fr")
    apply_method(store, item_id=ids[1], method_id="round-robin", language="fr")
    ideas = []
    for text in ("Pistes cyclables", "Bus de nuit"):
        clock.advance(10)
        ideas.append(run(window, AddIdea(item_id=ids[0], text=text)))
    run(window, GroupIdeasIntoTheme(item_id=ids[0], idea_ids=tuple(ideas), name="Plan %3"))
    page = open_console_on(window, session_id)
    page.controller.start()
    screen = page.methods.screen
    assert isinstance(screen, OneTwoFourAllScreen)
    rows = screen.themes.theme_list
    assert rows.item(0).text() == "Plan %3 (2) : Pistes cyclables; Bus de nuit"

    page.controller.jump_to(store.select(AgendaItem, {"parent_id": ids[1]})[0].id)
    screen = page.methods.screen
    assert isinstance(screen, RoundRobinScreen)
    screen.next_button.click()
    answer(qtbot, screen, "Tramway")
    answers = screen.answer_themes.answer_list
    assert answers.item(0).text() == "Awa : Tramway"


def test_a_running_rounds_themes_are_headed_in_the_events_language_after_a_restart(
    window: MainWindow, qtbot: QtBot, clock: FakeClock, db_path: Path
) -> None:
    """The app restarts on a French session running 1-2-4-All with themes: the projector's
    heading says "Thèmes" at once (it said "Themes" until the next idea, the screen being
    built before the room's language was set)."""
    store = window.context.store
    session_id, ids = build_day(store, [20])
    apply_method(store, item_id=ids[0], method_id="one-two-four-all", language="fr")
    page = open_console_on(window, session_id)
    page.controller.start()
    idea = run(window, AddIdea(item_id=ids[0], text="Pistes cyclables"))
    run(window, GroupIdeasIntoTheme(item_id=ids[0], idea_ids=(idea,), name="Mobilité"))
    window.close()
    set_room_language("en")  # as the app starts: no event open yet

    fresh = MainWindow(AppContext(store, db_path))
    qtbot.addWidget(fresh)
    fresh.show()
    screen = open_console_on(fresh, session_id).methods.screen
    assert isinstance(screen, OneTwoFourAllScreen)
    assert screen.room.themes.heading.text() == "Thèmes"
