"""The photos shown in the capture tab, as a list model with thumbnails decoded off-thread.

Thumbnails are cached by the image's hash, so a redraw, a caption edit or a reload
never decodes a picture twice; until one arrives the cell shows a grey card of its shape.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QImage

from forum_desktop.models import ChangeKind, Photo
from forum_desktop.services.operations import OpResult
from forum_desktop.services.photos import SetPhotoCaption, photo_bytes, photos_of_event
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.image_jobs import relay, start_job
from forum_desktop.ui.photo_files import thumbnail

Index = QModelIndex | QPersistentModelIndex
THUMBNAIL_SIDE = 160
PHOTO_ID_ROLE = Qt.ItemDataRole.UserRole + 1


translate = QCoreApplication.translate


class PhotoModel(QAbstractListModel):
    def __init__(self, context: AppContext, describe_target: Callable[[Photo], str]) -> None:
        super().__init__(context)
        self._context = context
        self._describe_target = describe_target
        self._event_id: UUID | None = None
        self._item_id: UUID | None = None
        self._photos: list[Photo] = []
        self._thumbnails: dict[str, QImage] = {}
        self._pending: set[str] = set()
        self._unreadable: set[str] = set()
        context.changed.connect(self._on_changed)
        context.reset.connect(self.reload)
        relay().finished.connect(self._on_job_finished)

    def show(self, event_id: UUID | None, item_id: UUID | None) -> None:
        """The photos of one agenda item, or of the whole event when ``item_id`` is None."""
        if (event_id, item_id) == (self._event_id, self._item_id):
            return
        if event_id != self._event_id:  # another event's thumbnails will not be needed
            self._thumbnails.clear()
            self._unreadable.clear()
        self._event_id, self._item_id = event_id, item_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        photos = photos_of_event(self._context.store, self._event_id) if self._event_id else []
        if self._item_id is not None:
            photos = [p for p in photos if p.item_id == self._item_id]
        self._photos = photos
        self.endResetModel()

    def photo(self, row: int) -> Photo:
        return self._photos[row]

    def row_of(self, photo_id: UUID) -> int:
        return next((row for row, p in enumerate(self._photos) if p.id == photo_id), -1)

    def thumbnail_ready(self, row: int) -> bool:
        return self._photos[row].image_sha256 in self._thumbnails

    # --- Qt model interface -----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._photos)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._photos):
            return None
        photo = self._photos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return photo.caption or translate("PhotoModel", "(no caption)")
        if role == Qt.ItemDataRole.EditRole:
            return photo.caption
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnail(photo)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return translate("PhotoModel", "Photo: %1").replace(
                "%1", photo.caption or photo.file_name
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [
                photo.caption,
                self._describe_target(photo),
                f"{photo.file_name} · {photo.width}×{photo.height}",
            ]
            if photo.original_sha256:
                lines.append(translate("PhotoModel", "Original kept"))
            return "\n".join(line for line in lines if line)
        if role == PHOTO_ID_ROLE:
            return str(photo.id)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        photo = self._photos[index.row()]
        caption = str(value).strip()
        if caption == photo.caption:
            return False
        command = SetPhotoCaption(photo_id=photo.id, caption=caption)
        result = self._context.execute(command, translate("PhotoModel", "Photo caption"))
        return result is not None

    # --- thumbnails -------------------------------------------------------------------

    def _thumbnail(self, photo: Photo) -> QImage:
        digest = photo.image_sha256
        found = self._thumbnails.get(digest)
        if found is None and digest not in self._pending | self._unreadable:
            data = photo_bytes(self._context.store, photo)
            if data is not None:
                self._pending.add(digest)
                start_job(("thumbnail", digest), lambda: thumbnail(data, THUMBNAIL_SIDE))
        return found or self._placeholder(photo)

    def _placeholder(self, photo: Photo) -> QImage:
        """A grey card of the thumbnail's shape, so the strip's layout does not jump."""
        size = QSize(photo.width, photo.height).scaled(
            THUMBNAIL_SIDE, THUMBNAIL_SIDE, Qt.AspectRatioMode.KeepAspectRatio
        )
        card = QImage(size.expandedTo(QSize(1, 1)), QImage.Format.Format_RGB32)
        card.fill(QColor("#d5d8dc"))
        return card

    def _on_job_finished(self, key: object, result: object) -> None:
        if not (isinstance(key, tuple) and key[0] == "thumbnail" and key[1] in self._pending):
            return
        digest = key[1]
        self._pending.discard(digest)
        if isinstance(result, QImage) and not result.isNull():
            self._thumbnails[digest] = result
        else:  # never retried at every repaint; the caption still shows
            self._unreadable.add(digest)
        for row, photo in enumerate(self._photos):
            if photo.image_sha256 == digest:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    # --- updates ----------------------------------------------------------------------

    def _on_changed(self, result: OpResult) -> None:
        if self._event_id is None or not result.touches(Photo.record_type):
            return
        changes = [c for c in result.changes if c.record_type == Photo.record_type]
        rows = {p.id: row for row, p in enumerate(self._photos)}
        if not all(c.kind is ChangeKind.UPDATE and c.record_id in rows for c in changes):
            self.reload()
            return
        for change in changes:  # a caption edit: keep the selection, no reset
            row = rows[change.record_id]
            self._photos[row] = self._context.store.require(Photo, change.record_id)
            self.dataChanged.emit(self.index(row), self.index(row))
