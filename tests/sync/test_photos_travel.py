"""Photos travel with their bytes, and wait for them when the record arrives first."""

from __future__ import annotations

import shutil
from pathlib import Path
from uuid import UUID

from forum_desktop.models import Photo
from forum_desktop.services.capture import CaptureOutcome
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.photos import AddPhoto, SetPhotoCaption
from forum_desktop.storage.image_data import image_data
from forum_desktop.sync.engine import sync_event
from tests.photo_bytes import png_bytes
from tests.sync.laptops import open_laptop, snapshot


def test_a_photo_arrives_with_its_bytes_and_waits_for_them(tmp_path: Path) -> None:
    a, b = open_laptop(tmp_path / "a", "Awa"), open_laptop(tmp_path / "b", "Bruno")
    folder = tmp_path / "shared"
    event_id: UUID = execute(a.store, CreateEvent(title="Atelier")).value
    entry = execute(a.store, CaptureOutcome(event_id=event_id, text="Carte des acteurs")).value
    image = png_bytes(4, 3)
    photo_id = execute(
        a.store,
        AddPhoto(
            event_id=event_id,
            image=image,
            mime="image/png",
            width=4,
            height=3,
            outcome_id=entry,
            caption="Le tableau",
        ),
    ).value
    sync_event(a.store, event_id, folder)
    images = folder / "forum-sync" / str(event_id) / "images"
    aside = tmp_path / "images-late"
    shutil.move(images, aside)  # the change files arrive before the image

    waiting = sync_event(b.store, event_id, folder)
    assert waiting.held == 1
    assert b.store.get(Photo, photo_id) is None

    shutil.move(aside, images)
    arrived = sync_event(b.store, event_id, folder)
    assert arrived.held == 0
    photo = b.store.require(Photo, photo_id)
    assert photo.caption == "Le tableau"
    assert image_data(b.store, photo.image_sha256) == image

    execute(b.store, SetPhotoCaption(photo_id=photo_id, caption="Le tableau des acteurs"))
    sync_event(b.store, event_id, folder)
    sync_event(a.store, event_id, folder)
    assert a.store.require(Photo, photo_id).caption == "Le tableau des acteurs"
    assert snapshot(a.store, event_id) == snapshot(b.store, event_id)
    a.close()
    b.close()
