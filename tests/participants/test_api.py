"""Phones drive the HTTP API: join, answer, vote, queue, feedback — and the laptop's own
store holds each act, made through the same core commands as its screens."""

from __future__ import annotations

import asyncio
from pathlib import Path

from aiohttp import ClientResponse, ClientSession, CookieJar
from aiohttp.test_utils import TestClient

from forum_desktop.methods.dot_vote import vote_view
from forum_desktop.methods.fishbowl import fishbowl_view
from forum_desktop.methods.idea_acts import item_ideas
from forum_desktop.models import Outcome
from forum_desktop.participants.server import ParticipantApp
from forum_desktop.storage import Store
from tests.participants.conftest import drive, opening
from tests.participants.examples import Room, build_room, run_method


async def joined(
    client: TestClient | ClientSession, app: ParticipantApp, name: str | None, room: Room
) -> None:
    """Open the page (which gives the cookie) and claim ``name`` (None: anonymous),
    confirming how it will appear."""
    page = await client.get(f"/{app.token}/")
    assert page.status == 200
    body = {"participant_id": str(room.people[name])} if name else {"anonymous": True}
    response = await client.post(f"/{app.token}/api/join", json=body)
    assert response.status == 200, await response.text()
    me = (await (await client.get(f"/{app.token}/api/state")).json())["me"]
    if name and me["participant"]:  # the person confirms how their name will appear
        consent = {"appearance": me["appearance"]}
        agreed = await client.post(f"/{app.token}/api/consent", json=consent)
        assert agreed.status == 200, await agreed.text()


def test_a_phone_sees_the_current_item_its_question_and_time(
    store: Store, server_store: Store, room: Room, db_path: Path
) -> None:
    run_method(store, room, "round-robin")
    app = ParticipantApp(opening(db_path, room), server_store)

    async def scenario(client: TestClient, app: ParticipantApp) -> None:
        await joined(client, app, "Awa Diop", room)
        state = await (await client.get(f"/{app.token}/api/state")).json()
        assert state["event"] == "Learning Forum"
        assert state["item"]["title"] == "Item round-robin"
        assert state["item"]["question"] == "What matters for round-robin?"
        assert state["item"]["act"] == "answer"
        assert 0 < state["item"]["remaining"] <= 30 * 60
        assert state["me"]["participant"] == str(room.people["Awa Diop"])
        assert [p["name"] for p in state["roster"]] == list(room.people)
        assert "email" not in str(state["roster"])  # contact fields never leave the laptop

    drive(app, scenario)


def test_an_answer_is_the_persons_answer_on_the_laptop(
    store: Store, server_store: Store, room: Room, db_path: Path
) -> None:
    run_method(store, room, "round-robin")
    app = ParticipantApp(opening(db_path, room), server_store)

    async def scenario(client: TestClient, app: ParticipantApp) -> None:
        await joined(client, app, "João Pereira", room)
        sent = await client.post(f"/{app.token}/api/answer", json={"text": "Clean water"})
        assert sent.status == 200

    drive(app, scenario)
    answers = store.select(Outcome, {"item_id": room.items["round-robin"]}, "created_at")
    assert [(a.text, a.fields["speaker_name"]) for a in answers] == [
        ("Clean water", "João Pereira")
    ]


def test_an_anonymous_idea_in_1_2_4_all_where_allowed(
    store: Store, server_store: Store, room: Room, db_path: Path
) -> None:
    run_method(store, room, "one-two-four-all")
    app = ParticipantApp(opening(db_path, room, allow_anonymous=True), server_store)

    async def scenario(client: TestClient, app: ParticipantApp) -> None:
        await joined(client, app, None, room)
        sent = await client.post(f"/{app.token}/api/answer", json={"text": "Share the wells"})
        assert sent.status == 200

    drive(app, scenario)
    assert [idea.text for idea in item_ideas(store, room.items["one-two-four-all"])] == [
        "Share the wells"
    ]


