"""Shared fixtures: every test gets its own database under tmp_path and a fake clock."""

from __future__ import annotations

import os

# Before anything imports Qt: tests never need a display (the e2e tests start Xvfb).
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator
from pathlib import Path

import pytest

from forum_desktop.clock import FakeClock
from forum_desktop.storage import Store, open_database


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "forum.sqlite3"


@pytest.fixture
def store(db_path: Path, clock: FakeClock) -> Iterator[Store]:
    conn = open_database(db_path, clock)
    yield Store(conn, clock)
    conn.close()
