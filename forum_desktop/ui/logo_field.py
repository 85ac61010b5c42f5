"""The event's logo in its details: a preview, "Choose logo…" and "Remove logo".

The chosen file is checked here first (size, type, that Qt can decode it), so a bad file
gets a message saying what is wrong and what to do, and nothing is changed; the core
checks the bytes again before keeping them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from forum_desktop.capture.image_bytes import sniff_mime
from forum_desktop.models import Event
from forum_desktop.models.photo import IMAGE_MIMES
from forum_desktop.services.logo import MAX_LOGO_BYTES, SetEventLogo, event_logo
from forum_desktop.ui import prompts
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.messages import fill
from forum_desktop.ui.numbers import decimal

PREVIEW = QSize(160, 56)


class LogoField(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._event: Event | None = None
        self.preview = QLabel(self)
        self.preview.setMinimumSize(PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.preview.setAccessibleName(self.tr("Logo on the minutes' cover"))
        self.choose_button = QPushButton(self.tr("&Set logo…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose a logo for the minutes' cover"))
        self.choose_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(self.tr("Remove lo&go"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the logo"))
        self.remove_button.clicked.connect(self.remove)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        row.addWidget(self.choose_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)

    def set_event(self, event: Event | None) -> None:
        self._event = event
        data = event_logo(self._context.store, event) if event is not None else None
        pixmap = QPixmap()
        if data is not None:
            pixmap.loadFromData(data)
        if pixmap.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No logo"))
        else:
            scaled = pixmap.scaled(
                PREVIEW,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self.preview.setPixmap(scaled)
        self.remove_button.setEnabled(data is not None)

    def choose(self) -> None:
        if self._event is None:
            return
        path = prompts.open_file(
            self, self.tr("Choose a logo"), self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path is None:
            return
        data = self._read(path)
        if data is not None:
            command = SetEventLogo(event_id=self._event.id, image=data)
            self._context.execute(command, self.tr("Set the logo"))

    def remove(self) -> None:
        if self._event is None or self._event.logo_sha256 is None:
            return
        command = SetEventLogo(event_id=self._event.id, image=None)
        self._context.execute(command, self.tr("Remove the logo"))

    def _read(self, path: Path) -> bytes | None:
        """The file's bytes if they can be a logo; otherwise say why (None)."""
        title = self.tr("Logo not changed")
        try:
            size = path.stat().st_size
            data = path.read_bytes() if size <= MAX_LOGO_BYTES else b""
        except OSError as error:
            prompts.error(
                self,
                title,
                fill(self.tr("%1 cannot be read (%2)."), path.name, error.strerror or str(error)),
            )
            return None
        if size > MAX_LOGO_BYTES:
            prompts.error(
                self,
                title,
                fill(
                    self.tr("%1 is %2 MB; a logo may be at most %3 MB. Choose a smaller picture."),
                    path.name,
                    decimal(size / (1024 * 1024)),
                    str(MAX_LOGO_BYTES // (1024 * 1024)),
                ),
            )
            return None
        if sniff_mime(data) not in IMAGE_MIMES or not _decodes(data):
            prompts.error(
                self,
                title,
                self.tr(
                    "%1 is not a PNG or JPEG picture, or it is damaged. "
                    "Save the logo as PNG and choose it again."
                ).replace("%1", path.name),
            )
            return None
        return data


def _decodes(data: bytes) -> bool:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    return not QImageReader(buffer).read().isNull()
