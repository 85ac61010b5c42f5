"""A shared Wi-Fi: only the token's address answers, only this event's records are
reachable, bodies and rates are bounded, and the page runs no script but its own."""

from __future__ import annotations

from pathlib import Path

from aiohttp.test_utils import TestClient

from forum_desktop.models import Outcome
from forum_desktop.participants.devices import RateLimit
from forum_desktop.participants.server import CSP, MAX_BODY, ParticipantApp
from forum_desktop.services.commands import execute
from forum_desktop.services.vote import AddOption
from forum_desktop.storage import Store
from tests.participants.conftest import drive, opening
from tests.participants.examples import Room, build_room, run_method


def test_a_wrong_or_missing_token_is_404(server_store: Store, room: Room, db_path: Path) -> None:
    app = ParticipantApp(opening(db_path, room), server_store)
    other = ParticipantApp(opening(db_path, room), server_store)
    assert app.token != other.token  # new at each opening
    assert len(app.token) >= 22  # at least 128 random bits

    async def scenario(client: TestClient, app: ParticipantApp) -> None:
        for path in (
            "/",
            "/api/state",
            f"/{other.token}/",
            f"/{app.token[:-1]}/",
            f"/{app.token}x/api/state",
            f"/x/{app.token}/",
        ):
            assert (await client.get(path)).status == 404, path
        assert (await client.post(f"/{other.token}/api/join", json={})).status == 404
        assert (await client.get(f"/{app.token}/")).status == 200

    drive(app, scenario)


def test_another_events_person_or_case_is_404(
    store: Store, server_store: Store, room: Room, db_path: Path
) -> None:
    elsewhere = build_room(store)
    run_method(store, room, "peer-review")
    app = ParticipantApp(opening(db_path, room), server_store)

    async def scenario(client: TestClient, app: ParticipantApp) -> None:
        await client.get(f"/{app.token}/")
        stranger = {"participant_id": str(elsewhere.people["Awa Diop"])}
        assert (await client.post(f"/{app.token}/api/join", json=stranger)).status == 404
        me = {"participant_id": str(room.people["Awa Diop"])}
        assert (await client.post(f"/{app.token}/api/join", json=me)).status == 200
        named = {"appearance": "named"}
        assert (await client.post(f"/{app.token}/api/consent", json=named)).status == 200
        feedback = {"case_id": str(elsewhere.case_id), "strengths": "x"}
        assert (await client.post(f"/{app.token}/api/feedback", json=feedback)).status == 404
        state = await (await client.get(f"/{app.token}/api/state")).json()
        assert str(elsewhere.people["Awa Diop"]) not in str(state)

    drive(app, scenario)


def test_an_oversized_body_is_413_and_nothing_is_stored(
    store: Store, server_store: Store, room: Room, db_path: Path
) -> None:
    run_method(store, room, "round-robin")
    app = ParticipantApp(opening(db_path, room), server_store)
    mark = store.journal_mark()

    async def scenario(client: TestClient, app: ParticipantApp) -> None:
        await client.get(f"/{app.token}/")
        me = {"participant_id": str(room.people["Awa Diop"])}
        await client.post(f"/{app.token}/api/join", json=me)
        body = '{"text": "' + "a" * MAX_BODY + '"}'
        response = await client.post(
            f"/{app.token}/api/answer", data=body, headers={"Content-Type": "application/json"}
        )
        assert response.status == 413

    drive(app, scenario)
    assert store.changes_since(mark) == []


def test_a_text_too_long_or_with_control_characters_is_refused_with_a_reason(
    store: Store, server_store: Store, room: Room, db_path: Path
) -> None:
    run_method(store, room, "round-robin")
    app = ParticipantApp(opening(db_path, room), server_store)

    async def scenario(client: TestClient, app: ParticipantApp) -> None:
        await client.get(f"/{app.token}/")
        await client.post(
            f"/{app.token}/api/join", json={"participant_id": str(room.people["Awa Diop"])}
        )
        await client.post(f"/{app.token}/api/consent", json={"appearance": "named"})
        response = await client.post(f"/{app.token}/api/answer", json={"text": "a" * 2001})
        assert response.status == 400
        assert (await response.json())["error"] == (
            "This text is too long: keep it under 2000 characters."
        )
        extra = await client.post(f"/{app.token}/api/answer", json={"text": "a", "x": 1})
        assert extra.status == 400
        garbled = await client.post(f"/{app.token}/api/answer", json={"text": "a\x00\x1bb"})
        assert garbled.status == 400
        assert (await garbled.json())["error"] == (
            "This text holds characters no keyboard types: type it again."
        )
        typed = await client.post(f"/{app.token}/api/answer", json={"text": "one\n\ttwo"})
        assert typed.status == 200

    drive(app, scenario)
    answers = store.select(Outcome, {"item_id": room.items["round-robin"]}, "created_at")
    assert [answer.text for answer in answers] == ["one\n\ttwo"]  # the refused left nothing


def test_over_the_rate_is_429(server_store: Store, room: Room, db_path: Path) -> None:
    app = ParticipantApp(opening(db_path, room, acts_per_second=0.001, burst=3.0), server_store)

    async def scenario(client: TestClient, app: ParticipantApp) -> None:
        await client.get(f"/{app.token}/")
        me = {"participant_id": str(room.people["Awa Diop"])}
        answers = [await client.post(f"/{app.token}/api/join", json=me) for _ in range(4)]
        assert [answer.status for answer in answers[:2]] == [200, 200]
        assert answers[-1].status == 429
        assert (await answers[-1].json())["error"] == (
            "Too much at once: wait a moment, then try again."
        )

    drive(app, scenario)


def test_the_rate_refills_with_time() -> None:
    limit = RateLimit(per_second=1.0, burst=2.0)
    assert [limit.allow("phone", 0.0) for _ in range(3)] == [True, True, False]
    assert limit.allow("phone", 1.0)
    assert limit.allow("other phone", 1.0)


def test_script_typed_in_a_field_comes_back_as_data_under_a_strict_policy(
    store: Store, server_store: Store, room: Room, db_path: Path
) -> None:
    run_method(store, room, "dot-voting")
    hostile = '<script>alert(1)</script><img src=x onerror="alert(2)">'
    execute(store, AddOption(item_id=room.items["dot-voting"], text=hostile))
    app = ParticipantApp(opening(db_path, room), server_store)

    async def scenario(client: TestClient, app: ParticipantApp) -> None:
        page = await client.get(f"/{app.token}/")
        assert page.headers["Content-Security-Policy"] == CSP
        html = await page.text()
        assert "<script>" not in html and 'src="app.js"' in html  # no inline script
        state = await client.get(f"/{app.token}/api/state")
        assert state.headers["Content-Type"].startswith("application/json")
        texts = [o["text"] for o in (await state.json())["vote"]["options"]]
        assert hostile in texts

    drive(app, scenario)
    script = (Path(__file__).parents[2] / "resources/participants/app.js").read_text()
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script
