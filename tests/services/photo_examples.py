"""Examples of the photo and logo commands for the undo/redo test."""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from forum_desktop.clock import FakeClock
from forum_desktop.services.capture import CaptureOutcome
from forum_desktop.services.commands import Command, execute
from forum_desktop.services.logo import SetEventLogo
from forum_desktop.services.photos import AddPhoto, DeletePhotos, SetPhotoCaption
from forum_desktop.storage import Store
from tests.photo_bytes import jpeg_bytes, png_bytes
from tests.services.helpers import Built, build_event


def with_photos(store: Store) -> tuple[Built, list[UUID]]:
    """An event with a photo on its first item and one on a captured decision."""
    built = build_event(store)
    decision = execute(
        store,
        CaptureOutcome(
            event_id=built.event_id,
            session_id=built.session_id,
            item_id=built.item_ids[0],
            kind="decision",
            text="Adopter l'aquarium",
        ),
    ).value
    first = execute(
        store,
        AddPhoto(
            event_id=built.event_id,
            item_id=built.item_ids[0],
            image=png_bytes(4, 3),
            mime="image/png",
            width=4,
            height=3,
            caption="Mur de post-it",
        ),
    ).value
    assert isinstance(store.clock, FakeClock)
    store.clock.advance(1)  # photos list in the order they were added
    second = execute(
        store,
        AddPhoto(
            event_id=built.event_id,
            outcome_id=decision,
            image=jpeg_bytes(640, 480),
            mime="image/jpeg",
            width=640,
            height=480,
            original=b"GIF89a original",
            original_mime="image/gif",
        ),
    ).value
    return built, [first, second]


def example_add_photo(store: Store) -> Command:
    built = build_event(store)
    return AddPhoto(
        event_id=built.event_id,
        item_id=built.item_ids[1],
        image=jpeg_bytes(2048, 1536),
        mime="image/jpeg",
        width=2048,
        height=1536,
        caption="  Tableau <b>blanc</b> & flèches ",
        file_name="IMG_2041.HEIC.jpg",
        original=jpeg_bytes(4032, 3024),
        original_mime="image/jpeg",
    )


def example_set_photo_caption(store: Store) -> Command:
    _, ids = with_photos(store)
    return SetPhotoCaption(photo_id=ids[0], caption="Mur de post-it : priorités")


def example_delete_photos(store: Store) -> Command:
    _, ids = with_photos(store)
    return DeletePhotos(photo_ids=tuple(ids))


def example_set_event_logo(store: Store) -> Command:
    built = build_event(store)
    execute(store, SetEventLogo(event_id=built.event_id, image=jpeg_bytes(300, 100)))
    return SetEventLogo(event_id=built.event_id, image=png_bytes(240, 80))  # replaces the first


PHOTO_EXAMPLES: dict[str, Callable[[Store], Command]] = {
    "AddPhoto": example_add_photo,
    "SetPhotoCaption": example_set_photo_caption,
    "DeletePhotos": example_delete_photos,
    "SetEventLogo": example_set_event_logo,
}
