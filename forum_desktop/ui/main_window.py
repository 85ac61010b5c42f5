"""The main window: events on the left, the open event on the right, menus above."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from pydantic import ValidationError
from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QThreadPool, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QProgressDialog,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from forum_desktop import __version__
from forum_desktop.files import read_at_most
from forum_desktop.models import Event
from forum_desktop.models.base import TITLE_MAX_LENGTH
from forum_desktop.notices import NoticeError
from forum_desktop.services.agenda import sessions_of
from forum_desktop.services.commands import execute
from forum_desktop.services.events import DeleteEvent, DuplicateEvent, UpdateEvent
from forum_desktop.services.operations import OpResult
from forum_desktop.storage import StorageError, Store, open_database
from forum_desktop.sync.awaited import awaited_events
from forum_desktop.ui import appearance, prompts
from forum_desktop.ui.applications_menu import ApplicationsMenuActions, offers_menu_entry
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.errors import show_unexpected
from forum_desktop.ui.event_list import EventListModel
from forum_desktop.ui.event_page import RUN_TAB, EventPage
from forum_desktop.ui.first_paint import FirstPaint
from forum_desktop.ui.invalid_input import describe_invalid
from forum_desktop.ui.jobs import Job, Progress
from forum_desktop.ui.join_announcer import JoinAnnouncer
from forum_desktop.ui.language import SETTING, chosen_language, install, interface_language
from forum_desktop.ui.messages import describe, fill, shortened
from forum_desktop.ui.notice_texts import notice_text
from forum_desktop.ui.participants_menu import ParticipantsControl
from forum_desktop.ui.status_line import StatusBar, StatusLine
from forum_desktop.ui.stop_waiting import StopWaiting
from forum_desktop.ui.sync_controller import SyncController, index_quietly

if TYPE_CHECKING:
    from forum_desktop.sync.engine import SyncReport
    from forum_desktop.ui.action_tracker import ActionTracker
    from forum_desktop.ui.run_page import RunPage
    from forum_desktop.ui.search_dialog import SearchDialog

EVENTS_PANEL_SETTING = "events_panel"
"""Installation setting: "hidden" when View ▸ Events panel was unchecked."""

EVENTS_WIDTH = 260
"""The events list's width on a screen wide enough for it."""

