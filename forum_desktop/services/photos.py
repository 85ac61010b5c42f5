"""Operations on photos: attach one to an item or an entry, edit its caption, delete.

The UI decodes and scales the picture; these operations check what they are handed
(type, signature, size, dimensions) before keeping it, so a bug or a hostile file can
never store something that is not the image it claims to be.
"""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from forum_desktop.capture.image_bytes import ImageError, check_image, image_size
from forum_desktop.models import Event, Outcome, Photo
from forum_desktop.models.photo import (
    IMAGE_MIMES,
    MAX_IMAGE_BYTES,
    MAX_ORIGINAL_BYTES,
    ORIGINAL_MIMES,
)
from forum_desktop.services.operations import OpResult, Recorder, operation
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


@operation("add_photo")
def add_photo(
    store: Store,
    /,
    *,
    event_id: UUID,
    image: bytes,
    mime: str,
    width: int,
    height: int,
    item_id: UUID | None = None,
    outcome_id: UUID | None = None,
    caption: str = "",
    file_name: str = "",
    original: bytes | None = None,
    original_mime: str | None = None,
) -> OpResult:
    """Keep a scaled photo (and, if given, the original file); value: the photo's id.

    Attached to an entry only, the photo also takes the entry's agenda item.
    """
    store.require(Event, event_id)
    try:
        check_photo_bytes(image, mime, width, height, original, original_mime)
    except ImageError as error:
        raise PhotoRejectedError(str(error)) from error
    if item_id is None and outcome_id is not None:
        item_id = store.require(Outcome, outcome_id).item_id
    photo = Photo.model_validate(
        {
            "event_id": event_id,
            "item_id": item_id,
            "outcome_id": outcome_id,
            "caption": caption.strip(),
            "file_name": file_name[-255:],
            "mime": mime,
            "width": width,
            "height": height,
            "image_sha256": put_image_data(store, image),
            "original_sha256": None if original is None else put_image_data(store, original),
            "original_mime": None if original is None else original_mime,
        }
    )
    recorder = Recorder()
    recorder.add(store.insert(store.fresh(photo)))
    return recorder.result(photo.id)


@operation("set_photo_caption")
def set_photo_caption(store: Store, /, *, photo_id: UUID, caption: str) -> OpResult:
    recorder = Recorder()
    recorder.add(store.update(Photo, photo_id, caption=caption.strip()))
    return recorder.result(photo_id)


@operation("delete_photos")
def delete_photos(store: Store, /, *, photo_ids: Sequence[UUID]) -> OpResult:
    """Delete photos; their bytes stay until the next start, so undo brings them back."""
    recorder = Recorder()
    for photo_id in photo_ids:
        recorder.add(store.delete(Photo, photo_id))
    return recorder.result(len(photo_ids))