def test_an_idea_in_an_open_discussion_is_the_items_idea(
    store: Store, server_store: Store, room: Room, db_path: Path
) -> None:
    run_method(store, room, "open-discussion")
    app = ParticipantApp(opening(db_path, room), server_store)

    async def scenario(client: TestClient, app: ParticipantApp) -> None:
        await joined(client, app, "Lucía Gómez", room)
        state = await (await client.get(f"/{app.token}/api/state")).json()
        assert state["item"]["act"] == "idea"
        assert state["item"]["phase"] == "Frame the question"
        sent = await client.post(f"/{app.token}/api/answer", json={"text": "Rain tanks"})
        assert sent.status == 200

    drive(app, scenario)
    ideas = item_ideas(store, room.items["open-discussion"])
    assert [(idea.text, idea.phase) for idea in ideas] == [("Rain tanks", "Frame the question")]


def test_anonymous_is_refused_unless_the_facilitator_allows_it(
    server_store: Store, room: Room, db_path: Path
) -> None:
    app = ParticipantApp(opening(db_path, room), server_store)

    async def scenario(client: TestClient, app: ParticipantApp) -> None:
        await client.get(f"/{app.token}/")
        response = await client.post(f"/{app.token}/api/join", json={"anonymous": True})
        assert response.status == 403

    drive(app, scenario)


def test_votes_count_within_the_limits_and_the_result_shows_once_revealed(
    store: Store, server_store: Store, room: Room, db_path: Path
) -> None:
    run_method(store, room, "dot-voting")
    app = ParticipantApp(opening(db_path, room, allow_anonymous=True), server_store)
    water, schools = (str(o) for o in room.options)

    async def scenario(client: TestClient, app: ParticipantApp) -> None:
        await joined(client, app, "Lucía Gómez", room)
        vote = f"/{app.token}/api/vote"
        over = await client.post(vote, json={"dots": {water: 4}})  # 3 per option at most
        assert over.status == 409
        assert "3" in (await over.json())["error"]
        assert (await client.post(vote, json={"dots": {water: 2, schools: 1}})).status == 200
        assert (await client.post(vote, json={"dots": {water: 3}})).status == 200  # replaces
        state = await (await client.get(f"/{app.token}/api/state")).json()
        assert state["me"]["dots"] == {water: 3}
        assert "results" not in state["vote"]

    drive(app, scenario)
    tallies = {t.option.text: t.dots for t in vote_view(store, room.items["dot-voting"]).tallies}
    assert tallies == {"Water": 3, "Schools": 0}


def test_a_refusal_reaches_the_phone_in_the_events_language(
    store: Store, server_store: Store, db_path: Path
) -> None:
    french = build_room(store, language="fr")
    run_method(store, french, "dot-voting")
    app = ParticipantApp(opening(db_path, french), server_store)
    water = str(french.options[0])

    async def scenario(client: TestClient, app: ParticipantApp) -> None:
        await joined(client, app, "Awa Diop", french)
        over = await client.post(f"/{app.token}/api/vote", json={"dots": {water: 4}})
        assert over.status == 409
        assert (await over.json())["error"] == (
            "Awa Diop a mis 4 gommettes sur « Water » : 3 au plus sur une même option. "
            "Placez le reste sur une autre option."
        )

    drive(app, scenario)


def test_an_anonymous_phone_voting_again_replaces_its_ballot(
    store: Store, server_store: Store, room: Room, db_path: Path
) -> None:
    run_method(store, room, "dot-voting")
    app = ParticipantApp(opening(db_path, room, allow_anonymous=True), server_store)
    water, schools = (str(o) for o in room.options)

    async def scenario(client: TestClient, app: ParticipantApp) -> None:
        await joined(client, app, None, room)
        vote = f"/{app.token}/api/vote"
        assert (await client.post(vote, json={"dots": {water: 1}})).status == 200
        assert (await client.post(vote, json={"dots": {schools: 2}})).status == 200

    drive(app, scenario)
    view = vote_view(store, room.items["dot-voting"])
    assert len(view.ballots) == 1
    assert {t.option.text: t.dots for t in view.tallies} == {"Water": 0, "Schools": 2}


