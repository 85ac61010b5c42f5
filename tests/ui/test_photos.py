"""Photos in the capture tab: attach by dialog or drop, thumbnails, caption, viewer, undo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from forum_desktop.clock import FakeClock
from forum_desktop.models import Outcome, Photo
from forum_desktop.services.commands import execute
from forum_desktop.services.demo import CreateDemoEvent
from forum_desktop.services.photos import photo_bytes
from forum_desktop.ui.capture_page import CapturePage
from forum_desktop.ui.image_jobs import wait_for_jobs
from forum_desktop.ui.main_window import MainWindow

from .conftest import Prompts
from .pictures import write_picture


@pytest.fixture(autouse=True)
def jobs_end_with_the_test() -> Iterator[None]:
    yield
    wait_for_jobs()


@pytest.fixture
def page(window: MainWindow) -> CapturePage:
    event_id = execute(window.context.store, CreateDemoEvent()).value
    window.events_model.reload()
    window.open_event(event_id)
    window.capture_action.trigger()
    page = window.page.capture
    page.step_item(1)
    assert page.current_item() is not None
    return page


def photos(page: CapturePage) -> list[Photo]:
    return page._context.store.select(Photo, order_by="created_at")


def attach(qtbot: QtBot, page: CapturePage, answers: Prompts, path: Path) -> None:
    before = page.photo_model.rowCount()
    answers.open_path_lists.append([path])
    page.photos.attach_action.trigger()
    qtbot.waitUntil(lambda: page.photo_model.rowCount() == before + 1)
    assert not page.photos.busy()


def select_photo(page: CapturePage, row: int) -> None:
    index = page.photo_model.index(row)
    page.photos.view.selectionModel().select(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    page.photos.view.setCurrentIndex(index)


def drop(page: CapturePage, *paths: Path) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where = page.table.geometry().center()
    enter = QDragEnterEvent(
        where,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(page, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(
        QPointF(where),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(page, event)
    return event.isAccepted()


def test_attach_through_the_dialog_shows_a_thumbnail(
    page: CapturePage, qtbot: QtBot, answers: Prompts, tmp_path: Path
) -> None:
    item = page.current_item()
    assert item is not None
    assert page.photos.target_label.text().endswith(page.model.item_label(item.id))
    attach(qtbot, page, answers, write_picture(tmp_path / "IMG_2041.jpg", 4000, 3000))

    [photo] = photos(page)
    assert (photo.item_id, photo.outcome_id) == (item.id, None)
    assert (photo.width, photo.height, photo.mime) == (2048, 1536, "image/jpeg")
    assert photo.file_name == "IMG_2041.jpg"
    assert photo.original_sha256 is None
    qtbot.waitUntil(lambda: page.photo_model.thumbnail_ready(0))
    index = page.photo_model.index(0)
    assert index.data() == "(no caption)"
    assert "IMG_2041.jpg · 2048×1536" in index.data(Qt.ItemDataRole.ToolTipRole)
    thumb = index.data(Qt.ItemDataRole.DecorationRole)
    assert max(thumb.width(), thumb.height()) == 160
    rect = page.photos.view.visualRect(index)
    assert page.photos.view.viewport().rect().contains(rect)


def test_a_photo_on_a_selected_entry_and_originals_kept(
    page: CapturePage, qtbot: QtBot, answers: Prompts, tmp_path: Path
) -> None:
    page.bar.edit.setText("!Adopter l'aquarium")
    qtbot.keyClick(page.bar.edit, Qt.Key.Key_Return)
    [outcome] = page._context.store.select(Outcome, order_by="captured_at")
    page.show_outcome(outcome.id)  # row 0 is the agenda item's band
    assert "the entry “Adopter l'aquarium”" in page.photos.target_label.text()
    page.photos.keep_action.trigger()
    assert page._context.store.setting("photos.keep_originals") == "yes"
    original = write_picture(tmp_path / "wall.png", 300, 200)
    attach(qtbot, page, answers, original)

    [photo] = photos(page)
    assert (photo.outcome_id, photo.item_id) == (outcome.id, outcome.item_id)
    assert photo.mime == "image/png"
    assert photo_bytes(page._context.store, photo, original=True) == original.read_bytes()
    assert "Entry: Adopter l'aquarium" in page.photo_model.index(0).data(
        Qt.ItemDataRole.ToolTipRole
    )


def test_caption_edit_delete_and_undo(
    page: CapturePage, qtbot: QtBot, answers: Prompts, tmp_path: Path, window: MainWindow
) -> None:
    attach(qtbot, page, answers, write_picture(tmp_path / "a.jpg", 64, 48))
    select_photo(page, 0)
    page.photos.caption_action.trigger()
    editor = page.photos.view.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    editor.setText("Mur de post-it : priorités <b>&</b>")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop
    qtbot.waitUntil(lambda: photos(page)[0].caption == "Mur de post-it : priorités <b>&</b>")
    assert page.photo_model.index(0).data() == "Mur de post-it : priorités <b>&</b>"

    window.undo_action.trigger()
    assert photos(page)[0].caption == ""
    window.redo_action.trigger()

    select_photo(page, 0)
    page.photos.view.setFocus()
    page.photos.delete_action.trigger()
    assert photos(page) == []
    assert page.photo_model.rowCount() == 0
    window.undo_action.trigger()
    assert [p.caption for p in photos(page)] == ["Mur de post-it : priorités <b>&</b>"]
    assert page.photo_model.rowCount() == 1
    qtbot.waitUntil(lambda: page.photo_model.thumbnail_ready(0))


def test_dropping_files_attaches_pictures_and_explains_the_rest(
    page: CapturePage, qtbot: QtBot, answers: Prompts, tmp_path: Path, clock: FakeClock
) -> None:
    page._context.changed.connect(lambda _: clock.advance(1))  # each photo its own time
    notes = tmp_path / "notes.txt"
    notes.write_text("not a picture")
    pictures = [write_picture(tmp_path / f"flip{n}.jpg", 800, 600) for n in range(3)]
    assert drop(page, *pictures, notes)
    qtbot.waitUntil(lambda: not page.photos.busy())
    assert [p.file_name for p in photos(page)] == ["flip0.jpg", "flip1.jpg", "flip2.jpg"]
    assert [page.photo_model.photo(r).file_name for r in range(3)] == [
        "flip0.jpg",
        "flip1.jpg",
        "flip2.jpg",
    ]
    [(title, text)] = answers.errors
    assert title == "Photo not attached"
    assert text == "notes.txt is not a picture. Attach a JPEG, PNG, GIF, WebP, BMP or TIFF file."
    assert page.photo_model.rowCount() == 3


def test_nothing_to_attach_to_says_what_to_do(
    page: CapturePage, answers: Prompts, tmp_path: Path
) -> None:
    page.set_current_item(None)
    assert not page.photos.attach_action.isEnabled()
    page.photos.attach_files([write_picture(tmp_path / "a.jpg", 10, 10)])
    [(_, text)] = answers.infos
    assert text.startswith("Choose the agenda item the room is on, or select an entry")
    assert photos(page) == []


def test_the_viewer_fits_the_photo_in_its_window(
    page: CapturePage, qtbot: QtBot, answers: Prompts, tmp_path: Path
) -> None:
    attach(qtbot, page, answers, write_picture(tmp_path / "tall.jpg", 1000, 3000))
    select_photo(page, 0)
    page.photos.open_action.trigger()
    viewer = page.photos.viewer
    assert viewer is not None
    qtbot.waitUntil(viewer.loaded)
    screen = viewer.screen().availableGeometry()
    assert viewer.width() <= screen.width() and viewer.height() <= screen.height()
    drawn = viewer.image.image_rect()
    assert viewer.image.rect().contains(drawn)
    assert abs(drawn.width() / drawn.height() - 1000 / 3000) < 0.02
    viewer.resize(400, 300)
    qtbot.waitUntil(lambda: viewer.image.rect().contains(viewer.image.image_rect()))
    assert viewer.image.image_rect().height() <= viewer.image.height()
    viewer.close()


def test_fifty_photos_load_without_blocking(
    page: CapturePage, qtbot: QtBot, answers: Prompts, tmp_path: Path
) -> None:
    paths = [write_picture(tmp_path / f"p{n:02}.jpg", 320 + n, 240) for n in range(50)]
    assert drop(page, *paths)
    qtbot.waitUntil(lambda: page.photo_model.rowCount() == 50, timeout=30_000)
    for row in range(50):
        page.photo_model.index(row).data(Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(
        lambda: all(page.photo_model.thumbnail_ready(r) for r in range(50)), timeout=30_000
    )


def test_the_strip_shows_the_photos_of_the_item_the_room_is_on(
    page: CapturePage, qtbot: QtBot, answers: Prompts, tmp_path: Path, clock: FakeClock
) -> None:
    page._context.changed.connect(lambda _: clock.advance(1))
    first = page.current_item()
    attach(qtbot, page, answers, write_picture(tmp_path / "one.jpg", 40, 30))
    page.next_item_action.trigger()
    assert page.photo_model.rowCount() == 0
    answers.open_path_lists.append([tmp_path / "two.png", tmp_path / "three.jpg"])
    write_picture(tmp_path / "two.png", 40, 30)
    write_picture(tmp_path / "three.jpg", 40, 30)
    page.photos.attach_action.trigger()
    qtbot.waitUntil(lambda: page.photo_model.rowCount() == 2)
    answers.open_path_lists.append([])  # the dialog cancelled
    page.photos.attach_action.trigger()
    assert not page.photos.busy()

    page.set_current_item(None)  # no particular item: every photo of the event
    assert [page.photo_model.photo(r).file_name for r in range(3)] == [
        "one.jpg",
        "two.png",
        "three.jpg",
    ]
    page.set_current_item(first.id if first else None)
    assert [page.photo_model.photo(r).file_name for r in range(1)] == ["one.jpg"]
    assert page.photo_model.rowCount() == 1


def test_a_refused_file_is_named_as_typed(
    page: CapturePage, qtbot: QtBot, answers: Prompts, tmp_path: Path
) -> None:
    notes = tmp_path / "notes %2 %3 %4 %1.txt"
    notes.write_text("not a picture")
    page.photos.attach_files([notes])
    qtbot.waitUntil(lambda: bool(answers.errors))
    [(_, text)] = answers.errors
    assert text == (
        "notes %2 %3 %4 %1.txt is not a picture. Attach a JPEG, PNG, GIF, WebP, BMP or TIFF file."
    )
    assert photos(page) == []
