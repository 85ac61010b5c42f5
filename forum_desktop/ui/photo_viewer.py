"""A photo, large: scaled to fit the window whatever its size, never cut or overflowing."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from forum_desktop.models import Photo
from forum_desktop.ui.image_jobs import relay, start_job
from forum_desktop.ui.photo_files import thumbnail


class FittedImage(QWidget):
    """Paints its image as large as fits, keeping the proportions; centred."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self.setMinimumSize(200, 150)

    def set_image(self, image: QImage) -> None:
        self.image = image
        self.update()

    def image_rect(self) -> QRect:
        """Where the image is painted: inside the widget, proportions kept."""
        if self.image.isNull():
            return QRect()
        size = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - size.width()) // 2
        y = (self.height() - size.height()) // 2
        return QRect(x, y, size.width(), size.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.image.isNull():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(self.image_rect(), self.image)
        painter.end()


class PhotoViewer(QDialog):
    """Decodes the photo off the UI thread; ``loaded`` tells when it is on screen."""

    def __init__(self, photo: Photo, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a decoded photo is megabytes
        self.setWindowTitle(photo.caption or photo.file_name or self.tr("Photo"))
        self.image = FittedImage(self)
        self.image.setAccessibleName(self.tr("Photo"))
        self.status = QLabel(self.tr("Loading…"), self)
        self.caption = QLabel(photo.caption, self)
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.image, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.caption)
        layout.addWidget(buttons)
        screen = (parent.screen() if parent else None) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() * 0.85
        wanted = QSize(photo.width + 40, photo.height + 120)
        self.resize(wanted.boundedTo(room))
        self._key = ("viewer", photo.id)
        relay().finished.connect(self._on_job_finished)
        side = max(photo.width, photo.height)
        start_job(self._key, lambda: thumbnail(data, side))

    def loaded(self) -> bool:
        return not self.image.image.isNull()

    def _on_job_finished(self, key: object, result: object) -> None:
        if key != self._key:
            return
        if isinstance(result, QImage) and not result.isNull():
            self.status.hide()
            self.image.set_image(result)
        else:
            self.status.setText(self.tr("This photo cannot be shown: its image is damaged."))
