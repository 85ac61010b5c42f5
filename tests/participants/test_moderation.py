"""Moderation: what phones type reaches the projector only once the facilitator approves
it (as edited, if edited); hidden text stays in the record, marked; the laptop's own
entries need no approval; the records travel in the event's document."""

from __future__ import annotations

from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient

from forum_desktop.clock import FakeClock
from forum_desktop.methods.idea_acts import AddIdea, item_ideas
from forum_desktop.models import Moderation, ModerationState, Outcome
from forum_desktop.models.room import moderation_id
from forum_desktop.participants.server import ParticipantApp
from forum_desktop.services.commands import execute
from forum_desktop.services.document_import import import_document
from forum_desktop.services.documents import document_to_json, export_document, parse_document
from forum_desktop.services.moderation import (
    Approve,
    ApproveAll,
    EditShown,
    Hide,
    ModerationError,
    held_texts,
    shown_texts,
)
from forum_desktop.storage import Store, open_database
from tests.participants.conftest import drive, opening
from tests.participants.examples import Room, run_method
from tests.participants.test_api import joined

IDEAS = ("Share the wells", "Call the mayor an idiot", "Night buses")


def phones_send(store: Store, server_store: Store, room: Room, db_path: Path) -> list[Outcome]:
    """Three phones' ideas in 1-2-4-All, through the participants' server."""
    run_method(store, room, "one-two-four-all")
    app = ParticipantApp(opening(db_path, room), server_store)

    async def scenario(client: TestClient, app: ParticipantApp) -> None:
        await joined(client, app, "Awa Diop", room)
        for text in IDEAS:
            assert isinstance(server_store.clock, FakeClock)
            server_store.clock.advance(1)  # harvested one after the other
            sent = await client.post(f"/{app.token}/api/answer", json={"text": text})
            assert sent.status == 200, await sent.text()

    drive(app, scenario)
    return item_ideas(store, room.items["one-two-four-all"])


def test_phones_ideas_wait_for_approval_before_the_projector_shows_them(
    store: Store, server_store: Store, room: Room, db_path: Path, clock: FakeClock
) -> None:
    ideas = phones_send(store, server_store, room, db_path)
    assert [i.text for i in ideas] == list(IDEAS)
    assert shown_texts(store, ideas) == []
    assert [r.state for r in held_texts(store, room.event_id)] == [ModerationState.PENDING] * 3

    good, rude, buses = (idea.id for idea in ideas)
    execute(store, Approve(outcome_ids=(good,)))
    execute(store, Hide(outcome_id=rude))
    execute(store, EditShown(outcome_id=buses, text="Night buses to the outskirts"))
    assert shown_texts(store, ideas) == ["Share the wells", "Night buses to the outskirts"]
    # Hidden and edited: the phone's words stay in the record, the decision beside them.
    assert store.require(Outcome, rude).text == "Call the mayor an idiot"
    assert store.require(Moderation, moderation_id(rude)).state is ModerationState.HIDDEN
    assert store.require(Outcome, buses).text == "Night buses"

    clock.advance(1)
    laptop = execute(store, AddIdea(item_id=room.items["one-two-four-all"], text="Typed here"))
    ideas = item_ideas(store, room.items["one-two-four-all"])
    assert shown_texts(store, ideas)[-1] == "Typed here"
    with pytest.raises(ModerationError, match="did not come from a phone"):
        execute(store, Approve(outcome_ids=(laptop.value,)))
    with pytest.raises(ModerationError, match="cannot be empty"):
        execute(store, EditShown(outcome_id=good, text="  "))


def test_approve_all_shows_every_text_still_waiting_not_the_hidden(
    store: Store, server_store: Store, room: Room, db_path: Path
) -> None:
    ideas = phones_send(store, server_store, room, db_path)
    execute(store, Hide(outcome_id=ideas[1].id))
    execute(store, ApproveAll(event_id=room.event_id))
    assert shown_texts(store, ideas) == [IDEAS[0], IDEAS[2]]


def test_the_moderation_travels_in_the_events_document(
    store: Store, server_store: Store, room: Room, db_path: Path, clock: FakeClock, tmp_path: Path
) -> None:
    ideas = phones_send(store, server_store, room, db_path)
    execute(store, Hide(outcome_id=ideas[1].id))
    execute(store, EditShown(outcome_id=ideas[2].id, text="Buses"))
    text = document_to_json(export_document(store, room.event_id))
    other = Store(open_database(tmp_path / "other.sqlite3", clock), clock)
    try:
        import_document(other, document=parse_document(text.encode()))
        assert shown_texts(other, item_ideas(other, room.items["one-two-four-all"])) == ["Buses"]
        again = import_document(other, document=parse_document(text.encode()))
        assert again.changes == ()
    finally:
        other.conn.close()
