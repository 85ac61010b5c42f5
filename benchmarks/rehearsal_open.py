"""Opening a rehearsal of a large file: how long the UI thread stops meanwhile.

- ``rehearsal_open_stall``: the longest gap between two turns of the UI thread's event
  loop (a 10 ms timer) from Run ▸ Rehearse until the rehearsal's window is open, the copy
  made on the backups' pool (``RehearsalStart``) — against the baseline of the copy made
  on the UI thread, as the rehearsal did before: ``rehearsal_copy`` called directly, its
  whole time a stall.
- ``rehearsal_open_total``: from Rehearse to the window open, against the same baseline.

The file is the demo event with ``--megabytes`` of ballast rows. Prints one JSON line per
figure (seconds).

    python benchmarks/rehearsal_open.py [--megabytes N]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from forum_desktop.clock import SystemClock
from forum_desktop.models import Session
from forum_desktop.services.commands import execute
from forum_desktop.services.demo import CreateDemoEvent
from forum_desktop.services.rehearsal import rehearsal_copy
from forum_desktop.storage import Store, open_database
from forum_desktop.storage.backups import pin
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.rehearsal_window import RehearsalWindow
from forum_desktop.ui.run_page import RunPage


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=int, default=300)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "bench.sqlite3"
        clock = SystemClock()
        store = Store(open_database(database, clock), clock)
        execute(store, CreateDemoEvent())
        store.conn.execute("CREATE TABLE ballast (b BLOB)")
        for _ in range(args.megabytes):
            store.conn.execute("INSERT INTO ballast VALUES (?)", (os.urandom(1 << 20),))
        session = store.select(Session, {}, "date")[0]
        page = RunPage(AppContext(store, database), clock)
        page.set_event(session.event_id)
        page.session_combo.setCurrentIndex(page.session_combo.findData(str(session.id)))
        page.show()
        app.processEvents()

        turns: list[float] = []
        timer = QTimer()
        timer.timeout.connect(lambda: turns.append(time.perf_counter()))
        timer.start(10)
        started = time.perf_counter()
        starting = page.rehearse()
        assert starting is not None
        opened: list[RehearsalWindow] = []
        waiting = QEventLoop()
        starting.opened.connect(opened.append)
        starting.opened.connect(waiting.quit)
        waiting.exec()
        total = time.perf_counter() - started
        stall = max(b - a for a, b in zip([started, *turns], turns, strict=False))
        timer.stop()
        opened[0].close()

        with tempfile.TemporaryDirectory() as copy_folder:
            began = time.perf_counter()
            copy = rehearsal_copy(pin(database), session.id, Path(copy_folder), clock)
            baseline = time.perf_counter() - began
            copy.conn.close()
        page.shut_down()
        store.conn.close()
    for name, ours in (("rehearsal_open_stall", stall), ("rehearsal_open_total", total)):
        print(
            json.dumps(
                {
                    "bench": name,
                    "ours": round(ours, 4),
                    "baseline": round(baseline, 4),
                    "ratio": round(ours / baseline, 2),
                }
            )
        )


if __name__ == "__main__":
    main()
