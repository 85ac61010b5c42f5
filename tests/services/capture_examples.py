"""Examples of the capture commands for the undo/redo test."""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from forum_desktop.models import ReviewState
from forum_desktop.services.capture import (
    CaptureOutcome,
    DeleteOutcomes,
    MergeOutcomes,
    SetReview,
    SetSessionFinal,
    UpdateOutcome,
)
from forum_desktop.services.commands import Command, execute
from forum_desktop.services.conflicts import ResolveConflict
from forum_desktop.storage import Store
from tests.services.helpers import Built, build_event


def _with_outcomes(store: Store) -> tuple[Built, list[UUID]]:
    built = build_event(store)
    ids = [
        execute(
            store,
            CaptureOutcome(
                event_id=built.event_id,
                session_id=built.session_id,
                item_id=built.item_ids[0],
                kind=kind,
                text=text,
                tags=tags,
            ),
        ).value
        for kind, text, tags in (
            ("decision", "Adopter la méthode de l'aquarium", ("méthodes",)),
            ("note", "Adopter l'aquarium", ("aquarium",)),
        )
    ]
    return built, ids


def example_capture_outcome(store: Store) -> Command:
    built = build_event(store)
    return CaptureOutcome(
        event_id=built.event_id,
        session_id=built.session_id,
        item_id=built.item_ids[1],
        kind="action",
        text="Envoyer la fiche <b>MOOC</b> & le lien",
        item_offset_seconds=95,
        tags=("mooc",),
        fields={"owner_ids": [str(built.participant_ids[0])], "due": "2022-03-15"},
    )


def example_update_outcome(store: Store) -> Command:
    _, ids = _with_outcomes(store)
    return UpdateOutcome(outcome_id=ids[0], text="Adopter l'aquarium pour la revue", anonymous=True)


def example_delete_outcomes(store: Store) -> Command:
    _, ids = _with_outcomes(store)
    return DeleteOutcomes(outcome_ids=tuple(ids))


def example_set_review(store: Store) -> Command:
    _, ids = _with_outcomes(store)
    return SetReview(outcome_ids=tuple(ids), state=ReviewState.APPROVED)


def example_merge_outcomes(store: Store) -> Command:
    _, ids = _with_outcomes(store)
    return MergeOutcomes(keep_id=ids[0], merged_ids=tuple(ids[1:]))


def example_set_session_final(store: Store) -> Command:
    built, _ = _with_outcomes(store)
    return SetSessionFinal(session_id=built.session_id, final=True)


def example_resolve_conflict(store: Store) -> Command:
    _, ids = _with_outcomes(store)
    return ResolveConflict(
        record_type="outcome",
        record_id=ids[1],
        field="text",
        value="Adopter l'aquarium\nAdopter l'aquarium, en deux groupes",
    )


CAPTURE_EXAMPLES: dict[str, Callable[[Store], Command]] = {
    "CaptureOutcome": example_capture_outcome,
    "UpdateOutcome": example_update_outcome,
    "DeleteOutcomes": example_delete_outcomes,
    "SetReview": example_set_review,
    "MergeOutcomes": example_merge_outcomes,
    "SetSessionFinal": example_set_session_final,
    "ResolveConflict": example_resolve_conflict,
}
