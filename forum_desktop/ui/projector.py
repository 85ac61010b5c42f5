"""The projector window: what the room sees, and nothing else.

Only public things are shown — the countdown, the item's title and guiding question,
what comes next, the clock, or a hold slide (welcome, a break with the time to be back,
or the end of the session). Private notes, re-plan suggestions and captured entries
never reach this window: it is built from the snapshot's public fields only.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from forum_desktop.models import AgendaItem, ItemKind, Language
from forum_desktop.models.translation import TranslatedField
from forum_desktop.services.translations import EventTexts, typed_text
from forum_desktop.timing.cues import Cue
from forum_desktop.timing.snapshot import Phase, Snapshot
from forum_desktop.ui.agenda_model import time_text
from forum_desktop.ui.projected_text import fit_view
from forum_desktop.ui.projector_join import JoinBadge
from forum_desktop.ui.room_language import room

FLASH_MS = 1500
DIGITS_SHARE = 0.36
METHOD_DIGITS_SHARE = 0.18
"""The countdown's share of the height while a method's public view is shown under it and
its text has the room it needs."""
LEAST_METHOD_DIGITS_SHARE = 0.08
"""The least the countdown gives way to a method's view: 61 px digits at 768 high, the
line a revealed vote leaves it, 16 cm on a 2 m screen — still the largest figure on it
and read from the back of any room, where the view's names at their floor are read only
just."""
COMFORTABLE_TEXT_SHARE = 0.03
"""A method view's text the countdown gives way for: 23 px at 768 high, a quarter above
the smallest the back of the room reads (``projected_text.SMALLEST_SHARE``)."""
GIVE_WAY_STEP = 0.85
"""Each share of the countdown tried, as the one before: five steps from the full share to
the least."""
METHOD_TEXT_SHARE = 0.035
"""A method view's text size, as a share of the window's height."""
LEADING_DIGITS_SHARE = 0.08
"""The countdown's share while a method's view leads (a revealed vote): a small line."""

DIGITS_AIR = 1.3
"""Beside a method's view, the countdown's line: its digits' height and this much air."""
QWIDGETSIZE_MAX = (1 << 24) - 1

LEADS = "leads"
"""A method's public view's property: true while it is the main thing on the projector (a vote's
revealed result); the projector then shrinks its countdown to give the view the room."""
SAMPLE = "00:00"
SECOND_TITLE_SHARE = 0.05
SECOND_QUESTION_SHARE = 0.038
"""The second language's lines: about ¾ of the main ones' size (in italics), so the room
tells the two apart at a glance and the main language stays the one read first."""


@dataclass(frozen=True)
class SecondLanguage:
    """The event's second working language, shown under the item's title and question."""

    texts: EventTexts
    language: Language

    def event_title(self) -> str:
        """The event's title in this language; empty when it has none of its own."""
        event = self.texts.event
        text = typed_text(self.texts, event, TranslatedField.TITLE, self.language)
        return "" if text == event.title else text

    def line(self, item: AgendaItem, field: TranslatedField) -> str:
        """The item's text in this language; empty when it has none or says the same
        (the main language's line already shows it)."""
        text = typed_text(self.texts, item, field, self.language)
        return "" if text == getattr(item, field.value) else text


def projector_countdown(seconds: float) -> str:
    """Minutes and seconds, minutes unbounded ("75:00"), no sign: the words say "over"."""
    whole = math.floor(-seconds) if seconds < 0 else math.ceil(seconds)
    minutes, secs = divmod(whole, 60)
    return f"{minutes}:{secs:02d}" if minutes < 10 else f"{minutes:02d}:{secs:02d}"


