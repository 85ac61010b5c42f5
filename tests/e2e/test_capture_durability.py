"""A killed app loses nothing: an entry is in the database the moment Enter is pressed.

The real app runs on a private Xvfb display; xdotool types as a user would. Waiting is
on the database (polled with a deadline), never a fixed sleep.
"""

from __future__ import annotations

import signal
import sqlite3
import time
from pathlib import Path

import pytest

from forum_desktop.clock import SystemClock
from forum_desktop.models import Language, Outcome
from forum_desktop.services.demo import DEMO_EVENT_IDS
from forum_desktop.storage import Store, open_database

from .real_app import (
    MAIN_WINDOW_TITLE,
    App,
    activate,
    assert_no_crash_report,
    run,
    start_app,
    stop,
    wait_for_window,
)

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]

COMMIT_TIMEOUT = 30.0
POLL_INTERVAL = 0.05
TYPED = 'Adopter la <b>methode</b> & "aquarium" #mooc'
"""ASCII: xdotool types it as keystrokes in any keyboard layout of the test display."""
STORED = 'Adopter la <b>methode</b> & "aquarium"'
"""The entry's text as stored: the ``#mooc`` becomes a tag."""


def texts_in(database: Path) -> list[str]:
    """The captured texts, read as another process would (read-only, the app still open)."""
    conn = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    try:
        return [text for (text,) in conn.execute("SELECT text FROM outcome")]
    except sqlite3.OperationalError:  # the app is still creating the tables
        return []
    finally:
        conn.close()


def wait_for_entry(app: App, database: Path) -> None:
    deadline = time.monotonic() + COMMIT_TIMEOUT
    while STORED not in texts_in(database):
        if app.process.poll() is not None:
            pytest.fail(f"the app exited before the entry was saved:\n{app.describe()}")
        if time.monotonic() > deadline:
            pytest.fail(f"no entry in the database after {COMMIT_TIMEOUT} s:\n{app.describe()}")
        # Polling an observable (the database), not waiting a fixed time for it.
        time.sleep(POLL_INTERVAL)


def test_sigkill_right_after_enter_keeps_the_entry(
    database: Path, app_env: dict[str, str], launch: list[App]
) -> None:
    app = start_app(launch, database, app_env, "app")
    window = wait_for_window(app, app_env, MAIN_WINDOW_TITLE)
    activate(window, app_env)
    run(["xdotool", "key", "--clearmodifiers", "ctrl+shift+k"], app_env)
    run(["xdotool", "type", "--delay", "20", TYPED], app_env)
    run(["xdotool", "key", "Return"], app_env)

    wait_for_entry(app, database)
    stop(app, signal.SIGKILL)
    assert_no_crash_report(app)

    clock = SystemClock()
    conn = open_database(database, clock)  # as the next start opens it
    try:
        saved = Store(conn, clock).select(Outcome, order_by="captured_at")
    finally:
        conn.close()
    assert [(o.text, o.kind, o.tags, o.event_id) for o in saved] == [
        (STORED, "note", ["mooc"], DEMO_EVENT_IDS[Language.EN])  # LANG=C: the English demo
    ]
