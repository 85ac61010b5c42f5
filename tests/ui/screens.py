"""Every window, tab and dialog of the app, for the tests that walk them all.

The translation test (pseudo-locale) and the accessibility test open each screen listed
in ``SCREENS`` over the demo event and walk its widgets. A new screen is covered by adding
one ``Screen`` here: a name and a function that opens it and returns the widget to walk
(a dialog is shown without ``exec``; the tests close it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import time
from pathlib import Path
from uuid import UUID
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from forum_desktop.clock import FakeClock
from forum_desktop.methods.breakout_acts import ChooseRapporteur
from forum_desktop.methods.library import builtin_library
from forum_desktop.models import AttendanceStatus, Event, Language, Outcome, Photo, Session
from forum_desktop.models.screens import Grouping
from forum_desktop.services.agenda import (
    UpdateItem,
    UpdateSession,
    items_of,
    sessions_of,
)
from forum_desktop.services.capture import CaptureOutcome, outcomes_of_event
from forum_desktop.services.commands import execute
from forum_desktop.services.participants import AddParticipant, CheckIn
from forum_desktop.services.photos import AddPhoto, photo_bytes
from forum_desktop.services.programme_translation import match_event
from forum_desktop.services.run import load_run
from forum_desktop.services.translations import EventTexts, SetWorkingLanguages
from forum_desktop.storage import BackupReason
from forum_desktop.ui.csv_import_dialog import CsvImportDialog
from forum_desktop.ui.image_jobs import wait_for_jobs
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.method_edit_dialog import MethodEditDialog
from forum_desktop.ui.method_library_dialog import MethodLibraryDialog
from forum_desktop.ui.method_screens.breakouts import BreakoutsScreen
from forum_desktop.ui.method_screens.dot_voting import DotVotingScreen
from forum_desktop.ui.method_screens.fishbowl import FishbowlScreen
from forum_desktop.ui.method_screens.one_two_four_all import OneTwoFourAllScreen
from forum_desktop.ui.method_screens.round_robin import RoundRobinScreen
from forum_desktop.ui.minutes_dialog import MinutesDialog
from forum_desktop.ui.new_event_dialog import NewEventDialog
from forum_desktop.ui.outcome_dialog import OutcomeDialog
from forum_desktop.ui.photo_viewer import PhotoViewer
from forum_desktop.ui.profile_dialog import ProfileDialog
from forum_desktop.ui.programme_import_dialog import ProgrammeImportDialog
from forum_desktop.ui.projector import ProjectorWindow
from forum_desktop.ui.replan_dialog import ReplanDialog
from forum_desktop.ui.restore_dialog import RestoreDialog
from forum_desktop.ui.run_page import RunPage
from forum_desktop.ui.session_dialog import SessionDialog
from forum_desktop.ui.shortcuts_dialog import ShortcutsDialog
from forum_desktop.ui.template_dialog import TemplateDialog
from tests.photo_bytes import png_bytes
from tests.services.helpers import build_day
from tests.services.method_examples import apply_method
from tests.ui.method_screens.peer_review_scene import peer_review_scene

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
    "Apprendre des pairs",
    "Les budgets",
    "Visites entre pairs",
    "Un budget partagé",
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


def _two_languages(open_screen: Callable[[Demo], QWidget]) -> Callable[[Demo], QWidget]:
    """``open_screen`` on the demo event with a second working language (issue 25): the
    texts' rows in that language, the projector's check box."""

    def open_bilingual(demo: Demo) -> QWidget:
        main = demo.event.language
        other = next(language for language in Language if language != main)
        command = SetWorkingLanguages(event_id=demo.event_id, languages=(main, other))
        execute(demo.window.context.store, command)
        demo.window.context.reload_all()  # no undo step: its label would be test data
        return open_screen(demo)

    return open_bilingual


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


def _programme_translation(demo: Demo) -> QWidget:
    """The note read as the translation of the demo's agenda: pairs and unpaired rows."""
    store, event = demo.window.context.store, demo.event
    other = Language.EN if event.language != Language.EN else Language.FR
    dialog = ProgrammeImportDialog(
        [demo.session],
        demo.window,
        languages=(event.language, other),
        pair=lambda programme: match_event(store, event.id, programme),
    )
    dialog.read_into.setCurrentIndex(1)
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


