"""A joined event whose changes have not reached the folder yet stays awaited after a
restart: its folder is watched and merged, the window says it is on its way, it arrives on
its own, and the user can stop waiting for it."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from forum_desktop.clock import FakeClock
from forum_desktop.models import Event
from forum_desktop.storage import Store, open_database
from forum_desktop.sync import engine
from forum_desktop.sync.awaited import awaited_events, folder_setting
from forum_desktop.sync.share import SYNC_DIR
from forum_desktop.ui import prompts
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.language import install
from forum_desktop.ui.main_window import MainWindow
from tests.sync.laptops import shared_from_elsewhere

from .conftest import Prompts

WAIT_MS = 10_000


def facilitators_event(tmp_path: Path) -> tuple[Path, Path, UUID]:
    """Awa's event, its changes in her copy of the folder, and the shared folder on this
    laptop where the event's folder is but her changes are not yet."""
    elsewhere = tmp_path / "facilitator's copy"
    event_id = shared_from_elsewhere(tmp_path, elsewhere)
    folder = tmp_path / "shared"
    (folder / SYNC_DIR / str(event_id) / "ops").mkdir(parents=True)
    return elsewhere, folder, event_id


def deliver(elsewhere: Path, folder: Path, event_id: UUID) -> None:
    """What the file sync does: Awa's changes reach this laptop's folder."""
    ops = Path(SYNC_DIR, str(event_id), "ops")
    for laptop in (elsewhere / ops).iterdir():
        shutil.copytree(laptop, folder / ops / laptop.name)


def join(window: MainWindow, answers: Prompts, folder: Path, qtbot: QtBot) -> None:
    answers.folders.append(folder)
    window.join_action.trigger()
    bar = window.statusBar()
    qtbot.waitUntil(lambda: "not arrived yet" in bar.currentMessage(), timeout=WAIT_MS)


@contextmanager
def restarted(
    window: MainWindow, db_path: Path, clock: FakeClock, qtbot: QtBot
) -> Iterator[MainWindow]:
    """The window closed and the app started again on the same database."""
    window.close()
    store = Store(open_database(db_path, clock), clock)
    context = AppContext(store, db_path)
    again = MainWindow(context)
    qtbot.addWidget(again)
    again.show()
    try:
        yield again
    finally:
        again.close()  # waits for its merges; what they report is delivered before the end
        QCoreApplication.processEvents()
        context.stop_indexing()
        store.conn.close()


def test_an_event_awaited_before_a_restart_arrives_on_its_own(
    window: MainWindow,
    answers: Prompts,
    tmp_path: Path,
    db_path: Path,
    clock: FakeClock,
    qtbot: QtBot,
) -> None:
    elsewhere, folder, event_id = facilitators_event(tmp_path)
    join(window, answers, folder, qtbot)

    with restarted(window, db_path, clock, qtbot) as again:
        bar = again.statusBar()
        assert bar.currentMessage() == (
            f"1 shared event still on its way from …/{folder.parent.name}/{folder.name}: "
            "it comes in when another laptop's changes reach that folder."
        )
        assert again.events_model.rowCount() == 0

        deliver(elsewhere, folder, event_id)
        qtbot.waitUntil(lambda: again.events_model.row_of(event_id) >= 0, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: "arrived from" in bar.currentMessage(), timeout=WAIT_MS)
        assert bar.currentMessage() == (
            "“Atelier de Thiès” arrived from the shared folder and is open."
        )
        assert again.current_event_id() == event_id


def test_changes_that_came_while_the_app_was_closed_are_merged_at_start(
    window: MainWindow,
    answers: Prompts,
    tmp_path: Path,
    db_path: Path,
    clock: FakeClock,
    qtbot: QtBot,
) -> None:
    elsewhere, folder, event_id = facilitators_event(tmp_path)
    join(window, answers, folder, qtbot)
    window.close()
    deliver(elsewhere, folder, event_id)  # no file arrives once the window is open again

    with restarted(window, db_path, clock, qtbot) as again:
        qtbot.waitUntil(lambda: again.events_model.row_of(event_id) >= 0, timeout=WAIT_MS)
        assert again.current_event_id() == event_id


