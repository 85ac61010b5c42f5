"""The projector's method views fit their text to the room they have: at 1024×768 with
the phones' code beside them, long names (accents, an Arabic name) read whole in every
chair, wrapped rather than cut, in type the back of the room still reads.

The new-user review saw "1. Núria" for "1. Núria Vilalta Puig" and ".3" for an Arabic
name in the fishbowl's chairs at 1024×768 with phones connected."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from forum_desktop.methods.voting import Standing
from forum_desktop.models import AttendanceStatus, Language, Session
from forum_desktop.services.agenda import UpdateItem
from forum_desktop.services.commands import execute
from forum_desktop.services.events import UpdateEvent
from forum_desktop.services.participants import AddParticipant, CheckIn
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.method_screens.fishbowl import FishbowlScreen
from forum_desktop.ui.method_screens.vote_chart import ChartRow, VoteChart
from forum_desktop.ui.projector import (
    COMFORTABLE_TEXT_SHARE,
    LEADS,
    LEAST_METHOD_DIGITS_SHARE,
    METHOD_DIGITS_SHARE,
    ProjectorWindow,
)
from forum_desktop.ui.projector_join import RoomAddress, room_address
from tests.services.helpers import build_day
from tests.services.method_examples import apply_method
from tests.ui.test_run_page import open_console_on

URL = "http://127.0.0.1:33297/pp-Y05O9vowpABcIbuBmg1KN3oFu-I80ADQUpw_DRMc/"
SIZES = [(1024, 768), (1366, 768)]
SMALLEST = 18
"""The smallest projected type at 768 pixels high (``projected_text.SMALLEST_SHARE``)."""
LONG_NAMES = [
    "Núria Vilalta Puig de Montcada",
    "Tomás Aguirre Villalba Echeverría",
    "سلمى بنعلي عبد الرحمن الحسيني",
    "Françoise Lefèvre-Desjardins",
    "Ömer Demirtaş Karaosmanoğlu",
]
"""Every one at least 24 letters; one Arabic, one with a hyphen."""


@pytest.fixture
def address() -> Iterator[RoomAddress]:
    """The event open to phones, its code on the projector; closed again after."""
    found = room_address()
    found.set_shown(True)
    found.set_url(URL)
    found.set_phones(5)
    yield found
    found.set_url("")


def in_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def plain(label: QLabel) -> str:
    if label.textFormat() != Qt.TextFormat.RichText:
        return label.text()
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def not_whole(label: QLabel) -> str:
    """Why the label does not show its whole text ("" when it does): the text wrapped at
    its breaks in the label's width must keep inside the label's rectangle."""
    margin = label.margin()
    room = label.contentsRect().adjusted(margin, margin, -margin, -margin)
    metrics = QFontMetrics(label.font())
    flags = Qt.TextFlag.TextWordWrap if label.wordWrap() else Qt.TextFlag.TextSingleLine
    box = metrics.boundingRect(QRect(0, 0, room.width(), 1 << 20), int(flags), plain(label))
    if box.width() > room.width():
        return f"{box.width()} px wide in {room.width()}"
    if box.height() > room.height():
        return f"{box.height()} px high in {room.height()}"
    return ""


def assert_fits(window: ProjectorWindow, view: QWidget) -> list[QLabel]:
    """Every label of the view with text shows it whole, inside the window, clear of the
    phones' code, in type no smaller than the room reads; the labels checked."""
    badge = in_window(window.join_badge, window)
    assert window.join_badge.isVisible() and window.rect().contains(badge)
    labels = [
        label for label in view.findChildren(QLabel) if label.isVisibleTo(window) and label.text()
    ]
    assert labels
    for label in labels:
        area = in_window(label, window)
        assert window.rect().contains(area), label.text()
        assert not area.intersects(badge), label.text()
        assert not_whole(label) == "", (label.text(), not_whole(label))
        assert label.font().pixelSize() >= SMALLEST, label.text()
    return labels


