"""The end-of-session evaluation on phones: shown once the facilitator opens it, three
short questions, a phone answering again replaces its answer; refused when closed."""

from __future__ import annotations

from pathlib import Path

from aiohttp import ClientSession, CookieJar
from aiohttp.test_utils import TestClient

from forum_desktop.participants.server import ParticipantApp
from forum_desktop.services.commands import execute
from forum_desktop.services.evaluation import SetEvaluationOpen, evaluation_summary
from forum_desktop.storage import Store
from tests.participants.conftest import drive, opening
from tests.participants.examples import Room
from tests.participants.test_api import joined


def test_phones_evaluate_the_session_once_the_facilitator_opens_it(
    store: Store, server_store: Store, room: Room, db_path: Path
) -> None:
    app = ParticipantApp(opening(db_path, room, allow_anonymous=True), server_store)
    answer = {"useful": 4, "keep": "The fishbowl", "change": ""}

    async def scenario(client: TestClient, app: ParticipantApp) -> None:
        base = f"/{app.token}/"
        await joined(client, app, "Awa Diop", room)
        state = await (await client.get(base + "api/state")).json()
        assert "evaluation" not in state
        closed = await client.post(base + "api/evaluation", json=answer)
        assert closed.status == 409
        assert (await closed.json())["error"] == (
            "The evaluation is not open: wait for the facilitator to open it."
        )
        execute(store, SetEvaluationOpen(session_id=room.session_id, open=True))
        state = await (await client.get(base + "api/state")).json()
        assert state["evaluation"]["session"] == "Morning"
        assert state["me"]["evaluated"] is False
        assert (await client.post(base + "api/evaluation", json=answer)).status == 200
        again = {"useful": 5, "keep": "The fishbowl", "change": "Longer breaks"}
        assert (await client.post(base + "api/evaluation", json=again)).status == 200
        state = await (await client.get(base + "api/state")).json()
        assert state["me"]["evaluated"] is True
        root = str(client.make_url("/")).rstrip("/")
        async with ClientSession(base_url=root, cookie_jar=CookieJar(unsafe=True)) as other:
            await joined(other, app, None, room)
            sent = await other.post(base + "api/evaluation", json={"useful": 2})
            assert sent.status == 200
            empty = await other.post(base + "api/evaluation", json={"keep": " "})
            assert empty.status == 409
            too_high = await other.post(base + "api/evaluation", json={"useful": 6})
            assert too_high.status == 400

    drive(app, scenario)
    summary = evaluation_summary(store, room.session_id)
    assert summary.answers == 2  # the first phone's second answer replaced its first
    assert summary.useful == (0, 1, 0, 0, 1)
    assert summary.keep == ("The fishbowl",) and summary.change == ("Longer breaks",)
