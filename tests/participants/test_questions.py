"""Questions to the facilitator: phones ask during an item, others upvote (one vote per
phone however often it taps), the console answers or dismisses; phones see the open
questions, most backed first."""

from __future__ import annotations

from pathlib import Path
from uuid import uuid4

import pytest
from aiohttp import ClientSession, CookieJar
from aiohttp.test_utils import TestClient

from forum_desktop.models import QuestionStatus
from forum_desktop.participants.server import ParticipantApp
from forum_desktop.services.commands import execute
from forum_desktop.services.room_questions import (
    AnswerQuestion,
    DismissQuestion,
    QuestionError,
    questions_view,
)
from forum_desktop.storage import Store
from tests.participants.conftest import drive, opening
from tests.participants.examples import Room, run_method
from tests.participants.test_api import joined


def test_phones_ask_and_back_questions_once_each(
    store: Store, server_store: Store, room: Room, db_path: Path
) -> None:
    run_method(store, room, "round-robin")
    app = ParticipantApp(opening(db_path, room, allow_anonymous=True), server_store)

    async def scenario(client: TestClient, app: ParticipantApp) -> None:
        base = f"/{app.token}/"
        await joined(client, app, "Awa Diop", room)
        for text in ("Who pays for the wells?", "When is lunch?"):
            sent = await client.post(base + "api/question", json={"text": text})
            assert sent.status == 200, await sent.text()
        state = await (await client.get(base + "api/state")).json()
        lunch = next(q["id"] for q in state["questions"] if q["text"] == "When is lunch?")
        # two other phones back the lunch question; one taps twice
        root = str(client.make_url("/")).rstrip("/")
        async with ClientSession(base_url=root, cookie_jar=CookieJar(unsafe=True)) as other:
            await joined(other, app, None, room)
            for _ in range(2):
                tapped = await other.post(base + "api/upvote", json={"question_id": lunch})
                assert tapped.status == 200
            mine = await (await other.get(base + "api/state")).json()
            assert mine["me"]["upvoted"] == [lunch]
        assert (await client.post(base + "api/upvote", json={"question_id": lunch})).status == 200
        state = await (await client.get(base + "api/state")).json()
        assert [(q["text"], q["votes"]) for q in state["questions"]] == [
            ("When is lunch?", 2),
            ("Who pays for the wells?", 0),
        ]
        stranger = await client.post(base + "api/upvote", json={"question_id": str(uuid4())})
        assert stranger.status == 404
        empty = await client.post(base + "api/question", json={"text": "  "})
        assert empty.status == 400

    drive(app, scenario)
    asked = questions_view(store, room.session_id)
    assert [(v.question.text, v.votes) for v in asked] == [
        ("When is lunch?", 2),
        ("Who pays for the wells?", 0),
    ]
    assert asked[0].question.asked_by == room.people["Awa Diop"]
    assert asked[0].question.item_id == room.items["round-robin"]

    lunch, wells = (v.question.id for v in asked)
    execute(store, AnswerQuestion(question_id=wells, answer="The region, from 2027."))
    execute(store, DismissQuestion(question_id=lunch))
    after = {v.question.text: v.question for v in questions_view(store, room.session_id)}
    assert after["Who pays for the wells?"].status is QuestionStatus.ANSWERED
    assert after["Who pays for the wells?"].answer == "The region, from 2027."
    assert after["When is lunch?"].status is QuestionStatus.DISMISSED
    with pytest.raises(QuestionError, match="already answered or dismissed"):
        execute(store, AnswerQuestion(question_id=lunch, answer="At one."))
