"""End-to-end fixtures: a private Xvfb display and an environment that keeps files in tmp_path.

A missing tool skips these tests on a developer's machine, but fails them in CI
(``CI=true``): there, a test that silently did not run is a broken pipeline.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest

from forum_desktop.clock import SystemClock
from forum_desktop.storage import Store, open_database

from .real_app import EXIT_TIMEOUT, App

SCREEN = "1366x768x24"
XVFB_START_TIMEOUT = 30.0
XVFB_STOP_TIMEOUT = 10.0


def in_ci() -> bool:
    return os.environ.get("CI") == "true"


def unavailable(reason: str) -> NoReturn:
    """Skip locally; fail in CI, where every end-to-end test must run."""
    if in_ci():
        pytest.fail(f"{reason} (CI=true: a missing tool fails the run instead of skipping)")
    pytest.skip(reason)


def require_tool(name: str) -> str:
    """The full path of the program ``name``, or skip/fail when it is not installed."""
    path = shutil.which(name)
    if path is None:
        unavailable(f"{name} is not installed")
    return path


def _read_display_number(fd: int, xvfb: subprocess.Popen[bytes]) -> str:
    """What Xvfb writes to ``-displayfd`` once it accepts connections: its number and \\n."""
    data = b""
    while not data.endswith(b"\n"):
        ready, _, _ = select.select([fd], [], [], XVFB_START_TIMEOUT)
        if not ready:
            raise TimeoutError(f"Xvfb gave no display number in {XVFB_START_TIMEOUT} s")
        chunk = os.read(fd, 64)
        if not chunk:  # EOF: Xvfb exited without starting
            raise RuntimeError(f"Xvfb exited with status {xvfb.wait()} before starting")
        data += chunk
    return data.decode("ascii").strip()


@pytest.fixture
def xvfb_display(tmp_path: Path) -> Iterator[str]:
    """A fresh Xvfb server on a free display chosen by Xvfb itself; yields ``":N"``."""
    xvfb = require_tool("Xvfb")
    log_path = tmp_path / "xvfb.log"
    read_end, write_end = os.pipe()
    try:
        with log_path.open("wb") as log:
            server = subprocess.Popen(
                [xvfb, "-displayfd", str(write_end), "-screen", "0", SCREEN, "-nolisten", "tcp"],
                pass_fds=(write_end,),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
            )
        os.close(write_end)
        write_end = -1
        try:
            number = _read_display_number(read_end, server)
        except (TimeoutError, RuntimeError) as error:
            server.kill()
            server.wait()
            log_text = log_path.read_text(errors="replace")
            unavailable(f"Xvfb did not start: {error}\n{log_text}")
    finally:
        if write_end != -1:
            os.close(write_end)
        os.close(read_end)
    try:
        yield f":{number}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=XVFB_STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


@pytest.fixture
def app_env(xvfb_display: str, tmp_path: Path) -> dict[str, str]:
    """The environment for the real app on ``xvfb_display``, with home and XDG in tmp_path."""
    home = tmp_path / "home"
    runtime = tmp_path / "runtime"
    env = dict(os.environ)
    for name in ("WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "XAUTHORITY", "LANGUAGE"):
        env.pop(name, None)
    env.update(
        QT_QPA_PLATFORM="xcb",
        DISPLAY=xvfb_display,
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_RUNTIME_DIR=str(runtime),
        LANG="C.UTF-8",
        LC_ALL="C.UTF-8",
        PYTHONFAULTHANDLER="1",
    )
    home.mkdir()
    runtime.mkdir(mode=0o700)
    runtime.chmod(0o700)  # Qt warns about a runtime folder others can read
    return env


@pytest.fixture
def tools() -> None:
    for name in ("xdotool", "import"):
        require_tool(name)


@pytest.fixture
def database(tmp_path: Path) -> Path:
    """A database whose profile is set, so no first-start dialog waits for an answer."""
    path = tmp_path / "data" / "forum.sqlite3"
    clock = SystemClock()
    conn = open_database(path, clock)
    try:
        Store(conn, clock).set_profile(name="E2E Tester")
    finally:
        conn.close()
    return path


@pytest.fixture
def launch(app_env: dict[str, str], tools: None) -> Iterator[list[App]]:
    """Started apps go in this list; any still running at teardown is killed."""
    started: list[App] = []
    yield started
    for app in started:
        if app.process.poll() is None:
            app.process.kill()
            app.process.wait(timeout=EXIT_TIMEOUT)
