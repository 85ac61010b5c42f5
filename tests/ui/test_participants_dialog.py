"""Run ▸ Open to participants: the dialog serves on the chosen interface (loopback here),
shows the address and a QR code, counts phones, takes a second claim's OK, and a phone's
act reaches the screens through ``changed`` — delivered on the UI thread, made on the
server's."""

from __future__ import annotations

import json
import socket
import threading
import urllib.error
import urllib.request
from datetime import UTC, datetime
from http.cookiejar import CookieJar
from typing import Any
from uuid import uuid4

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from forum_desktop.methods.dot_vote import vote_view
from forum_desktop.methods.idea_acts import ideas_view
from forum_desktop.models import Change, ChangeKind
from forum_desktop.services.operations import OpResult
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.method_screens.one_two_four_all_public import OneTwoFourAllPublic
from forum_desktop.ui.participant_acts import GATHER_MS, Acts
from forum_desktop.ui.participants_dialog import ParticipantsDialog, interfaces
from tests.participants.examples import Room, build_room, run_method
from tests.ui.conftest import Prompts


def phone() -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))


def post(opener: urllib.request.OpenerDirector, url: str, body: dict[str, Any]) -> int:
    request = urllib.request.Request(
        url, json.dumps(body).encode(), {"Content-Type": "application/json"}
    )
    with opener.open(request, timeout=10) as response:
        return int(response.status)


@pytest.fixture
def room(context: AppContext) -> Room:
    return build_room(context.store)


@pytest.fixture
def dialog(context: AppContext, room: Room, qtbot: QtBot) -> ParticipantsDialog:
    dialog = ParticipantsDialog(context, room.event_id, None)
    qtbot.addWidget(dialog)
    loopback = dialog.interface_combo.findData("127.0.0.1")
    assert loopback >= 0, interfaces()
    dialog.interface_combo.setCurrentIndex(loopback)
    return dialog


def test_a_phones_vote_shows_on_the_laptop_from_the_servers_thread(
    context: AppContext, room: Room, dialog: ParticipantsDialog, qtbot: QtBot
) -> None:
    run_method(context.store, room, "dot-voting")
    dialog.open_server()
    url = dialog.address_label.text()
    assert url.startswith("http://127.0.0.1:")
    assert dialog.qr_label.pixmap() is not None and not dialog.qr_label.pixmap().isNull()
    assert not dialog.open_button.isEnabled() and dialog.close_button.isEnabled()
    emitted_on: list[int] = []  # where the server emitted: recorded at once, on its thread
    dialog.acts.arrived.connect(
        lambda _: emitted_on.append(threading.get_ident()), Qt.ConnectionType.DirectConnection
    )
    delivered_on: list[int] = []
    dialog.acts.done.connect(lambda _: delivered_on.append(threading.get_ident()))
    device = phone()
    device.open(url, timeout=10).close()
    assert post(device, url + "api/join", {"participant_id": str(room.people["Awa Diop"])}) == 200
    assert post(device, url + "api/consent", {"appearance": "named"}) == 200
    with qtbot.waitSignal(context.changed, timeout=5000) as changed:
        assert post(device, url + "api/vote", {"dots": {str(room.options[0]): 2}}) == 200
    assert changed.args[0].touches("dot_vote_ballot")
    assert emitted_on and emitted_on[0] != threading.get_ident()  # made on the server's thread
    assert delivered_on == [threading.get_ident()]  # delivered on the UI thread
    tallies = vote_view(context.store, room.items["dot-voting"]).tallies
    assert tallies[0].dots == 2
    dialog.close_server()
    with pytest.raises(urllib.error.URLError):
        device.open(url, timeout=5)
    assert dialog.phones_label.text() == "Not open."


def test_the_facilitator_may_choose_the_port(dialog: ParticipantsDialog) -> None:
    with socket.socket() as probe:  # a port free now, on loopback
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    dialog.port_spin.setValue(port)
    dialog.open_server()
    assert dialog.address_label.text().startswith(f"http://127.0.0.1:{port}/")
    assert not dialog.port_spin.isEnabled()
    dialog.close_server()


