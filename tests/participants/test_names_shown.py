"""What phones are shown back of the room (questions, the case under review) names nobody
under the Chatham House rule nor a person who asked not to be named; what was said stays.
The roster the phones claim a name from is not attribution and stays whole."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from aiohttp.test_utils import TestClient

from forum_desktop.participants.server import ParticipantApp
from forum_desktop.services.agenda import UpdateSession
from forum_desktop.services.commands import execute
from forum_desktop.storage import Store
from tests.participants.conftest import drive, opening
from tests.participants.examples import Room, run_method
from tests.participants.test_api import joined


def shown_besides_the_roster(state: dict[str, Any]) -> str:
    """Everything a phone's state shows except the roster to claim a name from and the
    phone's own person."""
    return json.dumps(
        {key: value for key, value in state.items() if key not in ("roster", "me")},
        ensure_ascii=False,
    )


def test_under_the_chatham_house_rule_the_case_under_review_is_not_named(
    store: Store, server_store: Store, room: Room, db_path: Path
) -> None:
    run_method(store, room, "peer-review")
    app = ParticipantApp(opening(db_path, room), server_store)

    async def scenario(client: TestClient, app: ParticipantApp) -> None:
        base = f"/{app.token}/"
        await joined(client, app, "João Pereira", room)
        state = await (await client.get(base + "api/state")).json()
        assert state["review"]["cases"][0]["name"] == "Awa Diop"
        execute(store, UpdateSession(session_id=room.session_id, chatham_house=True))
        state = await (await client.get(base + "api/state")).json()
        assert state["review"]["cases"][0]["topic"] == "Wells"
        assert "Awa Diop" not in shown_besides_the_roster(state)

    drive(app, scenario)


def test_questions_shown_back_name_nobody(
    store: Store, server_store: Store, room: Room, db_path: Path
) -> None:
    run_method(store, room, "round-robin")
    app = ParticipantApp(opening(db_path, room), server_store)

    async def scenario(client: TestClient, app: ParticipantApp) -> None:
        base = f"/{app.token}/"
        await joined(client, app, "Lucía Gómez", room)
        sent = await client.post(base + "api/question", json={"text": "Who pays for wells?"})
        assert sent.status == 200, await sent.text()
        state = await (await client.get(base + "api/state")).json()
        assert [q["text"] for q in state["questions"]] == ["Who pays for wells?"]
        shown = shown_besides_the_roster(state)
        assert not any(name in shown for name in room.people)

    drive(app, scenario)
