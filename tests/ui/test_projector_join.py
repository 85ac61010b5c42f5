"""The projector shows the participants' QR code, its address and the phones connected
while the event is open to phones; Q hides it; a phone can read the code from the
projector as drawn (decoded here with zxing-cpp from a grab of the window at 1024×768)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import zxingcpp
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from forum_desktop.ui.context import AppContext
from forum_desktop.ui.participants_dialog import ParticipantsDialog
from forum_desktop.ui.projector import ProjectorWindow
from forum_desktop.ui.projector_join import RoomAddress, room_address
from tests.participants.examples import build_room

URL = "http://192.168.1.20:8765/Yk3v0c9Xw2QmZr7dLp4sTn8aBe1FhJ6uGi5oKq0Wx_A/"


@pytest.fixture
def address() -> Iterator[RoomAddress]:
    """The app-wide address, as a fresh opening leaves it, and closed again after."""
    found = room_address()
    found.set_shown(True)
    yield found
    found.set_url("")
    found.set_shown(True)


def decoded(window: ProjectorWindow) -> list[str]:
    image = window.grab().toImage()
    return [barcode.text for barcode in zxingcpp.read_barcodes(image)]


def test_the_projector_shows_a_code_a_phone_can_read_and_hides_it_with_q(
    qtbot: QtBot, address: RoomAddress
) -> None:
    window = ProjectorWindow("Learning Forum")
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    badge = window.join_badge
    assert not badge.isVisible() and decoded(window) == []  # not open to phones

    address.set_url(URL)
    address.set_phones(3)
    assert badge.isVisible()
    assert decoded(window) == [URL]
    assert badge.url_label.text() == (
        "192.168.1.20:8765/\nYk3v0c9Xw2QmZr7dLp4sTn8aBe1FhJ6uGi5oKq0Wx_A/"
    )
    assert badge.phones_label.text() == "Phones connected: 3"
    assert badge.geometry().right() < window.width() and badge.geometry().bottom() < 768

    qtbot.keyClick(window, Qt.Key.Key_Q)
    assert not badge.isVisible() and decoded(window) == []
    qtbot.keyClick(window, Qt.Key.Key_Q)
    assert decoded(window) == [URL]
    address.set_url("")  # closed to participants
    assert not badge.isVisible()


def test_the_lines_at_the_bottom_keep_clear_of_the_code(qtbot: QtBot, address: RoomAddress) -> None:
    window = ProjectorWindow("Learning Forum")
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    window.next_label.setText("Next: Peer review of two learning practices from the cities")
    window.next_label.show()
    address.set_url(URL)
    badge = window.join_badge.geometry()

    def text_area(label: QLabel) -> QRect:
        area = label.contentsRect()
        return QRect(label.mapTo(window, area.topLeft()), area.size())

    qtbot.waitUntil(lambda: not text_area(window.next_label).intersects(badge))
    for label in (window.phase_label, window.question_label):
        assert not text_area(label).intersects(badge)
    # Under the code, not beside it: they keep the whole width (narrower, they would wrap).
    assert window.next_label.width() > window.width() - badge.width()


def test_opening_to_participants_puts_its_address_on_the_projector(
    context: AppContext, qtbot: QtBot, address: RoomAddress
) -> None:
    room = build_room(context.store)
    dialog = ParticipantsDialog(context, room.event_id, None)
    qtbot.addWidget(dialog)
    dialog.interface_combo.setCurrentIndex(dialog.interface_combo.findData("127.0.0.1"))
    window = ProjectorWindow("Learning Forum")
    qtbot.addWidget(window)
    dialog.open_server()
    assert address.url == dialog.address_label.text() != ""
    window.show()
    qtbot.waitExposed(window)
    assert decoded(window) == [dialog.address_label.text()]
    dialog.projector_check.setChecked(False)
    assert not window.join_badge.isVisible()
    dialog.close_server()
    assert address.url == ""
