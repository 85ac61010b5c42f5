"""The window indexes captured entries for search once typing pauses, not on Enter."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from forum_desktop.services.capture import CaptureOutcome
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.storage.search_index import has_pending
from forum_desktop.ui import context as context_module
from forum_desktop.ui.context import INDEX_PAUSE_MS, AppContext


def test_entries_are_indexed_once_captures_pause(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    event_id = execute(context.store, CreateEvent(title="Forum")).value
    for text in ("First well", "Second well"):
        context.execute(CaptureOutcome(event_id=event_id, text=text), "Capture")
        assert has_pending(context.store.conn)  # the Enter path left the index alone
        assert context.index_timer.isActive()  # restarted by each entry
    assert context.index_timer.interval() == INDEX_PAUSE_MS
    done: list[str] = []
    checkpoint = context.store.checkpoint

    def watched_checkpoint() -> None:
        done.append("pending" if has_pending(context.store.conn) else "indexed")
        checkpoint()

    monkeypatch.setattr(context.store, "checkpoint", watched_checkpoint)
    with qtbot.waitSignal(context.index_timer.timeout, timeout=5 * INDEX_PAUSE_MS):
        pass
    assert not has_pending(context.store.conn)
    assert done == ["indexed"]  # the WAL is checkpointed at the pause too, after indexing
    (indexed,) = context.store.conn.execute(
        "SELECT count(*) FROM search WHERE search MATCH 'well'"
    ).fetchone()
    assert indexed == 2


def test_closing_indexes_what_waits(context: AppContext, db_path: Path) -> None:
    event_id = execute(context.store, CreateEvent(title="Forum")).value
    context.execute(CaptureOutcome(event_id=event_id, text="Last entry of the day"), "Capture")
    context.close()
    reader = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert not has_pending(reader)
        assert reader.execute(
            "SELECT count(*) FROM search WHERE search MATCH 'day'"
        ).fetchone() == (1,)
    finally:
        reader.close()


def test_thousands_queued_are_indexed_a_batch_per_turn(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An import's thousands of entries never make the window wait on them all at once."""
    monkeypatch.setattr(context_module, "INDEX_BATCH", 3)
    event_id = execute(context.store, CreateEvent(title="Forum")).value
    for n in range(8):
        context.execute(CaptureOutcome(event_id=event_id, text=f"Entry {n} on wells"), "Capture")
    batches: list[int] = []
    index_search = context.store.index_search

    def watched(limit: int | None = None) -> int:
        batches.append(index_search(limit=limit))
        return batches[-1]

    monkeypatch.setattr(context.store, "index_search", watched)
    context.after_pause()
    assert batches == [3] and has_pending(context.store.conn)  # one batch, the rest later
    qtbot.waitUntil(lambda: not has_pending(context.store.conn), timeout=5000)
    assert batches == [3, 3, 2]
