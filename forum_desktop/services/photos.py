"""Commands on photos: attach one to an item or an entry, edit its caption, delete.

The UI decodes and scales the picture; these commands check what they are handed
(type, signature, size, dimensions) before keeping it, so a bug or a hostile file can
never store something that is not the image it claims to be.
"""

from __future__ import annotations

from uuid import UUID

from forum_desktop.capture.image_bytes import ImageError, check_image, image_size
from forum_desktop.models import Event, Outcome, Photo
from forum_desktop.models.photo import (
    IMAGE_MIMES,
    MAX_IMAGE_BYTES,
    MAX_ORIGINAL_BYTES,
    ORIGINAL_MIMES,
)
from forum_desktop.services.commands import Command
from forum_desktop.services.operations import OpResult, Recorder
from forum_desktop.storage import StorageError, Store
from forum_desktop.storage.image_data import image_data, put_image_data


class PhotoRejectedError(StorageError):
    """Image bytes the core will not keep; ``str()`` says why."""


def check_photo_bytes(
    image: bytes,
    mime: str,
    width: int,
    height: int,
    original: bytes | None = None,
    original_mime: str | None = None,
) -> None:
    """Raise ``ImageError`` unless the bytes are what a photo record says they are."""
    check_image(image, mime, allowed=IMAGE_MIMES, max_bytes=MAX_IMAGE_BYTES, what="image")
    found = image_size(image, mime)
    if found != (width, height):
        raise ImageError(f"image: said to be {width}×{height} pixels but is {found[0]}×{found[1]}")
    if original is not None:
        check_image(
            original,
            original_mime or "",
            allowed=ORIGINAL_MIMES,
            max_bytes=MAX_ORIGINAL_BYTES,
            what="original",
        )


def photos_of_event(store: Store, event_id: UUID) -> list[Photo]:
    return store.select(Photo, {"event_id": event_id}, order_by="created_at")


def photo_bytes(store: Store, photo: Photo, *, original: bool = False) -> bytes | None:
    digest = photo.original_sha256 if original else photo.image_sha256
    return image_data(store, digest) if digest else None


class AddPhoto(Command):
    """Keep a scaled photo (and, if given, the original file); value: the photo's id.

    Attached to an entry only, the photo also takes the entry's agenda item.
    """

    event_id: UUID
    image: bytes
    mime: str
    width: int
    height: int
    item_id: UUID | None = None
    outcome_id: UUID | None = None
    caption: str = ""
    file_name: str = ""
    original: bytes | None = None
    original_mime: str | None = None

    def apply(self, store: Store) -> OpResult:
        store.require(Event, self.event_id)
        try:
            check_photo_bytes(
                self.image, self.mime, self.width, self.height, self.original, self.original_mime
            )
        except ImageError as error:
            raise PhotoRejectedError(str(error)) from error
        item_id = self.item_id
        if item_id is None and self.outcome_id is not None:
            item_id = store.require(Outcome, self.outcome_id).item_id
        original = self.original
        photo = Photo.model_validate(
            {
                "event_id": self.event_id,
                "item_id": item_id,
                "outcome_id": self.outcome_id,
                "caption": self.caption.strip(),
                "file_name": self.file_name[-255:],
                "mime": self.mime,
                "width": self.width,
                "height": self.height,
                "image_sha256": put_image_data(store, self.image),
                "original_sha256": None if original is None else put_image_data(store, original),
                "original_mime": None if original is None else self.original_mime,
            }
        )
        recorder = Recorder()
        recorder.add(store.insert(store.fresh(photo)))
        return recorder.result(photo.id)


class SetPhotoCaption(Command):
    """Change a photo's caption (spaces around it trimmed)."""

    photo_id: UUID
    caption: str

    def apply(self, store: Store) -> OpResult:
        recorder = Recorder()
        recorder.add(store.update(Photo, self.photo_id, caption=self.caption.strip()))
        return recorder.result(self.photo_id)


class DeletePhotos(Command):
    """Delete photos; their bytes stay until the next start, so undo brings them back."""

    photo_ids: tuple[UUID, ...]

    def apply(self, store: Store) -> OpResult:
        recorder = Recorder()
        for photo_id in self.photo_ids:
            recorder.add(store.delete(Photo, photo_id))
        return recorder.result(len(self.photo_ids))
