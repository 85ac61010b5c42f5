"""Every window, tab and dialog of the app, for the tests that walk them all.

The translation test (pseudo-locale) and the accessibility test open each screen listed
in ``SCREENS`` over the demo event and walk its widgets. A new screen is covered by adding
one ``Screen`` here: a name and a function that opens it and returns the widget to walk
(a dialog is shown without ``exec``; the tests close it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

from PySide6.QtWidgets import QWidget

from forum_desktop.methods.library import builtin_library
from forum_desktop.models import Event, Language, Outcome, Session
from forum_desktop.services.agenda import items_of, sessions_of
from forum_desktop.services.capture import outcomes_of_event
from forum_desktop.storage import BackupReason
from forum_desktop.ui.csv_import_dialog import CsvImportDialog
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.method_edit_dialog import MethodEditDialog
from forum_desktop.ui.method_library_dialog import MethodLibraryDialog
from forum_desktop.ui.new_event_dialog import NewEventDialog
from forum_desktop.ui.outcome_dialog import OutcomeDialog
from forum_desktop.ui.profile_dialog import ProfileDialog
from forum_desktop.ui.programme_import_dialog import ProgrammeImportDialog
from forum_desktop.ui.restore_dialog import RestoreDialog
from forum_desktop.ui.session_dialog import SessionDialog
from forum_desktop.ui.shortcuts_dialog import ShortcutsDialog
from forum_desktop.ui.template_dialog import TemplateDialog

PROGRAMME = """Programme
Monday 3 March 2025
09:00 Welcome and introductions (15 min)
09:15 World café on local finance (1h)
10:15 Break
"""

ROSTER_CSV = "Nom;Organisation;Courriel\nAïcha Diallo;Ville de Dakar;aicha@example.org\n;;\n"

USER_INPUT = [
    "Monday 3 March 2025",
    "Welcome and introductions",
    "World café on local finance",
    "Break",
    *ROSTER_CSV.replace("\n", ";").split(";"),
    "utf-8",  # the encoding found in the file
]
"""What the user typed or opened in the screens above: shown as it is, never translated."""


def method_texts() -> list[str]:
    """The built-in methods' texts: data shipped in three languages, not interface strings."""
    found: list[str] = []
    for method in builtin_library().methods:
        texts = [method.name, method.description, method.purpose, method.when_to_use]
        texts += [method.roles, method.setup, method.materials]
        for step in method.steps:
            texts += [step.name, step.instructions]
        found += [getattr(text, lang) for text in texts for lang in ("en", "fr", "es")]
        found += [source.title for source in method.source]
    return found


USER_INPUT += method_texts()


@dataclass
class Demo:
    """The main window on the demo event, with some entries captured."""

    window: MainWindow
    event_id: UUID
    tmp_path: Path

    @property
    def event(self) -> Event:
        return self.window.context.store.require(Event, self.event_id)

    @property
    def session(self) -> Session:
        return sessions_of(self.window.context.store, self.event_id)[0]

    def outcome(self) -> Outcome:
        return outcomes_of_event(self.window.context.store, self.event_id)[0]


def _tab(name: str) -> Callable[[Demo], QWidget]:
    def open_tab(demo: Demo) -> QWidget:
        page = demo.window.page
        page.tabs.setCurrentWidget(getattr(page, name))
        return demo.window

    return open_tab


def _agenda_with_item(demo: Demo) -> QWidget:
    page = demo.window.page
    page.tabs.setCurrentWidget(page.agenda)
    first = items_of(demo.window.context.store, demo.session.id)[0]
    page.agenda.select_item(first.id)
    return demo.window


def _no_event(demo: Demo) -> QWidget:
    demo.window.open_event(None)
    return demo.window


def _restore(demo: Demo) -> QWidget:
    context = demo.window.context
    context.backups.create(context.store.conn, BackupReason.START)
    return RestoreDialog(context.backups.list(), str(context.backups.folder), demo.window)


def _programme(demo: Demo) -> QWidget:
    dialog = ProgrammeImportDialog([demo.session], demo.window)
    dialog.text_edit.setPlainText(PROGRAMME)
    return dialog


def _method_library(demo: Demo) -> QWidget:
    item = items_of(demo.window.context.store, demo.session.id)[0]
    dialog = MethodLibraryDialog(demo.window.context, item_id=item.id, parent=demo.window)
    dialog.select("peer-review")
    return dialog


def _method_editor(demo: Demo) -> QWidget:
    fishbowl = next(m for m in builtin_library().methods if m.id == "fishbowl")
    return MethodEditDialog(fishbowl, "en", demo.window)


def _csv(demo: Demo) -> QWidget:
    path = demo.tmp_path / "inscrits.csv"
    path.write_text(ROSTER_CSV, encoding="utf-8")
    dialog = CsvImportDialog(path, demo.window)
    assert dialog.load()
    return dialog


@dataclass(frozen=True)
class Screen:
    name: str
    open: Callable[[Demo], QWidget]


SCREENS = [
    Screen("main window without an event", _no_event),
    Screen("details tab", _tab("details")),
    Screen("agenda tab", _agenda_with_item),
    Screen("roster tab", _tab("roster")),
    Screen("capture tab", _tab("capture")),
    Screen("new event", lambda demo: NewEventDialog(Language.EN, demo.window)),
    Screen("first-start profile", lambda demo: ProfileDialog(None, demo.window)),
    Screen(
        "preferences",
        lambda demo: ProfileDialog(demo.window.context.store.profile(), demo.window),
    ),
    Screen("restore a backup", _restore),
    Screen("new session", lambda demo: SessionDialog(demo.event, None, demo.window)),
    Screen("edit session", lambda demo: SessionDialog(demo.event, demo.session, demo.window)),
    Screen(
        "session from a template",
        lambda demo: TemplateDialog(demo.window.context, demo.event, demo.window),
    ),
    Screen("import a programme", _programme),
    Screen("import a roster", _csv),
    Screen("edit an entry", lambda demo: OutcomeDialog(demo.outcome(), demo.window)),
    Screen("keyboard shortcuts", lambda demo: ShortcutsDialog(demo.window)),
    Screen("method library", _method_library),
    Screen("edit a method", _method_editor),
]


def open_demo(window: MainWindow, tmp_path: Path) -> Demo:
    """Put the demo event in ``window``'s database, with an action and a note captured."""
    from forum_desktop.services.demo import create_demo_event

    context = window.context
    event_id = create_demo_event(context.store).value
    session = sessions_of(context.store, event_id)[0]
    item = items_of(context.store, session.id)[0]
    for kind, text in (("action", "Share the budget template"), ("note", "Room is full")):
        context.run(
            "capture_outcome",
            text,
            event_id=event_id,
            session_id=session.id,
            item_id=item.id,
            kind=kind,
            text=text,
        )
    window.events_model.reload()
    window.open_event(event_id)
    return Demo(window, event_id, tmp_path)
