from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from forum_desktop.export.labels import labels
from forum_desktop.export.minutes_blocks import Picture
from forum_desktop.export.minutes_data import load_minutes
from forum_desktop.export.minutes_options import MinutesOptions
from forum_desktop.export.minutes_pdf import minutes_pdf
from forum_desktop.export.minutes_sections import section_blocks
from forum_desktop.export.print_images import for_print, photo_reader, scaled_for_print
from forum_desktop.models import Photo
from forum_desktop.services.commands import execute
from forum_desktop.services.photos import AddPhoto
from forum_desktop.storage import Store
from tests.export.pdf_reading import all_text
from tests.export.test_minutes_photos import camera_jpeg
from tests.photo_bytes import png_bytes
from tests.services.helpers import build_event


def test_scaled_on_workers_gives_each_key_what_for_print_gives() -> None:
    originals = [
        ("camera", camera_jpeg(4000, 3000)),
        ("small", png_bytes()),
        ("broken", b"not an image"),
        ("camera-2", camera_jpeg(3000, 4000)),
    ]
    scaled = scaled_for_print((key, lambda data=data: data) for key, data in originals)
    assert list(scaled) == [key for key, _ in originals]
    assert {key: scaled[key] for key in scaled} == {key: for_print(d) for key, d in originals}


def test_an_image_not_stored_is_empty() -> None:
    assert scaled_for_print([("gone", lambda: None)])["gone"] == b""


def _photo(store: Store, image: bytes) -> Photo:
    built = build_event(store)
    photo_id = execute(
        store,
        AddPhoto(
            event_id=built.event_id,
            item_id=built.item_ids[0],
            image=image,
            mime="image/png",
            width=40,
            height=30,
            caption="Mur de post-it",
        ),
    ).value
    return store.require(Photo, photo_id)


def test_a_photo_is_read_on_the_worker_through_a_connection_of_its_own(store: Store) -> None:
    image = png_bytes(40, 30)
    photo = _photo(store, image)
    read = photo_reader(store, photo)
    store.conn.close()  # the worker does not use the store's connection
    assert read() == image


def test_in_a_transaction_the_photo_is_read_at_once(store: Store) -> None:
    image = png_bytes(40, 30)
    with store.transaction():
        photo = _photo(store, image)  # not visible to another connection yet
        assert photo_reader(store, photo)() == image


def test_asking_whether_an_image_is_there_does_not_wait_for_its_scaling() -> None:
    started, release = threading.Event(), threading.Event()

    def slow() -> bytes:
        started.set()
        if not release.wait(timeout=10):  # nobody released it: the question waited
            raise TimeoutError("the scaling was waited for")
        return png_bytes()

    scaled = scaled_for_print([("slow", slow)])
    assert started.wait(timeout=30)
    assert "slow" in scaled and "other" not in scaled  # answered while it is scaled
    release.set()
    assert scaled["slow"] == png_bytes()


def test_the_minutes_ask_for_a_photo_s_bytes_only_when_they_draw_it(store: Store) -> None:
    photo = _photo(store, png_bytes(40, 30))
    data = load_minutes(store, photo.event_id, MinutesOptions())
    asked: list[str] = []

    class Watched(dict[str, bytes]):
        def __getitem__(self, key: str) -> bytes:
            asked.append(key)
            return data.images[key]

    watched = replace(data, images=Watched.fromkeys(data.images, b""))
    blocks = section_blocks(watched, labels(watched.language))
    assert [b for b in blocks if isinstance(b, Picture)] and asked == []
    assert "Mur" in all_text(minutes_pdf(watched))
    assert asked and set(asked) == {photo.image_sha256}  # measured, then drawn


def test_a_camera_photo_is_decoded_in_one_piece(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pillow takes the GIL back after each piece it decodes, waiting for the layout's
    thread each time: a photo decoded in 64 kB pieces was not ready when needed."""
    from PIL import Image

    pieces: list[int] = []
    original = Image._getdecoder

    class Counted:
        def __init__(self, decoder: object) -> None:
            self._decoder = decoder

        def decode(self, data: bytes) -> object:
            pieces.append(len(data))
            return self._decoder.decode(data)  # type: ignore[attr-defined]

        def __getattr__(self, name: str) -> object:
            return getattr(self._decoder, name)

    monkeypatch.setattr(Image, "_getdecoder", lambda *a, **k: Counted(original(*a, **k)))
    photo = camera_jpeg(4000, 3000)
    assert len(photo) > 2 * 65536  # more than two of Pillow's pieces
    for_print(photo)
    assert len(pieces) == 1
