"""The capture tab with 10,000 entries in a session: open it, filter it, capture one more.

Each figure is the median of interleaved rounds against a baseline that does the same
with bare Qt and raw sqlite3: a ``QAbstractTableModel`` over the rows of one ``SELECT``,
behind a ``QSortFilterProxyModel`` in a ``QTableView``, and an ``INSERT`` + ``COMMIT``
followed by ``beginInsertRows``. What ours adds is the domain layer (pydantic models,
the journal, undo), the agenda-item bands, the filter choices and the preview.

- ``capture_tab_10k``: show the tab for the event (read, build the rows, lay out the
  table), first shown;
- ``capture_tab_10k_scroll``: one step of scrolling, a page down (or back to the top),
  until the newly visible rows are drawn;
- ``capture_tab_10k_filter``: one step of filtering, typing a word or clearing it —
  every entry is tested;
- ``views_capture``: Enter on one more entry until its row is in the table.

Runs with ``QT_QPA_PLATFORM=offscreen`` unless a platform is set. Prints one JSON line
per figure (seconds).

    python benchmarks/capture_views.py [--entries N] [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

# The writer and the app database of the capture benchmark (this folder is on sys.path).
sys.path.insert(0, str(Path(__file__).parent))
from capture import Writer, figure, open_app_database

COLUMNS = 10
FILTER_WORD = "mooc"


def fill_session(store: Any, count: int) -> None:
    """``count`` entries in the demo's first session, spread over its items, by plain
    inserts (as the capture benchmark fills its corpus)."""
    from forum_desktop.services.agenda import items_of, sessions_of
    from forum_desktop.services.demo import DEMO_EVENT_ID

    session = sessions_of(store, DEMO_EVENT_ID)[0]
    items = [str(item.id) for item in items_of(store, session.id)]
    writer = Writer(seed=3)
    kinds = ("note", "note", "note", "decision", "action", "question", "insight")

    def rows() -> Any:
        for number in range(count):
            minute = (
                f"2022-02-23T{9 + number // 3600:02d}:{number // 60 % 60:02d}:{number % 60:02d}"
            )
            when = minute + "+00:00"
            kind = writer.random.choice(kinds)
            fields = '{"status": "open"}' if kind == "action" else "{}"
            yield (
                str(uuid.uuid4()),
                when,
                when,
                str(DEMO_EVENT_ID),
                str(session.id),
                items[number * len(items) // count],
                kind,
                writer.text(),
                when,
                json.dumps(writer.tags(), ensure_ascii=False),
                fields,
            )

    with store.transaction():
        store.conn.executemany(
            "INSERT INTO outcome (id, created_at, updated_at, event_id, session_id, item_id,"
            " phase, kind, text, captured_at, author, mentions, tags, anonymous, review, fields)"
            " VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, ?, 'Benchmark', '[]', ?, 0, 'draft', ?)",
            rows(),
        )


def bare_view(conn: sqlite3.Connection, event_id: str) -> tuple[Any, Any, Any]:
    """The baseline: raw rows in a bare table model, a proxy, a table view."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
    from PySide6.QtWidgets import QTableView

    class BareModel(QAbstractTableModel):
        def __init__(self) -> None:
            super().__init__()
            self.rows: list[tuple[Any, ...]] = []

        def load(self) -> None:
            self.beginResetModel()
            self.rows = conn.execute(
                "SELECT captured_at, item_id, kind, text, mentions, tags, fields, fields,"
                " author, review FROM outcome WHERE event_id = ? ORDER BY captured_at",
                (event_id,),
            ).fetchall()
            self.endResetModel()

        def rowCount(self, parent: Any = QModelIndex()) -> int:
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:
            return 0 if parent.isValid() else COLUMNS

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(self.rows[index.row()][index.column()])
            return None

    model = BareModel()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(3)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = QTableView()
    view.setModel(proxy)
    view.resize(1000, 700)
    view.show()
    return model, proxy, view


