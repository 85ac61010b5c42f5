"""The dot vote's console panel on a 1024×768 laptop, in French and Spanish: options,
counts and buttons readable, nothing cut (a new-user review found them squeezed)."""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QScrollArea,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as WaitTimeout
from pytestqt.qtbot import QtBot

from forum_desktop.models import Session
from forum_desktop.services.commands import execute
from forum_desktop.services.participants import AddParticipant
from forum_desktop.services.vote import AddOption
from forum_desktop.ui.language import install
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.method_screens.dot_voting import DotVotingScreen
from tests.services.helpers import build_day
from tests.services.method_examples import apply_method
from tests.ui.test_run_page import open_console_on

OPTIONS = (
    "Un MOOC par langue, porté par les villes hôtes",
    "Eau",
    "Des échanges entre pairs tous les trimestres sur la localisation des ODD",
    "Budget participatif",
)


def vote_at_1024(
    window: MainWindow, qtbot: QtBot, language: str, *, restarted: bool
) -> DotVotingScreen:
    """The vote's screen in the Run tab of a 1024×768 window in ``language``; ``restarted``:
    the vote was running when the window opened (its tab built hidden, then shown)."""
    store = window.context.store
    session_id, ids = build_day(store, [30])
    apply_method(store, item_id=ids[0], method_id="dot-voting", language="fr")
    event_id = store.require(Session, session_id).event_id
    for name in ("Aïcha Diallo", "Núria Vilalta Puig", "Jun Park"):
        execute(store, AddParticipant(event_id=event_id, name=name))
    for text in OPTIONS:
        execute(store, AddOption(item_id=ids[0], text=text))
    if restarted:
        earlier = open_console_on(window, session_id)
        earlier.controller.start()
        earlier.controller.set_session(None)
    install(language)  # the window's words are those of the language installed when built
    laptop = MainWindow(window.context)
    qtbot.addWidget(laptop)
    laptop.resize(1024, 768)  # before it shows, as on the laptop: the events list's share
    laptop.show()
    page = open_console_on(laptop, session_id)
    if not restarted:
        page.controller.start()
    qtbot.waitUntil(lambda: isinstance(page.methods.screen, DotVotingScreen))
    screen = page.methods.screen
    assert isinstance(screen, DotVotingScreen)
    return screen


def cut(widget: QWidget) -> str | None:
    """Why the widget does not show whole, or None."""
    parent = widget.parentWidget()
    assert parent is not None
    if not parent.rect().contains(widget.geometry()):
        return "outside its parent"
    wraps = isinstance(widget, QLabel) and widget.wordWrap()
    whole = widget.width() >= widget.sizeHint().width()
    if isinstance(widget, QAbstractButton | QLabel) and not wraps and not whole:
        return "its words cut"
    return None


def problems(screen: DotVotingScreen) -> list[str]:
    """What does not show whole in the screen: the scrolled lists never scroll sideways,
    and the result's buttons under them are in view without scrolling."""
    scroll = screen.findChild(QScrollArea)
    assert scroll is not None
    inner = scroll.widget()
    found = []
    if inner.width() > scroll.viewport().width():
        found.append(f"the lists scroll sideways: {inner.width()} > {scroll.viewport().width()}")
    results = screen.reveal_button.parentWidget()
    assert results is not None and not scroll.isAncestorOf(results)
    for widget in [results, *inner.findChildren(QWidget), *results.findChildren(QWidget)]:
        why = cut(widget) if widget.isVisibleTo(screen) else None
        if why:
            found.append(f"{type(widget).__name__} {getattr(widget, 'text', str)()!r}: {why}")
    return found


def whole(qtbot: QtBot, screen: DotVotingScreen) -> list[str]:
    with contextlib.suppress(WaitTimeout):  # laid out: then what is cut is named
        qtbot.waitUntil(lambda: not problems(screen), timeout=2000)
    return problems(screen)


@pytest.mark.parametrize("restarted", [False, True])
@pytest.mark.parametrize("language", ["fr", "es"])
def test_the_vote_s_panel_shows_whole_at_1024(
    window: MainWindow, qtbot: QtBot, language: str, restarted: bool
) -> None:
    screen = vote_at_1024(window, qtbot, language, restarted=restarted)
    assert whole(qtbot, screen) == []
    # Each option reads on one or two lines beside its count, and the list shows them all.
    for row in screen.entries.rows:
        assert row.text.width() >= 30 * row.text.fontMetrics().averageCharWidth()
    options = screen.options.list
    assert options.width() >= 40 * options.fontMetrics().averageCharWidth()
    assert options.height() >= (len(OPTIONS) + 1) * options.fontMetrics().lineSpacing()
    # The longer words once revealed and recorded still fit.
    screen.toggle_reveal()
    assert screen.record_result() is not None
    assert screen.record_button.text().replace("&", "") in (
        "Mettre à jour le résultat consigné",
        "Actualizar el resultado registrado",
    )
    assert whole(qtbot, screen) == []
