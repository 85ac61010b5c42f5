"""Roster import: 10,000 people from a CSV file into an event, against raw sqlite3.

- ``roster_import_10k``: the roster CSV read (``read_table``, ``preview``) and the
  ``ImportParticipants`` command — one transaction, every person journaled — on a file
  database opened by the app (WAL, ``synchronous=FULL``), against a bare sqlite3
  ``executemany`` of the same rows into the same ``participant`` table of another database
  opened by the app, in one transaction. Best of ``--rounds``.

Prints one JSON line (seconds).

    python benchmarks/roster_import.py [--rows N] [--rounds N]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import tempfile
import time
import uuid
from pathlib import Path

from forum_desktop.clock import SystemClock
from forum_desktop.interchange.roster_csv import guess_mapping, preview, read_table
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.participants import ImportParticipants
from forum_desktop.storage import Store, open_database


def roster_csv(rows: int) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Name", "Organisation", "City", "Country", "Email"])
    for number in range(rows):
        writer.writerow(
            [
                f"Person {number} Ndiaye",
                f"Municipality {number % 300}",
                f"City {number % 120}",
                "Senegal",
                f"person{number}@example.org",
            ]
        )
    return out.getvalue().encode("utf-8")


def ours(folder: Path, data: bytes) -> float:
    store = Store(open_database(folder / "ours.sqlite3", SystemClock()), SystemClock())
    store.set_profile(name="Awa")  # as in the app, which asks at first start
    event_id = execute(store, CreateEvent(title="Forum")).value
    start = time.perf_counter()
    table = read_table(data)
    people = preview(table, guess_mapping(table.headers)).people
    execute(
        store, ImportParticipants(event_id=event_id, people=tuple(fields for _, fields in people))
    )
    elapsed = time.perf_counter() - start
    store.conn.close()
    return elapsed


def baseline(folder: Path, data: bytes) -> float:
    store = Store(open_database(folder / "raw.sqlite3", SystemClock()), SystemClock())
    event_id = str(execute(store, CreateEvent(title="Forum")).value)
    conn = store.conn
    now = "2026-01-01T00:00:00Z"
    start = time.perf_counter()
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))[1:]
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "INSERT INTO participant (id, event_id, name, organisation, city, country, email, "
        "role, mode, notes, attendance, position, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 'participant', 'onsite', '', 'unknown', ?, ?, ?)",
        (
            (str(uuid.uuid4()), event_id, *row, position, now, now)
            for position, row in enumerate(rows)
        ),
    )
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    data = roster_csv(args.rows)
    timings: list[tuple[float, float]] = []
    for _ in range(args.rounds):
        with tempfile.TemporaryDirectory() as folder:
            timings.append((ours(Path(folder), data), baseline(Path(folder), data)))
    best_ours = min(t[0] for t in timings)
    best_base = min(t[1] for t in timings)
    print(
        json.dumps(
            {
                "bench": "roster_import_10k",
                "ours": round(best_ours, 6),
                "baseline": round(best_base, 6),
                "ratio": round(best_ours / best_base, 2),
            }
        )
    )


if __name__ == "__main__":
    main()
