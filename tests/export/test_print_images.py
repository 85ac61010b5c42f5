from __future__ import annotations

from forum_desktop.export.print_images import for_print, scaled_for_print
from tests.export.test_minutes_photos import camera_jpeg
from tests.photo_bytes import png_bytes


def test_scaled_on_workers_gives_each_key_what_for_print_gives() -> None:
    originals = [
        ("camera", camera_jpeg(4000, 3000)),
        ("small", png_bytes()),
        ("broken", b"not an image"),
        ("camera-2", camera_jpeg(3000, 4000)),
    ]
    scaled = scaled_for_print(iter(originals))
    assert list(scaled) == [key for key, _ in originals]
    assert {key: scaled[key] for key in scaled} == {key: for_print(d) for key, d in originals}
