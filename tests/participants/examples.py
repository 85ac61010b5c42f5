"""An event whose session runs a method of each kind phones take part in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from uuid import UUID

from forum_desktop.methods.peer_review_acts import AddCase, MoveToCase
from forum_desktop.models import AgendaItem, Session
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.participants import AddParticipant
from forum_desktop.services.run import JumpToItem, StartRun
from forum_desktop.services.vote import AddOptions, NewOption
from forum_desktop.storage import Store
from tests.services.method_examples import apply_method

METHODS = (
    "dot-voting",
    "fishbowl",
    "round-robin",
    "peer-review",
    "one-two-four-all",
    "open-discussion",
)


@dataclass(frozen=True)
class Room:
    event_id: UUID
    session_id: UUID
    people: dict[str, UUID]
    items: dict[str, UUID]
    """The method item of each of ``METHODS``."""
    options: list[UUID]
    case_id: UUID


def build_room(store: Store, language: str = "en") -> Room:
    event_id: UUID = execute(
        store, CreateEvent(title="Learning Forum", language=language, timezone="UTC")
    ).value
    people = {
        name: execute(
            store, AddParticipant(event_id=event_id, name=name, email="x@example.org")
        ).value
        for name in ("Awa Diop", "João Pereira", "Lucía Gómez")
    }
    session = store.fresh(
        Session(event_id=event_id, title="Morning", date=date(2022, 2, 23), start_time=time(9))
    )
    store.insert(session)
    items: dict[str, UUID] = {}
    for position, method in enumerate(METHODS):
        item = store.fresh(
            AgendaItem(
                session_id=session.id,
                title=f"Item {method}",
                position=position,
                planned_minutes=30,
                guiding_question=f"What matters for {method}?",
            )
        )
        store.insert(item)
        with store.transaction():
            apply_method(store, item_id=item.id, method_id=method, language=language)
        items[method] = item.id
    options = execute(
        store,
        AddOptions(
            item_id=items["dot-voting"],
            options=(NewOption(text="Water"), NewOption(text="Schools")),
        ),
    ).value
    case_id = execute(
        store, AddCase(item_id=items["peer-review"], presenter_name="Awa Diop", topic="Wells")
    ).value
    execute(store, MoveToCase(case_id=case_id))
    execute(store, StartRun(session_id=session.id, at=store.clock.now()))
    return Room(event_id, session.id, people, items, list(options), case_id)


def run_method(store: Store, room: Room, method: str) -> None:
    """Jump the session to the first phase of ``method``'s item."""
    phases = store.select(AgendaItem, {"parent_id": room.items[method]}, order_by="position")
    execute(
        store, JumpToItem(session_id=room.session_id, item_id=phases[0].id, at=store.clock.now())
    )
