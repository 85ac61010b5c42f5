"""Random work on several simulated laptops, for the property tests."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any
from uuid import UUID

from hypothesis import strategies as st

from forum_desktop.models import Change, ChangeKind, Outcome, Participant, Session
from forum_desktop.services.agenda import (
    AddItem,
    AddSession,
    DeleteSession,
)
from forum_desktop.services.capture import (
    CaptureOutcome,
    DeleteOutcomes,
    UpdateOutcome,
)
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.participants import (
    AddParticipant,
    UpdateParticipant,
)
from forum_desktop.storage import Store
from forum_desktop.sync.engine import conflict_rows, sync_event
from tests.sync.laptops import Laptop

LAPTOPS = 3
WORDS = ["alpha", "beta", "gamma", "delta"]
"""Few words, so laptops often type the same or clash on the same line."""
SKEWS = [0, -365 * 86400, -3600, 2 * 86400, 30]
"""Laptop clocks: right, a year behind, an hour behind, two days ahead, a little ahead."""

laptop_index = st.integers(0, LAPTOPS - 1)
edit = st.tuples(
    st.just("edit"),
    laptop_index,
    st.integers(0, 5),
    st.integers(0, 5),
    st.sampled_from(WORDS),
    st.booleans(),
)
steps = st.lists(
    st.one_of(
        edit,
        edit,  # editing entries is what laptops mostly do, and where conflicts come from
        edit,
        st.tuples(st.just("capture"), laptop_index, st.sampled_from(WORDS)),
        st.tuples(st.just("delete"), laptop_index, st.integers(0, 5)),
        st.tuples(st.just("city"), laptop_index, st.sampled_from(WORDS)),
        st.tuples(st.just("item"), laptop_index, st.sampled_from(WORDS)),
        st.tuples(st.just("drop_session"), laptop_index),
        st.tuples(st.just("new_session"), laptop_index),
        st.tuples(st.just("sync"), laptop_index),
        st.tuples(st.just("tick"), laptop_index, st.integers(1, 90)),
    ),
    max_size=16,
)
offline_edits = st.lists(edit, min_size=2, max_size=8)
"""Edits made while no laptop syncs: all concurrent with each other's."""
skews = st.lists(st.sampled_from(SKEWS), min_size=LAPTOPS, max_size=LAPTOPS)


def outcomes(store: Store) -> list[Outcome]:
    return store.select(Outcome, order_by="id")


def start_event(laptops: Sequence[Laptop], folder: Path) -> UUID:
    """The first laptop creates the event with one person and one entry; all sync."""
    first = laptops[0].store
    event_id: UUID = execute(first, CreateEvent(title="Atelier")).value
    execute(first, AddParticipant(event_id=event_id, name="Fatou Ndiaye"))
    execute(first, CaptureOutcome(event_id=event_id, text="alpha\nbeta\ngamma"))
    session_id = execute(first, AddSession(event_id=event_id, title="Matinée")).value
    execute(first, AddItem(session_id=session_id, title="Accueil"))
    full_exchange(laptops, event_id, folder)
    return event_id


def full_exchange(laptops: Sequence[Laptop], event_id: UUID, folder: Path) -> None:
    for _ in range(2):
        for laptop in laptops:
            sync_event(laptop.store, event_id, folder)


def run_step(laptops: Sequence[Laptop], event_id: UUID, folders: Sequence[Path], step: Any) -> None:
    """One step of ``steps`` on the laptop it names; laptop i syncs through ``folders[i]``."""
    laptop = laptops[step[1]]
    store = laptop.store
    kind = step[0]
    if kind == "capture":
        execute(store, CaptureOutcome(event_id=event_id, text=step[2]))
    elif kind == "edit":
        visible = outcomes(store)
        if visible:
            outcome = visible[step[2] % len(visible)]
            lines = outcome.text.split("\n")
            at = step[3] % (len(lines) + 1)
            if step[5] or at == len(lines):
                lines.insert(at, step[4])
            else:
                lines[at] = step[4]
            execute(store, UpdateOutcome(outcome_id=outcome.id, text="\n".join(lines)))
    elif kind == "delete":
        visible = outcomes(store)
        if visible:
            execute(store, DeleteOutcomes(outcome_ids=[visible[step[2] % len(visible)].id]))
    elif kind == "city":
        [person] = store.select(Participant)
        execute(store, UpdateParticipant(participant_id=person.id, city=step[2]))
    elif kind == "item":
        sessions = store.select(Session, order_by="id")
        if sessions:
            execute(store, AddItem(session_id=sessions[0].id, title=step[2]))
    elif kind == "drop_session":
        sessions = store.select(Session, order_by="id")
        if sessions:
            execute(store, DeleteSession(session_id=sessions[0].id))
    elif kind == "new_session":
        execute(store, AddSession(event_id=event_id, title="Matinée"))
    elif kind == "sync":
        sync_event(store, event_id, folders[step[1]])
    else:
        laptop.clock.advance(step[2])


def _ancestry(changes: list[Change]) -> dict[UUID, set[UUID]]:
    """Each change's ancestors among ``changes`` (parents sort earlier by clock)."""
    found: dict[UUID, set[UUID]] = {}
    for change in sorted(changes, key=lambda c: c.hlc):
        found[change.change_id] = set()
        for parent in change.parents:
            found[change.change_id] |= {parent, *found.get(parent, set())}
    return found


def lost_text(store: Store, event_id: UUID) -> list[str]:
    """Lines typed in a latest version of an entry that neither show nor are kept."""
    kept = {row["change_id"] for row in conflict_rows(store, event_id)}
    lost = []
    for outcome in outcomes(store):
        changes = store.record_changes("outcome", outcome.id)
        by_id = {c.change_id: c for c in changes}
        ancestors = _ancestry(changes)
        texts = [c for c in changes if c.kind is not ChangeKind.DELETE and "text" in c.fields]
        covered = set().union(*(ancestors[c.change_id] for c in texts))
        shown = outcome.text.split("\n")
        for version in texts:
            if version.change_id in covered or str(version.change_id) in kept:
                continue
            before = {
                line
                for a in ancestors[version.change_id]
                if "text" in by_id[a].fields and by_id[a].fields["text"].new
                for line in str(by_id[a].fields["text"].new).split("\n")
            }
            typed = set(str(version.fields["text"].new).split("\n")) - before
            lost.extend(line for line in typed if line not in shown)
    return lost