# Dialogs, the document import and export, and the export runner load when first used
# (imports inside the methods that open them), so start-up does not pay for them.


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        context.window = self
        existing = set(context.children())
        self.setWindowTitle(self.tr("Forum Desktop"))
        # Never larger than the screen: a 1024×768 laptop gets the whole of it.
        available = self.screen().availableGeometry()
        self.resize(min(1200, available.width()), min(760, available.height()))
        self.sync = SyncController(context, self)
        self.sync.bundle_done.connect(self._bundle_done)
        self.sync.bundle_failed.connect(self._bundle_failed)

        self.events_model = EventListModel(context)
        self.events_view = QListView(self)
        self.events_view.setModel(self.events_model)
        self.events_view.setAccessibleName(self.tr("Events"))
        self.events_view.setAlternatingRowColors(True)
        self.events_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.events_empty = QLabel(self.tr("No events yet.\nCreate one with Ctrl+N."), self)
        self.events_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.events_empty.setWordWrap(True)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        events_label = QLabel(self.tr("&Events"), left)
        events_label.setBuddy(self.events_view)
        left_layout.addWidget(events_label)
        left_layout.addWidget(self.events_view, 1)
        left_layout.addWidget(self.events_empty, 1)

        self.page = EventPage(context, self)
        self.page.resolve_requested.connect(self.resolve_conflict_of)
        self.page.run_built.connect(self._add_run_actions)
        self.events_panel = left
        self.splitter = QSplitter(self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.page)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([EVENTS_WIDTH, 940])
        self._sized = False
        self.setCentralWidget(self.splitter)

        self.search_dialog: SearchDialog | None = None
        self.action_tracker: ActionTracker | None = None
        self._data_version: int | None = None
        self._build_menus()
        self.events_model.modelReset.connect(self._restore_selection)
        bar = StatusBar(self)
        self.setStatusBar(bar)
        self.status_line = StatusLine(bar)
        self.joins = JoinAnnouncer(self)
        context.changed.connect(self._update_status)
        context.replayed.connect(self._show_replayed)
        self._update_status()
        self._refresh_actions()
        # Models the views made over the context live as long as this window, not longer.
        self._context_children = [c for c in context.children() if c not in existing]

    # --- menus ------------------------------------------------------------------------

    def _build_later_tabs(self) -> None:
        """After the first paint, one tab per turn of the event loop (the Run tab first):
        start-up does not wait for them, and a first click on a tab finds it built."""
        if self.isVisible() and self.page.build_next():  # a closed window builds nothing
            QTimer.singleShot(0, self, self._build_later_tabs)

    def _add_run_actions(self, page: RunPage) -> None:
        """The Run tab's actions, first in the Run menu (before the participants' own);
        what they say passes in the status line."""
        page.said.connect(self.status_line.say)
        present = self.run_menu.actions()
        before = present[0] if present else None
        for action in page.menu_actions():
            if action is None:
                action = QAction(self.run_menu)
                action.setSeparator(True)
            self.run_menu.insertAction(before, action)  # type: ignore[arg-type]

    def show_events_panel(self, shown: bool) -> None:
        """Show or hide the events list (a small screen wants the width), remembered on
        this laptop."""
        self.events_panel.setVisible(shown)
        self.context.store.set_setting(EVENTS_PANEL_SETTING, "shown" if shown else "hidden")

    def _add(self, menu: QMenu, text: str, slot: object, shortcut: object = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))  # type: ignore[call-overload]
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._add(
            file_menu, self.tr("&New event…"), self.new_event, QKeySequence.StandardKey.New
        )
        self.duplicate_action = self._add(
            file_menu, self.tr("D&uplicate event"), self.duplicate_event
        )
        self.rename_action = self._add(
            file_menu, self.tr("Re&name event…"), self.rename_event, "F2"
        )
        # F2 edits the current cell in tables and trees; it renames only from the events list.
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.events_view.addAction(self.rename_action)
        self.delete_action = self._add(
            file_menu, self.tr("&Delete event…"), self.delete_event, "Ctrl+Shift+Delete"
        )
        file_menu.addSeparator()
        self.import_action = self._add(
            file_menu, self.tr("&Import event (JSON)…"), self.import_json
        )
        self.import_copy_action = self._add(
            file_menu, self.tr("Import as a &copy…"), self.import_json_as_copy
        )
        self.export_action = self._add(
            file_menu, self.tr("&Export event (JSON)…"), self.export_json
        )
        self.share_action = self._add(file_menu, self.tr("S&hare event…"), self.share_event)
        self.join_action = self._add(
            file_menu, self.tr("&Join shared events…"), self.join_shared_events
        )
        self.stop_waiting_action = self._add(
            file_menu,
            self.tr("Stop &waiting for shared events…"),
            StopWaiting(self).ask,
        )
        self.file_menu = file_menu
        file_menu.aboutToShow.connect(self._refresh_stop_waiting)
        self.export_bundle_action = self._add(
            file_menu, self.tr("Export event &bundle…"), self.export_bundle
        )
        self.import_bundle_action = self._add(
            file_menu, self.tr("Import event b&undle…"), self.import_bundle
        )
        export_menu = file_menu.addMenu(self.tr("Export &agenda"))
        self.export_agenda_actions = [
            self._add(
                export_menu,
                self.tr("Facilitator's &run-sheet (PDF)…"),
                lambda: self.export_agenda("run-sheet"),
                "Ctrl+P",
            ),
            self._add(
                export_menu,
                self.tr("&Participants' agenda (PDF)…"),
                lambda: self.export_agenda("participants"),
            ),
            self._add(
                export_menu, self.tr("&Sign-in sheet (PDF)…"), lambda: self.export_agenda("sign-in")
            ),
            self._add(
                export_menu,
                self.tr("Sessions as a &calendar (.ics)…"),
                lambda: self.export_agenda("calendar"),
            ),
        ]
        file_menu.addSeparator()
        self._add(file_menu, self.tr("&Restore backup…"), self.restore_backup)
        file_menu.addSeparator()
        self._add(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.context.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.context.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.capture_action = self._add(
            edit_menu, self.tr("&Quick capture"), self.page.show_capture, "Ctrl+Shift+K"
        )
        self.find_action = self._add(
            edit_menu, self.tr("&Find…"), self.open_search, QKeySequence.StandardKey.Find
        )
        edit_menu.addSeparator()
        self.preferences_action = self._add(
            edit_menu, self.tr("&Preferences…"), self.edit_profile, "Ctrl+,"
        )

        view_menu = bar.addMenu(self.tr("&View"))
        self.events_panel_action = self._add(
            view_menu, self.tr("&Events panel"), self.show_events_panel
        )
        self.events_panel_action.setCheckable(True)
        shown = self.context.store.setting(EVENTS_PANEL_SETTING) != "hidden"
        self.events_panel_action.setChecked(shown)
        self.events_panel.setVisible(shown)
        self.tracker_action = self._add(
            view_menu, self.tr("&Action tracker"), self.show_action_tracker, "Ctrl+Shift+T"
        )

        self.run_menu = bar.addMenu(self.tr("Ru&n"))
        self.participants = ParticipantsControl(self.context, self.run_menu, self.current_event_id)
        # The Run tab's actions come first in this menu once the tab is built: right after
        # the window's first paint (start-up shows the Details tab without it), or sooner
        # when something reaches it (the menu opened, a resumed session shown).
        self.run_menu.aboutToShow.connect(lambda: self.page.build(RUN_TAB))
        FirstPaint(self.page).painted.connect(
            lambda: QTimer.singleShot(0, self, self._build_later_tabs)
        )

        minutes_menu = bar.addMenu(self.tr("&Minutes"))
        self.export_minutes_actions = [
            self._add(minutes_menu, self.tr("Export &PDF…"), lambda: self.export_minutes("pdf")),
            self._add(
                minutes_menu, self.tr("Export &Markdown…"), lambda: self.export_minutes("md")
            ),
            self._add(
                minutes_menu,
                self.tr("Export &Word document (DOCX)…"),
                lambda: self.export_minutes("docx"),
            ),
        ]

        help_menu = bar.addMenu(self.tr("&Help"))
        self.shortcuts_action = self._add(
            help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts, "Ctrl+F1"
        )
        self._add(help_menu, self.tr("&About Forum Desktop"), self.about)
        if offers_menu_entry():
            self.applications_menu = ApplicationsMenuActions(self, help_menu)

    def _refresh_actions(self) -> None:
        has_event = self.current_event_id() is not None
        for action in (
            self.duplicate_action,
            self.rename_action,
            self.delete_action,
            self.export_action,
            *self.export_agenda_actions,
            *self.export_minutes_actions,
            self.capture_action,
        ):
            action.setEnabled(has_event)
        empty = self.events_model.rowCount() == 0
        self.events_view.setVisible(not empty)
        self.events_empty.setVisible(empty)

    def _update_status(self, *_: object) -> None:
        profile = self.context.store.profile()
        who = profile.name if profile else self.context.store.author
        self.status_line.show_state(
            fill(self.tr("All changes saved · editing as %1 · %2"), who, str(self.context.database))
        )

    def _show_replayed(self, result: OpResult) -> None:
        """An undo or redo of a change in another event opens that event, so what changed
        is in view rather than changed out of sight."""
        events = {change.event_id for change in result.changes if change.event_id is not None}
        if len(events) != 1 or self.current_event_id() in events:
            return
        (event_id,) = events
        event = self.context.store.get(Event, event_id)
        if event is None:  # undoing its creation: nothing left to show
            return
        self.open_event(event_id)
        self.status_line.say(
            fill(self.tr("Undo and redo act on “%1”: it is open now."), shortened(event.title, 60))
        )

    # --- selection --------------------------------------------------------------------

    def current_event_id(self) -> UUID | None:
        return self.page.event_id

    def open_event(self, event_id: UUID | None) -> None:
        row = self.events_model.row_of(event_id) if event_id else -1
        if row < 0 and event_id is not None and self.context.store.exists(Event, event_id):
            self.events_model.reload()  # written by a command or a merge since the list loaded
            row = self.events_model.row_of(event_id)
        if row >= 0:
            self.events_view.selectionModel().setCurrentIndex(
                self.events_model.index(row),
                QItemSelectionModel.SelectionFlag.ClearAndSelect,
            )
        else:
            self.page.set_event(None)
        self._refresh_actions()

    def _on_current_changed(self, current: object, _previous: object) -> None:
        row = self.events_view.currentIndex().row()
        event_id = self.events_model.event_at(row).id if row >= 0 else None
        if event_id != self.page.event_id:
            self.page.set_event(event_id)
        self._refresh_actions()

    def _restore_selection(self) -> None:
        """After the list reloads, keep the open event selected, or close it if it is gone."""
        event_id = self.page.event_id
        if event_id and self.events_model.row_of(event_id) >= 0:
            self.open_event(event_id)
        else:
            self.page.set_event(None)
            self.events_view.clearSelection()
            self._refresh_actions()

    def open_record(self, event_id: UUID, record_type: str, record_id: UUID) -> None:
        """Open an event at one of its records (an entry, an agenda item, a person)."""
        self.open_event(event_id)
        if self.current_event_id() == event_id:
            self.page.show_record(record_type, record_id)
            self.activateWindow()

    def open_search(self) -> None:
        from forum_desktop.ui.search_dialog import SearchDialog

        if self.search_dialog is None:
            self.search_dialog = SearchDialog(self.context, self)
            self.search_dialog.opened.connect(
                lambda hit: self.open_record(hit.event_id, hit.record_type, hit.record_id)
            )
        self.search_dialog.start()

    def show_action_tracker(self) -> None:
        from forum_desktop.models import Outcome  # the entries' model: when first needed
        from forum_desktop.ui.action_tracker import ActionTracker

        if self.action_tracker is None:
            self.action_tracker = ActionTracker(self.context, self)
            self.action_tracker.opened.connect(
                lambda event_id, outcome_id: self.open_record(
                    event_id, Outcome.record_type, outcome_id
                )
            )
        self.action_tracker.show()
        self.action_tracker.raise_()
        self.action_tracker.activateWindow()
        self.action_tracker.table.setFocus()

    # --- event actions ----------------------------------------------------------------

    def new_event(self) -> None:
        from forum_desktop.ui.new_event_dialog import NewEventDialog

        dialog = NewEventDialog(interface_language(), self)  # documents as the user reads
        if not dialog.exec():
            return
        command = dialog.command()
        result = self.context.execute(command, self.tr("New event %1").replace("%1", command.title))
        if result is not None:
            self.open_event(result.value)
            self.page.tabs.setCurrentWidget(self.page.details)

    def _current_event(self) -> Event | None:
        event_id = self.current_event_id()
        return self.context.store.get(Event, event_id) if event_id else None

    def rename_event(self) -> None:
        event = self._current_event()
        if event is None:
            return
        title = prompts.ask_text(self, self.tr("Rename event"), self.tr("Title:"), event.title)
        if title and title.strip() and title.strip() != event.title:
            self.context.execute(
                UpdateEvent(event_id=event.id, title=title.strip()), self.tr("Rename event")
            )

    def duplicate_event(self) -> None:
        event = self._current_event()
        if event is None:
            return
        copy = self.tr("%1 (copy)")
        room = TITLE_MAX_LENGTH - len(copy.replace("%1", ""))  # the words the app adds fit
        shown = event.title if len(event.title) <= room else event.title[: room - 1] + "…"
        title = fill(copy, shown)
        result = self.context.execute(
            DuplicateEvent(event_id=event.id, title=title),
            self.tr("Duplicate %1").replace("%1", event.title),
        )
        if result is not None:
            self.open_event(result.value)

    def delete_event(self) -> None:
        event = self._current_event()
        if event is None:
            return
        if not prompts.confirm(
            self,
            self.tr("Delete event"),
            self.tr(
                "Delete “%1” with its roster and agenda?\n\nYou can bring it back with Edit ▸ Undo."
            ).replace("%1", event.title),
            action=self.tr("Delete"),
        ):
            return
        self.context.execute(
            DeleteEvent(event_id=event.id), self.tr("Delete %1").replace("%1", event.title)
        )

    def import_json(self) -> None:
        self._import_json(as_copy=False)

    def import_json_as_copy(self) -> None:
        """Next year's edition: the document as a new event, with fresh ids for everything."""
        self._import_json(as_copy=True)

    def _import_json(self, *, as_copy: bool) -> None:
        """Read and import the document on a worker (a large event takes seconds) while a
        progress dialog holds the window; the import is one undo step here."""
        from forum_desktop.services.document_import import ImportDocument
        from forum_desktop.services.documents import (
            MAX_DOCUMENT_BYTES,
            document_summary,
            parse_document,
        )

        path = prompts.open_file(
            self,
            self.tr("Import as a copy") if as_copy else self.tr("Import event"),
            self.tr("Forum Desktop events (*.json);;All files (*)"),
        )
        if path is None:
            return
        database, clock = self.context.database, self.context.store.clock

        def work(_: Progress) -> tuple[OpResult, str]:
            document = parse_document(read_at_most(path, MAX_DOCUMENT_BYTES))
            title = str(document_summary(document)["title"])
            conn = open_database(database, clock)
            try:
                store = Store(conn, clock)
                result = execute(store, ImportDocument(document=document, as_copy=as_copy))
                index_quietly(store)  # the entries brought in, here rather than in the window
                return result, title
            finally:
                conn.close()

        waiting = QProgressDialog(self.tr("Importing %1…").replace("%1", path.name), "", 0, 0, self)
        waiting.setCancelButton(None)
        waiting.setWindowModality(Qt.WindowModality.WindowModal)  # no edit meanwhile
        waiting.setMinimumDuration(0)  # at once: an edit meanwhile would wait on the import
        waiting.setValue(0)
        self.import_job = job = Job(work, (OSError, NoticeError, StorageError, ValidationError))

        def imported(done: tuple[OpResult, str]) -> None:
            waiting.reset()
            self._imported(path, *done)

        def not_imported(error: Exception) -> None:
            waiting.reset()
            self._not_imported(path, error)

        job.done.connect(imported)
        job.failed.connect(not_imported)
        job.start(QThreadPool.globalInstance())

    def _imported(self, path: Path, result: OpResult, title: str) -> None:
        from forum_desktop.services.document_import import Imported

        self.context.record(result, self.tr("Import %1").replace("%1", title))
        imported: Imported = result.value
        self.open_event(imported.event_id)
        if imported.kept:
            prompts.info(
                self,
                self.tr("Newer changes kept"),
                self.tr("%n newer changes here were kept.", "", imported.kept),
            )
        elif not result.changes:
            prompts.info(
                self,
                self.tr("Already up to date"),
                self.tr("This database already holds everything in %1.").replace("%1", path.name),
            )

    def _not_imported(self, path: Path, error: Exception) -> None:
        if isinstance(error, NoticeError):
            message = notice_text(error.notice)
        elif isinstance(error, OSError):
            message = error.strerror or str(error)
        elif isinstance(error, StorageError):
            message = describe(error)
        elif isinstance(error, ValidationError):
            message = describe_invalid(error)
        else:  # a bug, logged by the job
            show_unexpected(error)
            return
        prompts.error(
            self,
            self.tr("Cannot import %1").replace("%1", path.name),
            self.tr("%1\n\nNothing was imported.").replace("%1", message),
        )

    def share_event(self) -> None:
        event = self._current_event()
        if event is None:
            return
        from forum_desktop.ui.share_dialog import ShareDialog

        self.share_dialog = ShareDialog(self.sync, event.id, event.title, self)
        self.share_dialog.open()

    def resolve_conflict_of(self, record_id: UUID) -> None:
        """The sync conflicts view, on one record's conflict (from a tab's Resolve conflict…)."""
        event_id = self.page.event_id
        if event_id is None:
            return
        from forum_desktop.ui.conflicts_dialog import ConflictsDialog

        self.conflicts_dialog = ConflictsDialog(self.sync, event_id, self, focus=record_id)
        self.conflicts_dialog.open()

    def join_shared_events(self) -> None:
        """Take in the events other laptops share through a folder this laptop now sees."""
        folder = prompts.choose_folder(self, self.tr("Shared folder to join"))
        if folder is None:
            return
        from forum_desktop.sync.share import shared_events

        events = [e for e in shared_events(folder) if self.context.store.get(Event, e) is None]
        if not events:
            prompts.info(
                self,
                self.tr("Nothing to join"),
                self.tr("%1 holds no event this laptop does not have yet.").replace(
                    "%1", str(folder)
                ),
            )
            return
        self.joins.expect(events)  # it says when each has arrived
        for event_id in events:
            self.sync.share(event_id, folder)
        self.status_line.say(self.tr("Bringing in %n shared event(s)…", "", len(events)))

    def _refresh_stop_waiting(self) -> None:
        """Stop waiting… only while a joined event is still on its way."""
        self.stop_waiting_action.setEnabled(bool(awaited_events(self.context.store)))

    def export_bundle(self) -> None:
        """One file with everything of the event, for e-mail or a USB stick."""
        event = self._current_event()
        if event is None:
            return
        path = prompts.save_file(
            self,
            self.tr("Export event bundle"),
            f"{event.title}.fdbundle",
            self.tr("Forum Desktop bundles (*.fdbundle)"),
        )
        if path is not None:
            self.sync.export_bundle(event.id, path)

    def import_bundle(self) -> None:
        path = prompts.open_file(
            self, self.tr("Import event bundle"), self.tr("Forum Desktop bundles (*.fdbundle)")
        )
        if path is not None:
            self.sync.import_bundle(path)

    def _bundle_done(self, event_id: UUID, report: SyncReport | None) -> None:
        if report is None:
            message = self.tr("Wrote the event bundle")
        else:
            message = self.tr("Imported the bundle: %n change(s) new here", "", report.received)
            self.events_model.reload()
            self.open_event(event_id)
        self.status_line.say(message)

    def _bundle_failed(self, message: str) -> None:
        prompts.error(self, self.tr("Bundle not used"), message)

    def export_json(self) -> None:
        event = self._current_event()
        if event is None:
            return
        path = prompts.save_file(
            self,
            self.tr("Export event"),
            f"{event.title}.json",
            self.tr("Forum Desktop events (*.json)"),
        )
        if path is None:
            return
        # In its own process, as the other exports: a large event's document (its photos)
        # takes seconds to write, which the window must not wait for.
        self._export(["export-json", str(event.id)], path)

    def export_agenda(self, kind: str) -> None:
        """Write a document of the open event's agenda in a separate process."""
        event = self._current_event()
        if event is None:
            return
        names = {
            "run-sheet": (self.tr("%1 - run-sheet.pdf"), self.tr("PDF (*.pdf)"), []),
            "participants": (
                self.tr("%1 - agenda.pdf"),
                self.tr("PDF (*.pdf)"),
                ["--participants"],
            ),
            "sign-in": (self.tr("%1 - sign-in sheet.pdf"), self.tr("PDF (*.pdf)"), ["--sign-in"]),
            "calendar": (self.tr("%1.ics"), self.tr("Calendar (*.ics)"), []),
        }
        suggested, filters, options = names[kind]
        path = prompts.save_file(
            self, self.tr("Export agenda"), suggested.replace("%1", event.title), filters
        )
        if path is None:
            return
        self._export(["export-agenda", str(event.id), *options], path)

    def export_minutes(self, kind: str) -> None:
        """Ask what the minutes hold, then write them in a separate process."""
        event = self._current_event()
        if event is None:
            return
        from forum_desktop.ui.minutes_dialog import MinutesDialog

        dialog = MinutesDialog(event, sessions_of(self.context.store, event.id), self)
        if not dialog.exec():
            return
        if kind == "md":
            suggested, filters = self.tr("%1 - minutes.md"), self.tr("Markdown (*.md)")
        elif kind == "docx":
            suggested, filters = self.tr("%1 - minutes.docx"), self.tr("Word (*.docx)")
        else:
            suggested, filters = self.tr("%1 - minutes.pdf"), self.tr("PDF (*.pdf)")
        path = prompts.save_file(
            self, self.tr("Export minutes"), suggested.replace("%1", event.title), filters
        )
        if path is None:
            return
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(f"{path.name}.{kind}")
        arguments = ["export-minutes", str(event.id), *dialog.arguments(), "--progress"]
        self._export(arguments, path)

    def _export(self, arguments: list[str], path: Path) -> None:
        """Run an export command in its own process; the status bar says when it is written."""
        from forum_desktop.ui.export_runner import ExportRunner

        runner = ExportRunner(self, self.tr("Exporting %1").replace("%1", path.name))
        runner.finished.connect(
            lambda ok, message: (
                self.status_line.say(self.tr("Wrote %1").replace("%1", message)) if ok else None
            )
        )
        runner.start(self.context.database, arguments, path)
        self.export_runner = runner

    # --- application actions ----------------------------------------------------------

    def restore_backup(self) -> None:
        backups = self.context.backups
        from forum_desktop.ui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(backups.list(), str(backups.folder), self)
        if not dialog.exec():
            return
        chosen = dialog.chosen()
        if chosen is None:
            return
        if not prompts.confirm(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Replace everything in the database with this backup? The current state is "
                "kept as a backup first. Undo history is cleared."
            ),
            action=self.tr("Restore"),
        ):
            return
        try:
            backups.restore_into(self.context.store.conn, chosen)
        except StorageError as error:
            prompts.error(self, self.tr("Restore failed"), describe(error))
            return
        except OSError as error:
            prompts.error(self, self.tr("Restore failed"), error.strerror or str(error))
            return
        from forum_desktop.storage.database import migrate

        migrate(self.context.store.conn)  # an older backup may need the newer schema
        self.context.reload_all()

    def edit_profile(self) -> None:
        store = self.context.store
        saved = store.setting(SETTING) or ""
        from forum_desktop.ui.profile_dialog import ProfileDialog

        dialog = ProfileDialog(
            store.profile(),
            self,
            language=saved,
            theme=store.setting(appearance.THEME_SETTING) or appearance.SYSTEM,
            text_size=store.setting(appearance.TEXT_SIZE_SETTING) or "",
        )
        if not dialog.exec():
            return
        store.set_profile(**dialog.values())
        theme, text_size = dialog.appearance()
        store.set_setting(appearance.THEME_SETTING, theme)
        store.set_setting(appearance.TEXT_SIZE_SETTING, text_size)
        appearance.apply(theme, text_size)
        self._update_status()
        if dialog.interface_language() != saved:
            store.set_setting(SETTING, dialog.interface_language())
            self.switch_language(chosen_language(None, dialog.interface_language()))

    def switch_language(self, language: str) -> MainWindow:
        """Show the interface in ``language`` now: a new window replaces this one.

        Rebuilding is what keeps every screen right, present and future: each builds its
        texts with tr() when it is made, so a new window is entirely in the new language.
        The open event, its tab, the window's size and place and the split between the
        events list and the event carry over, and mid-run the session run, an open
        projector and the item the room is on ("We are on").
        """
        install(language)
        run = self.page.run
        projecting = run.projector is not None and run.projector.isVisible()
        session = run.session_combo.currentData()
        on_item = self.page.on_item()
        replacement = MainWindow(self.context)
        replacement.setGeometry(self.geometry())
        replacement.setWindowState(self.windowState())
        replacement.open_event(self.current_event_id())
        replacement.page.carry_over(session, on_item)
        replacement.page.tabs.setCurrentIndex(self.page.tabs.currentIndex())
        replacement.show()
        replacement.splitter.setSizes(self.splitter.sizes())  # once shown and laid out
        if projecting:
            run.close_projector()  # the old one goes with its window
            replacement.page.run.toggle_projector()
        self.close()
        for child in self._context_children:
            child.deleteLater()
        self.deleteLater()
        return replacement

    def show_shortcuts(self) -> None:
        from forum_desktop.ui.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.exec()
        dialog.deleteLater()

    def about(self) -> None:
        prompts.info(
            self,
            self.tr("About Forum Desktop"),
            fill(
                self.tr(
                    "Forum Desktop %1\n\nPlan, run and record workshops offline, and publish "
                    "their minutes.\n\nDatabase: %2"
                ),
                __version__,
                str(self.context.database),
            ),
        )

    def changeEvent(self, event: QEvent) -> None:
        """Back to the window: show events another process (a command, a merge) added."""
        super().changeEvent(event)
        # A closed window (its database may be closed too) has nothing to show.
        if (
            event.type() == QEvent.Type.ActivationChange
            and self.isActiveWindow()
            and self.isVisible()
        ):
            version = self.context.store.data_version()
            if version != self._data_version:  # another connection committed meanwhile
                self._data_version = version
                self.events_model.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:  # once: later the user's own split stays
            self._sized = True
            # A sixth of a small screen for the events list: at 1024×768 the agenda's
            # titles and the item editor need the room more than the event names.
            left = min(EVENTS_WIDTH, self.width() // 6)
            self.splitter.setSizes([left, max(1, self.width() - left)])

    def closeEvent(self, event: QCloseEvent) -> None:
        # Every change is already committed; nothing to save.
        if self.page.built(RUN_TAB):
            self.page.run.shut_down()
        self.sync.wait()
        event.accept()