def test_a_phone_joins_and_leaves_the_fishbowl_queue_and_sees_its_place(
    store: Store, server_store: Store, room: Room, db_path: Path
) -> None:
    run_method(store, room, "fishbowl")
    app = ParticipantApp(opening(db_path, room), server_store)
    item = room.items["fishbowl"]

    async def scenario(client: TestClient, app: ParticipantApp) -> None:
        await joined(client, app, "Awa Diop", room)
        queue = f"/{app.token}/api/queue"
        assert (await client.post(queue, json={"join": True})).status == 200
        assert fishbowl_view(store, item).queue == (room.people["Awa Diop"],)
        state = await (await client.get(f"/{app.token}/api/state")).json()
        assert state["me"]["place"] == 1
        assert (await client.post(queue, json={"join": False})).status == 200

    drive(app, scenario)
    assert fishbowl_view(store, item).queue == ()


def test_feedback_on_the_case_is_the_reviewers(
    store: Store, server_store: Store, room: Room, db_path: Path
) -> None:
    run_method(store, room, "peer-review")
    app = ParticipantApp(opening(db_path, room), server_store)

    async def scenario(client: TestClient, app: ParticipantApp) -> None:
        await joined(client, app, "Lucía Gómez", room)
        body = {"case_id": str(room.case_id), "strengths": "Simple", "rating": 4}
        assert (await client.post(f"/{app.token}/api/feedback", json=body)).status == 200

    drive(app, scenario)
    (feedback,) = store.select(Outcome, {"item_id": room.items["peer-review"]}, "created_at")
    assert feedback.fields["speaker_name"] == "Lucía Gómez"
    assert feedback.fields["strengths"] == "Simple"
    assert feedback.fields["rating"] == 4


def test_a_second_claim_waits_for_the_facilitators_ok(
    server_store: Store, room: Room, db_path: Path
) -> None:
    app = ParticipantApp(opening(db_path, room), server_store)

    async def scenario(client: TestClient, app: ParticipantApp) -> None:
        await joined(client, app, "Awa Diop", room)
        base = str(client.make_url("/")).rstrip("/")
        async with ClientSession(base_url=base, cookie_jar=CookieJar(unsafe=True)) as other:
            await joined(other, app, "Awa Diop", room)
            state = await (await other.get(f"/{app.token}/api/state")).json()
            assert (state["me"]["participant"], state["me"]["pending"]) == (None, True)
            (claim,) = app.devices.pending()
            app.devices.approve(claim.device_id)
            state = await (await other.get(f"/{app.token}/api/state")).json()
            assert state["me"]["participant"] == str(room.people["Awa Diop"])
        state = await (await client.get(f"/{app.token}/api/state")).json()
        assert state["me"]["participant"] is None

    drive(app, scenario)


def test_both_phones_hear_at_once_that_the_facilitator_moved_a_name(
    server_store: Store, room: Room, db_path: Path
) -> None:
    """The facilitator's OK changes no record, only who holds the name: the phones' update
    streams still carry it, so neither waits for the agenda to move."""
    app = ParticipantApp(opening(db_path, room), server_store)

    async def next_change(stream: ClientResponse) -> bytes:
        while not (line := await stream.content.readline()).startswith(b"event: change"):
            pass
        return line

    async def scenario(client: TestClient, app: ParticipantApp) -> None:
        base = f"/{app.token}/"
        await joined(client, app, "Awa Diop", room)
        root = str(client.make_url("/")).rstrip("/")
        async with ClientSession(base_url=root, cookie_jar=CookieJar(unsafe=True)) as other:
            await joined(other, app, "Awa Diop", room)
            holder_stream = await client.get(base + "api/events")
            asker_stream = await other.get(base + "api/events")
            for stream in (holder_stream, asker_stream):
                await next_change(stream)  # the greeting every stream starts with
            (claim,) = app.devices.pending()
            app.devices.approve(claim.device_id)
            # Within a few polls (0.25 s each), not when the agenda next moves.
            for stream in (holder_stream, asker_stream):
                await asyncio.wait_for(next_change(stream), timeout=5)
            asker = (await (await other.get(base + "api/state")).json())["me"]
            assert (asker["participant"], asker["pending"]) == (
                str(room.people["Awa Diop"]),
                False,
            )
            holder_stream.close()
            asker_stream.close()
        holder = (await (await client.get(base + "api/state")).json())["me"]
        assert holder["participant"] is None  # its page shows the name list again

    drive(app, scenario)
