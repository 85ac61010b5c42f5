"""Undoing the delete of an entry in sync conflict brings every version back: the delete
closed them (an explicit act), so its undo opens them again, on every laptop; so does
undoing a resolution. Undoing an edit made during a conflict leaves the versions as they
were before it, on every laptop."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest

from forum_desktop.models import Outcome
from forum_desktop.services.capture import DeleteOutcomes
from forum_desktop.services.commands import execute
from forum_desktop.services.conflicts import ResolveConflict
from forum_desktop.services.entries import CaptureTyped, EditEntryText
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.open_conflicts import conflict_texts
from forum_desktop.services.operations import redo, undo
from forum_desktop.sync.engine import sync_event
from tests.sync.laptops import Laptop, open_laptop


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Laptop, Laptop, Path]]:
    a, b = open_laptop(tmp_path / "a", "Ana"), open_laptop(tmp_path / "b", "Bea")
    folder = tmp_path / "shared"
    folder.mkdir()
    try:
        yield a, b, folder
    finally:
        a.close()
        b.close()


def sync_all(laptops: tuple[Laptop, ...], event_id: UUID, folder: Path) -> None:
    for _ in range(2):
        for laptop in laptops:
            laptop.clock.advance(1)
            sync_event(laptop.store, event_id, folder)


def shown(laptop: Laptop, event_id: UUID, entry: UUID) -> set[str]:
    outcome = laptop.store.get(Outcome, entry)
    if outcome is None:
        return set()
    return {outcome.text, *conflict_texts(laptop.store, event_id).get(entry, [])}


def test_undoing_a_delete_opens_the_conflict_again_everywhere(
    laptops: tuple[Laptop, Laptop, Path],
) -> None:
    a, b, folder = laptops
    event_id = execute(a.store, CreateEvent(title="Atelier")).value
    entry = execute(a.store, CaptureTyped(event_id=event_id, typed="first words")).value
    sync_all((a, b), event_id, folder)
    execute(a.store, EditEntryText(outcome_id=entry, text="Ana's version"))
    a.clock.advance(1)
    execute(b.store, EditEntryText(outcome_id=entry, text="Bea's version"))
    sync_all((a, b), event_id, folder)
    both = {"Ana's version", "Bea's version"}
    assert shown(a, event_id, entry) == shown(b, event_id, entry) == both

    deleted = execute(a.store, DeleteOutcomes(outcome_ids=[entry]))
    sync_all((a, b), event_id, folder)
    assert shown(a, event_id, entry) == shown(b, event_id, entry) == set()

    undone = undo(a.store, deleted)
    assert shown(a, event_id, entry) == both
    sync_all((a, b), event_id, folder)
    assert shown(b, event_id, entry) == both

    redo(a.store, deleted, undone)  # deleting again closes them again
    sync_all((a, b), event_id, folder)
    assert shown(a, event_id, entry) == shown(b, event_id, entry) == set()


def conflicting(a: Laptop, b: Laptop, folder: Path) -> tuple[UUID, UUID]:
    """An event and an entry both laptops edited at once: one version shown, one kept."""
    event_id = execute(a.store, CreateEvent(title="Atelier")).value
    entry = execute(a.store, CaptureTyped(event_id=event_id, typed="first words")).value
    sync_all((a, b), event_id, folder)
    execute(a.store, EditEntryText(outcome_id=entry, text="Ana's version"))
    a.clock.advance(1)
    execute(b.store, EditEntryText(outcome_id=entry, text="Bea's version"))
    sync_all((a, b), event_id, folder)
    return event_id, entry


def test_undoing_an_edit_made_during_a_conflict_leaves_the_versions_before_it(
    laptops: tuple[Laptop, Laptop, Path],
) -> None:
    a, b, folder = laptops
    event_id, entry = conflicting(a, b, folder)
    before = (a.store.require(Outcome, entry).text, conflict_texts(a.store, event_id))
    both = {"Ana's version", "Bea's version"}

    edited = execute(a.store, EditEntryText(outcome_id=entry, text="Third words"))
    assert shown(a, event_id, entry) == {*both, "Third words"}  # the edit keeps both open

    undone = undo(a.store, edited)
    # The undone text is not left behind as a version of its own.
    assert (a.store.require(Outcome, entry).text, conflict_texts(a.store, event_id)) == before
    sync_all((a, b), event_id, folder)
    assert shown(b, event_id, entry) == both

    redo(a.store, edited, undone)
    sync_all((a, b), event_id, folder)
    assert a.store.require(Outcome, entry).text == "Third words"
    assert shown(a, event_id, entry) == shown(b, event_id, entry) == {*both, "Third words"}


def test_undoing_a_delete_without_a_conflict_opens_none(
    laptops: tuple[Laptop, Laptop, Path],
) -> None:
    a, _, _ = laptops
    event_id = execute(a.store, CreateEvent(title="Atelier")).value
    entry = execute(a.store, CaptureTyped(event_id=event_id, typed="first words")).value
    execute(a.store, EditEntryText(outcome_id=entry, text="second words"))
    undo(a.store, execute(a.store, DeleteOutcomes(outcome_ids=[entry])))
    assert shown(a, event_id, entry) == {"second words"}


@pytest.mark.parametrize("chosen", [None, "shown"], ids=["own text", "version shown"])
def test_undoing_a_resolution_opens_the_conflict_again_everywhere(
    laptops: tuple[Laptop, Laptop, Path], chosen: str | None
) -> None:
    a, b, folder = laptops
    event_id, entry = conflicting(a, b, folder)
    shown_text = a.store.require(Outcome, entry).text
    both = {"Ana's version", "Bea's version"}
    value = shown_text if chosen == "shown" else "Both, combined"
    resolved = execute(
        a.store,
        ResolveConflict(record_type="outcome", record_id=entry, field="text", value=value),
    )
    sync_all((a, b), event_id, folder)
    assert shown(a, event_id, entry) == shown(b, event_id, entry) == {value}

    undone = undo(a.store, resolved)
    # The resolution closed the other version; its undo opens it again, here and there.
    assert a.store.require(Outcome, entry).text == shown_text
    assert shown(a, event_id, entry) == both
    sync_all((a, b), event_id, folder)
    assert shown(b, event_id, entry) == both

    redone = redo(a.store, resolved, undone)  # resolving again closes it again
    sync_all((a, b), event_id, folder)
    assert shown(a, event_id, entry) == shown(b, event_id, entry) == {value}

    undo(a.store, redone)
    sync_all((a, b), event_id, folder)
    assert shown(a, event_id, entry) == shown(b, event_id, entry) == both


def test_a_resolution_choosing_the_version_shown_survives_a_concurrent_edit(
    laptops: tuple[Laptop, Laptop, Path],
) -> None:
    a, b, folder = laptops
    event_id, entry = conflicting(a, b, folder)
    chosen = b.store.require(Outcome, entry).text
    # Before either hears of the other's act: Ana edits the entry in conflict (keeping both
    # versions), Bea resolves it by choosing the version shown.
    execute(a.store, EditEntryText(outcome_id=entry, text="Third words"))
    execute(
        b.store,
        ResolveConflict(record_type="outcome", record_id=entry, field="text", value=chosen),
    )
    sync_all((a, b), event_id, folder)
    # Bea's choice is a decision, not "unchanged": it is not merged away by Ana's edit.
    assert shown(a, event_id, entry) == shown(b, event_id, entry) == {chosen, "Third words"}


def test_undoing_an_edit_keeps_the_version_another_laptop_kept_beside_its_own(
    laptops: tuple[Laptop, Laptop, Path],
) -> None:
    a, b, folder = laptops
    event_id = execute(a.store, CreateEvent(title="Atelier")).value
    entry = execute(a.store, CaptureTyped(event_id=event_id, typed="first words")).value
    sync_all((a, b), event_id, folder)
    execute(a.store, EditEntryText(outcome_id=entry, text="Ana's version"))
    execute(b.store, EditEntryText(outcome_id=entry, text="Bea's version"))
    sync_event(a.store, event_id, folder)
    b.clock.advance(1)
    sync_event(b.store, event_id, folder)  # Bea sees the conflict, Ana not yet
    edited = execute(a.store, EditEntryText(outcome_id=entry, text="Ana's second thought"))
    execute(b.store, EditEntryText(outcome_id=entry, text="Bea's third words"))  # keeps both
    undo(a.store, edited)  # Ana is back to her version
    assert shown(a, event_id, entry) == {"Ana's version"}
    sync_all((a, b), event_id, folder)
    # Ana's version is her text again and Bea kept it: it is not merged away as "unchanged".
    everything = {"Ana's version", "Bea's version", "Bea's third words"}
    assert shown(a, event_id, entry) == shown(b, event_id, entry) == everything


def test_undoing_a_resolution_opens_the_conflict_again_beside_an_edit_made_on_top_of_it(
    laptops: tuple[Laptop, Laptop, Path],
) -> None:
    a, b, folder = laptops
    event_id, entry = conflicting(a, b, folder)
    both = {"Ana's version", "Bea's version"}
    resolved = execute(
        b.store,
        ResolveConflict(record_type="outcome", record_id=entry, field="text", value="Bea's pick"),
    )
    sync_all((a, b), event_id, folder)
    # Ana edits the resolved text (she never closed a version); Bea, not yet hearing of it,
    # undoes her resolution: the versions it closed are open again, beside Ana's edit.
    execute(a.store, EditEntryText(outcome_id=entry, text="Ana's edit of the pick"))
    undo(b.store, resolved)
    assert shown(b, event_id, entry) == both
    sync_all((a, b), event_id, folder)
    everything = {*both, "Ana's edit of the pick"}
    assert shown(a, event_id, entry) == shown(b, event_id, entry) == everything
