"""The themes a round's ideas or answers were grouped into, as the room sees them under
the projector's timer: a heading, then a card per theme, its name in bold over its ideas.

The cards take the height the projector leaves them and ask for none (word-wrapped labels
would make the window grow to fit every idea); they are fitted to it as the breakouts'
groups are: an idea per line when that fits, else ideas in a row, smaller type, then fewer
ideas per card ("+2") and at last the themes' names alone. The type never shrinks below
three quarters of the projector's: under a running round at 1024×768 the cards printed
at 13 px, unreadable beyond the first row; a name read from the back of the room beats
every idea read by nobody.
Only what the room may see reaches it: the screens hand over the texts the moderation
lets through (a phone's only once approved), never who said them.
"""

from __future__ import annotations

from html import escape
from typing import NamedTuple
from uuid import UUID

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from forum_desktop.methods.idea_acts import IdeasView
from forum_desktop.services.moderation import shown_texts
from forum_desktop.storage import Store
from forum_desktop.ui.method_screens.card_grid import CardGrid
from forum_desktop.ui.method_screens.public_panel import PublicPanel
from forum_desktop.ui.room_language import room

THEMES_SHOWN = 6
IDEAS_PER_THEME = 6
"""What a projector holds under its timer beside the round's own lines; beyond, a count."""
MAX_COLUMNS = 3
THEMES_STRETCH = 20
"""The themes take nearly all of a public view's spare height (its other stretches have 1)."""
SMALLEST = 0.75
"""The smallest type of a card, as a share of the projector's (20 px at 768 pixels high)."""


class Fit(NamedTuple):
    between: str
    """Between two ideas: a line break, or a dot in a row."""
    scale: float
    ideas: int
    """How many ideas a card lists at most (the others counted: "+2"); 0: its name alone."""


FITS = [
    *(Fit("<br>", scale, IDEAS_PER_THEME) for scale in (1.0, 0.85)),
    *(Fit(" · ", scale, IDEAS_PER_THEME) for scale in (1.0, 0.85, SMALLEST)),
    *(Fit(" · ", SMALLEST, ideas) for ideas in range(IDEAS_PER_THEME - 1, -1, -1)),
]
"""How a card's ideas are laid out, in order of preference: the first that fits is used
(the last one whatever the room, as it takes the least height)."""


def shown_ideas(store: Store, view: IdeasView) -> dict[UUID, str]:
    """The text the room may see of each idea or answer, in harvest order: a phone's only
    once approved (and as edited)."""
    return {idea.id: text for idea in view.ideas for text in shown_texts(store, [idea])}


def room_themes(view: IdeasView, shown: dict[UUID, str]) -> list[tuple[str, list[str]]]:
    """Each theme's name and the shown texts of its ideas."""
    return [
        (theme.name, [shown[idea] for idea in theme.idea_ids if idea in shown])
        for theme in view.themes
    ]


def card_text(name: str, ideas: list[str], fit: Fit) -> str:
    """A theme's card as rich text: its name in bold over the ideas ``fit`` lists."""
    listed = [escape(idea) for idea in ideas[: fit.ideas]]
    if len(ideas) > fit.ideas:
        listed.append(f"+{len(ideas) - fit.ideas}")
    if not fit.ideas:  # the name alone, and how many ideas it holds
        return f"<b>{escape(name)}</b> ({len(ideas)})" if ideas else f"<b>{escape(name)}</b>"
    return f"<b>{escape(name)}</b><br>{fit.between.join(listed)}"


class ThemesPublic(PublicPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = self.label(self.tr("Themes"), bold=True)
        self.cards = CardGrid(self, MAX_COLUMNS, self._card_label)
        self.grid = self.cards.grid
        self.card_labels = self.cards.card_labels
        """A card per theme shown: its name in bold over its ideas (rich text, escaped)."""
        self.more = self.label(self.tr("More themes"))
        self.panel_layout.addWidget(self.heading)
        self.panel_layout.addWidget(self.cards, 1)
        self.panel_layout.addWidget(self.more)
        self._themes: list[tuple[str, list[str]]] = []
        self._total = 0
        """How many themes there are, shown or not."""
        self._rows_shown = 0
        self._fitting = self._resized = False
        self.installEventFilter(self)
        self.cards.installEventFilter(self)
        self.setVisible(False)

    def _card_label(self, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setAccessibleName(self.tr("Theme and its ideas"))
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)  # every text in it is escaped
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        return label

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self and event.type() == QEvent.Type.FontChange) or (
            watched is self.cards and event.type() == QEvent.Type.Resize
        ):
            self._fit()
        return False

    def show_themes(self, themes: list[tuple[str, list[str]]]) -> None:
        """``themes``: each theme's name and the texts of its ideas, in order."""
        says = room()
        shown = themes[:THEMES_SHOWN]
        rows = self.cards.lay_out(len(shown), self._columns(len(shown)))
        self.show_text(self.heading, says.translate("ThemesPublic", "Themes") if themes else "")
        self.setVisible(bool(themes))
        self._total = len(themes)
        if shown != self._themes:
            self._themes = shown
            self._rows_shown = rows
            self._fit()
        self._show_rows(self._rows_shown)

    def _show_rows(self, count: int) -> None:
        """Shows the cards of the first ``count`` rows; the themes left are counted."""
        self._rows_shown = count
        cards = min(len(self._themes), count * self._columns(len(self._themes)))
        for index, label in enumerate(self.card_labels):
            label.setVisible(index < cards)
        left = self._total - cards
        more = room().translate("ThemesPublic", "… more themes: %1").replace("%1", str(left))
        self.show_text(self.more, more if left else "")

    @staticmethod
    def _columns(count: int) -> int:
        return min(MAX_COLUMNS, max(1, count), 2 if count == 4 else MAX_COLUMNS)

    def _fit(self) -> None:
        """Lay the ideas out the preferred way that fits the cards' height."""
        if self._fitting:  # the count of themes left shown or hidden resized the cards
            self._resized = True
            return
        self._fitting = True
        try:
            for _ in range(3):  # fitted again to the new height (the count stays put then)
                self._resized = False
                self._fit_once()
                if not self._resized:
                    break
        finally:
            self._fitting = False

    def _fit_once(self) -> None:
        if not self._themes:
            return
        columns = self._columns(len(self._themes))
        ways = (
            (fit.scale, [card_text(name, ideas, fit) for name, ideas in self._themes])
            for fit in FITS
        )
        fitted, rows = self.cards.fit(self.font(), columns, ways)
        if fitted:
            self._show_rows(len(rows))
            return
        # Not even the names fit (a long question, new ideas above): the rows that do, the
        # others counted, rather than cards drawn over each other.
        between = max(0, self.grid.verticalSpacing())
        fitting, used = 0, -between
        while fitting < len(rows) and used + between + rows[fitting] <= self.cards.height():
            used += between + rows[fitting]
            fitting += 1
        self._show_rows(max(1, fitting))

    def text(self) -> str:
        """Everything shown, one line per theme (what a test or a screen reader reads)."""
        lines = [self.heading.text()] if self.heading.text() else []
        lines += [f"{name}: {' · '.join(ideas)}" for name, ideas in self._themes]
        return "\n".join([*lines, self.more.text()] if self.more.text() else lines)
