"""The README's pictures of a session running, taken from the seed's day as its note
designs it: the console on the round-robin, the fishbowl's screen and the projector, in
French, at a laptop's 1366×768 and 1024×768.

Run on a real display server so fonts and styles are the user's:
``xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python -m tools.screenshots NOTE docs``
(``NOTE``: the French session note, ``tests/agenda/data/learning-forum-session-note.fr.txt``).
Each picture is ``screenshot-{console,fishbowl,projector}-{width}.png`` in the folder given.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from forum_desktop.agenda.programme_text import parse_programme
from forum_desktop.clock import FakeClock
from forum_desktop.models import AgendaItem, AttendanceStatus
from forum_desktop.services.agenda_import import ImportAgenda, recognise_methods
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.method_apply import ApplyMethod
from forum_desktop.services.participants import AddParticipant, CheckIn
from forum_desktop.storage import Store, open_database
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.language import install
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.method_screens.fishbowl import FishbowlScreen
from forum_desktop.ui.method_screens.round_robin import RoundRobinScreen
from forum_desktop.ui.run_page import RunPage

SIZES = ((1366, 768), (1024, 768))
ROSTER = [
    ("Aïcha Diallo", "Ville de Dakar"),
    ("Jun Park", "Daejeon"),
    ("Lucía Gómez", "Barcelona"),
    ("Moussa Sy", "Ville de Dakar"),
    ("Núria Vilalta", "CGLU"),
    ("João Pereira", "Lisboa"),
    ("Fatou Ndiaye", "Ville de Dakar"),
    ("Ömer Demir", "Istanbul"),
    ("Chloé Martin", "CGLU"),
    ("Kwame Mensah", "Accra"),
    ("Ana Ribeiro", "Lisboa"),
    ("Sami Haddad", "Tunis"),
]


def seed_day(store: Store, note: Path) -> tuple[object, object]:
    """The note imported, the roster checked in, the methods fitted: (event, session) ids."""
    event_id = execute(
        store, CreateEvent(title="Forum", language="fr", timezone="Europe/Paris")
    ).value
    programme = recognise_methods(parse_programme(note.read_text(encoding="utf-8")))
    (session_id,) = execute(store, ImportAgenda(event_id=event_id, programme=programme)).value
    for name, organisation in ROSTER:
        person = execute(
            store, AddParticipant(event_id=event_id, name=name, organisation=organisation)
        )
        execute(store, CheckIn(participant_ids=(person.value,), status=AttendanceStatus.PRESENT))
    welcome, review, _ = store.select(
        AgendaItem, {"session_id": session_id, "parent_id": None}, "position"
    )
    introduction = store.select(AgendaItem, {"parent_id": welcome.id}, "position")[1]
    for item, method in ((introduction, "round-robin"), (review, "fishbowl")):
        now = store.clock.now()
        execute(store, ApplyMethod(item_id=item.id, method_id=method, language="fr", at=now))
    return event_id, session_id


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, app: QApplication, path: Path) -> None:
    settle(app)
    widget.grab().save(str(path))
    print(path)


def run_to(page: RunPage, screen: type, clock: FakeClock, app: QApplication) -> None:
    while not isinstance(page.methods.screen, screen):
        clock.advance(60)
        page.controller.next_item()
        page.controller.tick()
        settle(app)


def take(note: Path, folder: Path, size: tuple[int, int], app: QApplication) -> None:
    clock = FakeClock()  # 23 February 2022, 10:00 in Paris: the session's own day
    with tempfile.TemporaryDirectory() as scratch:
        database = Path(scratch) / "forum.sqlite3"
        store = Store(open_database(database, clock), clock)
        store.set_profile(name="Rapporteur")
        event_id, session_id = seed_day(store, note)
        window = MainWindow(AppContext(store, database))
        window.resize(*size)
        window.show()
        window.context.reload_all()
        window.open_event(event_id)  # type: ignore[arg-type]
        window.page.show_run()
        page = window.page.run
        page.controller.set_session(session_id)  # type: ignore[arg-type]
        page.controller.start()
        run_to(page, RoundRobinScreen, clock, app)
        robin = page.methods.screen
        assert isinstance(robin, RoundRobinScreen)
        clock.advance(60)
        page.controller.next_item()  # from the guiding question to the round itself
        robin.seconds_spin.setValue(50)  # twelve people in the round's 11 minutes
        robin.seconds_spin.editingFinished.emit()
        for seconds in (48, 55, 20):
            robin.next_person()
            clock.advance(seconds)
            page.controller.tick()
        save(window, app, folder / f"screenshot-console-{size[0]}.png")

        run_to(page, FishbowlScreen, clock, app)
        bowl = page.methods.screen
        assert isinstance(bowl, FishbowlScreen)
        bowl.switch_topic(bowl.topic_combo.itemText(0))  # the note's first practice
        page.bar.edit.setText("! Un MOOC par langue, porté par les villes hôtes")
        page.bar.edit.returnPressed.emit()
        for row in (0, 2, 4, 5):
            bowl.outer_list.setCurrentRow(row)
            bowl.add_to_queue()
        for _ in range(3):
            bowl.swap_in()
        bowl.chair_buttons[1].click()
        bowl.give_floor()
        clock.advance(50)
        page.controller.tick()
        save(window, app, folder / f"screenshot-fishbowl-{size[0]}.png")

        page.toggle_projector()
        projector = page.projector
        assert projector is not None
        projector.resize(*size)
        page.controller.tick()
        save(projector, app, folder / f"screenshot-projector-{size[0]}.png")
        page.controller.set_session(None)
        page.projection.close()
        window.close()
        window.context.close()  # stops its timers before the file closes


def main(argv: list[str]) -> None:
    note, folder = Path(argv[0]), Path(argv[1])
    app = QApplication(sys.argv[:1])
    install("fr")
    for size in SIZES:
        take(note, folder, size, app)


if __name__ == "__main__":
    main(sys.argv[1:])
