"""A session survives the app being killed mid-item: same item, exact remaining time.

The app's clock is a file this test writes (``FORUM_DESKTOP_CLOCK_FILE``), so the times
asserted are exact, and every wait is on something observable with a deadline.
"""

from __future__ import annotations

import signal
import subprocess
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import UUID

import pytest

from forum_desktop.clock import FakeClock
from forum_desktop.logs import LOG_FILE_NAME
from forum_desktop.models import SessionRun
from forum_desktop.services.run import session_run
from forum_desktop.storage import Store, open_database
from forum_desktop.timing.clocks import CLOCK_FILE_VARIABLE, FileClock
from tests.e2e.real_app import (
    MAIN_WINDOW_TITLE,
    App,
    activate,
    assert_no_crash_report,
    start_app,
    stop,
    wait_for_window,
)
from tests.services.helpers import build_day

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]

T0 = datetime(2022, 2, 23, 9, 0, tzinfo=UTC)
DB_TIMEOUT = 30.0


def wait_for(what: str, check: Callable[[], bool], app: App) -> None:
    deadline = time.monotonic() + DB_TIMEOUT
    while not check():
        assert app.process.poll() is None, f"the app exited:\n{app.describe()}"
        assert time.monotonic() < deadline, f"timed out waiting for {what}:\n{app.describe()}"
        time.sleep(0.05)  # polling the database, not timing anything


def run_of(db: Path, session_id: UUID) -> SessionRun | None:
    conn = open_database(db, FakeClock(T0))
    try:
        return session_run(Store(conn, FakeClock(T0)), session_id)
    finally:
        conn.close()


def press(window: str, key: str, env: dict[str, str]) -> None:
    """Type ``key`` into the window as a user would."""
    activate(window, env)
    subprocess.run(["xdotool", "key", key], env=env, check=True, timeout=30)


def test_killed_mid_item_the_app_resumes_with_the_exact_remaining_time(
    launch: list[App], database: Path, app_env: dict[str, str], tmp_path: Path
) -> None:
    conn = open_database(database, FakeClock(T0))
    try:
        session_id, ids = build_day(Store(conn, FakeClock(T0)), [10, 20, 30])
    finally:
        conn.close()
    clock_file = tmp_path / "clock.json"
    FileClock.write(clock_file, T0, 1000.0)
    env = {**app_env, CLOCK_FILE_VARIABLE: str(clock_file)}

    first = start_app(launch, database, env, "first")
    window = wait_for_window(first, env, MAIN_WINDOW_TITLE)
    press(window, "F5", env)
    wait_for("the session to start", lambda: run_of(database, session_id) is not None, first)
    FileClock.write(clock_file, T0 + timedelta(minutes=3), 1180.0)
    press(window, "F8", env)
    wait_for(
        "the next item",
        lambda: (run := run_of(database, session_id)) is not None and run.current_item_id == ids[1],
        first,
    )
    stop(first, signal.SIGKILL)

    # Seven minutes later (the new process's monotonic clock starts elsewhere).
    FileClock.write(clock_file, T0 + timedelta(minutes=10), 5.0)
    second = start_app(launch, database, env, "second")
    wait_for_window(second, env, MAIN_WINDOW_TITLE)
    log = Path(env["XDG_STATE_HOME"])
    expected = f"resumed session {session_id} on item {ids[1]} with 780 s left, 420 s after"

    def logged() -> bool:
        return any(
            expected in path.read_text(encoding="utf-8", errors="replace")
            for path in log.rglob(LOG_FILE_NAME)
        )

    wait_for("the resume line in the log", logged, second)
    stop(second, signal.SIGTERM)
    assert_no_crash_report(second)
