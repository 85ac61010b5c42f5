"""The Run tab on a 1024×768 laptop: whatever notices a restart raises, the window fits."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from forum_desktop.clock import FakeClock
from forum_desktop.services.agenda import UpdateItem, UpdateSession
from forum_desktop.services.commands import execute
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.notice_area import OneLineLabel
from tests.services.helpers import build_day
from tests.services.method_examples import apply_method
from tests.ui.test_run_page import open_console_on

RESTART = "The session went on while Forum Desktop was closed (7 minutes); the timer kept running."


@pytest.mark.parametrize(
    "method_id", ["one-two-four-all", "round-robin", "breakout-groups", "fishbowl", "dot-voting"]
)
def test_a_restart_s_notices_share_one_line_and_the_window_fits_768_px(
    window: MainWindow, clock: FakeClock, qtbot: QtBot, method_id: str
) -> None:
    store = window.context.store
    window.resize(1024, 740)  # a 1024×768 screen less its panel
    session_id, ids = build_day(store, [30, 40, 40])
    apply_method(store, item_id=ids[0], method_id=method_id, language="en")
    execute(store, UpdateSession(session_id=session_id, end_time=time(9, 20)))
    page = open_console_on(window, session_id)
    page.controller.start()
    clock.advance(40 * 60)
    page.controller.tick()  # running late, the method's screen open
    page.show_notice(RESTART)
    page.toggle_projector()  # the only display: the mirror warning
    assert page.methods.screen is not None
    expected = {
        RESTART,
        page.projection.mirror_label.text(),
        page.late_label.text(),
    }
    assert all(expected) and len(expected) == 3

    assert window.minimumSizeHint().height() <= 768
    assert window.minimumSizeHint().width() <= 1024
    qtbot.waitUntil(lambda: window.height() <= 768)
    # One notice shows at a time, the newest first; the button steps through every one.
    seen: list[str] = []
    for _ in range(3):
        labels = page.notices.findChildren(OneLineLabel)
        shown = [label for label in labels if label.isVisible()]
        assert len(shown) == 1
        assert shown[0].toolTip() == shown[0].text()  # elided on screen, whole in its tooltip
        seen.append(shown[0].text())
        page.notices.next_button.click()
    assert seen[0] == page.projection.mirror_label.text()
    assert set(seen) == expected
    assert page.notices.next_button.text() == "+2 ▸"
    page.controller.set_session(None)


def test_saved_to_a_long_item_wraps_beside_the_bar_and_leaves_it_two_thirds(
    window: MainWindow, qtbot: QtBot
) -> None:
    store = window.context.store
    window.resize(1024, 740)
    session_id, ids = build_day(store, [30, 40])
    long_title = "Évaluation par les pairs du processus d'apprentissage et des méthodologies"
    execute(store, UpdateItem(item_id=ids[0], title=long_title))
    page = open_console_on(window, session_id)
    assert page.captured_label.isHidden()  # nothing saved yet: the bar has the whole row
    page.controller.start()
    page.bar.edit.setText("! Partager les puits")
    page.bar.edit.returnPressed.emit()
    qtbot.waitUntil(page.captured_label.isVisible)
    assert long_title in page.captured_label.text()
    qtbot.waitUntil(lambda: page.bar.width() >= 1.9 * page.captured_label.width())
    assert page.captured_label.wordWrap()
    page.controller.set_session(None)


def test_a_title_and_a_speaker_without_spaces_do_not_widen_the_window(
    window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    """A title pasted without spaces (or a long address) is cut at the label's edge: it
    made the window 9,000 px wide, on every tab."""
    store = window.context.store
    window.resize(1024, 740)
    window.show()
    qtbot.waitExposed(window)
    session_id, ids = build_day(store, [30, 40])
    execute(store, UpdateItem(item_id=ids[0], title="W" * 490))
    page = open_console_on(window, session_id)
    page.controller.start()
    page.controller.tick()
    page.speakers.speaker_combo.setCurrentText("S" * 600)
    page.speakers.give_floor()
    assert page.speakers.status_label.text().startswith("SSSS")
    QApplication.processEvents()  # the layouts settle: the window takes its minimum size
    assert window.width() <= 1024
    window.page.tabs.setCurrentWidget(window.page.capture)  # its photo panel names the item
    QApplication.processEvents()
    assert window.width() <= 1024
    page.controller.set_session(None)