def test_stopping_waiting_forgets_the_join_after_asking(
    window: MainWindow,
    answers: Prompts,
    tmp_path: Path,
    db_path: Path,
    clock: FakeClock,
    qtbot: QtBot,
) -> None:
    elsewhere, folder, event_id = facilitators_event(tmp_path)
    join(window, answers, folder, qtbot)

    with restarted(window, db_path, clock, qtbot) as again:
        # The merge the window starts with (changes may have come meanwhile) has ended.
        qtbot.waitUntil(lambda: not again.sync.merging([event_id]), timeout=WAIT_MS)
        again.file_menu.aboutToShow.emit()
        assert again.stop_waiting_action.isEnabled()
        answers.confirm_answer = False
        again.stop_waiting_action.trigger()
        named = f"…/{folder.parent.name}/{folder.name}"  # the end of a long path shows
        assert answers.confirms == [
            f"Stop waiting for 1 shared event from {named}? This laptop forgets that it "
            "joined it; File ▸ Join shared events… brings it in again."
        ]
        assert awaited_events(again.context.store) == {event_id: folder}

        answers.confirm_answer = True
        again.stop_waiting_action.trigger()
        assert again.statusBar().currentMessage() == (
            f"No longer waiting for 1 shared event from {named}: to bring it in later, "
            "join that folder again (File ▸ Join shared events…)."
        )
        assert awaited_events(again.context.store) == {}
        assert again.sync.folder_of(event_id) is None
        again.file_menu.aboutToShow.emit()
        assert not again.stop_waiting_action.isEnabled()

    with restarted(again, db_path, clock, qtbot) as third:
        assert "on its way" not in third.statusBar().currentMessage()
        deliver(elsewhere, folder, event_id)
        third.sync.sync_all()
        third.close()  # waits for any merge it started
        assert third.context.store.get(Event, event_id) is None


def test_with_several_folders_the_user_chooses_which_to_stop_waiting_for(
    window: MainWindow,
    answers: Prompts,
    tmp_path: Path,
    db_path: Path,
    clock: FakeClock,
    qtbot: QtBot,
) -> None:
    stick, share = tmp_path / "stick", tmp_path / "share"
    first, second, other = uuid4(), uuid4(), uuid4()
    store = window.context.store
    for event_id, folder in ((first, stick), (second, stick), (other, share)):
        store.set_setting(folder_setting(event_id), str(folder))

    with restarted(window, db_path, clock, qtbot) as again:
        assert again.statusBar().currentMessage() == (
            # Long folders are named by their last two parts, so the sentence's end shows.
            f"3 shared events still on their way from …/{tmp_path.name}/share, "
            f"…/{tmp_path.name}/stick, not connected now "
            "(a USB stick?): they come in once the folder is back."
        )
        awaited = awaited_events(again.context.store)
        answers.picks.append(None)  # the list closed: nothing asked, nothing forgotten
        again.stop_waiting_action.trigger()
        short = [f"…/{tmp_path.name}/share", f"…/{tmp_path.name}/stick"]
        assert answers.listed == [short]
        assert answers.confirms == []
        assert awaited_events(again.context.store) == awaited

        answers.picks.append(1)
        answers.confirm_answer = False  # the stick picked, then Cancel: nothing forgotten
        again.stop_waiting_action.trigger()
        assert answers.confirms == [
            f"Stop waiting for 2 shared events from {short[1]}? This laptop forgets that it "
            "joined them; File ▸ Join shared events… brings them in again."
        ]
        assert awaited_events(again.context.store) == awaited

        answers.picks.append(1)
        answers.confirm_answer = True
        again.stop_waiting_action.trigger()
        assert again.statusBar().currentMessage() == (
            f"No longer waiting for 2 shared events from {short[1]}: to bring them in later, "
            "join that folder again (File ▸ Join shared events…)."
        )
        assert awaited_events(again.context.store) == {other: share}


