"""The longest stall of the UI thread while the capture tab of a large event opens.

The large event of ``large_event.py`` (5,000 entries); the baseline is the demo event in
the same window. Each round shows the event's capture tab from another tab, with a 10 ms
timer ticking on the UI thread, until its entries are in and 0.6 s have passed;
``capture_open_stall`` is the median over rounds of the longest gap between two ticks
(seconds). Rounds alternate which side goes first.

    python benchmarks/capture_stall.py [--rounds 5] [--entries 5000]

Prints one JSON line: ``{"bench", "ours", "baseline", "ratio"}``.
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import tempfile
import time
from pathlib import Path
from uuid import UUID

from large_event import SESSIONS, figure
from minutes import large_event
from startup import prepare_database

SETTLE = 0.6
"""Seconds each round lasts at least: the tab's paint and the worker's hand-over fit."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5, help="measured rounds (5)")
    parser.add_argument("--entries", type=int, default=5000, help="entries (5000)")
    args = parser.parse_args(argv)
    if min(args.rounds, args.entries) < 1:
        parser.error("--rounds and --entries must be at least 1")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from forum_desktop.clock import SystemClock
    from forum_desktop.services.demo import DEMO_EVENT_ID
    from forum_desktop.storage import Store, open_database
    from forum_desktop.ui.context import AppContext
    from forum_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="forum-stall-") as temp:
        database = prepare_database(Path(temp))
        clock = SystemClock()
        conn = open_database(database, clock)
        try:
            store = Store(conn, clock)
            large = large_event(store, sessions=SESSIONS, entries=args.entries, people=40)
            window = MainWindow(AppContext(store, database))
            window.resize(1200, 760)
            window.show()
            app.processEvents()
            page = window.page

            def stall(event_id: UUID) -> float:
                page.set_event(None)
                app.processEvents()
                ticks = [time.perf_counter()]
                timer = QTimer()
                timer.setInterval(10)
                timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
                timer.start()
                page.set_event(event_id)
                page.tabs.setCurrentWidget(page.capture)
                started = time.perf_counter()
                while page.capture.model.loading or time.perf_counter() - started < SETTLE:
                    app.processEvents()
                timer.stop()
                page.tabs.setCurrentIndex(0)
                return max(b - a for a, b in itertools.pairwise(ticks))

            sides = {"ours": large, "baseline": DEMO_EVENT_ID}
            gaps: dict[str, list[float]] = {side: [] for side in sides}
            for index in range(args.rounds + 1):  # the first round warms caches
                order = list(sides) if index % 2 == 0 else list(reversed(sides))
                for side in order:
                    gap = stall(sides[side])
                    if index:
                        gaps[side].append(gap)
            window.close()
        finally:
            conn.close()
    ours, baseline = (statistics.median(gaps[side]) for side in ("ours", "baseline"))
    print(figure("capture_open_stall", ours, baseline), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
