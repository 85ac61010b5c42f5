"""Starting the GUI: first-start profile and demo, the lock, unreadable and too-new files."""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from forum_desktop.clock import FakeClock
from forum_desktop.models import AgendaItem, Event, Language, Photo
from forum_desktop.services.commands import execute
from forum_desktop.services.demo import DEMO_EVENT_IDS
from forum_desktop.services.events import DeleteEvent, UpdateEvent
from forum_desktop.services.photos import AddPhoto, DeletePhotos, photo_bytes
from forum_desktop.storage import (
    AlreadyRunningError,
    Backup,
    BackupReason,
    Backups,
    CorruptDatabaseError,
    Store,
    open_database,
)
from forum_desktop.storage.backups import PendingBackup
from forum_desktop.storage.lock import GuiLock
from forum_desktop.ui import app as app_module
from forum_desktop.ui.app import Running, start
from forum_desktop.ui.backup_jobs import wait_for_backups
from forum_desktop.ui.errors import handle_exception
from forum_desktop.ui.event_page import RUN_TAB
from forum_desktop.ui.language import install
from forum_desktop.ui.messages import describe
from forum_desktop.ui.profile_dialog import ProfileDialog, system_user_name
from forum_desktop.ui.restore_dialog import RestoreDialog
from tests.photo_bytes import png_bytes
from tests.storage.helpers import count

from .conftest import Prompts


