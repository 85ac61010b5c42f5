"""The projector's corner while the event is open to phones (issue 22): the QR code, the
address without its scheme, and how many phones follow. Q on the projector window (or
the participants dialog's check box) hides and shows it.

The participants dialog and the projector window do not know each other: the dialog
tells the app-wide ``RoomAddress`` what it serves, and each projector window's badge
follows it.
"""

from __future__ import annotations

import io

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from forum_desktop.ui.room_language import room

BADGE_SHARE = 0.34
"""The code's side as a share of the projector's height: a phone at the back of a room
reads it, and the countdown keeps the middle."""
MARGIN = 16


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
    """Drawn over the projector's bottom-right corner, out of its layout, so the
    countdown keeps its place; ``covers`` says how wide a strip it takes at the right
    (0 while hidden), so the lines at the bottom keep clear of it."""

    covers = Signal(int)

    def __init__(self, projector: QWidget) -> None:
        super().__init__(projector)
        self.setObjectName("join_badge")
        self.address = room_address()
        self.code_label = QLabel(self)
        self.code_label.setAccessibleName(self.tr("QR code of the participants' address"))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        self.code_label.setAlignment(right)
        self.url_label = QLabel(self)
        self.url_label.setAlignment(right)
        self.phones_label = QLabel(self)
        self.phones_label.setAlignment(right)
        # Opaque, in the projector's colours: what it covers does not show through.
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.code_label)
        layout.addWidget(self.url_label)
        layout.addWidget(self.phones_label)
        self._code: QPixmap | None = None
        self._coded = ""
        projector.installEventFilter(self)
        self.address.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        url = self.address.url
        self.setVisible(bool(url) and self.address.shown)
        if not self.isVisibleTo(self.parentWidget()) or not url:
            self.covers.emit(0)
        if not url:
            return
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
        side = max(120, int(parent.height() * BADGE_SHARE))
        self.code_label.setPixmap(
            self._code.scaled(
                side,
                side,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,  # sharp modules, no blur
            )
        )
        font = self.font()
        font.setPixelSize(max(9, parent.height() // 48))
        self.url_label.setFont(font)
        self.phones_label.setFont(font)
        for label in (self.url_label, self.phones_label):
            label.setForegroundRole(QPalette.ColorRole.WindowText)
        self.adjustSize()
        width = max(side, self.sizeHint().width())
        self.resize(width, self.sizeHint().height())
        self.move(parent.width() - self.width() - MARGIN, parent.height() - self.height() - MARGIN)
        self.raise_()
        self.covers.emit(self.width() + 2 * MARGIN if self.isVisibleTo(parent) else 0)

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
