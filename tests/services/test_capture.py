"""Capture commands: entries stored as typed, edits, review, merge, final lock and amendments."""

from __future__ import annotations

import pytest

from forum_desktop.clock import FakeClock
from forum_desktop.models import ActionFields, Outcome, ReviewState, Session
from forum_desktop.services import capture
from forum_desktop.services.commands import execute
from forum_desktop.services.operations import undo
from forum_desktop.storage import Store
from tests.services.helpers import build_event

HOSTILE = [
    "",
    "<b>bold</b> & <img src='/etc/passwd'>",
    "ligne 1\nligne 2\r\n\ttabulée",
    "مرحبا بالجميع في الرباط",
    "대전 세계총회 🎉",
    "\x00\x07 contrôle",
    "x" * 1_000_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_text_is_stored_exactly_as_typed(store: Store, text: str) -> None:
    built = build_event(store)
    outcome_id = execute(store, capture.CaptureOutcome(event_id=built.event_id, text=text)).value
    assert store.require(Outcome, outcome_id).text == text


def test_capture_records_when_where_and_who(store: Store, clock: FakeClock) -> None:
    built = build_event(store)
    store.set_profile(name="Élodie Marchand")
    clock.advance(90)
    outcome_id = execute(
        store,
        capture.CaptureOutcome(
            event_id=built.event_id,
            session_id=built.session_id,
            item_id=built.item_ids[3],
            item_offset_seconds=90,
            kind="action",
            text="Envoyer la fiche",
            fields={"owner_names": ["Jean Dupont"], "due": "2022-03-15"},
        ),
    ).value
    outcome = store.require(Outcome, outcome_id)
    assert outcome.captured_at == clock.now()
    assert (outcome.author, outcome.item_offset_seconds) == ("Élodie Marchand", 90)
    fields = outcome.kind_fields()
    assert isinstance(fields, ActionFields)
    assert (fields.owner_names, fields.due.isoformat()) == (["Jean Dupont"], "2022-03-15")  # type: ignore[union-attr]
    assert outcome.review is ReviewState.DRAFT


def test_unknown_kind_or_fields_are_refused(store: Store) -> None:
    built = build_event(store)
    with pytest.raises(ValueError, match=r"kind\s+Input should be 'note'"):  # the command's type
        execute(store, capture.CaptureOutcome(event_id=built.event_id, text="x", kind="gossip"))
    with pytest.raises(ValueError, match="extra"):
        execute(
            store,
            capture.CaptureOutcome(
                event_id=built.event_id, text="x", kind="quote", fields={"due": "2022-03-01"}
            ),
        )
    assert store.select(Outcome, order_by="captured_at") == []


def test_merge_keeps_every_word(store: Store) -> None:
    built = build_event(store)
    first = execute(
        store,
        capture.CaptureOutcome(event_id=built.event_id, text="Adopter l'aquarium", tags=["a"]),
    ).value
    second = execute(
        store,
        capture.CaptureOutcome(
            event_id=built.event_id, text="aquarium pour la revue", tags=["b", "a"]
        ),
    ).value
    execute(store, capture.MergeOutcomes(keep_id=first, merged_ids=[second]))
    [merged] = store.select(Outcome, order_by="captured_at")
    assert merged.text == "Adopter l'aquarium\n\naquarium pour la revue"
    assert merged.tags == ["a", "b"]


def test_final_session_locks_entries_and_records_amendments(store: Store, clock: FakeClock) -> None:
    built = build_event(store)
    store.set_profile(name="Rapporteuse")
    outcome_id = execute(
        store,
        capture.CaptureOutcome(
            event_id=built.event_id, session_id=built.session_id, text="Décision A"
        ),
    ).value
    execute(store, capture.SetReview(outcome_ids=[outcome_id], state=ReviewState.APPROVED))
    clock.advance(60)
    execute(store, capture.SetSessionFinal(session_id=built.session_id, final=True))
    assert store.require(Session, built.session_id).final_at == clock.now()

    with pytest.raises(capture.FinalSessionError, match="final"):
        execute(store, capture.UpdateOutcome(outcome_id=outcome_id, text="Décision B"))
    with pytest.raises(capture.FinalSessionError):
        execute(store, capture.DeleteOutcomes(outcome_ids=[outcome_id]))
    assert store.require(Outcome, outcome_id).text == "Décision A"

    store.set_profile(name="Facilitatrice")
    clock.advance(60)
    execute(
        store, capture.UpdateOutcome(outcome_id=outcome_id, text="Décision A, précisée", amend=True)
    )
    session = store.require(Session, built.session_id)
    assert capture.amendments(store, session) == [(outcome_id, "Facilitatrice", clock.now())]

    result = execute(store, capture.SetSessionFinal(session_id=built.session_id, final=False))
    execute(store, capture.UpdateOutcome(outcome_id=outcome_id, text="Rouvert"))
    undo(store, result)
    assert store.require(Session, built.session_id).final_at is not None


def test_an_edit_changes_only_the_fields_given_and_none_clears(store: Store) -> None:
    built = build_event(store)
    outcome_id = execute(
        store,
        capture.CaptureOutcome(
            event_id=built.event_id,
            session_id=built.session_id,
            item_id=built.item_ids[0],
            text="Adopter l'aquarium",
            tags=("méthodes",),
            language="fr",
        ),
    ).value
    execute(store, capture.UpdateOutcome(outcome_id=outcome_id, item_id=None, language=None))
    edited = store.require(Outcome, outcome_id)
    assert (edited.item_id, edited.language) == (None, None)  # cleared: given as None
    assert (edited.text, edited.tags) == ("Adopter l'aquarium", ["méthodes"])  # not given


def test_an_edit_of_a_field_that_is_not_editable_is_refused(store: Store) -> None:
    built = build_event(store)
    outcome_id = execute(store, capture.CaptureOutcome(event_id=built.event_id, text="x")).value
    with pytest.raises(ValueError, match="author\n  Extra inputs are not permitted"):
        capture.UpdateOutcome(outcome_id=outcome_id, author="Quelqu'un d'autre")  # type: ignore[call-arg]
    assert store.require(Outcome, outcome_id).author == store.author
