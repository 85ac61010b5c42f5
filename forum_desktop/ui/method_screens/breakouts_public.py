"""What the room sees of the breakouts: every group with its members (to find one's
group), then during the report-back the group reporting, its rapporteur and time left.

The projector sets this view's font from its height; whenever it changes, each label is
given it again (undoing an earlier shrink) and the groups are fitted anew to the height
the projector gives them: a name per line when that fits, else names in a row, and
smaller type only when even that does not fit.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from forum_desktop.export.isolation import isolate
from forum_desktop.ui.method_screens.card_grid import CardGrid
from forum_desktop.ui.room_language import room

MAX_COLUMNS = 4
FITS = [("<br>", scale) for scale in (1.0, 0.85, 0.7)] + [
    (", ", scale) for scale in (1.0, 0.85, 0.7, 0.6, 0.5, 0.4)
]
"""How the members are laid out, in order of preference: the first that fits is used."""


def _label(parent: QWidget, policy: QSizePolicy.Policy) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, policy)
    return label


class BreakoutsPublic(QObject):
    """Fills the screen's ``public`` widget."""

    def __init__(self, public: QWidget, layout: QVBoxLayout) -> None:
        super().__init__(public)
        self.public = public
        self.cards = CardGrid(
            public, MAX_COLUMNS, lambda parent: _label(parent, QSizePolicy.Policy.Preferred)
        )
        self.card_labels = self.cards.card_labels
        self._groups: list[tuple[str, list[str]]] = []
        self.reporting = QWidget(public)
        column = QVBoxLayout(self.reporting)
        column.setContentsMargins(0, 0, 0, 0)
        self.now_label = _label(self.reporting, QSizePolicy.Policy.Preferred)
        self.time_label = _label(self.reporting, QSizePolicy.Policy.Preferred)
        self.members_label = _label(self.reporting, QSizePolicy.Policy.Preferred)
        self.next_label = _label(self.reporting, QSizePolicy.Policy.Preferred)
        for label in (self.now_label, self.time_label, self.members_label, self.next_label):
            column.addWidget(label)
        column.addStretch(1)
        layout.addWidget(self.cards, 1)
        layout.addWidget(self.reporting, 1)
        self.reporting.hide()
        public.installEventFilter(self)
        self.cards.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if "cards" not in self.__dict__:  # a closed window the garbage collector takes apart
            return False
        if watched is self.public and event.type() == QEvent.Type.FontChange:
            for label in self.public.findChildren(QLabel):
                label.setFont(self.public.font())
            self._fit()
        elif watched is self.cards and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def show_groups(self, groups: list[tuple[str, list[str]]]) -> None:
        """Each group's name and its members' names, in report-back order."""
        self.reporting.hide()
        self.cards.setVisible(bool(groups))
        self.cards.lay_out(len(groups), min(MAX_COLUMNS, max(1, len(groups))))
        for index, label in enumerate(self.card_labels):
            label.setVisible(index < len(groups))
        if groups != self._groups:
            self._groups = groups
            self._fit()

    def _fit(self) -> None:
        """Lay the members out the preferred way that fits the cards' height."""
        if not self._groups:
            return
        ways = (
            (
                scale,
                [
                    f"<b>{escape(name)}</b><br>"
                    + between.join(escape(isolate(member)) for member in members)
                    for name, members in self._groups
                ],
            )
            for between, scale in FITS
        )
        self.cards.fit(self.public.font(), min(MAX_COLUMNS, len(self._groups)), ways)

    def show_reporting(
        self, group: str, rapporteur: str, members: list[str], time_left: str, following: str
    ) -> None:
        self.cards.hide()
        self.reporting.show()
        self.now_label.setText(
            escape(room().translate("BreakoutsPublic", "Reporting now: %1")).replace(
                "%1", f'<span style="font-size: x-large; font-weight: bold">{escape(group)}</span>'
            )
        )
        self.time_label.setText(
            f'<span style="font-size: xx-large; font-weight: bold">{escape(time_left)}</span>'
        )
        self.time_label.setVisible(bool(time_left))
        # Names in a row: one written right to left keeps its place in the row.
        people = ", ".join(escape(isolate(member)) for member in members)
        if rapporteur:
            people = (
                escape(room().translate("BreakoutsPublic", "Rapporteur: %1")).replace(
                    "%1", escape(isolate(rapporteur))
                )
                + "<br>"
                + people
            )
        self.members_label.setText(people)
        self.next_label.setText(
            escape(room().translate("BreakoutsPublic", "Next group: %1")).replace(
                "%1", escape(following)
            )
            if following
            else ""
        )
        self.next_label.setVisible(bool(following))