def _running_late(demo: Demo) -> RunPage:
    """A session 40 minutes in, its first item 10 minutes over, a second speaker on the floor."""
    window = demo.window
    store = window.context.store
    session_id, ids = build_day(store, [30, 40, 40])
    execute(store, UpdateSession(session_id=session_id, end_time=time(10, 50)))
    execute(
        store,
        UpdateItem(
            item_id=ids[0],
            guiding_question="Que fais-je pour soutenir l'apprentissage ?",
            notes="Ask Jun to keep it short",
        ),
    )
    for item_id in ids[1:]:
        execute(store, UpdateItem(item_id=item_id, min_minutes=20))
    window.context.reload_all()
    window.events_model.reload()
    window.open_event(load_run(store, session_id).session.event_id)
    window.page.show_run()
    page = window.page.run
    clock = store.clock
    assert isinstance(clock, FakeClock)
    page.controller.start()
    page.bar.edit.setText("! Keep the summary to three points")
    page.bar.edit.returnPressed.emit()
    clock.advance(35 * 60)
    page.controller.give_floor(participant_id=None, name="Aïcha Diallo", allotted_seconds=180)
    clock.advance(3 * 60)
    page.controller.end_turn()
    page.controller.give_floor(participant_id=None, name="Jun", allotted_seconds=180)
    clock.advance(2 * 60)
    page.controller.tick()
    return page


def _round_robin(demo: Demo) -> RunPage:
    """A round-robin under way: one answer given, one person skipped, one absent."""
    window = demo.window
    store = window.context.store
    session_id, ids = build_day(store, [30])
    execute(store, UpdateItem(item_id=ids[0], guiding_question="Qu'est-ce qui vous amène ?"))
    event_id = load_run(store, session_id).session.event_id
    for n, name in enumerate(("Aïcha Diallo", "Jun Park", "Lucía Fernández", "Omar Kane")):
        status = AttendanceStatus.ABSENT if n == 3 else AttendanceStatus.PRESENT
        person = execute(store, AddParticipant(event_id=event_id, name=name)).value
        execute(store, CheckIn(participant_ids=(person,), status=status))
    apply_method(store, item_id=ids[0], method_id="round-robin", language="en")
    window.context.reload_all()
    window.events_model.reload()
    window.open_event(event_id)
    window.page.show_run()
    page = window.page.run
    page.controller.start()
    page.controller.next_item()
    screen = page.methods.screen
    assert isinstance(screen, RoundRobinScreen)
    screen.next_person()
    screen.answer_edit.setText("Apprendre des pairs")
    screen.next_person()
    screen.skip()
    screen.answer_edit.setText("Les budgets")
    return page


def _one_two_four_all(demo: Demo) -> RunPage:
    """1-2-4-All in its "All" round, two ideas harvested."""
    window = demo.window
    store = window.context.store
    session_id, ids = build_day(store, [20])
    execute(store, UpdateItem(item_id=ids[0], guiding_question="Comment partager ce qui marche ?"))
    apply_method(store, item_id=ids[0], method_id="one-two-four-all", language="en")
    window.context.reload_all()
    window.events_model.reload()
    window.open_event(load_run(store, session_id).session.event_id)
    window.page.show_run()
    page = window.page.run
    page.controller.start()
    for _ in range(3):
        page.controller.next_item()
    screen = page.methods.screen
    assert isinstance(screen, OneTwoFourAllScreen)
    for idea in ("Visites entre pairs", "Un budget partagé"):
        screen.idea_edit.setText(idea)
        screen.add_idea()
    screen.harvest_list.setCurrentRow(0)
    return page


def _run(demo: Demo) -> QWidget:
    page = _running_late(demo)
    page.toggle_projector()  # on the console's display: the console warns about mirroring
    return demo.window


def _projector(demo: Demo, *, hold: bool = False) -> QWidget:
    page = _running_late(demo)
    if hold:
        page.hold_action.trigger()
    page.toggle_projector()
    assert isinstance(page.projector, ProjectorWindow)
    return page.projector


def _breakouts(demo: Demo) -> QWidget:
    """A leaf item of the demo run as breakout groups: three groups balanced by
    organisation, named with rapporteurs, the first reporting back with a report captured,
    the projector showing it."""
    window = demo.window
    store = window.context.store
    item = next(i for i in items_of(store, demo.session.id) if i.method == "" and i.parent_id)
    apply_method(store, item_id=item.id, method_id="breakout-groups", language="en")
    window.context.reload_all()
    window.page.show_run()
    page = window.page.run
    phases = [i for i in items_of(store, demo.session.id) if i.parent_id == item.id]
    page.controller.jump_to(phases[0].id)  # the session starts on the method's first phase
    screen = page.methods.screen
    assert isinstance(screen, BreakoutsScreen)
    screen.seed = 1
    screen.how_combo.setCurrentIndex(screen.how_combo.findData(Grouping.ORGANISATION.value))
    screen.make()
    first = screen.current_state.in_order()[0]
    window.context.execute(
        ChooseRapporteur(group_id=first.id, participant_id=first.member_ids[0]), "-"
    )
    page.controller.jump_to(phases[2].id)  # the report-back
    screen.next_group()
    screen.report_edit.setPlainText("Three points and one recommendation")
    screen.capture_report()
    page.toggle_projector()
    return window


