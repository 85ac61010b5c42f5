"""Run ▸ Open to participants: serve the event's page to phones on a network interface the
facilitator chooses, show its address and QR code, how many phones follow, and the name
claims waiting for an OK.

The server (``forum_desktop.participants``) runs in its own thread; what a phone does
reaches the screens through ``Acts`` (emitted on the server's thread, delivered gathered
on the UI thread), so the UI thread never waits for the server.
"""

from __future__ import annotations

import io
from uuid import UUID

import segno
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from forum_desktop.models import Event, Participant
from forum_desktop.participants.devices import Device
from forum_desktop.participants.server import Opening, ParticipantServer
from forum_desktop.services.operations import OpResult
from forum_desktop.ui import prompts
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.participant_acts import Acts
from forum_desktop.ui.projector_join import room_address
from forum_desktop.ui.room_console import RoomConsole

COUNT_EVERY_MS = 1000


def interfaces() -> list[tuple[str, str]]:
    """(label, IPv4 address) of every interface that is up, loopback last."""
    found: list[tuple[str, str]] = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if not flags & QNetworkInterface.InterfaceFlag.IsUp:
            continue
        for entry in interface.addressEntries():
            address = entry.ip()
            if address.protocol() is QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                text = address.toString()
                found.append((f"{interface.humanReadableName()} — {text}", text))
    return sorted(found, key=lambda pair: pair[1].startswith("127."))  # stable: loopback last