@pytest.fixture(autouse=True)
def keep_excepthook(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


@pytest.fixture
def started() -> Iterator[list[Running]]:
    running: list[Running] = []
    yield running
    for item in running:
        item.close()


def answer_profile(monkeypatch: pytest.MonkeyPatch, *, accept: bool) -> None:
    def exec_(dialog: ProfileDialog) -> int:
        dialog.name_edit.setText("Fatou Ndiaye")
        dialog.organisation_edit.setText("Ville de Dakar")
        dialog.role_combo.setCurrentText("Rapporteur")
        return 1 if accept else 0

    monkeypatch.setattr(ProfileDialog, "exec", exec_)


def test_first_start_asks_profile_creates_demo_and_backs_up(
    db_path: Path,
    clock: FakeClock,
    qtbot: QtBot,
    answers: Prompts,
    monkeypatch: pytest.MonkeyPatch,
    started: list[Running],
) -> None:
    answer_profile(monkeypatch, accept=True)
    running = start(db_path, "en", clock=clock)
    assert running is not None
    started.append(running)
    store = running.context.store
    profile = store.profile()
    assert profile is not None
    assert (profile.name, profile.organisation, profile.role) == (
        "Fatou Ndiaye",
        "Ville de Dakar",
        "Rapporteur",
    )
    assert running.window.current_event_id() == DEMO_EVENT_IDS[Language.EN]
    assert running.window.page.details.title_edit.text() == "Towards the Learning Forum"
    assert "Fatou Ndiaye" in running.window.statusBar().currentMessage()
    wait_for_backups()
    [backup] = running.context.backups.list()
    assert backup.reason is BackupReason.START
    with closing(sqlite3.connect(backup.path)) as kept:  # the file before the first start
        assert count(kept, "event") == 0
    with pytest.raises(AlreadyRunningError):
        GuiLock(db_path).acquire()


@pytest.fixture
def back_to_english() -> Iterator[None]:
    yield
    install("en")


def test_the_demo_is_in_the_language_chosen_at_first_start(
    back_to_english: None,
    db_path: Path,
    clock: FakeClock,
    qtbot: QtBot,
    answers: Prompts,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def exec_(dialog: ProfileDialog) -> int:
        dialog.name_edit.setText("Lucía Fernández")
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("es"))
        return 1

    monkeypatch.setattr(ProfileDialog, "exec", exec_)
    running = start(db_path, clock=clock)
    assert running is not None
    try:
        assert running.window.current_event_id() == DEMO_EVENT_IDS[Language.ES]
        assert running.window.page.details.title_edit.text() == "Rumbo al Foro de Aprendizaje"
    finally:
        running.close()
    # The first start is remembered: a start in French later adds no French demo.
    again = start(db_path, "fr", clock=clock)
    assert again is not None
    try:
        titles = [e.title for e in again.context.store.select(Event, order_by="title")]
        assert titles == ["Rumbo al Foro de Aprendizaje"]
    finally:
        again.close()


def test_declined_profile_falls_back_to_system_user(
    db_path: Path,
    clock: FakeClock,
    qtbot: QtBot,
    answers: Prompts,
    monkeypatch: pytest.MonkeyPatch,
    started: list[Running],
) -> None:
    answer_profile(monkeypatch, accept=False)
    running = start(db_path, clock=clock)
    assert running is not None
    started.append(running)
    profile = running.context.store.profile()
    assert profile is not None and profile.name == system_user_name()


def test_deleted_demo_does_not_come_back(
    db_path: Path,
    clock: FakeClock,
    qtbot: QtBot,
    answers: Prompts,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answer_profile(monkeypatch, accept=True)
    running = start(db_path, "en", clock=clock)
    assert running is not None
    running.context.execute(DeleteEvent(event_id=DEMO_EVENT_IDS[Language.EN]), "delete")
    running.close()
    again = start(db_path, clock=clock)
    assert again is not None
    try:
        assert again.context.store.select(Event, order_by="title") == []
        assert again.window.page.currentWidget() is again.window.page.empty_label
    finally:
        again.close()


def test_images_of_deleted_photos_are_pruned_at_the_next_start(
    db_path: Path,
    clock: FakeClock,
    qtbot: QtBot,
    answers: Prompts,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answer_profile(monkeypatch, accept=True)
    running = start(db_path, "en", clock=clock)
    assert running is not None
    context = running.context
    item = context.store.select(AgendaItem, order_by="created_at")[0]
    kept, deleted = (
        context.execute(
            AddPhoto(
                event_id=DEMO_EVENT_IDS[Language.EN],
                item_id=item.id,
                image=png_bytes(n, 1),
                mime="image/png",
                width=n,
                height=1,
            ),
            "attach",
        ).value
        for n in (1, 2)
    )
    context.execute(DeletePhotos(photo_ids=[deleted]), "delete")
    context.undo_stack.undo()  # within the session, undo finds the bytes
    context.undo_stack.redo()
    assert count(context.store.conn, "image_data") == 2
    running.close()
    again = start(db_path, clock=clock)
    assert again is not None
    try:
        assert count(again.context.store.conn, "image_data") == 1
        photo = again.context.store.require(Photo, kept)
        assert photo_bytes(again.context.store, photo) == png_bytes(1, 1)
    finally:
        again.close()


def test_second_gui_on_same_database_is_refused(
    db_path: Path,
    clock: FakeClock,
    qtbot: QtBot,
    answers: Prompts,
    monkeypatch: pytest.MonkeyPatch,
    started: list[Running],
) -> None:
    answer_profile(monkeypatch, accept=True)
    first = start(db_path, clock=clock)
    assert first is not None
    started.append(first)
    assert start(db_path, clock=clock) is None
    assert answers.errors[-1][0] == "Forum Desktop is already open"
    assert str(db_path) in answers.errors[-1][1]


def test_too_new_database_is_refused_untouched(
    db_path: Path, clock: FakeClock, qtbot: QtBot, answers: Prompts
) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = db_path.read_bytes()
    assert start(db_path, clock=clock) is None
    assert "newer version" in answers.errors[-1][1]
    assert db_path.read_bytes() == before
    GuiLock(db_path).acquire()  # released on refusal


def test_unreadable_file_without_backups_is_reported_untouched(
    db_path: Path, clock: FakeClock, qtbot: QtBot, answers: Prompts
) -> None:
    db_path.write_text("minutes of the meeting, not a database\n")
    before = db_path.read_bytes()
    assert start(db_path, clock=clock) is None
    assert "not a Forum Desktop database" in answers.errors[-1][1]
    assert db_path.read_bytes() == before


def test_unreadable_file_offers_restore_and_keeps_it_aside(
    db_path: Path,
    clock: FakeClock,
    qtbot: QtBot,
    answers: Prompts,
    monkeypatch: pytest.MonkeyPatch,
    started: list[Running],
) -> None:
    conn = open_database(db_path, clock)
    store = Store(conn, clock)
    store.set_profile(name="Backup Maker")
    from forum_desktop.services.events import CreateEvent

    execute(store, CreateEvent(title="Saved before the damage"))
    backup = Backups(db_path, clock).create(conn, BackupReason.HOURLY)
    conn.close()
    db_path.write_bytes(b"garbage" * 100)
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: 1)
    monkeypatch.setattr(RestoreDialog, "chosen", lambda self: backup)

    running = start(db_path, clock=clock)
    assert running is not None
    started.append(running)
    assert [e.title for e in running.context.store.select(Event, order_by="title")] == [
        "Saved before the damage"
    ]
    kept = list(db_path.parent.glob(f"{db_path.name}.unreadable-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"garbage" * 100
    assert any("unreadable" in text for _, text in answers.infos)


def test_unexpected_error_is_logged_and_shown(
    answers: Prompts, qtbot: QtBot, tmp_path: Path
) -> None:
    from forum_desktop.logs import log_file, setup_logging

    setup_logging()
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as error:
        handle_exception(type(error), error, error.__traceback__)
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "boom in a slot" in answers.errors[-1][1]
    assert str(log_file()) in answers.errors[-1][1]
    assert "boom in a slot" in log_file().read_text(encoding="utf-8")
    assert str(tmp_path) in str(log_file())


def test_app_module_exit_code_when_start_fails(
    db_path: Path, answers: Prompts, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_module, "start", lambda *args, **kwargs: None)
    assert app_module.run_app(db_path) == app_module.EXIT_FAILED_TO_START


def test_a_legacy_dot_vote_is_converted_to_records_when_the_app_opens_the_database(
    db_path: Path,
    clock: FakeClock,
    qtbot: QtBot,
    answers: Prompts,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import shutil
    from uuid import UUID

    from forum_desktop.methods.dot_vote import vote_view
    from forum_desktop.models import MethodRun, MethodScreen
    from forum_desktop.services.method_upgrade import LEGACY_UPGRADES
    from tests.storage.fixtures import make_fixtures

    shutil.copyfile(make_fixtures.fixture_path(13), db_path)
    answer_profile(monkeypatch, accept=True)
    running = start(db_path, "fr", clock=clock)
    assert running is not None
    try:
        store = running.context.store
        screens = {run.screen for run in store.select(MethodRun, order_by="created_at")}
        assert not screens & set(LEGACY_UPGRADES)  # every converted screen's runs are gone
        assert MethodScreen.DOT_VOTING in LEGACY_UPGRADES
        view = vote_view(store, UUID(make_fixtures.WELCOME_ID))
        assert [o.text for o in view.options] == ["Budgets participatifs", "Transports"]
        assert len(view.ballots) == 2
        [backup] = [b for b in Backups(db_path, clock).list() if b.reason is BackupReason.MIGRATION]
        with closing(sqlite3.connect(backup.path)) as kept:  # the legacy run, in the backup
            assert count(kept, "method_run") == len(make_fixtures.METHOD_STATES)
    finally:
        running.close()


def test_quit_when_shown_reports_the_shown_window_and_releases_the_database(
    db_path: Path,
    qtbot: QtBot,
    answers: Prompts,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """What `benchmarks/startup.py --bundle` times: the window up, then a clean exit."""
    answer_profile(monkeypatch, accept=True)
    assert app_module.run_app(db_path, "en", quit_when_shown=True) == 0
    assert capsys.readouterr().out == "shown\n"
    lock = GuiLock(db_path)
    lock.acquire()  # the app let go of the database
    lock.release()


def test_ready_fires_after_the_default_tab_is_painted_with_the_demo(
    db_path: Path,
    clock: FakeClock,
    qtbot: QtBot,
    answers: Prompts,
    monkeypatch: pytest.MonkeyPatch,
    started: list[Running],
) -> None:
    """What the start-up benchmark times: the Details tab drawn with the demo's title."""
    answer_profile(monkeypatch, accept=True)
    running = start(db_path, "en", clock=clock)
    assert running is not None
    started.append(running)
    details = running.window.page.details
    painted_title: list[str] = []
    running.ready.painted.connect(lambda: painted_title.append(details.title_edit.text()))
    assert not running.ready.done  # nothing is painted before the event loop runs
    qtbot.waitUntil(lambda: bool(painted_title), timeout=10_000)
    assert running.window.page.tabs.currentWidget() is details
    assert painted_title == ["Towards the Learning Forum"]
    assert running.ready.done


def test_the_run_tab_is_built_right_after_the_first_paint_with_its_menu_and_keys(
    db_path: Path,
    clock: FakeClock,
    qtbot: QtBot,
    answers: Prompts,
    monkeypatch: pytest.MonkeyPatch,
    started: list[Running],
) -> None:
    """Start-up paints the Details tab without the Run tab; the Run menu's actions and
    their keys follow at once, without anything reaching for the tab."""
    answer_profile(monkeypatch, accept=True)
    running = start(db_path, "en", clock=clock)
    assert running is not None
    started.append(running)
    page = running.window.page
    built_when_painted: list[bool] = []
    running.ready.painted.connect(lambda: built_when_painted.append(page.built(RUN_TAB)))
    qtbot.waitUntil(lambda: bool(built_when_painted), timeout=10_000)
    assert built_when_painted == [False]

    qtbot.waitUntil(lambda: page.built(RUN_TAB), timeout=10_000)
    texts = [action.text() for action in running.window.run_menu.actions()]
    assert texts[:2] == ["&Start", "&Pause"] and texts[-1] == "Open to &participants…"
    start_action = running.window.run_menu.actions()[0]
    assert start_action is page.run.start_action and start_action.shortcut().toString() != ""


def test_a_refused_database_s_path_is_shown_as_it_is_even_with_placeholders_in_it(
    tmp_path: Path, clock: FakeClock, qtbot: QtBot, answers: Prompts
) -> None:
    folder = tmp_path / "minutes %2 %3"  # a folder as someone named it
    folder.mkdir()
    too_new, garbage = folder / "too-new.sqlite3", folder / "garbage.sqlite3"
    conn = sqlite3.connect(too_new)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    garbage.write_text("minutes of the meeting, not a database\n")
    assert start(too_new, clock=clock) is None
    assert answers.errors[-1][1].startswith(
        f"The database {too_new} was written by a newer version of Forum Desktop (schema 999;"
    )
    assert start(garbage, clock=clock) is None
    assert answers.errors[-1][1].startswith(f"{garbage} is not a Forum Desktop database (")


def test_an_unexpected_error_s_own_placeholders_are_shown_as_they_are(
    answers: Prompts, qtbot: QtBot
) -> None:
    from forum_desktop.logs import log_file, setup_logging

    setup_logging()
    error = RuntimeError("no room for “Budget %2”")
    handle_exception(type(error), error, None)
    assert answers.errors[-1][1].startswith(
        "Forum Desktop met an unexpected problem: no room for “Budget %2”\n\n"
    )
    assert f"The details are in {log_file()};" in answers.errors[-1][1]


def test_a_damaged_database_s_path_is_described_as_it_is_even_with_placeholders(
    tmp_path: Path,
) -> None:
    path = tmp_path / "minutes %2" / "forum.sqlite3"
    assert describe(CorruptDatabaseError(path, "malformed")).startswith(
        f"The database {path} is damaged (malformed). Restore a backup."
    )


def test_the_backups_are_copied_off_the_ui_thread_at_start_up_and_an_hour_later(
    db_path: Path,
    clock: FakeClock,
    qtbot: QtBot,
    answers: Prompts,
    monkeypatch: pytest.MonkeyPatch,
    started: list[Running],
) -> None:
    """A large file takes seconds to copy: the window must not wait for it."""
    copied_on: list[tuple[BackupReason, bool]] = []
    copy = PendingBackup.copy

    def spy(pending: PendingBackup) -> Backup:
        copied_on.append((pending.reason, threading.current_thread() is threading.main_thread()))
        return copy(pending)

    monkeypatch.setattr(PendingBackup, "copy", spy)
    answer_profile(monkeypatch, accept=True)
    running = start(db_path, "en", clock=clock)
    assert running is not None
    started.append(running)
    context = running.context
    event_id = running.window.current_event_id()
    assert event_id is not None
    context.execute(UpdateEvent(event_id=event_id, place="Dakar"), "Place")
    clock.advance(3600)
    context.execute(UpdateEvent(event_id=event_id, place="Saint-Louis"), "Place")
    wait_for_backups()

    assert sorted(copied_on) == [  # copies may run side by side, in any order
        (BackupReason.HOURLY, False),
        (BackupReason.HOURLY, False),
        (BackupReason.START, False),
    ]
    newest = context.backups.list()[0]
    with closing(sqlite3.connect(newest.path)) as kept:
        [(place,)] = kept.execute("SELECT place FROM event WHERE id = ?", (str(event_id),))
    assert place == "Saint-Louis"