class ProjectorWindow(QWidget):
    def __init__(self, event_title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Forum Desktop — projector"))
        self.setAccessibleName(self.tr("Projector window"))
        self.setObjectName("projector")
        # Showing it leaves the console active: the facilitator's keys keep working there.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.event_title = event_title
        self.session_title = ""
        """Named by the end-of-session slide."""
        self.zone = ZoneInfo("UTC")
        self.hold = False
        self.flashing = False
        self.phase = Phase.NOT_STARTED
        self.second: SecondLanguage | None = None
        """The item's title and question in a second language too; None: one language."""
        self.title_label = self._label("title", 0.07, bold=True)
        self.second_title_label = self._label("second_title", SECOND_TITLE_SHARE, italic=True)
        self.clock_label = self._label("clock", 0.045)
        self.countdown_label = self._label("countdown", 0.4, bold=True)
        self.phase_label = self._label("phase", 0.06, bold=True)
        self.question_label = self._label("question", 0.05)
        self.second_question_label = self._label(
            "second_question", SECOND_QUESTION_SHARE, italic=True
        )
        self.second_title_label.hide()  # until there is a second language
        self.second_question_label.hide()
        self.next_label = self._label("next", 0.045)
        self.method_view: QWidget | None = None
        self._fitted_view: tuple[object, ...] = ()
        """What the method's view was last fitted to: its size, type and texts."""
        self._fit_pending = False
        self._method_digits_share = METHOD_DIGITS_SHARE
        """The countdown's share beside a method's view: smaller while the view needs the
        room; only grows back for a new view or window size (a countdown that jumped with
        each name would draw the room's eye for nothing)."""
        self._fitted_lines: tuple[str | None, ...] = ()
        """The lines' texts the countdown was last fitted beside."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(0)
        layout.addWidget(self.clock_label)
        layout.addWidget(self.title_label)
        layout.addWidget(self.second_title_label)
        # The countdown and a method's view in a column, the phones' badge (while shown)
        # beside them, so it never covers what the room reads; the lines under them keep
        # the whole width (narrower, they would wrap and take the view's height).
        body = QHBoxLayout()
        body.setSpacing(16)
        column = QVBoxLayout()
        column.setSpacing(0)
        column.addWidget(self.countdown_label, 1)
        body.addLayout(column, 1)
        layout.addLayout(body, 1)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.question_label)
        layout.addWidget(self.second_question_label)
        layout.addWidget(self.next_label)
        self._layout = layout
        self._column = column
        self._body = body
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.fullscreen_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F11), self)
        self.fullscreen_shortcut.activated.connect(self.toggle_fullscreen)
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(self._end_flash)
        self.join_badge = JoinBadge(self)  # the address for phones, while it is open
        body.addWidget(self.join_badge, 0, Qt.AlignmentFlag.AlignBottom)
        self.join_badge.address.changed.connect(self._fit_countdown)  # a narrower column
        self.resize(1024, 768)
        self._restyle()

    def _label(
        self, name: str, share: float, *, bold: bool = False, italic: bool = False
    ) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setProperty("share", share)
        label.setWordWrap(name not in ("countdown", "clock"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The window sets the fonts from its size, so the labels must not set its size.
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        label.setMinimumSize(1, 1)
        font = label.font()
        font.setBold(bold)
        font.setItalic(italic)
        label.setFont(font)
        return label

    # --- what is shown ----------------------------------------------------------------

    def show_snapshot(self, snapshot: Snapshot | None) -> None:
        now = snapshot.now if snapshot else dt.datetime.now(dt.UTC)
        self.clock_label.setText(time_text(now.astimezone(self.zone)))
        current = snapshot.current if snapshot else None
        self.phase = snapshot.phase if snapshot else Phase.NOT_STARTED
        on_break = current is not None and current.entry.item.kind is ItemKind.BREAK
        finished = self.phase is Phase.FINISHED
        holding = self.hold or on_break or finished or current is None or snapshot is None
        if self.method_view is not None:
            self.method_view.setVisible(not holding)
        if finished:
            self._show_end()
        elif holding:
            self._show_hold(snapshot, on_break)
        else:
            assert current is not None and snapshot is not None  # else it would be holding
            item = current.entry.item
            self.title_label.setText(item.title)
            self.countdown_label.setText(projector_countdown(snapshot.remaining_seconds))
            self.phase_label.setText(self._phase_words(snapshot))
            self.question_label.setText(item.guiding_question)
            second = self.second
            self.second_title_label.setText(
                second.line(item, TranslatedField.TITLE) if second else ""
            )
            self.second_question_label.setText(
                second.line(item, TranslatedField.GUIDING_QUESTION) if second else ""
            )
            following = snapshot.upcoming[0] if snapshot.upcoming else None
            self.next_label.setText(
                room()
                .translate("ProjectorWindow", "Next: %1")
                .replace("%1", following.entry.item.title)
                if following
                else ""
            )
        # Beside a method's view every line of height counts: empty lines take none.
        compact = self.method_view is not None and not holding
        for label in (self.phase_label, self.question_label, self.next_label):
            label.setVisible(not compact or bool(label.text()))
        # With a second language, its lines keep their place (the countdown does not jump
        # between a translated item and one that is not), except beside a method's view.
        for label in (self.second_title_label, self.second_question_label):
            label.setVisible(bool(label.text()) or (self.second is not None and not compact))
        lines = tuple(label.text() if label.isVisibleTo(self) else None for label in self._lines())
        if lines != self._fitted_lines:  # new words may need the countdown's room
            self._fitted_lines = lines
            self._fit_countdown()
        self._restyle()
        if self.method_view is not None:
            self._layout.activate()
            self._fit_view()  # new words in it (a tick's), or shown again after a hold

    def _show_hold(self, snapshot: Snapshot | None, on_break: bool) -> None:
        self.countdown_label.setText("")
        self.question_label.setText("")
        self.second_title_label.setText("")
        self.second_question_label.setText("")
        self.next_label.setText("")
        back = self._back_at(snapshot, on_break)
        if back is not None:
            self.title_label.setText(room().translate("ProjectorWindow", "Break"))
            self.phase_label.setText(
                room()
                .translate("ProjectorWindow", "Back at %1")
                .replace("%1", time_text(back.astimezone(self.zone)))
            )
        else:
            self.title_label.setText(room().translate("ProjectorWindow", "Welcome"))
            self.phase_label.setText(self.event_title)
            if self.second is not None:  # the event's name in the second language too
                self.second_question_label.setText(self.second.event_title())

    def _show_end(self) -> None:
        """The session is over: its end, rather than a welcome as before it began."""
        for label in (self.countdown_label, self.next_label, self.second_title_label):
            label.setText("")
        self.title_label.setText(room().translate("ProjectorWindow", "End of the session"))
        self.phase_label.setText(self.session_title or self.event_title)
        self.question_label.setText(self.event_title if self.session_title else "")
        # The event's name in the second language too, as the welcome shows it.
        self.second_question_label.setText(self.second.event_title() if self.second else "")

    def _back_at(self, snapshot: Snapshot | None, on_break: bool) -> dt.datetime | None:
        if snapshot is None:
            return None
        if on_break and snapshot.current is not None:
            return snapshot.current.end
        if snapshot.current is not None and snapshot.upcoming:
            return snapshot.upcoming[0].start  # on hold mid-session: when the next item starts
        return None

    def _phase_words(self, snapshot: Snapshot) -> str:
        if snapshot.phase is Phase.OVERTIME:
            return room().translate("ProjectorWindow", "Time is up — over time")
        if snapshot.phase is Phase.WARNING:
            return room().translate("ProjectorWindow", "Almost done")
        if snapshot.phase is Phase.PAUSED:
            return room().translate("ProjectorWindow", "Paused")
        return ""

    def set_method_view(self, view: QWidget | None) -> None:
        """Show a method screen's public view (the round's order, the seats, the vote)
        under the countdown, which then takes less of the height; None removes it."""
        if view is self.method_view:
            return
        if self.method_view is not None:
            self.method_view.removeEventFilter(self)
            self._column.removeWidget(self.method_view)
            self.method_view.hide()
            self.method_view.setParent(None)
        self.method_view = view
        self._fitted_view = ()
        if view is not None:
            # It takes the room the countdown leaves whatever its texts ask, and its texts
            # are fitted to that room (``_fit_view``), never the other way round.
            view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            self._column.insertWidget(self._column.indexOf(self.countdown_label) + 1, view, 2)
            view.installEventFilter(self)  # to hear when it comes to lead, or changes
        self._scale_fonts()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.method_view:
            if event.type() == QEvent.Type.DynamicPropertyChange:
                self._fit_countdown()
            elif (
                event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize)
                and not self._fit_pending
            ):
                # New texts or a new size: fitted once the event loop has laid them out.
                self._fit_pending = True
                QTimer.singleShot(0, self, self._fit_view)  # not once the window is gone
        return False

    def _fit_view(self) -> None:
        """The method's view's type: the window's scale, or smaller until its texts show
        whole in the room it has (``projected_text``); fitted again only when its size, the
        window's scale or its texts changed."""
        self._fit_pending = False
        view = self.method_view
        if view is None:
            return
        base = max(9, int(self.height() * METHOD_TEXT_SHARE))
        if not view.isVisibleTo(self):  # on hold: the window's scale until it shows again
            font = QFont(view.font())
            font.setPixelSize(base)
            view.setFont(font)
            self._fitted_view = ()
            return
        if self._view_state(view, base) != self._fitted_view:
            size = fit_view(view, base)
            comfortable = min(base, round(self.height() * COMFORTABLE_TEXT_SHARE))
            while size < comfortable and self._gives_way():
                self._fit_countdown()
                self._layout.activate()  # the room the smaller countdown leaves
                size = fit_view(view, base)
            # As fitted: a card grid may have chosen other texts for its cards meanwhile.
            self._fitted_view = self._view_state(view, base)

    def _gives_way(self) -> bool:
        """Take the countdown's share beside the view one step down, if it is not at its
        least nor led by the view already (a revealed vote keeps its small line)."""
        if self._leading() or self._method_digits_share <= LEAST_METHOD_DIGITS_SHARE:
            return False
        self._method_digits_share = max(
            LEAST_METHOD_DIGITS_SHARE, self._method_digits_share * GIVE_WAY_STEP
        )
        return True

    @staticmethod
    def _view_state(view: QWidget, base: int) -> tuple[object, ...]:
        texts = tuple(label.text() for label in view.findChildren(QLabel))
        return (id(view), base, view.size().toTuple(), texts)

    def _leading(self) -> bool:
        """Whether a method's view is the main thing on the screen now."""
        return self.method_view is not None and bool(self.method_view.property(LEADS))

    def set_hold(self, hold: bool) -> None:
        self.hold = hold

    # --- cues and looks ---------------------------------------------------------------

    def flash(self, cue: Cue) -> None:
        del cue  # both cues flash; the words on screen say which
        self.flashing = True
        self._flash_timer.start()
        self._restyle()

    def _end_flash(self) -> None:
        self.flashing = False
        self._restyle()

    def _restyle(self) -> None:
        """Colours by phase (the words say it too), as a palette every child inherits — a
        method's view included, whose fonts a style sheet would stop from following the
        window's size."""
        background, text = QColor("#101418"), QColor("#f4f4f4")
        if self.phase is Phase.WARNING:
            background = QColor("#5c4300")
        elif self.phase is Phase.OVERTIME:
            background = QColor("#6b0f0f")
        if self.flashing:
            background, text = text, background
        palette = QPalette(self.palette())
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
                palette.setColor(group, role, background)
            for role in (
                QPalette.ColorRole.WindowText,
                QPalette.ColorRole.Text,
                QPalette.ColorRole.ButtonText,
            ):
                palette.setColor(group, role, text)
        if palette != self.palette():  # a new palette re-polishes every child
            self.setPalette(palette)
            self.setAutoFillBackground(True)

    def toggle_fullscreen(self) -> None:
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_fonts()

    def _scale_fonts(self) -> None:
        height = max(1, self.height())
        self._method_digits_share = METHOD_DIGITS_SHARE  # a new view or size: room again
        for label in self.findChildren(QLabel):
            share = label.property("share")
            if share is None:  # a method view's label: it takes the view's font
                continue
            font = QFont(label.font())
            font.setPixelSize(max(9, int(height * float(share))))
            label.setFont(font)
        # One line that must never be cut, however much a method's view takes.
        self.clock_label.setMinimumHeight(QFontMetrics(self.clock_label.font()).height())
        self._fit_countdown()
        if self.method_view is not None:
            self._fitted_view = ()
            self._layout.activate()  # the view's new room, before its texts are fitted to it
            self._fit_view()

    def _lines(self) -> tuple[QLabel, ...]:
        """The lines of text around the countdown."""
        return (
            self.clock_label,
            self.title_label,
            self.second_title_label,
            self.phase_label,
            self.question_label,
            self.second_question_label,
            self.next_label,
        )

    def _column_width(self) -> int:
        """The width of the countdown's column: the window's, less the phones' badge."""
        margins = self._layout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        if self.join_badge.isVisibleTo(self):
            width -= self.join_badge.sizeHint().width() + self._body.spacing()
        return max(1, width)

    def _room_for_digits(self) -> int:
        """The height the lines of text leave the countdown (a long title in two
        languages takes more than the countdown's share would leave), less the room
        the font keeps above and below its digits."""
        margins = self._layout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        taken = margins.top() + margins.bottom()
        for label in self._lines():
            if label.isVisibleTo(self):
                taken += (
                    label.heightForWidth(width) if label.wordWrap() else label.sizeHint().height()
                )
        return int((self.height() - taken) * 0.8)

    def _fit_countdown(self) -> None:
        """Digits at least DIGITS_SHARE of the height, as long as "00:00" fits the width
        and the lines of text keep their room."""
        font = QFont(self.countdown_label.font())
        share = DIGITS_SHARE if self.method_view is None else self._method_digits_share
        if self._leading():
            share = LEADING_DIGITS_SHARE
        target = self.height() * share
        if self.method_view is None:
            target = max(self.height() * 0.15, min(target, self._room_for_digits()))
        usable = self._column_width()
        size = max(9, int(target / 0.7))
        for _ in range(40):
            font.setPixelSize(size)
            box = QFontMetrics(font).tightBoundingRect(SAMPLE)
            if box.height() >= target or box.width() > usable:
                break
            size += max(1, size // 20)
        while size > 9 and QFontMetrics(font).horizontalAdvance(SAMPLE) > usable:
            size -= max(1, size // 20)
            font.setPixelSize(size)
        self.countdown_label.setFont(font)
        # Beside a method's view the countdown gets the least room: its digits whole with a
        # little air (the label centres the font's line, whose room above and below the
        # digits is blank: a third of the height at 1024×768, which the view's names need).
        digits = QFontMetrics(font).tightBoundingRect(SAMPLE).height()
        self.countdown_label.setMinimumHeight(
            round(digits * DIGITS_AIR) if self.method_view is not None else 1
        )
        self.countdown_label.setMaximumHeight(
            round(digits * DIGITS_AIR) if self.method_view is not None else QWIDGETSIZE_MAX
        )

    def digits_height(self) -> int:
        """The height of the countdown's digits in pixels, as drawn."""
        return QFontMetrics(self.countdown_label.font()).tightBoundingRect(SAMPLE).height()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._flash_timer.stop()
        super().closeEvent(event)
