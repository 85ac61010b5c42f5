"""The real app, started as a user would, on a private Xvfb display.

Waiting is always on something observable (a window appearing, a process exiting, the
screen showing the window), with a deadline; never a fixed sleep.
"""

from __future__ import annotations

import os
import shutil
import signal
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from forum_desktop.clock import SystemClock
from forum_desktop.models import Event, Language
from forum_desktop.services.demo import DEMO_EVENT_IDS
from forum_desktop.storage import AlreadyRunningError, Store, open_database
from forum_desktop.storage.lock import GuiLock

from .real_app import (
    EXIT_TIMEOUT,
    MAIN_WINDOW_TITLE,
    App,
    assert_no_crash_report,
    run,
    run_cli,
    start_app,
    stop,
    wait_for_window,
)

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]

PAINT_TIMEOUT = 30.0
ALREADY_OPEN_TITLE = "already open"
MIN_DISTINCT_COLOURS = 50
SAMPLE_STEP = 4
TITLE_STRIP_HEIGHT = 48  # the menu bar and the top of the first page
SHOTS_VARIABLE = "FORUM_DESKTOP_SHOTS"


@dataclass(frozen=True)
class Geometry:
    x: int
    y: int
    width: int
    height: int


def window_geometry(window: str, env: dict[str, str]) -> Geometry:
    result = run(["xdotool", "getwindowgeometry", "--shell", window], env)
    values = dict(line.split("=", 1) for line in result.stdout.splitlines() if "=" in line)
    return Geometry(int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"]))


def screen_problems(shot: Path, window: Geometry) -> list[str]:
    """Why ``shot`` does not look like a drawn window; empty when it does."""
    from PySide6.QtGui import QImage  # QImage needs no QGuiApplication

    image = QImage(str(shot))
    if image.isNull():
        return [f"{shot} is not a readable image"]
    colours = {
        image.pixel(x, y)
        for y in range(0, image.height(), SAMPLE_STEP)
        for x in range(0, image.width(), SAMPLE_STEP)
    }
    problems = []
    if len(colours) <= MIN_DISTINCT_COLOURS:
        problems.append(f"only {len(colours)} distinct colours on the screen")
    left, top = max(window.x, 0), max(window.y, 0)
    right = min(window.x + window.width, image.width())
    bottom = min(window.y + TITLE_STRIP_HEIGHT, window.y + window.height, image.height())
    strip = {image.pixel(x, y) for y in range(top, bottom) for x in range(left, right)}
    if len(strip) < 2:
        problems.append(f"the top {TITLE_STRIP_HEIGHT} px of the window are uniform")
    return problems


def screenshot_of_drawn_window(env: dict[str, str], shot: Path, window: Geometry) -> None:
    """Screenshot the display until the window is drawn (mapped windows paint a bit later)."""
    deadline = time.monotonic() + PAINT_TIMEOUT
    while True:
        run(["import", "-window", "root", str(shot)], env)
        problems = screen_problems(shot, window)
        if not problems or time.monotonic() > deadline:
            break
    assert not problems, f"the screenshot {shot} looks blank: {'; '.join(problems)}"


def keep_screenshot(shot: Path, name: str) -> None:
    folder = os.environ.get(SHOTS_VARIABLE)
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, Path(folder) / name)


def test_app_shows_its_window_with_the_demo(
    database: Path, app_env: dict[str, str], launch: list[App], tmp_path: Path
) -> None:
    app = start_app(launch, database, app_env, "app")
    window = wait_for_window(app, app_env, MAIN_WINDOW_TITLE)
    geometry = window_geometry(window, app_env)
    assert geometry.width > 0 and geometry.height > 0

    shot = tmp_path / "main-window.png"
    try:
        screenshot_of_drawn_window(app_env, shot, geometry)
    finally:
        if shot.exists():
            keep_screenshot(shot, "e2e-main-window.png")

    stop(app, signal.SIGTERM)
    assert_no_crash_report(app)
    clock = SystemClock()
    conn = open_database(database, clock)
    try:
        store = Store(conn, clock)
        demo = store.get(Event, DEMO_EVENT_IDS[Language.EN])  # LANG=C: the interface is English
        profile = store.profile()
    finally:
        conn.close()
    assert demo is not None, "the first start did not create the demo event"
    assert profile is not None and profile.name == "E2E Tester"


def test_one_gui_per_database_but_commands_still_work(
    database: Path, app_env: dict[str, str], launch: list[App]
) -> None:
    first = start_app(launch, database, app_env, "first")
    wait_for_window(first, app_env, MAIN_WINDOW_TITLE)

    with pytest.raises(AlreadyRunningError):
        GuiLock(database).acquire()

    # A second GUI on the same file says so in a dialog, and exits once it is dismissed.
    second = start_app(launch, database, app_env, "second")
    dialog = wait_for_window(second, app_env, ALREADY_OPEN_TITLE)
    run(["xdotool", "keydown", "--window", dialog, "Return"], app_env)
    assert second.process.wait(timeout=EXIT_TIMEOUT) == 1, second.describe()
    assert_no_crash_report(second)

    # Command-line tools do not take the GUI lock.
    listed = run_cli(["events", "--db", str(database)], app_env)
    assert listed.returncode == 0, listed.stderr
    assert str(DEMO_EVENT_IDS[Language.EN]) in listed.stdout
    assert "Traceback" not in listed.stderr

    # The lock dies with its process, even on SIGKILL.
    stop(first, signal.SIGKILL)
    assert_no_crash_report(first)
    lock = GuiLock(database)
    lock.acquire()
    lock.release()
