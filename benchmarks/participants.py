"""Phones on loopback: 100 phones send 20 answers each to the participants' server, each
following the pushed updates, while the server runs beside a Qt event loop (offscreen)
that must not stall.

- ``participant_act_p95``: ours = the 95th percentile of seconds from a phone's request
  to its answer stored (the server replies after the commit); baseline = the same act
  (``RecordAnswer``) through ``execute`` in-process on a database of its own; ``lost`` =
  acts not stored (refused, failed or missing from the store afterwards). Aims: ours at
  most 0.1 s, lost 0.
- ``ui_stall_max``: the longest gap, beyond its interval, between two ticks of a 5 ms
  QTimer on the UI thread while the phones act (the acts reach the UI thread gathered by
  ``ui.participant_acts.Acts``, as in the app, and a screen reads the answers again each
  time). Aim: at most 0.05 s.

The phones run in a process of their own. Only 127.0.0.1. Bounded: every phone waits
``--gap`` seconds on average between acts, so the run lasts about acts × gap seconds.

    python benchmarks/participants.py [--phones 100] [--acts 20] [--gap 0.5]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from itertools import pairwise
from pathlib import Path
from uuid import UUID

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from aiohttp import ClientSession, ClientTimeout, CookieJar
from PySide6.QtCore import QCoreApplication, QTimer

from forum_desktop.clock import SystemClock
from forum_desktop.models import AgendaItem, Outcome
from forum_desktop.participants.server import Opening, ParticipantServer
from forum_desktop.services.agenda import AddItem, AddSession
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.method_apply import ApplyMethod
from forum_desktop.services.participants import AddParticipant
from forum_desktop.services.round_robin import RecordAnswer
from forum_desktop.services.run import JumpToItem, StartRun
from forum_desktop.storage import Store, open_database
from forum_desktop.ui.participant_acts import Acts

TICK_MS = 5
REQUEST_TIMEOUT = 30.0


@dataclass(frozen=True)
class Built:
    event_id: UUID
    item_id: UUID
    people: list[UUID]


def build(store: Store, phones: int) -> Built:
    event_id: UUID = execute(store, CreateEvent(title="Forum")).value
    people = [
        execute(store, AddParticipant(event_id=event_id, name=f"Participant {n:03d}")).value
        for n in range(phones)
    ]
    session_id: UUID = execute(store, AddSession(event_id=event_id, title="Matinée")).value
    item_id: UUID = execute(
        store, AddItem(session_id=session_id, title="Tour de table", planned_minutes=60)
    ).value
    now = store.clock.now()
    execute(store, ApplyMethod(item_id=item_id, method_id="round-robin", language="fr", at=now))
    phase = store.select(AgendaItem, {"parent_id": item_id})[0]
    execute(store, StartRun(session_id=session_id, at=now))
    execute(store, JumpToItem(session_id=session_id, item_id=phase.id, at=now))
    return Built(event_id, item_id, people)


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def baseline(folder: Path, acts: int) -> float:
    clock = SystemClock()
    store = Store(open_database(folder / "baseline.sqlite3", clock), clock)
    built = build(store, 10)
    seconds = []
    for n in range(acts):
        command = RecordAnswer(
            item_id=built.item_id, participant_id=built.people[n % 10], text=f"answer {n}"
        )
        start = time.perf_counter()
        execute(store, command)
        seconds.append(time.perf_counter() - start)
    store.conn.close()
    return p95(seconds)


@dataclass
class Results:
    seconds: list[float] = field(default_factory=list)
    failed: int = 0
    updates: int = 0


async def phone(
    url: str, person: UUID, acts: int, gap: float, results: Results, stop: asyncio.Event
) -> None:
    timeout = ClientTimeout(total=REQUEST_TIMEOUT)
    async with ClientSession(cookie_jar=CookieJar(unsafe=True), timeout=timeout) as session:
        (await session.get(url)).release()
        (await session.post(url + "api/join", json={"participant_id": str(person)})).release()
        (await session.post(url + "api/consent", json={"appearance": "named"})).release()

        async def follow() -> None:
            async with session.get(url + "api/events", timeout=ClientTimeout()) as stream:
                async for line in stream.content:
                    if line.startswith(b"event: change"):  # the page reads its state
                        results.updates += 1
                        (await session.get(url + "api/state")).release()
                    if stop.is_set():
                        return

        listener = asyncio.create_task(follow())
        for n in range(acts):
            await asyncio.sleep(random.uniform(0, 2 * gap))
            start = time.perf_counter()
            response = await session.post(url + "api/answer", json={"text": f"{person} {n}"})
            response.release()
            if response.status == 200:
                results.seconds.append(time.perf_counter() - start)
            else:
                results.failed += 1
        listener.cancel()


async def crowd(url: str, people: list[UUID], acts: int, gap: float, results: Results) -> None:
    stop = asyncio.Event()
    await asyncio.gather(*(phone(url, p, acts, gap, results, stop) for p in people))
    stop.set()


class Screen:
    """What the facilitator's screen does with the phones' acts: reads the answers again."""

    def __init__(self, store: Store, item_id: UUID, acts: Acts) -> None:
        self.store = store
        self.item_id = item_id
        self.redraws = 0
        acts.done.connect(self.redraw)

    def redraw(self, _result: object) -> None:
        self.store.select(Outcome, {"item_id": self.item_id}, "created_at")
        self.redraws += 1


def measure(folder: Path, phones: int, acts: int, gap: float) -> tuple[Results, float, int]:
    app = QCoreApplication.instance() or QCoreApplication([])
    clock = SystemClock()
    database = folder / "forum.sqlite3"
    store = Store(open_database(database, clock), clock)
    built = build(store, phones)
    gathered = Acts()
    Screen(store, built.item_id, gathered)
    opening = Opening(database=database, event_id=built.event_id, host="127.0.0.1")
    server = ParticipantServer(opening, clock=clock, on_acts=gathered.arrived.emit)
    url = server.start()
    results = Results()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    done = threading.Event()

    def load() -> None:
        """The phones are a process of their own, as phones are other devices: they do
        not compete with the server and the UI for this process's interpreter lock."""
        order = {"url": url, "people": [str(p) for p in built.people], "acts": acts, "gap": gap}
        try:
            ran = subprocess.run(
                [sys.executable, __file__, "--crowd"],
                input=json.dumps(order),
                capture_output=True,
                text=True,
                check=True,
            )
            got = json.loads(ran.stdout.splitlines()[-1])
            results.seconds, results.failed, results.updates = (
                got["seconds"],
                got["failed"],
                got["updates"],
            )
        finally:
            done.set()

    finished = QTimer()
    finished.setInterval(50)
    finished.timeout.connect(lambda: app.quit() if done.is_set() else None)
    timer.start()
    finished.start()
    threading.Thread(target=load, name="phones").start()
    app.exec()
    timer.stop()
    server.stop()
    stored = len(store.select(Outcome, {"item_id": built.item_id}, "created_at"))
    store.conn.close()
    stall = max((b - a for a, b in pairwise(ticks)), default=0.0)
    return results, max(0.0, stall - TICK_MS / 1000), phones * acts - stored


def run_crowd() -> None:
    """The phones' process: the order on stdin, their results as one JSON line."""
    order = json.loads(sys.stdin.read())
    people = [UUID(p) for p in order["people"]]
    results = Results()
    asyncio.run(crowd(order["url"], people, order["acts"], order["gap"], results))
    print(json.dumps(asdict(results)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--crowd", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--phones", type=int, default=100)
    parser.add_argument("--acts", type=int, default=20)
    parser.add_argument("--gap", type=float, default=0.5)
    args = parser.parse_args()
    if args.crowd:
        run_crowd()
        return
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        base = baseline(folder, 200)
        results, stall, missing = measure(folder, args.phones, args.acts, args.gap)
    ours = p95(results.seconds)
    lost = max(missing, results.failed)
    line = {"bench": "participant_act_p95", "ours": round(ours, 6), "baseline": round(base, 6)}
    print(json.dumps({**line, "ratio": round(ours / base, 2), "lost": lost}))
    ui = {"bench": "ui_stall_max", "ours": round(stall, 6), "baseline": TICK_MS / 1000}
    print(json.dumps({**ui, "ratio": round(stall / (TICK_MS / 1000), 2)}))


if __name__ == "__main__":
    main()