def fishbowl_of_long_names(window: MainWindow, language: str) -> FishbowlScreen:
    """A running fishbowl with a long name in each of its five chairs, the second speaking,
    and two more waiting to come in."""
    store = window.context.store
    session_id, ids = build_day(store, [60])
    event_id = store.require(Session, session_id).event_id
    execute(store, UpdateEvent(event_id=event_id, language=Language(language)))
    for name in [*LONG_NAMES, "Valentina Ríos Castaño", "Moussa Sy"]:
        person = execute(store, AddParticipant(event_id=event_id, name=name)).value
        execute(store, CheckIn(participant_ids=(person,), status=AttendanceStatus.PRESENT))
    apply_method(store, item_id=ids[0], method_id="fishbowl", language=language)
    page = open_console_on(window, session_id)
    page.controller.start()
    page.controller.tick()
    snapshot = page.controller.snapshot
    assert snapshot is not None and snapshot.current is not None
    # The reviewer's title, on two lines at 1024×768: the least room the view is left.
    title = "Localisation et développement de MOOC"
    execute(store, UpdateItem(item_id=snapshot.current.item_id, title=title))
    page.controller.tick()
    screen = page.methods.screen
    assert isinstance(screen, FishbowlScreen)
    screen.keep_open_check.setChecked(False)  # a name in every chair
    outer = screen.outer_list
    for name in [*LONG_NAMES, "Valentina Ríos Castaño", "Moussa Sy"]:
        [row] = [r for r in range(outer.count()) if outer.item(r).text().startswith(name)]
        outer.setCurrentRow(row)
        screen.add_to_queue()
    for _ in LONG_NAMES:
        screen.swap_in()
    screen.chair_buttons[1].click()
    screen.give_floor()
    page.controller.tick()
    page.toggle_projector()
    return screen


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("language", ["fr", "es"])
def test_long_names_read_whole_in_every_chair_beside_the_code_for_phones(
    window: MainWindow, qtbot: QtBot, address: RoomAddress, size: tuple[int, int], language: str
) -> None:
    screen = fishbowl_of_long_names(window, language)
    projector = window.page.run.projector
    assert projector is not None and projector.method_view is screen.public
    projector.resize(*size)
    qtbot.waitUntil(lambda: projector.size().toTuple() == size)
    chairs = screen.public_view.chair_labels
    texts = [label.text().replace("\u2068", "").replace("\u2069", "") for label in chairs]
    assert texts == [f"{number}. {name}" for number, name in enumerate(LONG_NAMES, 1)]
    qtbot.waitUntil(lambda: not any(not_whole(label) for label in chairs))
    shown = assert_fits(projector, screen.public)
    assert set(chairs) <= set(shown)
    assert projector.title_label.text() == "Localisation et développement de MOOC"
    # The Arabic name is one unit after its chair's number, "3. " at the left as in every
    # chair (a line read right to left put ".3" at the right, its name on a cut line).
    assert abs(ink_left(chairs[2]) - ink_left(chairs[0])) <= 2


def ink_left(label: QLabel) -> int:
    """Where the label's text starts from its left edge, in pixels, as drawn."""
    image = label.grab().toImage()
    inside = label.frameWidth() + 1
    background = image.pixelColor(inside, inside).lightness()
    for x in range(inside, image.width() - inside):
        for y in range(inside, image.height() - inside):
            if abs(image.pixelColor(x, y).lightness() - background) > 80:
                return x
    return image.width()


def projector(qtbot: QtBot, size: tuple[int, int], view: QWidget) -> ProjectorWindow:
    """A projector at ``size`` running an item in French, ``view`` under its countdown."""
    window = ProjectorWindow("Forum")
    qtbot.addWidget(window)
    window.set_method_view(view)
    window.title_label.setText("Localisation et développement de MOOC")
    window.countdown_label.setText("14:29")
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    return window


def fitted(qtbot: QtBot, window: ProjectorWindow, view: QWidget) -> list[QLabel]:
    """The view's labels once fitted (the projector fits them as the event loop turns)."""

    def whole() -> None:
        assert_fits(window, view)

    qtbot.waitUntil(whole)
    return assert_fits(window, view)


def round_robin_view() -> QWidget:
    from forum_desktop.ui.method_screens.round_robin_public import RoundRobinPublic

    view = RoundRobinPublic()
    view.question.setText(
        "Qu'est-ce que je fais pour soutenir l'apprentissage dans les municipalités ?"
    )
    view.now.setText(f"Parle maintenant : {LONG_NAMES[1]}")
    view.time.setText("1:45")
    view.next.setText(f"Ensuite : \u2068{LONG_NAMES[2]}\u2069")
    view.progress.setText("Personnes dans le tour : 3 sur 12")
    return view


def one_two_four_all_view() -> QWidget:
    from forum_desktop.ui.method_screens.one_two_four_all_public import OneTwoFourAllPublic

    view = OneTwoFourAllPublic()
    view.question.setText("Comment partager nos pratiques entre municipalités voisines ?")
    view.instructions.setText("Tous : chaque groupe partage une idée qui l'a marqué.")
    ideas = [(n, f"{name} propose un réseau d'échanges") for n, name in enumerate(LONG_NAMES, 1)]
    view.show_ideas(ideas)
    return view


def peer_review_view() -> QWidget:
    from forum_desktop.models.screens import ReviewCase
    from forum_desktop.ui.method_screens.peer_review_public import PeerReviewPublic

    public = QWidget()
    layout = QVBoxLayout(public)
    room = PeerReviewPublic(public, layout)
    case = ReviewCase(
        presenter_name=LONG_NAMES[3],
        organisation="Communauté d'agglomération de Montpellier Méditerranée",
        city="Montpellier",
        topic="Localisation des objectifs de développement durable dans les quartiers",
    )
    room.show_case(case, LONG_NAMES[3], "Cas 2 sur 5")
    room.show_phase("Questions de clarification", "posez des questions, sans conseils")
    return public


def breakouts_view() -> QWidget:
    from forum_desktop.ui.method_screens.breakouts_public import BreakoutsPublic

    public = QWidget()
    room = BreakoutsPublic(public, QVBoxLayout(public))
    groups = [(f"Groupe {n}", LONG_NAMES[n - 1 :] + LONG_NAMES[: n - 1]) for n in range(1, 4)]
    room.show_groups(groups)
    return public


