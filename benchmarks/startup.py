"""Start-up time: process start to the demo's default tab painted with its data.

Compared, in the same run and interleaved, with a bare PySide6 process that shows an
empty ``QMainWindow``: the ratio says what the app adds on top of Qt's own start-up,
which is what we control. Prints one JSON line per figure (medians, then minimums).

``startup_floor`` says how low that ratio can go for a window of this shape: its "ours"
is a process with none of our code that reads the shown event from the same database
with ``sqlite3`` and shows it the way the app does (a menu bar, the list of events, five
tabs, the Details tab's form filled in), timed the same way against the same bare window.

    python benchmarks/startup.py [--runs N] [--warmup N] [--platform offscreen|xcb]
                                 [--bundle dist/forum-desktop/forum-desktop]

With ``--bundle``, the standalone app is timed instead against the same code run from
this virtualenv (``python -m forum_desktop``), both told to quit once the window is shown
(``--quit-when-shown``): one line, ``startup_bundle``.
"""

from __future__ import annotations

import argparse
import os
import select
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

from figures import figure

SHOWN = "shown"
CHILD_TIMEOUT = 120.0

OURS = textwrap.dedent(
    """
    import os
    import sys
    from pathlib import Path

    from forum_desktop.ui.app import start

    running = start(Path(sys.argv[1]))
    if running is None or not running.window.isVisible():
        print("the app did not start", file=sys.stderr, flush=True)
        os._exit(1)
    # Shown = the default tab painted with the demo's data (not just the window mapped).
    running.ready.painted.connect(lambda: (print("shown", flush=True), os._exit(0)))
    running.app.exec()
    os._exit(1)
    """
)

BASELINE = textwrap.dedent(
    """
    import os
    import sys

    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.show()
    app.processEvents()
    print("shown", flush=True)
    os._exit(0)
    """
)


FLOOR = textwrap.dedent(
    """
    import os
    import sqlite3
    import sys

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import (
        QApplication, QCheckBox, QComboBox, QDateEdit, QFormLayout, QLineEdit, QListWidget,
        QMainWindow, QPlainTextEdit, QScrollArea, QSplitter, QTabWidget, QWidget,
    )

    database = sqlite3.connect(sys.argv[1])
    titles = [row[0] for row in database.execute("SELECT title FROM event ORDER BY title")]
    event = database.execute(
        "SELECT title, language, timezone, place, organisers, context, footer FROM event"
    ).fetchone()
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    for menu in ("File", "Edit", "View", "Run", "Minutes", "Help"):
        for action in range(8):
            window.menuBar().addMenu(menu).addAction(f"{menu} {action}")
    events = QListWidget()
    events.addItems(titles)
    form = QWidget()
    rows = QFormLayout(form)
    title, language, timezone, place, organisers, context, footer = event
    rows.addRow("Title", QLineEdit(title))
    rows.addRow("Languages", QLineEdit(language))
    zones = QComboBox()
    zones.addItem(timezone)
    rows.addRow("Time zone", zones)
    rows.addRow(QCheckBox("Dated"))
    rows.addRow("First day", QDateEdit())
    rows.addRow("Last day", QDateEdit())
    rows.addRow("Place", QLineEdit(place))
    rows.addRow("Organisers", QLineEdit(organisers))
    rows.addRow("Context", QPlainTextEdit(context))
    rows.addRow("Footer", QLineEdit(footer))
    scroll = QScrollArea()
    scroll.setWidget(form)
    scroll.setWidgetResizable(True)
    tabs = QTabWidget()
    tabs.addTab(scroll, "Details")
    for tab in ("Agenda", "Roster", "Capture", "Run"):
        tabs.addTab(QWidget(), tab)
    splitter = QSplitter()
    splitter.addWidget(events)
    splitter.addWidget(tabs)
    window.setCentralWidget(splitter)


    class Painted(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, lambda: (print("shown", flush=True), os._exit(0)))
            return False


    painted = Painted()
    for widget in (form, *form.findChildren(QWidget)):
        widget.installEventFilter(painted)
    window.show()
    app.exec()
    os._exit(1)
    """
)


