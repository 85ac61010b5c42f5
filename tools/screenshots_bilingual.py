"""The pictures of an event in two working languages (issue 25): the projector showing an
item in French with its English under it, and the item editor with the English texts
under the French ones, and the capture tab with entries said in either language, all at
1024×768.

Run on a real display server so fonts and styles are the user's:
``xvfb-run -s "-screen 0 1024x768x24" .venv/bin/python -m tools.screenshots_bilingual docs/images``
Each picture is ``{projector,item-editor,capture}-bilingual-1024.png`` in the folder given.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import time
from pathlib import Path
from uuid import UUID

from PySide6.QtWidgets import QApplication

from forum_desktop.clock import FakeClock
from forum_desktop.models import AgendaItem, Language, Session
from forum_desktop.models.translation import TranslatedField, TranslatedRecord
from forum_desktop.services.capture import CaptureOutcome
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.translations import SetTranslation
from forum_desktop.storage import Store, open_database
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.language import install
from forum_desktop.ui.main_window import MainWindow
from tools.screenshots import save, settle

SIZE = (1024, 768)
ITEMS = (
    (
        "Introduction interactive : qui est qui, et qui êtes-vous ?",
        "Que fais-je pour soutenir l'apprentissage dans ma municipalité ?",
        "Interactive introduction: who is who, and who are you?",
        "What do I do to support learning in my municipality?",
    ),
    (
        "Évaluation par les pairs du processus d'apprentissage",
        "Qu'avons-nous appris cette année, et que changer ?",
        "",  # not translated: the editor marks it
        "",
    ),
)


ENTRIES = (
    "Les villes veulent un atelier commun avant le congrès de Daejeon.",
    "We need the peer review guide in English before the next session.",
    "Nous avons décidé de créer un réseau des villes apprenantes.",
    "The MOOC on localisation should be open to elected officials too.",
)
"""What a rapporteur captures: two in French, two in English (detected as such)."""


def bilingual_day(store: Store) -> tuple[UUID, UUID, list[UUID]]:
    """A French event with English, one session of two items: (event, session, items)."""
    event_id = execute(
        store,
        CreateEvent(
            title="Forum d'apprentissage",
            language=Language.FR,
            other_languages=[Language.EN],
            timezone="Europe/Paris",
        ),
    ).value
    day = store.clock.now().date()
    session = Session(event_id=event_id, title="Journée", date=day, start_time=time(9, 0))
    store.insert(store.fresh(session))
    ids = []
    for position, (title, question, title_en, question_en) in enumerate(ITEMS):
        item = AgendaItem(
            session_id=session.id,
            title=title,
            guiding_question=question,
            position=position,
            planned_minutes=30,
        )
        store.insert(store.fresh(item))
        ids.append(item.id)
        for field, text in (
            (TranslatedField.TITLE, title_en),
            (TranslatedField.GUIDING_QUESTION, question_en),
        ):
            if text:
                execute(
                    store,
                    SetTranslation(
                        target_type=TranslatedRecord.AGENDA_ITEM,
                        target_id=item.id,
                        field=field,
                        language=Language.EN,
                        text=text,
                    ),
                )
    return event_id, session.id, ids


def take(folder: Path, app: QApplication) -> None:
    clock = FakeClock()
    with tempfile.TemporaryDirectory() as scratch:
        database = Path(scratch) / "forum.sqlite3"
        store = Store(open_database(database, clock), clock)
        store.set_profile(name="Rapporteur")
        event_id, session_id, ids = bilingual_day(store)
        window = MainWindow(AppContext(store, database))
        window.resize(*SIZE)
        window.show()
        window.context.reload_all()
        window.open_event(event_id)

        agenda = window.page.agenda
        window.page.tabs.setCurrentWidget(agenda)
        agenda.editor.set_item(ids[1])
        save(window, app, folder / f"item-editor-bilingual-{SIZE[0]}.png")

        for item_id, text in zip((ids[0], ids[0], ids[1], ids[1]), ENTRIES, strict=True):
            execute(
                store,
                CaptureOutcome(
                    event_id=event_id, session_id=session_id, item_id=item_id, text=text
                ),
            )
            clock.advance(90)
        window.page.tabs.setCurrentWidget(window.page.capture)
        save(window, app, folder / f"capture-bilingual-{SIZE[0]}.png")

        window.page.show_run()
        page = window.page.run
        page.controller.set_session(session_id)
        page.controller.start()
        clock.advance(7 * 60)
        page.toggle_projector()
        projector = page.projector
        assert projector is not None
        projector.resize(*SIZE)
        page.controller.tick()
        settle(app)
        save(projector, app, folder / f"projector-bilingual-{SIZE[0]}.png")
        page.controller.set_session(None)
        page.projection.close()
        window.close()
        store.conn.close()


def main(argv: list[str]) -> None:
    app = QApplication(sys.argv[:1])
    install("fr")
    take(Path(argv[0]), app)


if __name__ == "__main__":
    main(sys.argv[1:])
