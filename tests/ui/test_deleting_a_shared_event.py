"""Deleting a shared event: the delete goes out like any change, whenever it was shared."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from pytestqt.qtbot import QtBot

from forum_desktop.models import Event
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent, DeleteEvent, UpdateEvent
from forum_desktop.sync.engine import sync_event
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.main_window import MainWindow
from tests.sync.laptops import Laptop, open_laptop

WAIT_MS = 10_000


def shared_yesterday(
    context: AppContext, qtbot: QtBot, tmp_path: Path
) -> tuple[UUID, Path, Laptop, MainWindow]:
    """An event this laptop and Bruno's share through a folder (set before this window
    opened, as after a restart), and the window, shown."""
    event_id: UUID = execute(context.store, CreateEvent(title="Atelier de Saly")).value
    folder = tmp_path / "shared"
    folder.mkdir()
    context.store.set_setting(f"sync.folder.{event_id}", str(folder))
    sync_event(context.store, event_id, folder)
    other = open_laptop(tmp_path / "other", "Bruno")
    sync_event(other.store, event_id, folder)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    return event_id, folder, other, window


def test_an_event_shared_in_an_earlier_window_and_deleted_is_deleted_on_the_others(
    context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    """The event was shared yesterday (the folder is a setting, this window never shared
    it); deleting it today reaches the other laptop once edits pause (the window merged
    only the events it lists, so the delete never went out)."""
    event_id, folder, other, window = shared_yesterday(context, qtbot, tmp_path)

    context.execute(DeleteEvent(event_id=event_id), "Delete Atelier de Saly")

    def deleted_there() -> bool:
        sync_event(other.store, event_id, folder)
        return other.store.get(Event, event_id) is None

    qtbot.waitUntil(deleted_there, timeout=WAIT_MS)
    window.sync.wait()
    other.close()


def test_a_deleted_event_another_laptop_retyped_meanwhile_comes_back(
    context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    """Deleted here while the other laptop, not knowing, retyped its title: once the
    other laptop's change arrives the event is back here, in the events list, with that
    title, as on the other laptop (an edit concurrent with a delete keeps the record)."""
    store = context.store
    event_id, folder, other, window = shared_yesterday(context, qtbot, tmp_path)

    context.execute(DeleteEvent(event_id=event_id), "Delete Atelier de Saly")
    execute(other.store, UpdateEvent(event_id=event_id, title="Atelier de Saly, jour 2"))
    sync_event(other.store, event_id, folder)

    def back_here() -> bool:
        event = store.get(Event, event_id)
        return event is not None and event.title == "Atelier de Saly, jour 2"

    qtbot.waitUntil(back_here, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.events_model.row_of(event_id) >= 0, timeout=WAIT_MS)
    window.sync.wait()
    sync_event(other.store, event_id, folder)
    assert other.store.require(Event, event_id).title == "Atelier de Saly, jour 2"
    other.close()


def test_a_deleted_event_brought_back_is_said_once(
    context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    """The event reappearing in the list under its new title while the status line says
    all is saved puzzles the user: one sentence says why it is back, once."""
    event_id, folder, other, window = shared_yesterday(context, qtbot, tmp_path)
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    back = "“Atelier de Saly, jour 2” is back: another laptop edited it after it was deleted here."

    context.execute(DeleteEvent(event_id=event_id), "Delete Atelier de Saly")
    execute(other.store, UpdateEvent(event_id=event_id, title="Atelier de Saly, jour 2"))
    sync_event(other.store, event_id, folder)

    qtbot.waitUntil(lambda: back in said, timeout=WAIT_MS)
    assert window.statusBar().currentMessage() == back
    # Later merges bring nothing back: nothing more is said about it.
    with qtbot.waitSignal(window.sync.status_changed, timeout=WAIT_MS):
        window.sync.sync(event_id)
    window.sync.wait()
    assert said.count(back) == 1
    other.close()