def _replan(demo: Demo) -> QWidget:
    page = _running_late(demo)
    assert page.controller.snapshot is not None
    return ReplanDialog(page.controller.snapshot, ZoneInfo("Africa/Dakar"), demo.window)


def _with_photos(demo: Demo) -> list[Photo]:
    """Two photos on the demo's first item: one plain, one captioned on an entry, original kept."""
    context = demo.window.context
    item = items_of(context.store, demo.session.id)[0]
    image = png_bytes(40, 30)
    for fields in (
        {"item_id": item.id, "file_name": "IMG_2041.png"},
        {
            "outcome_id": demo.outcome().id,
            "caption": "Flipchart of the world café",
            "file_name": "IMG_2042.png",
            "original": png_bytes(80, 60),
            "original_mime": "image/png",
        },
    ):
        execute(
            context.store,
            AddPhoto(
                event_id=demo.event_id, image=image, mime="image/png", width=40, height=30, **fields
            ),
        )
    context.reload_all()
    return context.store.select(Photo, order_by="created_at")


def _capture_with_photos(demo: Demo) -> QWidget:
    _with_photos(demo)
    window = demo.window
    window.page.tabs.setCurrentWidget(window.page.capture)
    page = window.page.capture
    page.set_current_item(None)  # every photo of the event
    for row in range(page.photo_model.rowCount()):  # thumbnails are made off the UI thread
        page.photo_model.index(row).data(Qt.ItemDataRole.DecorationRole)
    wait_for_jobs()
    QCoreApplication.processEvents()
    assert all(page.photo_model.thumbnail_ready(r) for r in range(page.photo_model.rowCount()))
    return window


def _photo_viewer(demo: Demo) -> QWidget:
    photo = next(photo for photo in _with_photos(demo) if photo.caption)
    data = photo_bytes(demo.window.context.store, photo)
    assert data is not None
    viewer = PhotoViewer(photo, data, demo.window)
    wait_for_jobs()  # the photo is decoded off the UI thread
    QCoreApplication.processEvents()
    assert viewer.loaded()
    return viewer


def _peer_review(demo: Demo) -> QWidget:
    peer_review_scene(demo.window)
    return demo.window


def _fishbowl_running(demo: Demo) -> RunPage:
    """The fishbowl on a topic: four in the inner circle, one speaking, two waiting, a
    contribution captured, the fairness view open."""
    window = demo.window
    store = window.context.store
    session_id, ids = build_day(store, [60])
    event_id = load_run(store, session_id).session.event_id
    for name, organisation in (
        ("Aïcha Diallo", "Ville de Dakar"),
        ("Jun Park", "Daejeon"),
        ("Lucía Gómez", ""),
        ("Moussa Sy", "Ville de Dakar"),
        ("Ana Ribeiro", "Lisboa"),
        ("Kwame Mensah", "Accra"),
        ("Silent Sam", "Daejeon"),
    ):
        execute(store, AddParticipant(event_id=event_id, name=name, organisation=organisation))
    apply_method(store, item_id=ids[0], method_id="fishbowl", language="fr")
    window.context.reload_all()
    window.events_model.reload()
    window.open_event(event_id)
    window.page.show_run()
    page = window.page.run
    page.controller.start()
    screen = page.methods.screen
    assert isinstance(screen, FishbowlScreen)
    screen.switch_topic("Localisation et développement de MOOC")
    for row in range(6):
        screen.outer_list.setCurrentRow(row)
        screen.add_to_queue()
    for _ in range(4):
        screen.swap_in()
    screen.chair_buttons[1].click()
    screen.give_floor()
    screen.contribution_edit.setText("Traduire les MOOC ne suffit pas")
    screen.capture_contribution()
    screen.tables.setCurrentWidget(screen.tables.fairness_tab)
    clock = store.clock
    assert isinstance(clock, FakeClock)
    clock.advance(70)
    page.controller.tick()
    return page


def _dot_voting(demo: Demo) -> RunPage:
    """A dot vote under way on a new session of the demo event: three options (one from a
    captured idea), two ballots, one refused."""
    window = demo.window
    store = window.context.store
    session_id, ids = build_day(store, [30])
    apply_method(store, item_id=ids[0], method_id="dot-voting", language="en")
    event_id = store.require(Session, session_id).event_id
    for name in ("Aïcha Diallo", "Jun"):
        execute(store, AddParticipant(event_id=event_id, name=name))
    execute(store, CaptureOutcome(event_id=event_id, kind="idea", text="Share the budget template"))
    window.context.reload_all()
    window.events_model.reload()
    window.open_event(event_id)
    window.page.show_run()
    page = window.page.run
    page.session_combo.setCurrentIndex(page.session_combo.findData(str(session_id)))
    page.controller.start()
    screen = page.methods.screen
    assert isinstance(screen, DotVotingScreen)
    for text in ("Transport", "Housing"):
        screen.options.add_option(text)
    for dots in ([3, 2], [3, 3]):  # Jun's is one too many
        for row, count in zip(screen.entries.rows, dots, strict=True):
            row.spin.setValue(count)
        screen.save_ballot()
    return page


