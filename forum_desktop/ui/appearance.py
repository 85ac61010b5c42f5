"""How the interface looks: the system's colours (light or dark, as the system says) or a
high-contrast theme, and a text size. Chosen in Preferences, kept per laptop, applied at
once. The projector window scales with its own size, whatever the text size here."""

from __future__ import annotations

from typing import TypedDict

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

THEME_SETTING = "appearance_theme"
TEXT_SIZE_SETTING = "text_size_percent"
SYSTEM = "system"
HIGH_CONTRAST = "high_contrast"
THEMES = (SYSTEM, HIGH_CONTRAST)
TEXT_SIZES = (100, 125, 150, 200)


class _Defaults(TypedDict, total=False):
    palette: QPalette
    font: QFont
    style: str


_defaults: _Defaults = {}


def _remember_defaults(app: QApplication) -> None:
    """The system's own palette, font and style, to return to from a theme or a text size."""
    if not _defaults:
        _defaults["palette"] = QPalette(app.palette())
        _defaults["font"] = QFont(app.font())
        _defaults["style"] = app.style().name()


_PE = QStyle.PrimitiveElement
_FRAMES = (_PE.PE_FrameLineEdit, _PE.PE_Frame, _PE.PE_FrameGroupBox)
_CHECKS = (_PE.PE_IndicatorCheckBox, _PE.PE_IndicatorItemViewItemCheck)


class HighContrastStyle(QProxyStyle):
    """The system's style, with field frames and check boxes drawn as white lines.

    Styles draw those in shades of the window colour, which on black are invisible (a
    style sheet would do it too, but it stops fonts from following the text size)."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element in _CHECKS:
            self._check_box(option, painter)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in _FRAMES and option.rect.width() > 2 and option.rect.height() > 2:
            painter.save()
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Text), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
            painter.restore()

    @staticmethod
    def _check_box(option: QStyleOption, painter: QPainter) -> None:
        """A white square; a tick when checked, a bar when partly checked."""
        state = option.state
        side = min(option.rect.width(), option.rect.height()) - 1
        box = QRect(0, 0, side, side)
        box.moveCenter(option.rect.center())
        colour = option.palette.color(QPalette.ColorRole.Text)
        if state & QStyle.StateFlag.State_HasFocus:
            colour = option.palette.color(QPalette.ColorRole.Highlight)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, 2))
        painter.setBrush(option.palette.color(QPalette.ColorRole.Base))
        painter.drawRect(box.adjusted(1, 1, -1, -1))
        inner = box.adjusted(4, 4, -4, -4)
        if state & QStyle.StateFlag.State_On:
            painter.drawPolyline(
                [
                    inner.bottomLeft() + (inner.topLeft() - inner.bottomLeft()) / 2,
                    inner.bottomLeft() + (inner.bottomRight() - inner.bottomLeft()) / 3,
                    inner.topRight(),
                ]
            )
        elif state & QStyle.StateFlag.State_NoChange:
            middle = inner.center().y()
            painter.drawLine(inner.left(), middle, inner.right(), middle)
        painter.restore()


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
    font = QFont(_defaults["font"])
    percent = parse_text_size(text_size)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * percent / 100)
    else:
        font.setPixelSize(round(font.pixelSize() * percent / 100))
    app.setFont(font)
    if theme == HIGH_CONTRAST:
        if not isinstance(app.style(), HighContrastStyle):
            app.setStyle(HighContrastStyle(QStyleFactory.create(str(_defaults["style"]))))
        app.setPalette(high_contrast_palette())
    else:  # the system's own palette: Qt makes it light or dark as the system is
        if isinstance(app.style(), HighContrastStyle):
            app.setStyle(QStyleFactory.create(str(_defaults["style"])))
        app.setPalette(QPalette(_defaults["palette"]))


def parse_text_size(value: str | None) -> int:
    try:
        percent = int(value or 100)
    except ValueError:
        return 100
    return percent if percent in TEXT_SIZES else 100