def prepare_database(folder: Path) -> Path:
    """A database as after the first start: profile set, demo created and opened."""
    from forum_desktop.clock import SystemClock
    from forum_desktop.models import Language
    from forum_desktop.services.demo import ensure_demo_on_first_start
    from forum_desktop.storage import Store, open_database

    path = folder / "forum.sqlite3"
    clock = SystemClock()
    conn = open_database(path, clock)
    try:
        store = Store(conn, clock)
        store.set_profile(name="Benchmark")
        if ensure_demo_on_first_start(store, Language.FR) is None:
            raise RuntimeError("the demo event was not created")
    finally:
        conn.close()
    return path


def child_environment(folder: Path, platform: str) -> dict[str, str]:
    """The children's environment: chosen Qt platform, home and XDG folders in ``folder``."""
    if platform == "xcb" and not os.environ.get("DISPLAY"):
        raise SystemExit("startup.py: --platform xcb needs DISPLAY (e.g. run under xvfb-run)")
    home = folder / "home"
    runtime = folder / "runtime"
    home.mkdir(exist_ok=True)
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = dict(os.environ)
    # Python code starts as installed: from bytecode compiled once (pip compiles it at
    # install, a first start writes it). Where PYTHONDONTWRITEBYTECODE is set, every child
    # would compile our 100-odd modules from source again (some 60 ms each start), and
    # the bare window, made of compiled modules only, would not. The warm-up runs write
    # the children's bytecode into ``folder``.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        PYTHONPYCACHEPREFIX=str(folder / "bytecode"),
        QT_QPA_PLATFORM=platform,
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_RUNTIME_DIR=str(runtime),
    )
    return env


def time_to_shown(command: list[str], env: dict[str, str]) -> float:
    """Seconds from just before spawning the child to reading its ``shown`` line."""
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        child = subprocess.Popen(
            command,
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
        elapsed = time.perf_counter() - started
        if line.strip() != SHOWN:
            child.kill()
        status = child.wait()
        child.stdout.close()
        if line.strip() != SHOWN or status != 0:
            errors.seek(0)
            detail = errors.read().decode(errors="replace")
            raise RuntimeError(f"the child did not show its window (status {status}):\n{detail}")
    return elapsed


def interleaved(
    kinds: dict[str, list[str]], timed: Callable[[list[str]], float], args: argparse.Namespace
) -> dict[str, list[float]]:
    """Each kind's times over ``args.runs`` rounds after ``args.warmup`` unmeasured ones,
    the kinds interleaved and alternating who goes first, so drift hits all alike."""
    times: dict[str, list[float]] = {kind: [] for kind in kinds}
    for index in range(args.warmup + args.runs):
        order = list(kinds) if index % 2 == 0 else list(reversed(kinds))
        for kind in order:
            elapsed = timed(kinds[kind])
            if index >= args.warmup:
                times[kind].append(elapsed)
    return times


def commands(database: Path, bundle: Path | None) -> dict[str, list[str]]:
    """What each side runs: the app and the floor against a bare window, or the bundle
    against the virtualenv's copy of the same code."""
    if bundle is None:
        return {
            "ours": [sys.executable, "-c", OURS, str(database)],
            "baseline": [sys.executable, "-c", BASELINE],
            "floor": [sys.executable, "-c", FLOOR, str(database)],
        }
    app = ["--db", str(database), "--quit-when-shown"]
    return {
        "ours": [str(bundle.resolve()), *app],
        "baseline": [sys.executable, "-m", "forum_desktop", *app],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="measured runs of each (default 7)")
    parser.add_argument(
        "--warmup", type=int, default=1, help="unmeasured runs of each first (default 1)"
    )
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM for the children")
    parser.add_argument(
        "--bundle", type=Path, help="time this standalone app against the virtualenv's code"
    )
    args = parser.parse_args(argv)
    if args.runs < 1 or args.warmup < 0:
        parser.error("--runs must be at least 1 and --warmup at least 0")

    with tempfile.TemporaryDirectory(prefix="forum-startup-") as temp:
        folder = Path(temp)
        database = prepare_database(folder)
        env = child_environment(folder, args.platform)
        kinds = commands(database, args.bundle)
        times = interleaved(kinds, lambda command: time_to_shown(command, env), args)

    ours, baseline = times["ours"], times["baseline"]
    if args.bundle is not None:
        print(figure("startup_bundle", statistics.median(ours), statistics.median(baseline)))
        return 0
    print(figure("startup_median", statistics.median(ours), statistics.median(baseline)))
    print(figure("startup_min", min(ours), min(baseline)))
    print(figure("startup_floor", statistics.median(times["floor"]), statistics.median(baseline)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
