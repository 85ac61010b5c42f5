"""One GUI per database: the lock is exclusive and dies with its process."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from forum_desktop.storage import AlreadyRunningError
from forum_desktop.storage.lock import GuiLock, lock_path_for

SUBPROCESS_TIMEOUT = 60

HOLD_THE_LOCK = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from forum_desktop.storage.lock import GuiLock

    GuiLock(Path(sys.argv[1])).acquire()
    print("locked", flush=True)
    sys.stdin.read()  # hold it until killed
    """
)


def read_line(child: subprocess.Popen[str], timeout: float) -> str:
    """The child's next line of output, failing instead of waiting forever."""
    assert child.stdout is not None
    ready, _, _ = select.select([child.stdout], [], [], timeout)
    assert ready, "the child process did not answer in time"
    return child.stdout.readline()


@pytest.fixture
def holder(db_path: Path) -> Iterator[GuiLock]:
    lock = GuiLock(db_path)
    lock.acquire()
    yield lock
    lock.release()


def test_a_second_gui_is_refused_while_the_first_holds_the_lock(
    db_path: Path, holder: GuiLock
) -> None:
    with pytest.raises(AlreadyRunningError) as raised:
        GuiLock(db_path).acquire()
    assert raised.value.path == db_path
    assert str(db_path) in str(raised.value)
    assert "already open" in str(raised.value)
    assert holder.path.read_text() == str(os.getpid())  # the refusal did not touch the lock


def test_the_lock_is_free_again_after_release(db_path: Path) -> None:
    first = GuiLock(db_path)
    first.acquire()
    first.release()
    first.release()  # releasing twice is harmless

    with GuiLock(db_path) as second:
        assert second.path == lock_path_for(db_path)
        assert second.path.read_text() == str(os.getpid())
        with pytest.raises(AlreadyRunningError):
            GuiLock(db_path).acquire()
    GuiLock(db_path).acquire()  # the context manager released it


def test_locks_on_different_databases_are_independent(tmp_path: Path, holder: GuiLock) -> None:
    with GuiLock(tmp_path / "other.sqlite3") as other:
        assert other.path != holder.path


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and select() on pipes are POSIX")
def test_the_lock_of_a_killed_process_is_free(db_path: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_THE_LOCK, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert read_line(child, SUBPROCESS_TIMEOUT) == "locked\n"
        assert lock_path_for(db_path).read_text() == str(child.pid)
        with pytest.raises(AlreadyRunningError):
            GuiLock(db_path).acquire()
    finally:
        child.kill()
        child.communicate(timeout=SUBPROCESS_TIMEOUT)
    assert child.returncode == -signal.SIGKILL

    with GuiLock(db_path) as lock:  # no stale lock is left behind
        assert lock.path.read_text() == str(os.getpid())
