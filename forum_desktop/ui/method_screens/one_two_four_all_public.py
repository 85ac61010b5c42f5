"""What the room sees of 1-2-4-All under the projector's timer and phase title (which
names the round): the question, what to do in this round, and in "All" the ideas
harvested so far, the newest at the bottom; once themes are made, the ideas not in one yet
and the themes with their ideas."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from forum_desktop.ui.method_screens.public_panel import PublicPanel
from forum_desktop.ui.method_screens.themes_public import THEMES_STRETCH, ThemesPublic
from forum_desktop.ui.room_language import room

IDEAS_SHOWN = 5
"""The newest ideas shown: with the question, what a projector holds under its timer
(more would squeeze the countdown)."""
IDEAS_BESIDE_THEMES = 1
"""Only the newest once there are themes: five left the themes' cards no height at 1024×768."""


class OneTwoFourAllPublic(PublicPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = self.label(self.tr("Guiding question"), italic=True)
        self.instructions = self.label(self.tr("What to do in this round"))
        self.ideas = self.label(self.tr("Ideas harvested"))
        layout = self.panel_layout
        layout.addWidget(self.question)
        layout.addWidget(self.instructions)
        layout.addWidget(self.ideas)
        self.themes = ThemesPublic(self)
        layout.addWidget(self.themes, THEMES_STRETCH)
        layout.addStretch(1)

    def show_ideas(self, ideas: list[tuple[int, str]], *, beside_themes: bool = False) -> None:
        """Each idea with its number as captured; only the newest when there are many (fewer
        ``beside_themes``)."""
        first = max(0, len(ideas) - (IDEAS_BESIDE_THEMES if beside_themes else IDEAS_SHOWN))
        lines = [f"{n}. {text}" for n, text in ideas[first:]]
        if first:
            # No plural here: lupdate reads a room text's plural as a plain one.
            earlier = room().translate("OneTwoFourAllPublic", "… earlier ideas: %1")
            lines.insert(0, earlier.replace("%1", str(first)))
        self.show_text(self.ideas, "\n".join(lines))

    def text(self) -> str:
        """Everything shown, one line per label (what a test or a screen reader reads)."""
        labels = (self.question, self.instructions, self.ideas)
        lines = [label.text() for label in labels if label.text()]
        return "\n".join([*lines, self.themes.text()] if self.themes.text() else lines)
