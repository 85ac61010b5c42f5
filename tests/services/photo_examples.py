"""Examples of the photo and logo operations for the registry's undo/redo test."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from forum_desktop.clock import FakeClock
from forum_desktop.services.capture import capture_outcome
from forum_desktop.services.logo import set_event_logo
from forum_desktop.services.photos import add_photo
from forum_desktop.storage import Store
from tests.photo_bytes import jpeg_bytes, png_bytes
from tests.services.helpers import Built, build_event


def with_photos(store: Store) -> tuple[Built, list[UUID]]:
    """An event with a photo on its first item and one on a captured decision."""
    built = build_event(store)
    decision = capture_outcome(
        store,
        event_id=built.event_id,
        session_id=built.session_id,
        item_id=built.item_ids[0],
        kind="decision",
        text="Adopter l'aquarium",
    ).value
    first = add_photo(
        store,
        event_id=built.event_id,
        item_id=built.item_ids[0],
        image=png_bytes(4, 3),
        mime="image/png",
        width=4,
        height=3,
        caption="Mur de post-it",
    ).value
    assert isinstance(store.clock, FakeClock)
    store.clock.advance(1)  # photos list in the order they were added
    second = add_photo(
        store,
        event_id=built.event_id,
        outcome_id=decision,
        image=jpeg_bytes(640, 480),
        mime="image/jpeg",
        width=640,
        height=480,
        original=b"GIF89a original",
        original_mime="image/gif",
    ).value
    return built, [first, second]


def example_add_photo(store: Store) -> dict[str, Any]:
    built = build_event(store)
    return {
        "event_id": built.event_id,
        "item_id": built.item_ids[1],
        "image": jpeg_bytes(2048, 1536),
        "mime": "image/jpeg",
        "width": 2048,
        "height": 1536,
        "caption": "  Tableau <b>blanc</b> & flèches ",
        "file_name": "IMG_2041.HEIC.jpg",
        "original": jpeg_bytes(4032, 3024),
        "original_mime": "image/jpeg",
    }


def example_set_photo_caption(store: Store) -> dict[str, Any]:
    _, ids = with_photos(store)
    return {"photo_id": ids[0], "caption": "Mur de post-it : priorités"}


def example_delete_photos(store: Store) -> dict[str, Any]:
    _, ids = with_photos(store)
    return {"photo_ids": ids}


def example_set_event_logo(store: Store) -> dict[str, Any]:
    built = build_event(store)
    set_event_logo(store, event_id=built.event_id, image=jpeg_bytes(300, 100))
    return {"event_id": built.event_id, "image": png_bytes(240, 80)}  # replaces the first


PHOTO_EXAMPLES: dict[str, Any] = {
    "add_photo": example_add_photo,
    "set_photo_caption": example_set_photo_caption,
    "delete_photos": example_delete_photos,
    "set_event_logo": example_set_event_logo,
}