class ParticipantsDialog(QDialog):
    def __init__(self, context: AppContext, event_id: UUID, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        self.event_id = event_id
        self.server: ParticipantServer | None = None
        self.acts = Acts(self)
        self.acts.done.connect(self._act_done)
        event = context.store.require(Event, event_id)
        self.setWindowTitle(self.tr("Open %1 to participants").replace("%1", event.title))
        intro = QLabel(
            self.tr(
                "Phones on the same network open the address below (or scan the code) to "
                "follow the agenda and take part. The address is plain HTTP: its secret part "
                "keeps out people who cannot see this screen, not someone watching the network."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.interface_combo = QComboBox(self)
        for label, address in interfaces():
            self.interface_combo.addItem(label, address)
        self.port_spin = QSpinBox(self)
        self.port_spin.setRange(0, 65535)
        self.port_spin.setSpecialValueText(self.tr("Any free port"))
        self.port_spin.setToolTip(self.tr("A fixed port helps when a firewall must let it in."))
        self.anonymous_check = QCheckBox(self.tr("Phones may take part &anonymously"), self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.clicked.connect(self.open_server)
        self.close_button = QPushButton(self.tr("&Close to participants"), self)
        self.close_button.clicked.connect(self.close_server)
        self.address_label = QLabel(self)
        self.address_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address_label.setAccessibleName(self.tr("Participants' address"))
        self.qr_label = QLabel(self)
        self.qr_label.setAccessibleName(self.tr("QR code of the participants' address"))
        self.phones_label = QLabel(self)
        self.claims_list = QListWidget(self)
        self.claims_list.setAccessibleName(self.tr("Names claimed a second time"))
        self.allow_button = QPushButton(self.tr("&Give the name to this phone"), self)
        self.allow_button.clicked.connect(self.allow_claim)
        self.phones_list = QListWidget(self)
        self.phones_list.setAccessibleName(self.tr("Phones"))
        self.remove_button = QPushButton(self.tr("&Remove this phone"), self)
        self.remove_button.setToolTip(
            self.tr("The phone must open the address again; its name is free to claim.")
        )
        self.remove_button.clicked.connect(self.remove_phone)
        self.projector_check = QCheckBox(self.tr("Show the code on the pro&jector (Q)"), self)
        self.projector_check.setChecked(room_address().shown)
        self.projector_check.toggled.connect(room_address().set_shown)
        room_address().changed.connect(self._follow_address)
        self.console_button = QPushButton(self.tr("The room's p&hones…"), self)
        self.console_button.setToolTip(
            self.tr("Approve what phones typed before the projector shows it.")
        )
        self.console_button.clicked.connect(self.open_console)
        self.console: RoomConsole | None = None

        form = QFormLayout()
        form.addRow(self.tr("&Network:"), self.interface_combo)
        form.addRow(self.tr("&Port:"), self.port_spin)
        form.addRow("", self.anonymous_check)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.close_button)
        row.addStretch(1)
        # Two columns, so the dialog fits a 768-pixel-high screen with the code shown:
        # opening and the code on the left, the phones on the right.
        opening = QVBoxLayout()
        opening.addWidget(intro)
        opening.addLayout(form)
        opening.addLayout(row)
        opening.addWidget(self.address_label)
        opening.addWidget(self.qr_label, alignment=Qt.AlignmentFlag.AlignHCenter)
        opening.addWidget(self.projector_check)
        opening.addStretch(1)
        phones = QVBoxLayout()
        phones.addWidget(self.phones_label)
        phones.addWidget(QLabel(self.tr("Names claimed a second time:"), self))
        phones.addWidget(self.claims_list)
        phones.addWidget(self.allow_button)
        phones.addWidget(QLabel(self.tr("Phones:"), self))
        phones.addWidget(self.phones_list)
        phones.addWidget(self.remove_button)
        phones.addWidget(self.console_button)
        layout = QHBoxLayout(self)
        layout.addLayout(opening, 3)
        layout.addLayout(phones, 2)
        self.timer = QTimer(self)
        self.timer.setInterval(COUNT_EVERY_MS)
        self.timer.timeout.connect(self.refresh)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close_server)
        self.refresh()

    def open_server(self) -> None:
        if self.server is not None or self.interface_combo.currentIndex() < 0:
            return
        opening = Opening(
            database=self.context.database,
            event_id=self.event_id,
            host=self.interface_combo.currentData(),
            port=self.port_spin.value(),
            allow_anonymous=self.anonymous_check.isChecked(),
        )
        server = ParticipantServer(
            opening, clock=self.context.store.clock, on_acts=self.acts.arrived.emit
        )
        try:
            url = server.start()
        except OSError as error:
            prompts.error(
                self,
                self.tr("Open to participants"),
                self.tr("The page could not be served on this network: %1.").replace(
                    "%1", error.strerror or str(error)
                ),
            )
            return
        self.server = server
        self.address_label.setText(url)
        buffer = io.BytesIO()
        segno.make(url, error="m").save(buffer, kind="png", scale=6, border=2)
        pixmap = QPixmap()
        pixmap.loadFromData(buffer.getvalue(), "PNG")
        self.qr_label.setPixmap(pixmap)
        room_address().set_url(url)
        self.timer.start()
        self.refresh()

    def close_server(self) -> None:
        if self.server is None:
            return
        self.timer.stop()
        self.server.stop()
        self.server = None
        self.address_label.clear()
        self.qr_label.clear()
        room_address().set_url("")
        self.refresh()

    def refresh(self) -> None:
        serving = self.server is not None
        self.open_button.setEnabled(not serving and self.interface_combo.count() > 0)
        self.close_button.setEnabled(serving)
        self.interface_combo.setEnabled(not serving)
        self.port_spin.setEnabled(not serving)
        self.anonymous_check.setEnabled(not serving)
        phones = self.server.phones() if self.server is not None else 0
        room_address().set_phones(phones)
        self.phones_label.setText(
            self.tr("%n phone(s) connected", "", phones) if serving else self.tr("Not open.")
        )
        self._fill_claims()

    def _fill_claims(self) -> None:
        app = self.server.app if self.server is not None else None
        claims = app.devices.pending() if app is not None else []
        _fill(self.claims_list, [(self._name(c.participant_id), c.device_id) for c in claims])
        self.allow_button.setEnabled(bool(claims))
        devices = app.devices.listed() if app is not None else []
        _fill(self.phones_list, [(self._phone(d), d.id) for d in devices])
        self.remove_button.setEnabled(bool(devices))

    def _name(self, participant_id: UUID) -> str:
        person = self.context.store.get(Participant, participant_id)
        return person.name if person is not None else "?"

    def _phone(self, device: Device) -> str:
        if device.participant_id is not None:
            return self._name(device.participant_id)
        if device.wants is not None:
            return self.tr("Asks for %1").replace("%1", self._name(device.wants))
        if device.anonymous:
            return self.tr("Anonymous")
        return self.tr("No name yet")

    def remove_phone(self) -> None:
        item = self.phones_list.currentItem()
        if item is None or self.server is None:
            return
        self.server.remove_device(item.data(Qt.ItemDataRole.UserRole))
        self._fill_claims()

    def allow_claim(self) -> None:
        item = self.claims_list.currentItem() or self.claims_list.item(0)
        app = self.server.app if self.server is not None else None
        if item is None or app is None:
            return
        app.devices.approve(item.data(Qt.ItemDataRole.UserRole))
        self._fill_claims()

    def _follow_address(self) -> None:
        """Q on the projector hid or showed the code: the check box says so."""
        self.projector_check.setChecked(room_address().shown)

    def open_console(self) -> None:
        """The moderation list (and the room's other jobs), beside this dialog."""
        if self.console is None:
            self.console = RoomConsole(self.context, self.event_id, self)
        self.console.show()
        self.console.raise_()

    def _act_done(self, result: OpResult) -> None:
        """Phones' acts (on the UI thread now): the screens redraw what they changed."""
        self.context.changed.emit(result)


def _fill(widget: QListWidget, rows: list[tuple[str, UUID]]) -> None:
    """Show ``rows`` (text, device id), keeping the selection when nothing changed: the
    lists are refreshed every second while the facilitator may be choosing in them."""
    shown = [
        (widget.item(n).text(), widget.item(n).data(Qt.ItemDataRole.UserRole))
        for n in range(widget.count())
    ]
    if shown == rows:
        return
    widget.clear()
    for text, device_id in rows:
        QListWidgetItem(text, widget).setData(Qt.ItemDataRole.UserRole, device_id)
