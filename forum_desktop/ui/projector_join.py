"""The projector's side while the event is open to phones (issue 22): the QR code, the
address without its scheme, and how many phones follow. Q on the projector window (or
the participants dialog's check box) hides and shows it.

The participants dialog and the projector window do not know each other: the dialog
tells the app-wide ``RoomAddress`` what it serves, and each projector window's badge
follows it.
"""

from __future__ import annotations

import io

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from forum_desktop.ui.room_language import room

BADGE_SHARE = 0.34
"""The code's side as a share of the projector's height: a phone at the back of a room
reads it, and the countdown keeps the middle."""
SMALLEST_SIDE = 120
"""The code gives up height down to this side when a long title and question in two
languages leave the projector less: smaller, but whole (a cut code does not scan)."""


class RoomAddress(QObject):
    """What the room's phones open, as the participants dialog serves it."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = ""
        self.phones = 0
        self.shown = True

    def set_url(self, url: str) -> None:
        self.url = url
        self.phones = 0
        self.changed.emit()

    def set_phones(self, phones: int) -> None:
        if phones != self.phones:
            self.phones = phones
            self.changed.emit()

    def set_shown(self, shown: bool) -> None:
        if shown != self.shown:
            self.shown = shown
            self.changed.emit()


def room_address() -> RoomAddress:
    """The app's one ``RoomAddress`` (one event is open to phones at a time)."""
    app = QCoreApplication.instance()
    found = app.findChild(RoomAddress, "room_address") if app is not None else None
    if found is None:
        found = RoomAddress(app)
        found.setObjectName("room_address")
    return found


def short_address(url: str) -> str:
    """The address as a person types it: no scheme, the secret part on a line of its own
    (it is long: at least 128 bits)."""
    place, _, path = url.split("://", 1)[-1].partition("/")
    return f"{place}/\n{path}" if path else place


class JoinBadge(QWidget):
    """At the projector's right, in its layout: what the room reads beside it is laid
    out in the room left, never covered (the projector places it). Its code is as large
    as BADGE_SHARE asks, or as the height it is given allows."""

    def __init__(self, projector: QWidget) -> None:
        super().__init__(projector)
        self.setObjectName("join_badge")
        self.address = room_address()
        self.code_label = QLabel(self)
        self.code_label.setAccessibleName(self.tr("QR code of the participants' address"))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        self.code_label.setAlignment(right)
        # The code follows the badge's height, never the other way round.
        self.code_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.url_label = QLabel(self)
        self.url_label.setAlignment(right)
        self.phones_label = QLabel(self)
        self.phones_label.setAlignment(right)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Maximum)
        for label in (self.url_label, self.phones_label):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.code_label)
        layout.addWidget(self.url_label)
        layout.addWidget(self.phones_label)
        self._code: QPixmap | None = None
        self._coded = ""
        self._side = SMALLEST_SIDE
        """The code's side the projector's height asks for."""
        self._drawn_side = 0
        projector.installEventFilter(self)
        self.address.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        url = self.address.url
        self.setVisible(bool(url) and self.address.shown)
        if url:
            self._show(url)
        parent = self.parentWidget()
        parent_layout = None if parent is None else parent.layout()
        if parent_layout is not None:
            parent_layout.activate()  # the room reads the new layout at once, not a tick later

    def _show(self, url: str) -> None:
        if url != self._coded:
            import segno  # the QR code library: loaded when a room first opens, not at start

            buffer = io.BytesIO()
            # Dark on light with its quiet zone, whatever the projector's colours.
            segno.make(url, error="m").save(buffer, kind="png", scale=10, border=4)
            self._code = QPixmap()
            self._code.loadFromData(buffer.getvalue(), "PNG")
            self._coded = url
        self.url_label.setText(short_address(url))
        # the room reads it: the event's language (no plural forms there, see room_language)
        connected = room().translate("JoinBadge", "Phones connected: %1")
        self.phones_label.setText(connected.replace("%1", str(self.address.phones)))
        self._place()

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None or self._code is None:
            return
        self._side = max(SMALLEST_SIDE, int(parent.height() * BADGE_SHARE))
        font = self.font()
        font.setPixelSize(max(9, parent.height() // 48))
        self.url_label.setFont(font)
        self.phones_label.setFont(font)
        for label in (self.url_label, self.phones_label):
            label.setForegroundRole(QPalette.ColorRole.WindowText)
        self.updateGeometry()  # the projector's layout gives it its new size
        self._draw_code()

    def _text_height(self) -> int:
        layout = self.layout()
        assert layout is not None  # __init__ gives this widget its layout
        spacing = layout.spacing()
        return sum(
            label.sizeHint().height() + spacing for label in (self.url_label, self.phones_label)
        )

    def sizeHint(self) -> QSize:
        width = max(
            self._side, self.url_label.sizeHint().width(), self.phones_label.sizeHint().width()
        )
        return QSize(width, self._side + self._text_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.sizeHint().width(), SMALLEST_SIDE + self._text_height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._draw_code()

    def _draw_code(self) -> None:
        """The code at the side asked for, or smaller to fit the height given, whole."""
        if self._code is None:
            return
        side = max(1, min(self._side, self.height() - self._text_height()))
        if side == self._drawn_side:
            return
        self._drawn_side = side
        self.code_label.setPixmap(
            self._code.scaled(
                side,
                side,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,  # sharp modules, no blur
            )
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.parentWidget():
            return False
        if event.type() == QEvent.Type.Resize:
            self._place()
        elif (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Q
            and self.address.url
        ):
            self.address.set_shown(not self.address.shown)
            return True
        return False
