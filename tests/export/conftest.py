"""The demo event, enriched with roles, notes, scripts and hostile text, for the exporters.

Built once per test module in its own database (rendering is what these tests measure).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from uuid import UUID

import pytest

from forum_desktop.clock import FakeClock
from forum_desktop.export.loading import load_agenda
from forum_desktop.models import AgendaItem, Event, Participant, Session
from forum_desktop.services import agenda
from forum_desktop.services.commands import execute
from forum_desktop.services.demo import CreateDemoEvent
from forum_desktop.storage import Store, open_database

PRIVATE_NOTE = "NOTE-PRIVÉE : garder 5 min pour les retardataires."
HOSTILE = '<b>bold</b> & <img src="/etc/passwd">'
SCRIPTS_TITLE = "Évaluation — Ελληνικά, Кириллица"
GUIDING_QUESTION = "Que fais-je pour soutenir l'apprentissage dans les municipalités ?"
MATERIALS = "Post-it, marqueurs"


@dataclass(frozen=True)
class Demo:
    event: Event
    sessions: list[tuple[Session, list[AgendaItem]]]
    participants: list[Participant]

    def person(self, name: str) -> UUID:
        return next(p.id for p in self.participants if p.name == name)


def enrich_demo(store: Store) -> UUID:
    """Create the demo and give its items roles, materials, notes and tricky text."""
    event_id: UUID = execute(store, CreateDemoEvent()).value
    _, sessions, people = load_agenda(store, event_id)
    ids = {person.name: person.id for person in people}
    items = {item.title: item for item in sessions[0][1]}
    introduction = items["Introduction interactive : Qui est qui et qui êtes-vous ?"]
    execute(
        store,
        agenda.UpdateItem(
            item_id=introduction.id,
            facilitator_ids=[ids["Núria Vilalta Puig"]],
            rapporteur_ids=[ids["Élodie Marchand"]],
            speaker_ids=[ids["Valentina Ríos Castaño"], ids["Sipho Ndlovu"]],
            materials=MATERIALS,
            notes=PRIVATE_NOTE,
        ),
    )
    evaluation = items["Évaluation par les pairs du processus d'apprentissage"]
    # 45 minutes instead of 40: the agenda runs 5 minutes past the session's end.
    execute(
        store, agenda.UpdateItem(item_id=evaluation.id, title=SCRIPTS_TITLE, planned_minutes=45)
    )
    overview = items["Aperçu de l'approche globale d'apprentissage de CGLU"]
    execute(store, agenda.UpdateItem(item_id=overview.id, description=f"Récit\n{HOSTILE}"))
    return event_id


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    clock = FakeClock()
    conn = open_database(tmp_path_factory.mktemp("export") / "forum.sqlite3", clock)
    try:
        store = Store(conn, clock)
        event, sessions, participants = load_agenda(store, enrich_demo(store))
        yield Demo(event, sessions, participants)
    finally:
        conn.close()
