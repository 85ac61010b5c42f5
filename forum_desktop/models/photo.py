"""Photos of flipcharts, sticky-note walls and whiteboards, attached to an item or an entry.

The record holds what the photo is and where it belongs; its bytes live once, by their
SHA-256, in the ``image_data`` table (see ``storage/image_data.py``), so the journal and
undo carry a 64-character hash rather than megabytes.
"""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal
from uuid import UUID

from pydantic import Field, StringConstraints, model_validator

from forum_desktop.models.base import Record

IMAGE_MIMES = ("image/jpeg", "image/png")
"""What a stored (scaled) image is encoded as."""
ORIGINAL_MIMES = (*IMAGE_MIMES, "image/gif", "image/webp", "image/bmp", "image/tiff")
"""What a kept original may be: the formats whose signature the core recognises."""
MAX_IMAGE_SIDE = 4096
"""The longest side a stored image may have (the app scales to 2048)."""
MAX_IMAGE_BYTES = 8 * 1024 * 1024
MAX_ORIGINAL_BYTES = 40 * 1024 * 1024
CAPTION_MAX_LENGTH = 2000

Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
ImageMime = Literal["image/jpeg", "image/png"]
OriginalMime = Literal[
    "image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp", "image/tiff"
]


class Photo(Record):
    record_type: ClassVar[str] = "photo"

    event_id: UUID
    item_id: UUID | None = None
    """Soft references, like an outcome's: deleting the item or entry keeps the photo."""
    outcome_id: UUID | None = None
    caption: str = Field(default="", max_length=CAPTION_MAX_LENGTH)
    file_name: str = Field(default="", max_length=255)
    """The name of the file it came from, shown as a hint."""
    mime: ImageMime
    width: int = Field(ge=1, le=MAX_IMAGE_SIDE)
    height: int = Field(ge=1, le=MAX_IMAGE_SIDE)
    image_sha256: Sha256
    original_sha256: Sha256 | None = None
    original_mime: OriginalMime | None = None

    @model_validator(mode="after")
    def _belongs_somewhere(self) -> Photo:
        if self.item_id is None and self.outcome_id is None:
            raise ValueError("a photo belongs to an agenda item, an entry, or both")
        if (self.original_sha256 is None) != (self.original_mime is None):
            raise ValueError("a kept original needs both its hash and its type")
        return self
