"""Command-line start: a process running one ``forum-desktop`` command, start to exit.

Scripts call commands in loops and the window runs its exports as commands, so each pays
the command line's start. Compared, interleaved in the same run, with a bare Python that
imports what any command needs and we do not control (``argparse``, ``sqlite3``): the
ratio says what our code adds. Prints one JSON line per figure (medians):

- ``cli_help``: ``python -m forum_desktop --help``;
- ``cli_export_json``: ``export-json`` of the demo event (what the window's JSON export
  runs), reading and writing real files.

    python benchmarks/cli_start.py [--runs N] [--warmup N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from figures import figure
from startup import child_environment, interleaved, prepare_database

CHILD_TIMEOUT = 120.0
BASELINE = [sys.executable, "-c", "import argparse, sqlite3"]


def time_to_exit(command: list[str], env: dict[str, str]) -> float:
    """Seconds from just before spawning ``command`` to its exit (which must be 0)."""
    started = time.perf_counter()
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=CHILD_TIMEOUT, check=False
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{command[1:]} exited {done.returncode}:\n{done.stderr}")
    return elapsed


def commands(database: Path, folder: Path, env: dict[str, str]) -> dict[str, list[str]]:
    """Each figure's command, and the baseline's; ``env`` keeps the children's logs and
    configuration in ``folder``, out of the caller's home."""
    cli = [sys.executable, "-m", "forum_desktop"]
    event = subprocess.run(
        [*cli, "events", "--db", str(database)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\t")[0]
    return {
        "cli_help": [*cli, "--help"],
        "cli_export_json": [
            *cli,
            "export-json",
            event,
            "-o",
            str(folder / "event.json"),
            "--db",
            str(database),
        ],
        "baseline": BASELINE,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=11, help="measured runs of each (default 11)")
    parser.add_argument(
        "--warmup", type=int, default=2, help="unmeasured runs of each first (default 2)"
    )
    args = parser.parse_args(argv)
    if args.runs < 1 or args.warmup < 0:
        parser.error("--runs must be at least 1 and --warmup at least 0")

    with tempfile.TemporaryDirectory(prefix="forum-cli-start-") as temp:
        folder = Path(temp)
        database = prepare_database(folder)
        # Bytecode written by the warm-up into ``folder``: see startup.child_environment.
        env = child_environment(folder, "offscreen")
        kinds = commands(database, folder, env)
        times = interleaved(kinds, lambda command: time_to_exit(command, env), args)

    baseline = statistics.median(times.pop("baseline"))
    for name, ours in times.items():
        print(figure(name, statistics.median(ours), baseline))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
