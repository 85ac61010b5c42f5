"""High contrast and text size: chosen in Preferences, applied at once, kept per laptop."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from forum_desktop.ui import appearance
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.profile_dialog import ProfileDialog


@pytest.fixture(autouse=True)
def system_look(qapp: QApplication) -> Iterator[None]:
    """Every test leaves the shared application with the system's look."""
    yield
    appearance.apply(None, None)


def test_preferences_apply_high_contrast_and_a_larger_text_at_once(
    window: MainWindow, qapp: QApplication, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = qapp.font().pointSizeF()

    def exec_(dialog: ProfileDialog) -> int:
        dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData(appearance.HIGH_CONTRAST))
        dialog.text_size_combo.setCurrentIndex(dialog.text_size_combo.findData(150))
        return 1

    monkeypatch.setattr(ProfileDialog, "exec", exec_)
    window.preferences_action.trigger()
    palette = qapp.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == "#000000"
    assert palette.color(QPalette.ColorRole.WindowText).name() == "#ffffff"
    assert palette.color(QPalette.ColorRole.Highlight).name() == "#ffff00"
    assert palette.color(QPalette.ColorRole.Mid).name() == "#ffffff"  # frames show on black
    assert palette.color(QPalette.ColorRole.PlaceholderText).name() == "#a8a8a8"
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.5)
    qtbot.waitUntil(lambda: window.page.empty_label.font().pointSizeF() == base * 1.5)
    store = window.context.store
    assert store.setting(appearance.THEME_SETTING) == appearance.HIGH_CONTRAST
    assert store.setting(appearance.TEXT_SIZE_SETTING) == "150"

    def back(dialog: ProfileDialog) -> int:
        assert dialog.theme_combo.currentData() == appearance.HIGH_CONTRAST
        dialog.theme_combo.setCurrentIndex(0)
        dialog.text_size_combo.setCurrentIndex(0)
        return 1

    monkeypatch.setattr(ProfileDialog, "exec", back)
    window.preferences_action.trigger()
    assert qapp.palette().color(QPalette.ColorRole.Window).name() != "#000000"
    assert qapp.font().pointSizeF() == pytest.approx(base)


def test_unknown_saved_values_fall_back_to_the_defaults(qapp: QApplication) -> None:
    base = qapp.font().pointSizeF()
    appearance.apply("neon", "999")
    assert qapp.font().pointSizeF() == pytest.approx(base)
    assert appearance.parse_text_size("abc") == 100


def white_pixels(widget: QWidget) -> int:
    image = widget.grab().toImage()
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).lightness() > 200
    )


def test_high_contrast_draws_field_frames_and_check_boxes_in_white(
    qapp: QApplication, qtbot: QtBot
) -> None:
    appearance.apply(appearance.HIGH_CONTRAST, None)
    assert isinstance(qapp.style(), appearance.HighContrastStyle)
    box, field = QCheckBox(), QLineEdit()  # no text: only what the style draws
    for widget in (box, field):
        qtbot.addWidget(widget)
        widget.resize(120, 30)
    unchecked, framed = white_pixels(box), white_pixels(field)
    assert unchecked > 20 and framed > 250  # a white square; a white frame all round
    box.setChecked(True)
    assert white_pixels(box) > unchecked  # the tick
    appearance.apply(None, None)
    assert not isinstance(qapp.style(), appearance.HighContrastStyle)