def _dot_voting_revealed(demo: Demo) -> RunPage:
    page = _dot_voting(demo)
    screen = page.methods.screen
    assert isinstance(screen, DotVotingScreen)
    screen.toggle_reveal()
    return page


def _dot_voting_picker(demo: Demo) -> QWidget:
    screen = _dot_voting(demo).methods.screen
    assert isinstance(screen, DotVotingScreen)
    screen.add_from_captured()
    assert screen.picker is not None
    return screen.picker


def on_projector(opener: Callable[[Demo], RunPage]) -> Callable[[Demo], QWidget]:
    """A method screen's projector view: the Run page ``opener`` leaves, projected."""

    def projected(demo: Demo) -> QWidget:
        page = opener(demo)
        page.toggle_projector()
        assert isinstance(page.projector, ProjectorWindow)
        return page.projector

    return projected


@dataclass(frozen=True)
class Screen:
    name: str
    open: Callable[[Demo], QWidget]


SCREENS = [
    Screen("main window without an event", _no_event),
    Screen("details tab", _tab("details")),
    Screen("agenda tab", _agenda_with_item),
    Screen("details tab, two working languages", _two_languages(_tab("details"))),
    Screen("agenda tab, two working languages", _two_languages(_agenda_with_item)),
    Screen(
        "edit session, two working languages",
        _two_languages(
            lambda demo: SessionDialog(
                demo.event,
                demo.session,
                demo.window,
                EventTexts.load(demo.window.context.store, demo.event_id),
            )
        ),
    ),
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
    Screen("import a programme as a translation", _programme_translation),
    Screen("import a roster", _csv),
    Screen(
        "edit an entry",
        lambda demo: OutcomeDialog(
            demo.outcome(),
            [(i.id, i.title) for i in items_of(demo.window.context.store, demo.session.id)],
            demo.window,
        ),
    ),
    Screen("keyboard shortcuts", lambda demo: ShortcutsDialog(demo.window)),
    Screen("run tab, a session running late", _run),
    Screen("run tab, two working languages", _two_languages(_run)),
    Screen("projector window", _projector),
    Screen("projector window on hold", lambda demo: _projector(demo, hold=True)),
    Screen("re-plan the rest of the session", _replan),
    Screen("run tab, breakout groups reporting back", _breakouts),
    Screen("capture tab with photos", _capture_with_photos),
    Screen("photo viewer", _photo_viewer),
    Screen(
        "export minutes",
        lambda demo: MinutesDialog(
            demo.event, sessions_of(demo.window.context.store, demo.event_id), demo.window
        ),
    ),
    Screen("method library", _method_library),
    Screen("edit a method", _method_editor),
    Screen("peer review method screen", _peer_review),
    Screen("fishbowl screen", lambda demo: _fishbowl_running(demo).window()),
    Screen("fishbowl on the projector", on_projector(_fishbowl_running)),
    Screen("round-robin screen", lambda demo: _round_robin(demo).window()),
    Screen("round-robin on the projector", on_projector(_round_robin)),
    Screen("1-2-4-All screen", lambda demo: _one_two_four_all(demo).window()),
    Screen("1-2-4-All on the projector", on_projector(_one_two_four_all)),
    Screen("dot voting screen", lambda demo: _dot_voting(demo).window()),
    Screen("dot voting on the projector", on_projector(_dot_voting_revealed)),
    Screen("dot voting, options from captured items", _dot_voting_picker),
]


def open_demo(window: MainWindow, tmp_path: Path) -> Demo:
    """Put the demo event in ``window``'s database, with an action and a note captured."""
    from forum_desktop.services.demo import CreateDemoEvent

    context = window.context
    event_id = execute(context.store, CreateDemoEvent()).value
    session = sessions_of(context.store, event_id)[0]
    item = items_of(context.store, session.id)[0]
    for kind, text in (("action", "Share the budget template"), ("note", "Room is full")):
        context.execute(
            CaptureOutcome(
                event_id=event_id, session_id=session.id, item_id=item.id, kind=kind, text=text
            ),
            text,
        )
    window.events_model.reload()
    window.open_event(event_id)
    return Demo(window, event_id, tmp_path)
