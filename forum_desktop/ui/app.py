"""Starting the GUI: lock, open (or rescue) the database, ask the profile, show the window."""

from __future__ import annotations

import logging
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication, QWidget

from forum_desktop import __version__
from forum_desktop.clock import Clock
from forum_desktop.models import Language, Session
from forum_desktop.services.demo import ensure_demo_on_first_start
from forum_desktop.services.live_runs import running_sessions
from forum_desktop.storage import (
    BackupReason,
    Backups,
    CorruptDatabaseError,
    NotADatabaseError,
    StorageError,
    Store,
    open_database,
)
from forum_desktop.storage.image_data import prune_image_data
from forum_desktop.storage.lock import GuiLock
from forum_desktop.timing.clocks import clock_from_environment
from forum_desktop.ui import appearance, prompts
from forum_desktop.ui.backup_jobs import back_up_in_background, wait_for_backups
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.errors import install_exception_hook
from forum_desktop.ui.first_paint import FirstPaint
from forum_desktop.ui.image_jobs import wait_for_jobs
from forum_desktop.ui.language import SETTING, chosen_language, install
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.messages import describe

translate = QCoreApplication.translate

log = logging.getLogger(__name__)

EXIT_FAILED_TO_START = 1


@dataclass
class Running:
    """What a started app holds on to until it exits."""

    app: QApplication
    lock: GuiLock
    context: AppContext
    ready: FirstPaint
    """Fires once the shown tab has been painted with the event's data."""

    @property
    def window(self) -> MainWindow:
        """The main window now (a language switch replaces it)."""
        window = self.context.window
        assert isinstance(window, MainWindow)
        return window

    def close(self) -> None:
        self.window.close()
        wait_for_jobs()
        wait_for_backups()
        self.context.close()
        self.lock.release()


def application(language: str | None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Forum Desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Forum Desktop")
    install(chosen_language(language, None))  # the saved choice is known once the file is open
    return app


def open_or_rescue(database: Path, clock: Clock) -> sqlite3.Connection | None:
    """Open the database; if it is unreadable, offer to restore a backup in its place."""
    try:
        return open_database(database, clock)
    except (NotADatabaseError, CorruptDatabaseError) as error:
        backups = Backups(database, clock)
        available = backups.list()
        if not available:
            prompts.error(
                None,
                translate("Startup", "Cannot open the database"),
                describe(error)
                + "\n\n"
                + translate("Startup", "No backups were found in %1.").replace(
                    "%1", str(backups.folder)
                ),
            )
            return None
        prompts.error(
            None,
            translate("Startup", "Cannot open the database"),
            describe(error)
            + "\n\n"
            + translate("Startup", "Choose a backup to restore in its place."),
        )
        from forum_desktop.ui.restore_dialog import RestoreDialog  # only to rescue

        dialog = RestoreDialog(available, str(backups.folder))
        if not dialog.exec() or dialog.chosen() is None:
            return None
        backup = dialog.chosen()
        assert backup is not None
        aside = backups.restore_over_unreadable(backup)
        prompts.info(
            None,
            translate("Startup", "Backup restored"),
            translate("Startup", "The unreadable file was kept as %1.").replace("%1", str(aside)),
        )
        return open_or_rescue(database, clock)
    except StorageError as error:
        prompts.error(None, translate("Startup", "Cannot open the database"), describe(error))
        return None


def ensure_profile(store: Store) -> None:
    """At first start, ask who uses this laptop (prefilled; never left without a name)."""
    if store.profile() is not None:
        return
    from forum_desktop.ui.profile_dialog import ProfileDialog, system_user_name  # first start

    dialog = ProfileDialog(None)
    if dialog.exec():
        store.set_profile(**dialog.values())
        store.set_setting(SETTING, dialog.interface_language())
    else:
        store.set_profile(name=system_user_name())


def start(
    database: Path, language: str | None = None, clock: Clock | None = None
) -> Running | None:
    """Everything up to the shown main window; ``None`` when the app cannot start."""
    clock = clock or clock_from_environment()
    app = application(language)
    lock = GuiLock(database)
    try:
        lock.acquire()
    except StorageError as error:
        prompts.error(None, translate("Startup", "Forum Desktop is already open"), describe(error))
        return None
    conn = open_or_rescue(database, clock)
    if conn is None:
        lock.release()
        return None
    store = Store(conn, clock)
    context = AppContext(store, database)
    back_up_in_background(context.backups, BackupReason.START)  # as the file is now
    if store.holds_any("method_run"):  # else the methods' models need not load at start-up
        from forum_desktop.services.method_upgrade import upgrade_legacy_method_runs

        upgraded = upgrade_legacy_method_runs(store)  # the backup before migrating holds them
        if upgraded:
            log.info("turned %d method screens' saved state into records", upgraded)
    # Only the one GUI (it holds the lock) prunes, and only now, before any undo history:
    # a deleted photo's bytes stay until then so that undo can bring it back.
    removed = prune_image_data(store)
    if removed:
        log.info("removed %d images no photo uses any more", removed)
    ensure_profile(store)
    interface = chosen_language(language, store.setting(SETTING))
    install(interface)
    appearance.apply(
        store.setting(appearance.THEME_SETTING), store.setting(appearance.TEXT_SIZE_SETTING)
    )
    demo_id = ensure_demo_on_first_start(store, Language(interface))
    window = MainWindow(context)
    install_exception_hook()
    window.show()
    live = running_sessions(store)
    if live:  # killed or closed mid-session: straight back to the console
        session = store.require(Session, live[0].session_id)
        window.open_event(session.event_id)
        window.page.show_run()
    else:
        first = demo_id or (
            window.events_model.event_at(0).id if window.events_model.rowCount() else None
        )
        window.open_event(first)
    return Running(app, lock, context, FirstPaint(shown_page(window)))


def shown_page(window: MainWindow) -> QWidget:
    """What the window shows on the right: the event's current tab, or the empty state."""
    page = window.page
    shown = page.currentWidget()
    if shown is page.tabs:
        shown = page.tabs.currentWidget()
    assert shown is not None  # the page holds the empty state and the tabs, never none
    return shown


def run_app(database: Path, language: str | None = None, *, quit_when_shown: bool = False) -> int:
    """Start the app and run it until it quits. ``quit_when_shown`` prints ``shown`` once
    the window is up and quits instead, so the start-up benchmark can time the bundle."""
    running = start(database, language)
    if running is None:
        return EXIT_FAILED_TO_START
    try:
        if quit_when_shown:
            waiting = QEventLoop()  # not the app's loop: quitting that closes every window
            running.ready.painted.connect(waiting.quit)
            waiting.exec()
            print("shown", flush=True)
            return 0
        return running.app.exec()
    finally:
        running.close()
