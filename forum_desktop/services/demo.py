"""The built-in demo event: a real learning-forum session with an invented roster.

The demo ships in each document language as an ``EventDocument`` under ``resources/demo/``
(the French session note, and its English and Spanish translations). Each has its own
fixed ids, so creating one again replaces the same records instead of adding a copy, and
the three can sit side by side.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from forum_desktop.models import Event, Language
from forum_desktop.models.agenda import parents_first
from forum_desktop.paths import resource
from forum_desktop.services import events
from forum_desktop.services.commands import Command
from forum_desktop.services.operations import OpResult, Recorder
from forum_desktop.storage import Store

if TYPE_CHECKING:
    from forum_desktop.models import EventDocument

DEMO_EVENT_IDS: dict[Language, UUID] = {
    Language.FR: UUID("d4c71bfd-e1ed-4ac6-a3bb-8d790efab74b"),
    Language.EN: UUID("135b6731-4e72-48aa-8ef4-86f0d47faa77"),
    Language.ES: UUID("ad81149d-decf-4cb0-9099-269a1a024b21"),
}
"""Each demo's event id, as written in its file (a test checks they agree)."""

DEFAULT_DEMO_LANGUAGE = Language.FR
"""The language of the original session note, and of the demo when none is asked for."""

DEMO_EVENT_ID = DEMO_EVENT_IDS[DEFAULT_DEMO_LANGUAGE]
"""The default demo's id: the French original."""

DEMO_SEEDED_SETTING = "demo_seeded"
"""Installation setting present once the first start has been dealt with."""


def demo_path(language: Language = DEFAULT_DEMO_LANGUAGE) -> Path:
    return resource("demo", f"learning-forum.{language.value}.json")


def load_demo_document(language: Language = DEFAULT_DEMO_LANGUAGE) -> EventDocument:
    """The demo, validated; raises ``pydantic.ValidationError`` or ``ValueError`` if broken."""
    from forum_desktop.models import EventDocument  # every record's model: first start only

    document = EventDocument.model_validate_json(demo_path(language).read_bytes())
    _check_references(document)
    return document


class CreateDemoEvent(Command):
    """(Re)create the demo event in ``language``; an existing one, with all it holds, is
    replaced. The value is the event's id.

    One undo step: undoing removes the new demo and brings back the one it replaced.
    The demos in other languages are left alone.
    """

    language: Language = DEFAULT_DEMO_LANGUAGE

    def apply(self, store: Store) -> OpResult:
        document = load_demo_document(self.language)
        event_id = document.event.id
        recorder = Recorder()
        if store.get(Event, event_id) is not None:
            for change in events.DeleteEvent(event_id=event_id).apply(store).changes:
                recorder.add(change)
        recorder.add(store.insert(document.event))
        for session in document.sessions:
            recorder.add(store.insert(session))
        for item in parents_first(document.agenda_items):
            recorder.add(store.insert(item))
        for person in document.participants:
            recorder.add(store.insert(person))
        return recorder.result(event_id)


def ensure_demo_on_first_start(store: Store, language: Language) -> UUID | None:
    """Create the demo on the first start of an empty installation; its id, or ``None``.

    ``language`` is the interface language the user starts in: the demo is in it.

    The first start is remembered whether or not the demo was created, so a user who
    deletes the demo (or all their events) does not get it back at the next start.
    """
    if store.setting(DEMO_SEEDED_SETTING) is not None:
        return None
    with store.transaction():
        created: UUID | None = None
        if not events.list_events(store):
            created = CreateDemoEvent(language=language).apply(store).value
        store.set_setting(DEMO_SEEDED_SETTING, "1")
    return created


def _check_references(document: EventDocument) -> None:
    """Every record of the document belongs to its event, session or parent item."""
    event_id = document.event.id
    sessions = {s.id for s in document.sessions}
    items = {i.id for i in document.agenda_items}
    if any(s.event_id != event_id for s in document.sessions):
        raise ValueError("a session of the demo belongs to another event")
    if any(p.event_id != event_id for p in document.participants):
        raise ValueError("a participant of the demo belongs to another event")
    for item in document.agenda_items:
        if item.session_id not in sessions:
            raise ValueError(f"agenda item {item.title!r} belongs to no session of the demo")
        if item.parent_id is not None and item.parent_id not in items:
            raise ValueError(f"agenda item {item.title!r} has a parent outside the demo")
    if len(parents_first(document.agenda_items)) != len(document.agenda_items):
        raise ValueError("agenda items refer to missing parents or form a cycle")
