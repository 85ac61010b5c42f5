"""The participants' server in-process: its own connection to the test's database, driven
by aiohttp's test client (no port but loopback, no thread)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from forum_desktop.clock import FakeClock
from forum_desktop.participants.server import Opening, ParticipantApp
from forum_desktop.storage import Store
from forum_desktop.storage.database import connect
from tests.participants.examples import Room, build_room

Scenario = Callable[[TestClient, ParticipantApp], Awaitable[None]]


@pytest.fixture
def room(store: Store) -> Room:
    return build_room(store)


@pytest.fixture
def server_store(db_path: Path, clock: FakeClock, store: Store) -> Iterator[Store]:
    """The server's own connection, as in the app (``store`` made the database)."""
    conn = connect(db_path)
    yield Store(conn, clock)
    conn.close()


def drive(app: ParticipantApp, scenario: Scenario) -> None:
    async def run() -> None:
        async with TestClient(TestServer(app.app)) as client:
            await scenario(client, app)

    asyncio.run(run())


def opening(db_path: Path, room: Room, **options: object) -> Opening:
    return Opening(database=db_path, event_id=room.event_id, **options)  # type: ignore[arg-type]
