"""How the interface looks: the system's colours (light or dark, as the system says) or a
high-contrast theme, and a text size. Chosen in Preferences, kept per laptop, applied at
once. The projector window scales with its own size, whatever the text size here."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

THEME_SETTING = "appearance_theme"
TEXT_SIZE_SETTING = "text_size_percent"
SYSTEM = "system"
HIGH_CONTRAST = "high_contrast"
THEMES = (SYSTEM, HIGH_CONTRAST)
TEXT_SIZES = (100, 125, 150, 200)

_defaults: dict[str, object] = {}


def _remember_defaults(app: QApplication) -> None:
    """The system's own palette and font, to return to from a theme or a text size."""
    if not _defaults:
        _defaults["palette"] = QPalette(app.palette())
        _defaults["font"] = QFont(app.font())


def high_contrast_palette() -> QPalette:
    """White on black, yellow for selection and focus, for low vision and bright rooms."""
    palette = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role in (
            QPalette.ColorRole.Window,
            QPalette.ColorRole.Base,
            QPalette.ColorRole.Button,
            QPalette.ColorRole.AlternateBase,
            QPalette.ColorRole.ToolTipBase,
        ):
            palette.setColor(group, role, black)
        for role in (
            QPalette.ColorRole.WindowText,
            QPalette.ColorRole.Text,
            QPalette.ColorRole.ButtonText,
            QPalette.ColorRole.ToolTipText,
            QPalette.ColorRole.BrightText,
        ):
            palette.setColor(group, role, white)
        # Frames of fields, checkboxes and buttons are drawn from these: white lines on black.
        for role in (
            QPalette.ColorRole.Light,
            QPalette.ColorRole.Midlight,
            QPalette.ColorRole.Mid,
            QPalette.ColorRole.Dark,
            QPalette.ColorRole.Shadow,
        ):
            palette.setColor(group, role, white)
        # A hint in an empty field must not look like typed text.
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#a8a8a8"))
        palette.setColor(group, QPalette.ColorRole.Highlight, yellow)
        palette.setColor(group, QPalette.ColorRole.HighlightedText, black)
        palette.setColor(group, QPalette.ColorRole.Link, yellow)
    grey = QColor("#c0c0c0")  # disabled text stays readable on black
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, grey)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Window, black)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, black)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, black)
    return palette


def apply(theme: str | None, text_size: str | None) -> None:
    """Apply a theme and a text size (as saved: unknown or missing values mean the default)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    _remember_defaults(app)
    font = QFont(_defaults["font"])  # type: ignore[arg-type]
    percent = parse_text_size(text_size)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * percent / 100)
    else:
        font.setPixelSize(round(font.pixelSize() * percent / 100))
    app.setFont(font)
    if theme == HIGH_CONTRAST:
        app.setPalette(high_contrast_palette())
    else:  # the system's own palette: Qt makes it light or dark as the system is
        app.setPalette(QPalette(_defaults["palette"]))  # type: ignore[arg-type]


def parse_text_size(value: str | None) -> int:
    try:
        percent = int(value or 100)
    except ValueError:
        return 100
    return percent if percent in TEXT_SIZES else 100
