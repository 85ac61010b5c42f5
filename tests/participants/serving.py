"""``forum-desktop serve`` as a user starts it: a child process on loopback, its address
read from the ``url:`` line, stopped with SIGTERM (which must exit 0)."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from uuid import UUID

START_TIMEOUT = 30.0
STOP_TIMEOUT = 10.0


def private_env(tmp_path: Path) -> dict[str, str]:
    """The environment with home and XDG folders under ``tmp_path`` (the log file too)."""
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    return env


@contextmanager
def serving(
    db: Path, event_id: UUID, tmp_path: Path, *options: str
) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    command = [sys.executable, "-m", "forum_desktop", "serve", str(event_id), "--db", str(db)]
    process = subprocess.Popen(
        [*command, "--host", "127.0.0.1", *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=private_env(tmp_path),
    )
    try:
        assert process.stdout is not None
        ready, _, _ = select.select([process.stdout], [], [], START_TIMEOUT)
        line = process.stdout.readline() if ready else ""
        assert line.startswith("url: http://127.0.0.1:"), (line, process.poll())
        yield line.removeprefix("url: ").strip(), process
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
        process.wait(STOP_TIMEOUT)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()
