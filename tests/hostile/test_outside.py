"""Hostile inputs as a user meets them: real processes, a real shared folder, a real lock.

Each run is a ``python -m forum_desktop`` process with a time limit and, where a file could
make it grow, an address-space limit: a regression shows as a timeout or a MemoryError,
never as a test run that hangs or swaps. (Twelve subprocesses in all.)
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from uuid import UUID

import pytest

from forum_desktop.cli import EXIT_BUSY, EXIT_OK, EXIT_REFUSED
from forum_desktop.services.demo import DEMO_EVENT_ID
from forum_desktop.storage import database
from tests.hostile.test_corpus import dump, templates
from tests.test_cli import cli, private_home

__all__ = ["private_home", "templates"]  # fixtures shared with the corpus

EVENT = str(DEMO_EVENT_ID)
OTHER = str(UUID(int=0xBAD))
SYNC_SECONDS = 20
MEMORY_LIMIT = 1024 * 1024 * 1024
"""Address space for a command: the zero device grew memory at ~1 GB/s before the fix."""
ZERO_DEVICE = Path(os.devnull).with_name("zero")
"""The system's endless zero device, built from the null device's folder."""

posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and /dev are POSIX")


def _limit_memory() -> None:
    import resource  # POSIX only

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run(tmp_path: Path, *args: str | Path, timeout: float) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_STATE_HOME": str(home / "state")}
    env["XDG_DATA_HOME"] = str(home / "data")
    return subprocess.run(
        [sys.executable, "-m", "forum_desktop", *(str(arg) for arg in args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        preexec_fn=_limit_memory if os.name == "posix" else None,
        check=False,
    )


@pytest.fixture
def shared(templates: dict[str, Path], tmp_path: Path) -> Path:
    """A folder where another laptop shared the demo event."""
    folder = tmp_path / "shared"
    shutil.copytree(templates["shared"], folder, symlinks=True)
    (folder / "forum-sync" / EVENT / "ops" / OTHER).mkdir()
    return folder


def _other(folder: Path, name: str) -> Path:
    return folder / "forum-sync" / EVENT / "ops" / OTHER / name


def _fifo(folder: Path) -> str:
    os.mkfifo(_other(folder, "00000001-0000f1f0.jsonl"))
    return "00000001-0000f1f0.jsonl"


def _zero_link(folder: Path) -> str:
    os.symlink(ZERO_DEVICE, _other(folder, "00000002-00000000.jsonl"))
    return "00000002-00000000.jsonl"


def _nested_line(folder: Path) -> str:
    _other(folder, "00000003-0000dee9.jsonl").write_bytes(b"[" * 1_000_000 + b"\n")
    return "00000003-0000dee9.jsonl"


def _people(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM participant").fetchone()[0])
    finally:
        conn.close()


@posix_only
@pytest.mark.slow
@pytest.mark.parametrize(
    "lay",
    [
        pytest.param((_fifo,), id="fifo"),
        pytest.param((_zero_link,), id="zero-device-link"),
        pytest.param((_nested_line,), id="nested-line"),
        pytest.param((_fifo, _zero_link, _nested_line), id="all-three"),
    ],
)
def test_sync_goes_on_past_what_the_folder_should_not_hold(
    lay: tuple[Callable[[Path], str], ...], shared: Path, templates: dict[str, Path], tmp_path: Path
) -> None:
    names = [put(shared) for put in lay]
    db = tmp_path / "rapporteur.sqlite3"
    result = run(tmp_path, "sync", EVENT, "--folder", shared, "--db", db, timeout=SYNC_SECONDS)
    assert result.returncode == EXIT_OK, result.stderr
    assert result.stdout.splitlines()[-1].startswith("synced "), result.stdout
    assert _people(db) == _people(templates["demo"]), "the other laptop's changes came in"
    for name in names:
        assert name in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.slow
@pytest.mark.parametrize(
    ("command", "content"),
    [
        pytest.param("import-json", b"[" * 10_000_000, id="json-nested-10-million-deep"),
        pytest.param("import-json", b"[" + b"9" * 5_000 + b",0]" * 1, id="json-5000-digits"),
        pytest.param(
            "import-json",
            b"[" + b",".join([b"9" * 4_000] * 10_000) + b"]",
            id="json-40mb-of-long-numbers",
        ),
        pytest.param("import-agenda", b"- item (5 min)\n" * 700_000, id="programme-10mb"),
    ],
)
def test_a_huge_or_deep_file_is_refused_in_bounded_time_and_memory(
    command: str, content: bytes, tmp_path: Path, templates: dict[str, Path]
) -> None:
    path = tmp_path / "input"
    path.write_bytes(content)
    db = tmp_path / "laptop.sqlite3"
    shutil.copyfile(templates["demo"], db)
    before = dump(db)
    extra = ("--event", EVENT) if command == "import-agenda" else ()
    result = run(tmp_path, command, path, *extra, "--db", db, timeout=60)
    assert result.returncode == EXIT_REFUSED, result.stderr
    assert result.stderr.startswith("forum-desktop: ") and result.stderr.count("\n") == 1
    assert "unexpected error" not in result.stderr
    assert dump(db) == before


@posix_only
@pytest.mark.slow
@pytest.mark.parametrize("command", ["import-json", "import-bundle", "import-agenda"])
def test_the_zero_device_as_input_is_refused_in_bounded_time_and_memory(
    command: str, tmp_path: Path, templates: dict[str, Path]
) -> None:
    db = tmp_path / "laptop.sqlite3"
    shutil.copyfile(templates["demo"], db)
    before = dump(db)
    extra = ("--event", EVENT) if command == "import-agenda" else ()
    result = run(tmp_path, command, ZERO_DEVICE, *extra, "--db", db, timeout=60)
    assert result.returncode == EXIT_REFUSED, result.stderr
    assert result.stderr.count("\n") == 1 and " MB" in result.stderr, result.stderr
    assert dump(db) == before


LOCK_HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
"""


@pytest.fixture
def lock_holder(
    templates: dict[str, Path], tmp_path: Path
) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    """A database and another process holding its write lock until told to let go."""
    db = tmp_path / "laptop.sqlite3"
    shutil.copyfile(templates["empty"], db)
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
    try:
        yield db, holder
    finally:
        holder.kill()
        holder.wait(timeout=10)


def test_a_write_while_another_program_holds_the_lock_exits_75_then_succeeds(
    lock_holder: tuple[Path, subprocess.Popen[str]],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db, holder = lock_holder
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)  # the test need not wait 10 s
    before = dump(db)

    busy = cli(capsys, "demo", "--db", db)

    assert busy.code == EXIT_BUSY, busy
    assert busy.err == (
        "forum-desktop: the database is busy (another program is writing to it); try again\n"
    )
    assert busy.out == ""
    assert dump(db) == before
    holder.communicate("release\n", timeout=10)
    done = cli(capsys, "demo", "--db", db)
    assert done.code == EXIT_OK, done
    assert done.lines[-1] == EVENT


def test_writes_wait_for_a_lock_for_a_bounded_time(tmp_path: Path) -> None:
    conn = database.connect(tmp_path / "x.sqlite3")
    try:
        waits = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    finally:
        conn.close()
    assert waits == database.BUSY_TIMEOUT_MS == 10_000
