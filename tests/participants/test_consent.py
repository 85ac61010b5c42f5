"""Consent: before a name is used, the phone says how its person's contributions will
appear — named, or anonymous under the Chatham House rule or when they asked not to be
named — and acts wait until they confirm; a change of rule asks again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from aiohttp.test_utils import TestClient

from forum_desktop.participants.server import ParticipantApp
from forum_desktop.services.agenda import UpdateSession
from forum_desktop.services.commands import execute
from forum_desktop.services.participants import UpdateParticipant
from forum_desktop.storage import Store
from tests.participants.conftest import drive, opening
from tests.participants.examples import Room, run_method


async def claim(client: TestClient, app: ParticipantApp, room: Room, name: str) -> dict[str, Any]:
    """Open the page and claim ``name``; what the phone then knows of its person."""
    await client.get(f"/{app.token}/")
    body = {"participant_id": str(room.people[name])}
    assert (await client.post(f"/{app.token}/api/join", json=body)).status == 200
    return dict((await (await client.get(f"/{app.token}/api/state")).json())["me"])


def test_a_named_phone_acts_only_once_its_person_confirmed(
    store: Store, server_store: Store, room: Room, db_path: Path
) -> None:
    run_method(store, room, "round-robin")
    app = ParticipantApp(opening(db_path, room), server_store)

    async def scenario(client: TestClient, app: ParticipantApp) -> None:
        base = f"/{app.token}/"
        me = await claim(client, app, room, "Awa Diop")
        assert (me["appearance"], me["consented"]) == ("named", False)
        early = await client.post(base + "api/answer", json={"text": "Water"})
        assert early.status == 403
        assert (await early.json())["error"] == (
            "First confirm how your contributions will appear."
        )
        wrong = await client.post(base + "api/consent", json={"appearance": "no_name"})
        assert wrong.status == 403  # not what the phone was told: read it again
        agreed = await client.post(base + "api/consent", json={"appearance": "named"})
        assert agreed.status == 200
        assert (await client.post(base + "api/answer", json={"text": "Water"})).status == 200

        # The facilitator puts the session under the Chatham House rule: asked again.
        execute(store, UpdateSession(session_id=room.session_id, chatham_house=True))
        state = await (await client.get(base + "api/state")).json()
        assert (state["me"]["appearance"], state["me"]["consented"]) == ("chatham_house", False)
        assert (await client.post(base + "api/answer", json={"text": "Wells"})).status == 403
        ok = await client.post(base + "api/consent", json={"appearance": "chatham_house"})
        assert ok.status == 200
        assert (await client.post(base + "api/answer", json={"text": "Wells"})).status == 200

    drive(app, scenario)


def test_a_person_who_asked_not_to_be_named_is_told_so(
    store: Store, server_store: Store, room: Room, db_path: Path
) -> None:
    execute(store, UpdateParticipant(participant_id=room.people["Lucía Gómez"], no_name=True))
    app = ParticipantApp(opening(db_path, room), server_store)

    async def scenario(client: TestClient, app: ParticipantApp) -> None:
        me = await claim(client, app, room, "Lucía Gómez")
        assert (me["appearance"], me["consented"]) == ("no_name", False)
        state = await (await client.get(f"/{app.token}/api/state")).json()
        assert state["texts"]["consent_no_name"] == (
            "You asked not to be named: your contributions will appear without your name."
        )

    drive(app, scenario)
