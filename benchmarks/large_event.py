"""A three-day event against the demo: showing it, the memory it takes, the longest stall.

The large event has 8 sessions of 8 agenda items (64), 40 participants and 5,000
entries of every kind (``minutes.large_event``); the baseline is the built-in demo in the
same database. Each side runs in a fresh app process (``forum_desktop.ui.app.start``),
interleaved, so that their peak memory can be told apart:

- ``open_large_event``: once the app is up, show the event on the right and visit each
  of its tabs (Details, Agenda, Roster, Capture, Run), each until painted with its data —
  median seconds;
- ``open_large_event_rss``: the peak resident memory of that process (MiB, median);
- ``ui_stall_max``: the longest gap between ticks of a 10 ms timer on the UI thread while
  the event is shown as above, the search dialog runs six searches and the minutes are
  exported to PDF (in their own process, as the Minutes menu does), in seconds.

    python benchmarks/large_event.py [--rounds 5] [--entries 5000] [--people 40] [--stacks]

``--stacks`` also prints, on stderr, where the UI thread was during each side's longest
stall: a sampling thread records its Python stack every 5 ms while no tick has come for
30 ms (how the first export's 0.3 s import of the command line was found).

Runs with ``QT_QPA_PLATFORM=offscreen`` unless a platform is set. Prints one JSON line
per figure: ``{"bench", "ours", "baseline", "ratio"}``.
"""

from __future__ import annotations

import argparse
import json
import os
import select
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path
from typing import Any

from figures import figure
from minutes import large_event
from startup import child_environment, prepare_database

SESSIONS = 8  # of 8 items each
CHILD_TIMEOUT = float(os.environ.get("LARGE_EVENT_CHILD_TIMEOUT", "600"))
QUERIES = ("a", "de", "mooc loc", "apprentissage pairs", "école form", "ville d")

CHILD = textwrap.dedent(
    """
    import collections
    import json
    import os
    import sys
    import threading
    import time
    import traceback
    from pathlib import Path
    from uuid import UUID

    from PySide6.QtCore import Qt, QTimer

    from forum_desktop.ui.app import start
    from forum_desktop.ui.first_paint import FirstPaint

    database, event_id, mode, output = Path(sys.argv[1]), UUID(sys.argv[2]), *sys.argv[3:5]
    sampling = sys.argv[6] == "stacks"
    running = start(database)
    if running is None:
        print("the app did not start", file=sys.stderr, flush=True)
        os._exit(1)
    app, window = running.app, running.window
    page = window.page
    steps = []
    figures = {}
    kept = []  # the export runner, until it reports
    ticks = [time.perf_counter()]
    watchdog = QTimer()
    watchdog.setInterval(10)
    watchdog.timeout.connect(lambda: ticks.append(time.perf_counter()))
    samples = []  # (ticks seen so far, the UI thread's stack) while it is stuck

    def sample():
        ui = threading.main_thread().ident
        while True:
            time.sleep(0.005)
            if time.perf_counter() - ticks[-1] > 0.03:
                frame = sys._current_frames().get(ui)
                if frame is not None:
                    samples.append((len(ticks), "".join(traceback.format_stack(frame))))

    if sampling:
        threading.Thread(target=sample, daemon=True).start()

    def next_step():
        if steps:
            steps.pop(0)()
        else:
            watchdog.stop()
            gaps = [b - a for a, b in zip(ticks[1:], ticks[2:])]
            figures["stall"] = max(gaps, default=0.0)
            if gaps:  # the longest gap ends at tick number longest + 2
                longest = gaps.index(figures["stall"]) + 2
                stacks = collections.Counter(s for n, s in samples if n == longest)
                figures["stack"] = stacks.most_common(1)[0][0] if stacks else ""
            print(json.dumps(figures), flush=True)
            os._exit(0)

    def painted_then_next(widget):
        model = getattr(widget, "model", None)
        if getattr(model, "loading", False):  # the capture tab's rows come from a worker
            once = Qt.ConnectionType.SingleShotConnection
            model.loaded.connect(lambda: painted_then_next(widget), once)
            return
        FirstPaint(widget).painted.connect(lambda: QTimer.singleShot(0, next_step))

    def show_event():
        figures["started"] = time.perf_counter()
        page.set_event(event_id)
        painted_then_next(page.tabs.currentWidget())

    def show_tab(index):
        def step():
            page.tabs.setCurrentIndex(index)
            painted_then_next(page.tabs.widget(index))
        return step

    def opened():
        figures["open"] = time.perf_counter() - figures.pop("started")
        QTimer.singleShot(0, next_step)

    def search(query):
        def step():
            from forum_desktop.ui.search_dialog import SearchDialog

            dialog = window.findChild(SearchDialog) or SearchDialog(running.context, window)
            dialog.show()
            dialog.field.setText(query)
            dialog.run_search()
            QTimer.singleShot(0, next_step)
        return step

    def export():
        from forum_desktop.ui.export_runner import ExportRunner

        runner = ExportRunner(window, "Export")
        runner.finished.connect(lambda ok, message: (
            figures.update(exported=ok) if ok else print(message, file=sys.stderr),
            QTimer.singleShot(0, next_step),
        ))
        runner.start(running.context.database, ["export-minutes", str(event_id)], Path(output))
        kept.append(runner)

    def begin():
        page.tabs.setCurrentIndex(0)  # untimed: every side starts from the first tab
        app.processEvents()
        ticks[:] = [time.perf_counter()]
        watchdog.start()
        QTimer.singleShot(0, next_step)

    steps.append(show_event)
    steps.extend(show_tab(i) for i in range(1, page.tabs.count()))
    steps.append(opened)
    if mode == "stall":
        steps.extend(search(query) for query in json.loads(sys.argv[5]))
        steps.append(export)
    running.ready.painted.connect(begin)
    app.exec()
    os._exit(1)
    """
)


