"""The facilitator's list of phones' texts: approve, edit, hide, approve all — each one
undo step — and the 1-2-4-All projector shows only what was approved."""

from __future__ import annotations

from uuid import UUID

from pytestqt.qtbot import QtBot

from forum_desktop.clock import FakeClock
from forum_desktop.methods.idea_acts import AddIdea, item_ideas
from forum_desktop.services.moderation import Approve, SendFromPhone, shown_texts
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.method_screens.one_two_four_all import OneTwoFourAllScreen
from forum_desktop.ui.moderation_panel import ModerationPanel
from forum_desktop.ui.participants_dialog import ParticipantsDialog
from tests.participants.examples import Room, build_room, run_method
from tests.services.helpers import build_day
from tests.services.method_examples import apply_method
from tests.ui.conftest import Prompts
from tests.ui.method_screens.test_one_two_four_all import harvest
from tests.ui.test_run_page import open_console_on


def rows(panel: ModerationPanel) -> list[str]:
    return [panel.texts_list.item(n).text() for n in range(panel.texts_list.count())]


def choose(panel: ModerationPanel, *indexes: int) -> None:
    panel.texts_list.clearSelection()
    for index in indexes:
        panel.texts_list.item(index).setSelected(True)


def phones_ideas(context: AppContext, room: Room, *texts: str) -> list[UUID]:
    run_method(context.store, room, "one-two-four-all")
    item = room.items["one-two-four-all"]
    ids = []
    for text in texts:
        context.store.clock.advance(1)  # type: ignore[attr-defined]
        act = SendFromPhone(act=AddIdea(item_id=item, text=text))
        result = context.execute(act, "phone")
        assert result is not None
        ids.append(result.value)
    return ids


def test_the_facilitator_approves_edits_and_hides_phones_texts(
    context: AppContext, qtbot: QtBot, answers: Prompts
) -> None:
    room = build_room(context.store)
    dialog = ParticipantsDialog(context, room.event_id, None)
    qtbot.addWidget(dialog)
    dialog.open_console()
    assert dialog.console is not None
    panel = dialog.console.moderation
    phones_ideas(context, room, "Wells", "Rude words", "Buses")
    assert rows(panel) == ["Waiting — Wells", "Waiting — Rude words", "Waiting — Buses"]
    assert not panel.approve_button.isEnabled() and panel.approve_all_button.isEnabled()

    choose(panel, 0)
    panel.approve_button.click()
    choose(panel, 1)
    panel.hide_button.click()
    choose(panel, 2)
    answers.texts.append("Night buses")
    panel.edit_button.click()
    assert rows(panel) == [
        "Shown — Wells",
        "Hidden — Rude words",
        "Shown — Night buses (typed: Buses)",
    ]
    ideas = item_ideas(context.store, room.items["one-two-four-all"])
    assert shown_texts(context.store, ideas) == ["Wells", "Night buses"]

    context.undo_stack.undo()  # the edit
    context.undo_stack.undo()  # the hiding
    assert rows(panel) == ["Shown — Wells", "Waiting — Rude words", "Waiting — Buses"]
    panel.approve_all_button.click()
    assert rows(panel)[1:] == ["Shown — Rude words", "Shown — Buses"]
    assert not panel.approve_all_button.isEnabled()


def test_the_1_2_4_all_projector_shows_a_phones_idea_only_once_approved(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    store = window.context.store
    session_id, ids = build_day(store, [20])
    apply_method(store, item_id=ids[0], method_id="one-two-four-all", language="en")
    page = open_console_on(window, session_id)
    page.controller.start()
    screen = page.methods.screen
    assert isinstance(screen, OneTwoFourAllScreen)
    harvest(qtbot, screen, "Typed by the rapporteur")
    clock.advance(15)
    phone = window.context.execute(
        SendFromPhone(act=AddIdea(item_id=ids[0], text="From a phone")), "phone"
    )
    assert phone is not None
    assert screen.room.ideas.text() == "1. Typed by the rapporteur"
    window.context.execute(Approve(outcome_ids=(phone.value,)), "approve")
    assert screen.room.ideas.text() == "1. Typed by the rapporteur\n2. From a phone"