def test_folders_whose_short_names_are_the_same_are_listed_whole(
    window: MainWindow, answers: Prompts, tmp_path: Path
) -> None:
    # Two sticks with the same folder: their last two parts would not tell them apart.
    kingston, sandisk = (tmp_path / stick / "Forum 2026" / "shared" for stick in ("K", "S"))
    store = window.context.store
    store.set_setting(folder_setting(uuid4()), str(kingston))
    store.set_setting(folder_setting(uuid4()), str(sandisk))
    answers.picks.append(1)
    answers.confirm_answer = False
    window.stop_waiting_action.trigger()
    assert answers.listed == [[str(kingston), str(sandisk)]]
    # The question names the folder as the list did: "…/Forum 2026/shared" would be either.
    assert f"from {sandisk}?" in answers.confirms[0]


class HeldMerge:
    """Holds the first merge on its worker once started, until the test lets it go."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.started = threading.Event()
        self.released = threading.Event()
        merge = engine.sync_event

        def held(*args: Any) -> object:
            if not self.started.is_set():
                self.started.set()
                assert self.released.wait(timeout=30)  # a bound, should the test fail first
            return merge(*args)

        monkeypatch.setattr(engine, "sync_event", held)


@pytest.mark.parametrize("started", ["before asking", "while asking"])
def test_stop_waiting_is_refused_while_a_merge_from_that_folder_runs(
    window: MainWindow,
    answers: Prompts,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    started: str,
) -> None:
    elsewhere, folder, event_id = facilitators_event(tmp_path)
    join(window, answers, folder, qtbot)
    deliver(elsewhere, folder, event_id)  # the next merge brings the event in
    hold = HeldMerge(monkeypatch)
    if started == "before asking":
        window.sync.sync(event_id)
        qtbot.waitUntil(hold.started.is_set)
    else:
        confirm = prompts.confirm

        def merge_starts(*args: Any, **kwargs: Any) -> bool:
            window.sync.sync(event_id)  # e.g. the quiet timer's merge, during the dialog
            qtbot.waitUntil(hold.started.is_set)
            return confirm(*args, **kwargs)

        monkeypatch.setattr(prompts, "confirm", merge_starts)

    window.stop_waiting_action.trigger()
    assert answers.errors == [
        (
            "Stop waiting for shared events",
            "A merge from that folder is running: try again in a moment.",
        )
    ]
    assert awaited_events(window.context.store) == {event_id: folder}  # nothing forgotten

    hold.released.set()
    bar = window.statusBar()
    qtbot.waitUntil(lambda: "arrived from" in bar.currentMessage(), timeout=WAIT_MS)
    assert window.current_event_id() == event_id
    assert window.sync.folder_of(event_id) == folder  # it goes on syncing


def test_the_window_says_in_french_which_events_are_on_their_way(
    window: MainWindow,
    answers: Prompts,
    tmp_path: Path,
    db_path: Path,
    clock: FakeClock,
    qtbot: QtBot,
) -> None:
    _, folder, _ = facilitators_event(tmp_path)
    join(window, answers, folder, qtbot)
    install("fr")

    with restarted(window, db_path, clock, qtbot) as again:
        assert again.statusBar().currentMessage() == (
            f"1 événement partagé toujours attendu de …/{folder.parent.name}/{folder.name} : "
            "il arrivera quand les modifications d’un autre ordinateur atteindront ce dossier."
        )


def test_a_folder_missing_at_start_is_said_once_and_merged_when_back(
    window: MainWindow,
    answers: Prompts,
    tmp_path: Path,
    db_path: Path,
    clock: FakeClock,
    qtbot: QtBot,
) -> None:
    elsewhere, folder, event_id = facilitators_event(tmp_path)
    join(window, answers, folder, qtbot)
    window.close()
    unplugged = tmp_path / "stick in a drawer"
    folder.rename(unplugged)

    with restarted(window, db_path, clock, qtbot) as again:
        bar = again.statusBar()
        assert bar.currentMessage() == (
            f"1 shared event still on its way from …/{folder.parent.name}/{folder.name}, "
            "not connected now (a USB stick?): it comes in once the folder is back."
        )
        again.sync.sync_all()  # what an edit's pause runs: nothing to merge, no error
        assert again.sync.errors == {} and answers.errors == []
        assert not folder.exists()  # no empty folder made where the stick mounts

        unplugged.rename(folder)
        deliver(elsewhere, folder, event_id)
        again.sync.sync_all()
        qtbot.waitUntil(lambda: "arrived from" in bar.currentMessage(), timeout=WAIT_MS)
        assert again.events_model.row_of(event_id) >= 0