def run_child(
    database: Path,
    event_id: str,
    mode: str,
    output: Path,
    env: dict[str, str],
    stacks: bool = False,
) -> tuple[dict[str, Any], float]:
    """The child's figures, and its peak resident memory in MiB."""
    with tempfile.TemporaryFile() as errors:
        child = subprocess.Popen(
            [
                sys.executable,
                "-c",
                CHILD,
                str(database),
                event_id,
                mode,
                str(output),
                json.dumps(QUERIES),
                "stacks" if stacks else "plain",
            ],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
        assert child.stdout is not None
        line = ""
        ready, _, _ = select.select([child.stdout], [], [], CHILD_TIMEOUT)
        if ready:
            line = child.stdout.readline()
        else:
            child.kill()
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        child.stdout.close()
        if child.returncode != 0 or not line.strip():
            errors.seek(0)
            detail = errors.read().decode(errors="replace")
            raise RuntimeError(f"the child failed ({child.returncode}):\n{detail}")
    return json.loads(line), usage.ru_maxrss / 1024  # Linux reports KiB


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5, help="interleaved runs (5)")
    parser.add_argument("--entries", type=int, default=5000, help="entries (5000)")
    parser.add_argument("--people", type=int, default=40, help="participants (40)")
    parser.add_argument(
        "--stacks", action="store_true", help="print where the UI thread was in the longest stall"
    )
    args = parser.parse_args(argv)
    if min(args.rounds, args.entries, args.people) < 1:
        parser.error("--rounds, --entries and --people must be at least 1")
    from forum_desktop.clock import SystemClock
    from forum_desktop.services.demo import DEMO_EVENT_ID
    from forum_desktop.storage import Store, open_database

    with tempfile.TemporaryDirectory(prefix="forum-large-") as temp:
        folder = Path(temp)
        database = prepare_database(folder)
        conn = open_database(database, SystemClock())
        try:
            large = large_event(
                Store(conn, SystemClock()),
                sessions=SESSIONS,
                entries=args.entries,
                people=args.people,
            )
        finally:
            conn.close()
        env = child_environment(folder, os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        sides = {"ours": str(large), "baseline": str(DEMO_EVENT_ID)}
        opened: dict[str, list[float]] = {side: [] for side in sides}
        rss: dict[str, list[float]] = {side: [] for side in sides}
        for index in range(args.rounds + 1):  # the first round warms caches, not counted
            order = list(sides) if index % 2 == 0 else list(reversed(sides))
            for side in order:
                figures, peak = run_child(database, sides[side], "open", folder / "x.pdf", env)
                if index:
                    opened[side].append(figures["open"])
                    rss[side].append(peak)
        stall = {}
        for side, event_id in sides.items():
            figures, _ = run_child(
                database, event_id, "stall", folder / f"{side}.pdf", env, args.stacks
            )
            if not figures.get("exported"):
                raise RuntimeError(f"the {side} export did not finish")
            stall[side] = figures["stall"]
            if args.stacks:
                print(f"{side}: the longest stall, {stall[side]:.3f} s, in", file=sys.stderr)
                print(figures.get("stack") or "(no sample: shorter than 30 ms)", file=sys.stderr)
    med = {side: statistics.median(values) for side, values in opened.items()}
    mem = {side: statistics.median(values) for side, values in rss.items()}
    print(figure("open_large_event", med["ours"], med["baseline"]))
    print(figure("open_large_event_rss", mem["ours"], mem["baseline"]))
    print(figure("ui_stall_max", stall["ours"], stall["baseline"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
