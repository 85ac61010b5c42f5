"""Picture files into photos: scaled, upright, encoded; bad files refused with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QImage, QImageIOHandler

from forum_desktop.capture.image_bytes import image_size, sniff_mime
from forum_desktop.services.photos import check_photo_bytes
from forum_desktop.ui import photo_files
from forum_desktop.ui.photo_files import (
    SCALED_SIDE,
    PhotoFileError,
    Problem,
    dropped_files,
    prepare_photo,
    thumbnail,
)
from forum_desktop.ui.photo_panel import problem_text

from .pictures import top_left_is_red, write_picture


def test_a_large_photo_is_scaled_to_2048_and_passes_the_core_checks(tmp_path: Path) -> None:
    path = write_picture(tmp_path / "flipchart.jpg", 4000, 3000)
    prepared = prepare_photo(path, keep_original=False)
    assert (prepared.width, prepared.height) == (SCALED_SIDE, 1536)
    assert prepared.mime == "image/jpeg"
    assert image_size(prepared.image, "image/jpeg") == (2048, 1536)
    assert prepared.original is None
    check_photo_bytes(prepared.image, prepared.mime, prepared.width, prepared.height)


def test_exif_orientation_turns_the_photo_upright(tmp_path: Path) -> None:
    """A phone held upright writes a landscape JPEG with "rotate 90°" in its EXIF."""
    path = write_picture(
        tmp_path / "portrait.jpg",
        300,
        100,
        rotate=QImageIOHandler.Transformation.TransformationRotate90,
    )
    prepared = prepare_photo(path, keep_original=True)
    assert (prepared.width, prepared.height) == (100, 300)
    image = QImage.fromData(prepared.image)
    assert (image.width(), image.height()) == (100, 300)
    assert prepared.original == path.read_bytes()
    assert prepared.original_mime == "image/jpeg"


def test_png_drawings_stay_png_and_keep_their_edges(tmp_path: Path) -> None:
    prepared = prepare_photo(write_picture(tmp_path / "board.png", 120, 80), keep_original=False)
    assert prepared.mime == "image/png"
    assert top_left_is_red(QImage.fromData(prepared.image))


def test_transparency_becomes_white_when_encoded_as_jpeg() -> None:
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    image.fill(0)
    data, mime = photo_files.encode(image, prefer_png=False)
    assert mime == "image/jpeg"
    assert QImage.fromData(data).pixelColor(5, 5).lightness() > 240


@pytest.mark.parametrize(
    ("content", "problem", "message"),
    [
        (b"Minutes of the meeting\n", Problem.NOT_AN_IMAGE, "is not a picture. Attach a JPEG"),
        (
            b"<svg xmlns='http://www.w3.org/2000/svg' width='9' height='9'/>",
            Problem.NOT_AN_IMAGE,
            "not a picture",
        ),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, Problem.DAMAGED, "cannot be decoded"),
    ],
)
def test_files_that_are_not_pictures_are_refused(
    tmp_path: Path, content: bytes, problem: Problem, message: str
) -> None:
    path = tmp_path / "notes.png"
    path.write_bytes(content)
    with pytest.raises(PhotoFileError) as caught:
        prepare_photo(path, keep_original=False)
    assert caught.value.problem is problem
    assert problem_text(caught.value).startswith("notes.png ")
    assert message in problem_text(caught.value)


def test_huge_files_and_pictures_are_refused_before_decoding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_picture(tmp_path / "wall.jpg", 400, 300)
    monkeypatch.setattr(photo_files, "MAX_MEGAPIXELS", 0.1)
    with pytest.raises(PhotoFileError) as caught:
        prepare_photo(path, keep_original=False)
    assert caught.value.problem is Problem.TOO_MANY_PIXELS
    assert "wall.jpg is 400×300 pixels" in problem_text(caught.value)
    monkeypatch.setattr(photo_files, "MAX_FILE_BYTES", 100)
    with pytest.raises(PhotoFileError) as caught:
        prepare_photo(path, keep_original=False)
    assert caught.value.problem is Problem.TOO_BIG
    assert "wall.jpg is larger than 40 MB" in problem_text(caught.value)
    with pytest.raises(PhotoFileError) as caught:
        prepare_photo(tmp_path / "gone.jpg", keep_original=False)
    assert caught.value.problem is Problem.UNREADABLE


def test_thumbnails_fit_their_box(tmp_path: Path) -> None:
    data = prepare_photo(write_picture(tmp_path / "a.jpg", 3000, 1000), False).image
    small = thumbnail(data, 160)
    assert (small.width(), small.height()) == (160, 53)
    assert thumbnail(b"garbage", 160).isNull()


def test_dropped_files_are_local_files_only(tmp_path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "a.jpg")), QUrl("https://example.org/b.jpg")])
    assert dropped_files(mime) == [tmp_path / "a.jpg"]
    text_only = QMimeData()
    text_only.setText("hello")
    assert dropped_files(text_only) == []


def test_a_12_megapixel_photo_is_prepared_as_a_jpeg(tmp_path: Path) -> None:
    path = write_picture(tmp_path / "big.jpg", 4000, 3000)
    prepared = prepare_photo(path, keep_original=False)
    assert sniff_mime(prepared.image) == "image/jpeg"
