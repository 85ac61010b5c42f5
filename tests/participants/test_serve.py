"""``forum-desktop serve``: the address on a line of its own, the page at the token only,
a clean exit 0 on SIGINT or SIGTERM, and refusals (exit 2) for an unknown event."""

from __future__ import annotations

import signal
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from uuid import uuid4

import pytest

from forum_desktop.storage import Store
from tests.participants.examples import Room
from tests.participants.serving import STOP_TIMEOUT, private_env, serving


@pytest.mark.slow
@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_serve_prints_the_address_serves_and_exits_cleanly(
    store: Store, room: Room, db_path: Path, tmp_path: Path, stop: signal.Signals
) -> None:
    with serving(db_path, room.event_id, tmp_path) as (url, process):
        with urllib.request.urlopen(url, timeout=10) as page:
            assert page.status == 200
            assert "app.js" in page.read().decode()
        base = url.rsplit("/", 2)[0]
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(base + "/", timeout=10)
        assert missing.value.code == 404
        missing.value.close()
        process.send_signal(stop)
        assert process.wait(STOP_TIMEOUT) == 0
        assert process.stderr is not None
        assert "Traceback" not in process.stderr.read()


def test_serve_refuses_an_unknown_event(store: Store, db_path: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "forum_desktop", "serve", str(uuid4()), "--db", str(db_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=private_env(tmp_path),
    )
    assert result.returncode == 2
    assert result.stderr.startswith("forum-desktop: there is no event")
