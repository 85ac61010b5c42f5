"""The rules every projected method view is fitted by (``ui/projected_text.py``)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from forum_desktop.ui.projected_text import fit_view, shows_whole, unbreakable


def test_a_line_breaks_at_spaces_and_after_a_hyphen_never_inside_a_word() -> None:
    assert unbreakable("4. Françoise Lefèvre-Desjardins") == (
        "4.",
        "Françoise",
        "Lefèvre-",
        "Desjardins",
    )


def window_with(qtbot: QtBot, text: str, width: int, height: int) -> tuple[QWidget, QLabel]:
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel(text, window)
    label.setWordWrap(True)
    # As on the projector: the label takes the width it is given, never asks for more.
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    QVBoxLayout(window).addWidget(label)
    window.setFixedSize(width, height)
    window.show()
    qtbot.waitExposed(window)
    return window, label


def test_the_type_steps_down_until_the_text_shows_whole(qtbot: QtBot) -> None:
    window, label = window_with(qtbot, "Tomás Aguirre Villalba Echeverría", 300, 768)
    assert fit_view(window, 60) < 60
    assert shows_whole(label)
    assert fit_view(window, 20) == 20  # what fits keeps its size


def test_never_below_what_the_back_of_the_room_reads(qtbot: QtBot) -> None:
    """18 px at 768 high, even when a word is still wider than its line there."""
    window, label = window_with(qtbot, "Karaosmanoğlu-Demirtaşoğullarindan", 120, 768)
    assert fit_view(window, 40) == 18
    assert label.font().pixelSize() == 18
    assert not shows_whole(label)
