"""What the room reads on the projector is laid out whole: the phones' QR code takes its own
place beside a method's view (never over it), and the end of a session has its own slide.
The reviewer's cases: Spanish and French texts at 1024×768 and 1366×768."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import zxingcpp
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from forum_desktop.models import Language, Session
from forum_desktop.services.commands import execute
from forum_desktop.services.events import UpdateEvent
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.method_screens.fishbowl_public import FishbowlPublic
from forum_desktop.ui.method_screens.round_robin_public import RoundRobinPublic
from forum_desktop.ui.projector import ProjectorWindow
from forum_desktop.ui.projector_join import RoomAddress, room_address
from tests.services.helpers import build_day
from tests.ui.test_projector_language import seen
from tests.ui.test_run_page import open_console_on

URL = "http://127.0.0.1:33297/pp-Y05O9vowpABcIbuBmg1KN3oFu-I80ADQUpw_DRMc/"
SIZES = [(1024, 768), (1366, 768)]


@pytest.fixture
def address() -> Iterator[RoomAddress]:
    """The app-wide address, open to phones with two connected, and closed again after."""
    found = room_address()
    found.set_shown(True)
    found.set_url(URL)
    found.set_phones(2)
    yield found
    found.set_url("")


def in_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def cut_off(label: QLabel) -> bool:
    """Whether the label's text needs more room than it has (a wrapping label: more
    height; one line: more width)."""
    if label.wordWrap():
        return label.heightForWidth(label.width()) > label.height()
    return label.fontMetrics().horizontalAdvance(label.text()) > label.contentsRect().width()


def assert_code_whole(window: ProjectorWindow) -> None:
    """The QR code is drawn whole, and a phone reads it from the window as drawn."""
    code = window.join_badge.code_label
    assert code.pixmap().height() <= code.contentsRect().height()
    assert code.pixmap().width() <= code.contentsRect().width()
    image = window.grab().toImage()
    assert [barcode.text for barcode in zxingcpp.read_barcodes(image)] == [URL]


def assert_read_whole(window: ProjectorWindow, view: QWidget) -> None:
    assert_code_whole(window)
    badge = in_window(window.join_badge, window)
    countdown = in_window(window.countdown_label, window)
    assert window.join_badge.isVisible() and window.rect().contains(badge)
    labels = [label for label in view.findChildren(QLabel) if label.isVisibleTo(window)]
    assert labels
    for label in labels:
        area = in_window(label, window)
        assert window.rect().contains(area), label.text()
        assert not area.intersects(badge), label.text()
        assert not area.intersects(countdown), label.text()
        assert not cut_off(label), label.text()


def projector(qtbot: QtBot, size: tuple[int, int], view: QWidget) -> ProjectorWindow:
    window = ProjectorWindow("Seminario: Hacia el Foro de aprendizaje")
    qtbot.addWidget(window)
    window.set_method_view(view)
    window.title_label.setText("Presentación interactiva: ¿Quién es quién y quiénes son ustedes?")
    window.countdown_label.setText("14:29")
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    window.layout().activate()
    return window


@pytest.mark.parametrize("size", SIZES)
def test_the_code_for_phones_sits_beside_a_round_robin_never_over_it(
    qtbot: QtBot, address: RoomAddress, size: tuple[int, int]
) -> None:
    view = RoundRobinPublic()
    view.question.setText("¿Qué hago para apoyar el aprendizaje en los municipios?")
    view.now.setText("Ahora habla: Awa Diop")
    view.time.setText("1:45")
    view.next.setText("Después: Núria Vilalta Puig")
    view.progress.setText("Personas en la ronda: 3 de 12")
    window = projector(qtbot, size, view)
    assert_read_whole(window, view)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("chair", ["Silla libre", "Chaise libre"])
def test_every_chair_of_a_fishbowl_shows_beside_the_code_for_phones(
    qtbot: QtBot, address: RoomAddress, size: tuple[int, int], chair: str
) -> None:
    view = FishbowlPublic()
    chairs = [("1. Awa Diop", True), ("2. Jun Park", False), ("3. Ana Ruiz", False)]
    view.show_circle("Localización de MOOC", [*chairs, (f"4. {chair}", False)], ["Moussa Sy"])
    view.show_speaker("Awa Diop tiene la palabra — 2:10")
    window = projector(qtbot, size, view)
    assert_read_whole(window, view)
    assert f"4. {chair}" in [label.text() for label in view.findChildren(QLabel)]


@pytest.mark.parametrize("size", SIZES)
def test_a_long_title_and_question_in_two_languages_leave_the_code_whole(
    qtbot: QtBot, address: RoomAddress, size: tuple[int, int]
) -> None:
    window = projector(qtbot, size, QWidget())
    window.set_method_view(None)
    window.second_title_label.setText("Interactive presentation: who is who and who are you?")
    window.phase_label.setText("Tiempo agotado — se pasa del tiempo")
    window.question_label.setText(
        "¿Qué hago para apoyar el aprendizaje en los municipios y cómo lo comparto con otros?"
    )
    window.second_question_label.setText(
        "What do I do to support learning in the municipalities and how do I share it?"
    )
    window.next_label.setText("A continuación: Localización y desarrollo de MOOC")
    for label in (window.second_title_label, window.second_question_label):
        label.show()
    window.layout().activate()
    assert_code_whole(window)
    badge = in_window(window.join_badge, window)
    for label in window.findChildren(QLabel):
        if label.parentWidget() is window and label.isVisibleTo(window):
            assert not in_window(label, window).intersects(badge), label.text()


def test_closed_to_phones_the_view_takes_the_whole_width_again(
    qtbot: QtBot, address: RoomAddress
) -> None:
    view = RoundRobinPublic()
    view.next.setText("Después: Núria Vilalta Puig")
    window = projector(qtbot, (1024, 768), view)
    beside = view.width()
    address.set_url("")
    assert not window.join_badge.isVisible()
    assert view.width() > beside + window.height() * 0.3  # the code's side is given back


@pytest.mark.parametrize(
    ("language", "welcome", "end"),
    [
        ("fr", "Bienvenue", "Fin de la séance"),
        ("es", "Bienvenida", "Fin de la sesión"),
        ("en", "Welcome", "End of the session"),
    ],
)
def test_after_the_session_ends_the_projector_says_so_in_the_event_s_language(
    window: MainWindow, qtbot: QtBot, language: str, welcome: str, end: str
) -> None:
    store = window.context.store
    session_id, _ = build_day(store, [15, 40])
    event_id = store.require(Session, session_id).event_id
    execute(store, UpdateEvent(event_id=event_id, language=Language(language)))
    page = open_console_on(window, session_id)
    page.toggle_projector()
    projector = page.projector
    assert projector is not None
    page.controller.tick()
    assert welcome in seen(projector)  # before the start

    page.controller.start()
    page.controller.tick()
    page.controller.finish()  # asked, and confirmed
    page.controller.tick()
    shown = seen(projector)
    shown.remove(projector.clock_label.text())
    assert sorted(shown) == sorted([end, "Journée", "Forum"])  # the end, the session, the event
    assert projector.title_label.text() == end
