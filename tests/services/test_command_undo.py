"""Every typed command can be undone and redone exactly.

Each concrete command class the app defines needs an example: a factory that prepares
the store and returns the command to run, keyed by its class name. A new command without
one fails ``test_every_command_has_an_example``.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from datetime import date

import pytest

import forum_desktop.interchange
import forum_desktop.methods
import forum_desktop.services
from forum_desktop.clock import FakeClock
from forum_desktop.models import (
    AttendanceStatus,
    ChangeKind,
    Event,
    Language,
    Objective,
    Role,
)
from forum_desktop.models.translation import TranslatedField, TranslatedRecord
from forum_desktop.services.capture import CaptureOutcome
from forum_desktop.services.commands import Command, execute
from forum_desktop.services.demo import CreateDemoEvent
from forum_desktop.services.events import CreateEvent, DeleteEvent, DuplicateEvent, UpdateEvent
from forum_desktop.services.operations import redo, undo
from forum_desktop.services.participants import (
    AddParticipant,
    CheckIn,
    DeleteParticipants,
    ImportParticipants,
    UpdateParticipant,
)
from forum_desktop.services.room_questions import AskQuestion
from forum_desktop.services.translations import SetTranslation, SetWorkingLanguages
from forum_desktop.storage import Store
from tests.agenda.test_agenda_import import example_import_agenda
from tests.participants.examples import build_room
from tests.services.agenda_examples import AGENDA_EXAMPLES
from tests.services.capture_examples import CAPTURE_EXAMPLES
from tests.services.command_examples import COMMAND_EXAMPLES, CommandExample
from tests.services.helpers import build_event
from tests.services.method_examples import METHOD_EXAMPLES
from tests.services.photo_examples import PHOTO_EXAMPLES
from tests.services.run_examples import RUN_EXAMPLES
from tests.storage.helpers import snapshot


def import_every_command_module() -> None:
    """Load every module that may define a command class, so the walk below finds it."""
    for package in (forum_desktop.services, forum_desktop.interchange, forum_desktop.methods):
        for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            importlib.import_module(module.name)


import_every_command_module()


def command_classes(base: type[Command] = Command) -> set[type[Command]]:
    """Every concrete command class the app defines (not the tests' own)."""
    found: set[type[Command]] = set()
    for subclass in base.__subclasses__():
        if subclass.__module__.startswith("forum_desktop.") and not inspect.isabstract(subclass):
            found.add(subclass)
        found |= command_classes(subclass)
    return found


def example_create_event(store: Store) -> Command:
    build_event(store, "Un autre atelier")
    return CreateEvent(
        title="Séminaire de Daejeon",
        language=Language.FR,
        timezone="Asia/Seoul",
        start_date=date(2022, 10, 10),
        end_date=date(2022, 10, 12),
        objectives=(Objective(text="Préparer le Congrès"),),
        other_languages=(Language.EN,),
    )


def example_update_event(store: Store) -> Command:
    built = build_event(store)
    return UpdateEvent(
        event_id=built.event_id,
        title="Séminaire renommé",
        place="Saly",
        end_date=None,
        objectives=(Objective(text="Nouvel objectif"),),
    )


def example_duplicate_event(store: Store) -> Command:
    return DuplicateEvent(event_id=build_event(store).event_id, title="Séminaire 2023")


def example_delete_event(store: Store) -> Command:
    """An event that holds every kind of record: a run, the methods' records, a phone's
    question, entries and a session's translation; another event stays as it is."""
    build_event(store, "Atelier qui reste")
    room = build_room(store)
    execute(
        store,
        AskQuestion(session_id=room.session_id, item_id=room.items["fishbowl"], text="Why?"),
    )
    execute(store, CaptureOutcome(event_id=room.event_id, kind="decision", text="Adopted"))
    execute(
        store, SetWorkingLanguages(event_id=room.event_id, languages=(Language.EN, Language.FR))
    )
    execute(
        store,
        SetTranslation(
            target_type=TranslatedRecord.SESSION,
            target_id=room.session_id,
            field=TranslatedField.TITLE,
            language=Language.FR,
            text="Matinée",
        ),
    )
    return DeleteEvent(event_id=room.event_id)


def example_add_participant(store: Store) -> Command:
    return AddParticipant(
        event_id=build_event(store).event_id,
        name="Amadou Ba",
        role=Role.RAPPORTEUR,
        email="amadou@example.org",
    )


def example_import_participants(store: Store) -> Command:
    return ImportParticipants(
        event_id=build_event(store).event_id,
        people=(
            {"name": "Chen Wei", "city": "Shanghai"},
            {"name": "Amadou Ba", "role": Role.SPEAKER},
            {"name": "Marie Curie", "email": "marie@example.org", "language": "fr"},
        ),
    )


def example_update_participant(store: Store) -> Command:
    built = build_event(store)
    return UpdateParticipant(
        participant_id=built.participant_ids[1], city="Maputo", notes="Vegetarian"
    )


def example_delete_participants(store: Store) -> Command:
    built = build_event(store)
    return DeleteParticipants(participant_ids=tuple(built.participant_ids[:2]))


def example_check_in(store: Store) -> Command:
    """Several people at once, one of them checked in before: one step restores each."""
    built = build_event(store)
    return CheckIn(participant_ids=tuple(built.participant_ids), status=AttendanceStatus.LATE)


def example_create_demo_event(store: Store) -> Command:
    """Replace an existing, edited demo: deletes and inserts in one step."""
    demo_id = execute(store, CreateDemoEvent(language=Language.ES)).value
    execute(store, UpdateEvent(event_id=demo_id, title="Mi versión de la demo"))
    execute(store, CreateDemoEvent())  # the French one stays as it is
    build_event(store)
    return CreateDemoEvent(language=Language.ES)


EXAMPLES: dict[str, CommandExample] = {
    "CreateEvent": example_create_event,
    "UpdateEvent": example_update_event,
    "DuplicateEvent": example_duplicate_event,
    "DeleteEvent": example_delete_event,
    "AddParticipant": example_add_participant,
    "ImportParticipants": example_import_participants,
    "UpdateParticipant": example_update_participant,
    "DeleteParticipants": example_delete_participants,
    "CheckIn": example_check_in,
    "CreateDemoEvent": example_create_demo_event,
    "ImportAgenda": example_import_agenda,
    **AGENDA_EXAMPLES,
    **CAPTURE_EXAMPLES,
    **RUN_EXAMPLES,
    **PHOTO_EXAMPLES,
    **METHOD_EXAMPLES,
    **COMMAND_EXAMPLES,
}


INVERSE = {
    ChangeKind.INSERT: ChangeKind.DELETE,
    ChangeKind.DELETE: ChangeKind.INSERT,
    ChangeKind.UPDATE: ChangeKind.UPDATE,
}


def test_every_command_has_an_example() -> None:
    commands = {command.__name__ for command in command_classes()}
    assert len(commands) == len(command_classes()), "two command classes share a name"
    assert commands - set(EXAMPLES) == set(), "add an example for each new command"
    assert set(EXAMPLES) - commands == set(), "an example names no command"


def run_example(store: Store, name: str) -> Command:
    command = EXAMPLES[name](store)
    assert type(command).__name__ == name, "an example is keyed by its command's class name"
    return command


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_undo_and_redo_restore_exact_states(store: Store, clock: FakeClock, name: str) -> None:
    command = run_example(store, name)
    clock.advance(60)
    before = snapshot(store)

    result = execute(store, command)
    after = snapshot(store)
    assert result.changes
    assert after != before

    clock.advance(60)  # undo and redo must not stamp anything with their own time
    undone = undo(store, result)
    assert snapshot(store) == before
    assert [(c.kind, c.record_id) for c in undone.changes] == [
        (INVERSE[c.kind], c.record_id) for c in reversed(result.changes)
    ]

    clock.advance(60)
    redone = redo(store, result)
    assert snapshot(store) == after
    assert [(c.kind, c.record_id) for c in redone.changes] == [
        (c.kind, c.record_id) for c in result.changes
    ]
    assert redone.value == result.value

    clock.advance(60)
    undo(store, redone)
    assert snapshot(store) == before


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_undo_and_redo_are_journaled_in_sequence(store: Store, name: str) -> None:
    result = execute(store, run_example(store, name))
    undone = undo(store, result)
    redone = redo(store, result)

    journal = store.journal()
    tail = journal[len(journal) - len(undone.changes) - len(redone.changes) :]
    assert tail == [*undone.changes, *redone.changes]
    assert [c.sequence for c in journal] == list(range(1, len(journal) + 1))


def test_a_result_says_what_it_touched(store: Store) -> None:
    result = execute(store, CreateEvent(title="Atelier"))
    assert store.require(Event, result.value).title == "Atelier"
    assert result.touches("event")
    assert not result.touches("participant", "session")
    assert result.records("event") == {result.value}
    assert result.records("participant") == set()
