"""What the projector shows of a peer review: the case the room is on, the phase and what
the phase asks of the room — never what reviewers have written."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from forum_desktop.models.screens import ReviewCase
from forum_desktop.ui.method_screens.card_grid import scaled
from forum_desktop.ui.projected_text import smallest_pixels
from forum_desktop.ui.room_language import room


class PeerReviewPublic(QObject):
    """Fills the screen's ``public`` widget.

    The projector sets ``public``'s font from its height; the labels follow it at their
    own scale (the presenter largest), refreshed whenever that font changes.
    """

    def __init__(self, public: QWidget, layout: QVBoxLayout) -> None:
        super().__init__(public)
        self._public = public
        self.position = QLabel(public)
        self.presenter = QLabel(public)
        self.where = QLabel(public)
        self.topic = QLabel(public)
        self.ask = QLabel(public)
        """The running phase and what it asks of the room."""
        self.ask.setTextFormat(Qt.TextFormat.RichText)
        self._scales: list[tuple[QLabel, float, bool]] = [
            (self.position, 0.8, False),
            (self.presenter, 1.4, True),
            (self.where, 1.0, False),
            (self.topic, 1.1, False),
            (self.ask, 1.0, False),
        ]
        for label, _, _ in self._scales:
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addStretch(1)
        public.installEventFilter(self)
        self._follow_font()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A closed window the garbage collector is taking apart may still get a font
        # change after this object's attributes went: then there is nothing to follow.
        if event.type() == QEvent.Type.FontChange and watched is self.__dict__.get("_public"):
            self._follow_font()
        return False

    def _follow_font(self) -> None:
        base = self._public.font()
        smallest = smallest_pixels(self._public)  # the position's smaller line too
        for label, scale, bold in self._scales:
            font = scaled(base, scale, smallest)
            font.setBold(bold)
            label.setFont(font)

    def show_case(self, case: ReviewCase | None, presenter: str, position: str) -> None:
        self.position.setText(position)
        if case is None:
            self.presenter.setText(
                room().translate("PeerReviewPublic", "Peer review: the next case starts soon.")
            )
            self.where.clear()
            self.topic.clear()
            return
        self.presenter.setText(presenter)
        self.where.setText(" · ".join(part for part in (case.organisation, case.city) if part))
        self.topic.setText(case.topic)

    def show_phase(self, title: str, ask: str) -> None:
        if not title:
            self.ask.clear()
            return
        now = room().translate("PeerReviewPublic", "Now: %1").replace("%1", title)
        text = f"<b>{html.escape(now)}</b>"
        self.ask.setText(f"{text} — {html.escape(ask)}" if ask else text)