def breakouts_reporting_view() -> QWidget:
    from forum_desktop.ui.method_screens.breakouts_public import BreakoutsPublic

    public = QWidget()
    room = BreakoutsPublic(public, QVBoxLayout(public))
    room.show_reporting("Groupe 2", LONG_NAMES[2], LONG_NAMES, "3:00", "Groupe 3")
    return public


VIEWS = {
    "round robin": round_robin_view,
    "1-2-4-All": one_two_four_all_view,
    "peer review": peer_review_view,
    "breakouts": breakouts_view,
    "breakouts reporting": breakouts_reporting_view,
}


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("name", list(VIEWS))
def test_every_method_view_reads_whole_beside_the_code_for_phones(
    qtbot: QtBot, address: RoomAddress, size: tuple[int, int], name: str
) -> None:
    view = VIEWS[name]()
    window = projector(qtbot, size, view)
    fitted(qtbot, window, view)


OPTIONS = [
    "Un réseau d'échanges entre municipalités voisines sur l'apprentissage",
    "Des formations en ligne traduites en espagnol, en arabe et en portugais",
    "شبكة لتبادل الخبرات بين البلديات المجاورة",
    "Un fonds commun pour les projets pilotes des quartiers",
    "Sí",
]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("revealed", [False, True])
def test_a_votes_options_read_whole_beside_the_code_for_phones(
    qtbot: QtBot, address: RoomAddress, size: tuple[int, int], revealed: bool
) -> None:
    """Long options on the projector, before and after the result is revealed: each drawn
    whole on its lines (none elided, "…"), in type the room reads, clear of the code."""
    public = QWidget()
    chart = VoteChart(public)
    QVBoxLayout(public).addWidget(chart)
    if revealed:
        public.setProperty(LEADS, True)
    votes = [5, 3, 3, 1, 0]
    standings = [Standing(v, 1 + sum(o > v for o in votes), votes.count(v) > 1) for v in votes]
    chart.show_rows(
        [
            ChartRow(text, standing if revealed else None)
            for text, standing in zip(OPTIONS, standings, strict=True)
        ]
    )
    window = projector(qtbot, size, public)
    qtbot.waitUntil(lambda: chart.height() > 100)
    font = chart.drawn_font()
    assert font.pixelSize() >= SMALLEST
    assert chart.height_needed(QFontMetrics(font)) <= chart.height()
    shown = chart.shown_texts()
    assert [" ".join(text.split()) for text in shown] == OPTIONS  # whole, wrapped at spaces
    badge = in_window(window.join_badge, window)
    area = in_window(chart, window)
    assert window.rect().contains(area) and not area.intersects(badge)


@pytest.mark.parametrize("size", SIZES)
def test_a_long_name_speaking_in_a_round_takes_two_lines_at_most(
    qtbot: QtBot, address: RoomAddress, size: tuple[int, int]
) -> None:
    """Beside its time, who speaks had half the width: a long name took three lines there
    (read as three names); it goes over its time instead, each line whole."""
    view = round_robin_view()
    window = projector(qtbot, size, view)
    labels = fitted(qtbot, window, view)
    now = next(label for label in labels if label.text().startswith("Parle maintenant"))
    metrics = QFontMetrics(now.font())
    box = metrics.boundingRect(
        QRect(0, 0, now.contentsRect().width(), 1 << 20),
        int(Qt.TextFlag.TextWordWrap),
        now.text(),
    )
    assert box.height() <= 2 * metrics.lineSpacing()
    assert now.font().pixelSize() >= round(size[1] * 0.03)  # not shrunk to two lines


@pytest.mark.parametrize("language", ["fr", "es"])
def test_the_countdown_gives_way_before_the_chairs_reach_the_smallest_type(
    window: MainWindow, qtbot: QtBot, address: RoomAddress, language: str
) -> None:
    """At 1024×768 beside the phones' code, long names in every chair: the review saw
    them at the 18 px floor beside a countdown 150 px tall. The countdown steps down
    (never under ``LEAST_METHOD_DIGITS_SHARE``: 61 px digits at 768, still the largest
    figure on the screen) until the chairs read at ``COMFORTABLE_TEXT_SHARE`` (23 px)."""
    screen = fishbowl_of_long_names(window, language)
    projector = window.page.run.projector
    assert projector is not None
    projector.resize(1024, 768)
    qtbot.waitUntil(lambda: projector.size().toTuple() == (1024, 768))
    chairs = screen.public_view.chair_labels
    qtbot.waitUntil(lambda: not any(not_whole(label) for label in chairs))
    assert_fits(projector, screen.public)
    names = min(label.font().pixelSize() for label in chairs)
    assert names >= round(768 * COMFORTABLE_TEXT_SHARE) > SMALLEST
    digits = projector.digits_height()
    assert digits >= round(768 * LEAST_METHOD_DIGITS_SHARE)
    assert digits < 768 * METHOD_DIGITS_SHARE  # it gave way
    assert digits > 2 * names  # the time still reads first
    # The window's full size again: the countdown takes its room back when it can.
    projector.set_method_view(None)
    assert projector.digits_height() > digits
