"""Running the real app in a subprocess on the test display, and waiting on what it does.

Waiting is always on something observable (a window appearing, a process exiting), with
a deadline; never a fixed sleep.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

WINDOW_TIMEOUT = 60.0
EXIT_TIMEOUT = 30.0
COMMAND_TIMEOUT = 60.0
MAIN_WINDOW_TITLE = "^Forum Desktop$"


@dataclass
class App:
    """A running ``python -m forum_desktop`` with its output going to files."""

    process: subprocess.Popen[bytes]
    stdout_path: Path
    stderr_path: Path

    def stderr(self) -> str:
        return self.stderr_path.read_text(errors="replace")

    def describe(self) -> str:
        return (
            f"exit status {self.process.poll()}\n--- stdout ---\n"
            f"{self.stdout_path.read_text(errors='replace')}\n--- stderr ---\n{self.stderr()}"
        )


def start_app(started: list[App], db: Path, env: dict[str, str], name: str) -> App:
    folder = db.parent.parent
    stdout_path = folder / f"{name}.stdout"
    stderr_path = folder / f"{name}.stderr"
    with stdout_path.open("wb") as out, stderr_path.open("wb") as err:
        process = subprocess.Popen(
            [sys.executable, "-m", "forum_desktop", "--db", str(db)],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
        )
    app = App(process, stdout_path, stderr_path)
    started.append(app)
    return app


def wait_for_window(app: App, env: dict[str, str], title: str) -> str:
    """The id of ``app``'s visible window whose title matches ``title`` (a regex).

    ``xdotool search --sync`` waits for the window; if the app exits first, fail at
    once with its output instead of waiting out the deadline.
    """
    search = subprocess.Popen(
        [
            *("xdotool", "search", "--sync", "--onlyvisible", "--all"),
            *("--pid", str(app.process.pid), "--name", title),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + WINDOW_TIMEOUT
    try:
        while True:
            try:
                out, err = search.communicate(timeout=0.2)
                break
            except subprocess.TimeoutExpired:
                if app.process.poll() is not None:
                    pytest.fail(f"the app exited before showing {title!r}:\n{app.describe()}")
                if time.monotonic() > deadline:
                    pytest.fail(f"no window {title!r} after {WINDOW_TIMEOUT} s:\n{app.describe()}")
    finally:
        if search.poll() is None:
            search.kill()
            search.communicate()
    assert search.returncode == 0, err.decode(errors="replace")
    return out.decode().split()[0]


def run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=COMMAND_TIMEOUT, check=False
    )
    assert result.returncode == 0, f"{command} failed:\n{result.stdout}\n{result.stderr}"
    return result


def run_cli(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "forum_desktop", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=COMMAND_TIMEOUT,
        check=False,
    )


def assert_no_crash_report(app: App) -> None:
    stderr = app.stderr()
    for sign in ("Traceback", "Fatal Python error"):
        assert sign not in stderr, app.describe()


def stop(app: App, how: signal.Signals) -> None:
    """Send ``how`` to an app that must still be running, and wait for it to go."""
    assert app.process.poll() is None, f"the app is no longer running:\n{app.describe()}"
    app.process.send_signal(how)
    assert app.process.wait(timeout=EXIT_TIMEOUT) == -how


FOCUS_TIMEOUT = 30.0


def activate(window: str, env: dict[str, str]) -> None:
    """Give ``window`` the keyboard focus as a user would, before typing into it.

    There is no window manager to activate the window: a click on its status bar (where a
    click changes nothing) makes the app take the focus; this returns once it has.
    """
    run(["xdotool", "mousemove", "--window", window, "--sync", "600", "750", "click", "1"], env)
    deadline = time.monotonic() + FOCUS_TIMEOUT
    while True:
        focus = subprocess.run(
            ["xdotool", "getwindowfocus"], env=env, capture_output=True, text=True, timeout=30
        ).stdout.strip()
        if focus == window:
            return
        assert time.monotonic() < deadline, f"the window never took the focus ({focus!r})"
        time.sleep(0.05)  # polling the X server, not timing anything