def test_a_port_in_use_is_refused_with_a_reason(
    dialog: ParticipantsDialog, answers: Prompts
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        dialog.port_spin.setValue(taken.getsockname()[1])
        dialog.open_server()
    assert dialog.server is None and dialog.open_button.isEnabled()
    ((title, text),) = answers.errors
    assert title == "Open to participants"
    assert text.startswith("The page could not be served on this network: ")
    assert dialog.phones_label.text() == "Not open."


def test_a_second_claim_waits_for_the_facilitator(
    room: Room, dialog: ParticipantsDialog, qtbot: QtBot
) -> None:
    dialog.open_server()
    url = dialog.address_label.text()
    first, second = phone(), phone()
    for device in (first, second):
        device.open(url, timeout=10).close()
        post(device, url + "api/join", {"participant_id": str(room.people["Awa Diop"])})
    qtbot.waitUntil(lambda: dialog.claims_list.count() == 1, timeout=5000)
    assert dialog.claims_list.item(0).text() == "Awa Diop"
    assert [dialog.phones_list.item(n).text() for n in range(2)] == [
        "Awa Diop",
        "Asks for Awa Diop",
    ]
    dialog.allow_claim()
    assert dialog.claims_list.count() == 0
    with second.open(url + "api/state", timeout=10) as response:
        assert json.load(response)["me"]["participant"] == str(room.people["Awa Diop"])
    dialog.close_server()


def test_the_facilitator_removes_a_phone(
    room: Room, dialog: ParticipantsDialog, qtbot: QtBot
) -> None:
    dialog.open_server()
    url = dialog.address_label.text()
    first, second = phone(), phone()
    first.open(url, timeout=10).close()
    post(first, url + "api/join", {"participant_id": str(room.people["Awa Diop"])})
    stream = first.open(url + "api/events", timeout=10)
    assert stream.readline() == b"event: change\n"
    qtbot.waitUntil(lambda: dialog.phones_list.count() == 1, timeout=5000)
    assert dialog.phones_list.item(0).text() == "Awa Diop"
    dialog.phones_list.setCurrentRow(0)
    dialog.remove_phone()
    assert dialog.phones_list.count() == 0
    assert stream.read() == b"data: {}\n\n"  # the rest of its first event, then the end
    stream.close()
    with pytest.raises(urllib.error.HTTPError) as refused:
        first.open(url + "api/state", timeout=10)
    assert refused.value.code == 401
    refused.value.close()  # its socket, else closed by the collector in a later test
    second.open(url, timeout=10).close()
    post(second, url + "api/join", {"participant_id": str(room.people["Awa Diop"])})
    with second.open(url + "api/state", timeout=10) as response:
        assert json.load(response)["me"]["participant"] == str(room.people["Awa Diop"])
    assert dialog.claims_list.count() == 0  # the name was free: no OK needed
    dialog.close_server()


def test_a_script_typed_on_a_phone_shows_as_text_on_the_projector(
    context: AppContext, room: Room, dialog: ParticipantsDialog, qtbot: QtBot
) -> None:
    hostile = '<img src=x onerror="alert(1)"><b>bold</b>'
    run_method(context.store, room, "one-two-four-all")
    dialog.open_server()
    url = dialog.address_label.text()
    device = phone()
    device.open(url, timeout=10).close()
    post(device, url + "api/join", {"participant_id": str(room.people["Awa Diop"])})
    post(device, url + "api/consent", {"appearance": "named"})
    assert post(device, url + "api/answer", {"text": hostile}) == 200
    dialog.close_server()
    ideas = [idea.text for idea in ideas_view(context.store, room.items["one-two-four-all"]).ideas]
    public = OneTwoFourAllPublic()
    qtbot.addWidget(public)
    public.show_ideas(list(enumerate(ideas, start=1)))
    shown = public.ideas
    assert shown.text() == f"1. {hostile}"
    assert QtGui.Qt.mightBeRichText(shown.text())  # as rich text it would show "bold", no tags
    assert shown.textFormat() == Qt.TextFormat.PlainText
    # In a theme's card (rich text, for the bold name) it is escaped: read as typed.
    public.themes.show_themes([(hostile, ideas)])
    [card] = public.themes.card_labels
    assert QtGui.QTextDocumentFragment.fromHtml(card.text()).toPlainText() == (
        f"{hostile}\n{hostile}"
    )


def test_acts_arriving_together_reach_the_screens_once(qtbot: QtBot) -> None:
    acts = Acts()
    first, second = OpResult((_change(),), "first"), OpResult((_change(),), "second")

    def server() -> None:
        acts.arrived.emit(first)
        acts.arrived.emit(second)

    with qtbot.waitSignal(acts.done, timeout=5000) as done:
        threading.Thread(target=server).start()
    assert done.args[0].changes == first.changes + second.changes
    with qtbot.assertNotEmitted(acts.done, wait=2 * GATHER_MS):
        pass


def _change() -> Change:
    return Change(
        device_id=uuid4(),
        sequence=1,
        author="phone",
        record_type="outcome",
        record_id=uuid4(),
        kind=ChangeKind.INSERT,
        fields={},
        at=datetime.now(UTC),
    )


def test_the_run_menu_opens_the_shown_events_dialog(window: MainWindow, room: Room) -> None:
    window.open_event(room.event_id)
    window.participants.action.trigger()
    dialog = window.participants.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.event_id == room.event_id
    assert dialog.windowTitle() == "Open Learning Forum to participants"
    assert dialog.server is None  # nothing listens before the facilitator opens it
    dialog.close()
