"""The run console's tick: what the UI thread spends four times a second while a session runs.

- ``run_tick``: one ``RunController.tick()`` with the facilitator console and the projector
  window listening — the snapshot recomputed from the run's records for a session of many
  items, the labels, the items table and the projector updated — against a bare-Qt
  baseline doing the least a countdown must do: format the remaining time, set it on a
  label and one table cell, the same number of widgets shown. Interleaved tick by tick.

Prints one JSON line per figure (seconds).

    python benchmarks/run_tick.py [--items N] [--ticks N]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from datetime import time as dt_time
from pathlib import Path
from uuid import UUID

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QLabel, QTableWidget, QTableWidgetItem

from forum_desktop.clock import FakeClock
from forum_desktop.services import run as run_ops
from forum_desktop.services.agenda import AddItem, AddSession
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.storage import Store, open_database
from forum_desktop.timing.display import countdown
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.run_page import RunPage

T0 = datetime(2022, 2, 23, 9, 0, tzinfo=UTC)


def build_session(store: Store, items: int) -> UUID:
    """A dated, timed session of ``items`` five-minute items."""
    event_id = execute(
        store, CreateEvent(title="Bench", language="fr", timezone="Africa/Dakar")
    ).value
    session_id: UUID = execute(
        store,
        AddSession(
            event_id=event_id,
            title="Journée",
            date=T0.date(),
            start_time=dt_time(9, 0),
            end_time=dt_time(17, 0),
        ),
    ).value
    for number in range(items):
        execute(
            store, AddItem(session_id=session_id, title=f"Point {number + 1}", planned_minutes=5)
        )
    return session_id


class Silent:
    muted = True

    def play(self, cue: object) -> None:
        del cue


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=80)
    parser.add_argument("--ticks", type=int, default=400)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        clock = FakeClock(T0)
        store = Store(open_database(Path(folder) / "bench.sqlite3", clock), clock)
        store.set_profile(name="Bench")
        session_id = build_session(store, args.items)
        execute(store, run_ops.StartRun(session_id=session_id, at=T0))
        for _ in range(args.items // 2):  # half the day has run: every item has its record
            clock.advance(240)
            execute(store, run_ops.NextItem(session_id=session_id, at=clock.now()))
        context = AppContext(store, Path(folder) / "bench.sqlite3")
        page = RunPage(context, clock, sound=Silent())
        page.set_event(run_ops.load_run(store, session_id).session.event_id)
        page.resize(1200, 760)
        page.show()
        page.toggle_projector()
        page.controller.timer.stop()  # the benchmark ticks by hand

        label = QLabel()
        table = QTableWidget(args.items, 6)
        for row in range(args.items):
            for column in range(6):
                table.setItem(row, column, QTableWidgetItem(f"{row}.{column}"))
        label.show()
        table.show()
        app.processEvents()

        ours: list[float] = []
        baseline: list[float] = []
        for tick in range(args.ticks):
            clock.advance(0.25)
            started = time.perf_counter()
            page.controller.tick()
            app.processEvents()
            ours.append(time.perf_counter() - started)
            started = time.perf_counter()
            text = countdown(300 - tick * 0.25)
            label.setText(text)
            table.item(args.items // 2, 3).setText(text)
            app.processEvents()
            baseline.append(time.perf_counter() - started)
        page.shut_down()
        store.conn.close()
    for name, pick in (("run_tick_p50", 0.5), ("run_tick_p95", 0.95)):
        ours_value = _quantile(ours, pick)
        base_value = _quantile(baseline, pick)
        print(
            json.dumps(
                {
                    "bench": name,
                    "ours": round(ours_value, 6),
                    "baseline": round(base_value, 6),
                    "ratio": round(ours_value / base_value, 2),
                }
            )
        )


def _quantile(values: list[float], pick: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(pick * len(ordered)))] if pick < 1 else max(values)


if __name__ == "__main__":
    main()
