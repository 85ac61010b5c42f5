"""A typed core command is one transaction: all its writes, or none."""

from __future__ import annotations

from uuid import UUID

import pytest

from forum_desktop.models import Participant
from forum_desktop.services.commands import Command, execute
from forum_desktop.services.operations import OpResult, Recorder, undo
from forum_desktop.storage import Store
from tests.services.helpers import build_event


class RenameBoth(Command):
    """Renames two participants; refuses after the first when ``refuse`` is set."""

    first: UUID
    second: UUID
    refuse: bool = False

    def apply(self, store: Store) -> OpResult:
        recorder = Recorder()
        recorder.add(store.update(Participant, self.first, name="Awa"))
        if self.refuse:
            raise ValueError("refused half-way")
        recorder.add(store.update(Participant, self.second, name="Binta"))
        return recorder.result()


def names(store: Store, *ids: UUID) -> list[str]:
    return [store.require(Participant, person).name for person in ids]


def test_a_command_writes_all_its_changes_and_is_one_undo_step(store: Store) -> None:
    first, second, _ = build_event(store).participant_ids
    before = names(store, first, second)
    result = execute(store, RenameBoth(first=first, second=second))
    assert names(store, first, second) == ["Awa", "Binta"]
    undo(store, result)
    assert names(store, first, second) == before


def test_a_refused_command_writes_nothing(store: Store) -> None:
    first, second, _ = build_event(store).participant_ids
    before = names(store, first, second)
    with pytest.raises(ValueError, match="half-way"):
        execute(store, RenameBoth(first=first, second=second, refuse=True))
    assert names(store, first, second) == before


def test_a_command_is_frozen_and_checks_its_fields() -> None:
    command = RenameBoth(first=UUID(int=1), second=UUID(int=2))
    with pytest.raises(ValueError):
        command.refuse = True  # type: ignore[misc]
    with pytest.raises(ValueError):
        RenameBoth(first=UUID(int=1), second=UUID(int=2), unknown=1)  # type: ignore[call-arg]
