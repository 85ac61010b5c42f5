"""An event's logo, printed on the cover of its minutes (and, when the event asks, small in
its documents' footer): set from image bytes, or removed.

The bytes are checked (a PNG or JPEG image, within the size limits, whose header can be
read) before anything is kept, and live in ``image_data`` like a photo's, so the event
record only carries their hash and undo, sync and the JSON export treat them alike.
"""

from __future__ import annotations

from typing import Final
from uuid import UUID

from forum_desktop.capture.image_bytes import ImageError, check_image, image_size, sniff_mime
from forum_desktop.models import Event
from forum_desktop.models.photo import IMAGE_MIMES, MAX_IMAGE_SIDE
from forum_desktop.services.commands import Command
from forum_desktop.services.operations import OpResult, Recorder
from forum_desktop.storage import StorageError, Store
from forum_desktop.storage.image_data import image_data, put_image_data

MAX_LOGO_BYTES: Final = 2 * 1024 * 1024
"""A logo is a small picture: 2 MB is plenty for print quality on a cover."""


class LogoRejectedError(StorageError):
    """Bytes that cannot be an event's logo; ``str()`` says why and what to do."""


def check_logo(data: bytes) -> str:
    """The logo's type ("image/png" or "image/jpeg"); ``LogoRejectedError`` otherwise."""
    mime = sniff_mime(data) if data else None
    if mime not in IMAGE_MIMES:
        raise LogoRejectedError(
            "The logo must be a PNG or JPEG image; convert the file to PNG and try again."
        )
    assert mime is not None
    try:
        check_image(data, mime, allowed=IMAGE_MIMES, max_bytes=MAX_LOGO_BYTES, what="logo")
        width, height = image_size(data, mime)
    except ImageError as error:
        raise LogoRejectedError(f"{error}. Choose a smaller or undamaged picture.") from error
    if not (0 < width <= MAX_IMAGE_SIDE and 0 < height <= MAX_IMAGE_SIDE):
        raise LogoRejectedError(
            f"The logo is {width}×{height} pixels; at most {MAX_IMAGE_SIDE} on each side."
        )
    return mime


def event_logo(store: Store, event: Event) -> bytes | None:
    """The logo's bytes, or None when the event has none (or they have not arrived yet)."""
    return image_data(store, event.logo_sha256) if event.logo_sha256 else None


def footer_logo(store: Store, event: Event) -> bytes | None:
    """The logo's bytes when the event prints it in its documents' footer too."""
    return event_logo(store, event) if event.footer_logo else None


class SetEventLogo(Command):
    """Give the event ``image`` as its logo, or remove it (None); undo brings the previous
    one back (its bytes stay until the next start)."""

    event_id: UUID
    image: bytes | None

    def apply(self, store: Store) -> OpResult:
        store.require(Event, self.event_id)
        digest = None
        if self.image is not None:
            check_logo(self.image)
            digest = put_image_data(store, self.image)
        recorder = Recorder()
        recorder.add(store.update(Event, self.event_id, logo_sha256=digest))
        return recorder.result(self.event_id)
