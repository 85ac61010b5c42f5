"""Dot voting's cost per ballot as a vote grows: the journal bytes one ballot writes and
the time to cast it.

Each ballot is ``CastBallot`` on a file database opened by the app (WAL,
``synchronous=FULL``), one ballot per participant of a 160-person roster, three options.
Issue 15 measured the blob design at 150 ballots: 6.4 MiB of journal for one record and
saves slowing from 5.9 ms to 31.8 ms, because every click journaled the whole state. Here
a ballot is a record of its own, so a late ballot should cost what an early one does:

- ``journal_bytes_per_ballot``: ours = median over ballots 141–160, baseline = median
  over ballots 11–30 (after 10 unmeasured);
- ``ballot_save``: the same medians of the seconds one ``execute(CastBallot)`` takes.

Each ballot's time is the median of ``--runs`` whole votes (fresh databases): on a
shared machine one fsync can take ten times another, and without repeats that noise,
not the ballot's number, decides the ratio (the work itself is flat: about 0.5 ms with
``synchronous=OFF``).

Prints one JSON line per figure.

    python benchmarks/method_state.py [--runs N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path
from uuid import UUID

from figures import figure

from forum_desktop.clock import SystemClock
from forum_desktop.services.agenda import AddItem, AddSession
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.method_apply import ApplyMethod
from forum_desktop.services.participants import AddParticipant
from forum_desktop.services.vote import AddOption, CastBallot
from forum_desktop.storage import Store, open_database

START = dt.datetime(2022, 2, 23, 9, 0, tzinfo=dt.UTC)
"""When the vote is set up: a fixed instant, so runs compare."""
BALLOTS = 160
EARLY = slice(10, 30)
"""Ballots 11–30."""
LATE = slice(140, 160)
"""Ballots 141–160."""
JOURNAL_BYTES = (
    "SELECT COALESCE(SUM(length(change_id) + length(device_id) + length(author) "
    "+ length(record_type) + length(record_id) + length(kind) + length(fields) + length(at) "
    "+ length(COALESCE(event_id, '')) + length(parents) + 8), 0) FROM journal"
)


def journal_bytes(store: Store) -> int:
    (size,) = store.conn.execute(JOURNAL_BYTES).fetchone()
    return int(size)


def measure(directory: Path) -> tuple[list[float], list[int]]:
    clock = SystemClock()
    store = Store(open_database(directory / "vote.sqlite3", clock), clock)
    event_id: UUID = execute(store, CreateEvent(title="Forum")).value
    people = [
        execute(store, AddParticipant(event_id=event_id, name=f"Participant {n:03d}")).value
        for n in range(BALLOTS)
    ]
    session_id = execute(store, AddSession(event_id=event_id, title="Matinée")).value
    item_id: UUID = execute(store, AddItem(session_id=session_id, title="Priorités")).value
    execute(store, ApplyMethod(item_id=item_id, method_id="dot-voting", language="fr", at=START))
    options = [
        execute(store, AddOption(item_id=item_id, text=text)).value
        for text in ("Water", "Schools", "Roads")
    ]
    seconds: list[float] = []
    sizes: list[int] = []
    for n, person in enumerate(people):
        dots = {options[n % 3]: 2, options[(n + 1) % 3]: 3}
        before = journal_bytes(store)
        start = time.perf_counter()
        execute(store, CastBallot(item_id=item_id, participant_id=person, dots=dots))
        seconds.append(time.perf_counter() - start)
        sizes.append(journal_bytes(store) - before)
    store.conn.close()
    return seconds, sizes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    timings: list[list[float]] = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            run_seconds, sizes = measure(Path(folder))
        timings.append(run_seconds)
    seconds = [statistics.median(each) for each in zip(*timings, strict=True)]
    print(
        figure(
            "journal_bytes_per_ballot",
            statistics.median(sizes[LATE]),
            statistics.median(sizes[EARLY]),
        )
    )
    print(
        figure("ballot_save", statistics.median(seconds[LATE]), statistics.median(seconds[EARLY]))
    )


if __name__ == "__main__":
    main()
