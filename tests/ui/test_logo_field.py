"""The logo in the event's details: chosen from a file, refused with a reason, removed,
undone."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from forum_desktop.models import Event
from forum_desktop.services.commands import execute
from forum_desktop.services.demo import CreateDemoEvent
from forum_desktop.services.logo import MAX_LOGO_BYTES
from forum_desktop.storage.image_data import image_data
from forum_desktop.ui.main_window import MainWindow
from tests.photo_bytes import png_bytes
from tests.ui.conftest import Prompts


def open_demo(window: MainWindow) -> Event:
    event_id = execute(window.context.store, CreateDemoEvent()).value
    window.events_model.reload()
    window.open_event(event_id)
    return window.context.store.require(Event, event_id)


def logo_of(window: MainWindow, event: Event) -> bytes | None:
    digest = window.context.store.require(Event, event.id).logo_sha256
    return None if digest is None else image_data(window.context.store, digest)


def test_choose_show_remove_and_undo_a_logo(
    window: MainWindow, answers: Prompts, tmp_path: Path, qtbot: QtBot
) -> None:
    event = open_demo(window)
    field = window.page.details.logo
    assert field.preview.text() == "No logo" and not field.remove_button.isEnabled()
    logo = tmp_path / "logo.png"
    logo.write_bytes(png_bytes(300, 100))
    answers.open_paths.append(logo)
    field.choose_button.click()
    assert logo_of(window, event) == png_bytes(300, 100)
    pixmap = field.preview.pixmap()
    assert not pixmap.isNull() and pixmap.width() <= 160 and pixmap.height() <= 56
    assert field.remove_button.isEnabled()
    field.remove_button.click()
    assert logo_of(window, event) is None
    assert field.preview.text() == "No logo"
    window.context.undo_stack.undo()
    assert logo_of(window, event) == png_bytes(300, 100)
    assert not field.preview.pixmap().isNull()
    assert answers.errors == []


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("logo.gif", b"GIF89a" + b"\0" * 40, "is not a PNG or JPEG picture"),
        ("logo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 40, "or it is damaged"),
        ("notes.txt", b"Logo <b>", "Save the logo as PNG"),
        ("huge.png", b"\0" * (MAX_LOGO_BYTES + 1), "a logo may be at most 2 MB"),
    ],
)
def test_a_bad_file_says_why_and_keeps_the_logo(
    window: MainWindow, answers: Prompts, tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    event = open_demo(window)
    field = window.page.details.logo
    good = tmp_path / "good.png"
    good.write_bytes(png_bytes(40, 20))
    answers.open_paths.append(good)
    field.choose_button.click()
    bad = tmp_path / name
    bad.write_bytes(data)
    answers.open_paths.append(bad)
    field.choose_button.click()
    [(title, text)] = answers.errors
    assert title == "Logo not changed" and message in text and name in text
    assert logo_of(window, event) == png_bytes(40, 20)


def test_a_cancelled_choice_changes_nothing(window: MainWindow, answers: Prompts) -> None:
    event = open_demo(window)
    answers.open_paths.append(None)
    window.page.details.logo.choose_button.click()
    assert logo_of(window, event) is None
    assert window.context.undo_stack.count() == 0


def test_a_too_big_file_is_named_as_typed(
    window: MainWindow, answers: Prompts, tmp_path: Path
) -> None:
    event = open_demo(window)
    huge = tmp_path / "huge %2 %3 %1.png"
    huge.write_bytes(b"\0" * (MAX_LOGO_BYTES * 5 // 4))  # 2.5 MB
    answers.open_paths.append(huge)
    window.page.details.logo.choose_button.click()
    assert answers.errors == [
        (
            "Logo not changed",
            "huge %2 %3 %1.png is 2.5 MB; a logo may be at most 2 MB. Choose a smaller picture.",
        )
    ]
    assert logo_of(window, event) is None