def measure(rounds: int, kinds: dict[str, Callable[[], None]]) -> dict[str, float]:
    """Median seconds of each callable, interleaved, alternating which goes first."""
    times: dict[str, list[float]] = {kind: [] for kind in kinds}
    for index in range(rounds + 1):  # the first round warms caches and is not counted
        order = list(kinds) if index % 2 == 0 else list(reversed(kinds))
        for kind in order:
            started = time.perf_counter()
            kinds[kind]()
            elapsed = time.perf_counter() - started
            if index:
                times[kind].append(elapsed)
    return {kind: statistics.median(values) for kind, values in times.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=10_000, help="entries (10000)")
    parser.add_argument("--rounds", type=int, default=9, help="measured rounds (9)")
    args = parser.parse_args(argv)
    if args.entries < 1 or args.rounds < 1:
        parser.error("--entries and --rounds must be at least 1")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from forum_desktop.capture.syntax import parse_capture
    from forum_desktop.services.demo import DEMO_EVENT_ID
    from forum_desktop.ui.capture_page import CapturePage
    from forum_desktop.ui.context import AppContext

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="forum-views-") as temp:
        path = Path(temp) / "views.sqlite3"
        store = open_app_database(path)
        fill_session(store, args.entries)
        context = AppContext(store, path)
        page = CapturePage(context)
        page.resize(1000, 700)
        page.show()
        plain = sqlite3.connect(path, isolation_level=None)
        plain.execute("PRAGMA synchronous = FULL")
        model, proxy, bare_table = bare_view(plain, str(DEMO_EVENT_ID))

        def ours_open() -> None:
            page.set_event(DEMO_EVENT_ID)
            while page.model.loading:  # read on a worker: counted until the rows are in
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            app.processEvents()

        def bare_open() -> None:
            model.load()
            app.processEvents()

        def ours_filter() -> None:
            word = page.filter_bar.word_filter
            word.setText("" if word.text() else FILTER_WORD)  # one step: type, or clear
            app.processEvents()

        def bare_filter() -> None:
            filtered = proxy.filterRegularExpression().pattern()
            proxy.setFilterFixedString("" if filtered else FILTER_WORD)
            app.processEvents()

        def scroller(table: Any) -> Callable[[], None]:
            def step() -> None:  # a page down, and back to the top at the end
                bar = table.verticalScrollBar()
                bar.setValue(0 if bar.value() >= bar.maximum() else bar.value() + bar.pageStep())
                app.processEvents()

            return step

        writer = Writer(seed=4)
        today = time.localtime()

        def ours_capture() -> None:
            import datetime as dt

            parsed = parse_capture(writer.text(), [], dt.date(*today[:3]))
            page.capture(parsed)
            app.processEvents()

        def bare_capture() -> None:
            now = time.strftime("%Y-%m-%dT%H:%M:%S+00:00")
            text = writer.text()
            plain.execute("BEGIN IMMEDIATE")
            plain.execute(
                "INSERT INTO outcome (id, created_at, updated_at, event_id, phase, kind, text,"
                " captured_at, author, mentions, tags, anonymous, review, fields)"
                " VALUES (?, ?, ?, ?, '', 'note', ?, ?, 'Benchmark', '[]', '[]', 0, 'draft',"
                " '{}')",
                (str(uuid.uuid4()), now, now, str(DEMO_EVENT_ID), text, now),
            )
            plain.execute("COMMIT")
            row = len(model.rows)
            model.beginInsertRows(model.index(0, 0).parent(), row, row)
            model.rows.append((now, None, "note", text, "[]", "[]", "{}", "{}", "B", "draft"))
            model.endInsertRows()
            app.processEvents()

        for name, ours, baseline in (
            ("capture_tab_10k", ours_open, bare_open),
            ("capture_tab_10k_scroll", scroller(page.table), scroller(bare_table)),
            ("capture_tab_10k_filter", ours_filter, bare_filter),
            ("views_capture", ours_capture, bare_capture),
        ):
            result = measure(args.rounds, {"ours": ours, "baseline": baseline})
            print(figure(name, result["ours"], result["baseline"]), flush=True)
        plain.close()
        store.conn.close()
        page.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
