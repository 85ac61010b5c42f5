"""Background sync jobs always report: a bug in a merge is logged and shown on the UI
thread, and the event goes on syncing."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from pytestqt.qtbot import QtBot

from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.sync import bundle, engine
from forum_desktop.ui import prompts
from forum_desktop.ui.language import install
from forum_desktop.ui.main_window import MainWindow

from .conftest import Prompts

WAIT_MS = 10_000


def test_a_merge_that_raises_is_shown_on_the_ui_thread_and_the_event_syncs_again(
    window: MainWindow,
    answers: Prompts,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    event_id: UUID = execute(window.context.store, CreateEvent(title="Atelier de Saly")).value
    failures = [KeyError("bug in a merge")]
    merge = engine.sync_event

    def sync_event(*args: Any) -> engine.SyncReport:
        if failures:
            raise failures.pop()
        return merge(*args)

    shown_on: list[bool] = []
    error = prompts.error

    def recording_error(*args: Any) -> None:
        shown_on.append(threading.current_thread() is threading.main_thread())
        error(*args)

    monkeypatch.setattr(engine, "sync_event", sync_event)  # the job imports it when it runs
    monkeypatch.setattr(prompts, "error", recording_error)
    folder = tmp_path / "shared"
    folder.mkdir()
    controller = window.sync
    controller.share(event_id, folder)

    qtbot.waitUntil(lambda: bool(answers.errors), timeout=WAIT_MS)
    assert shown_on == [True]
    assert "bug in a merge" in answers.errors[0][1]
    assert "bug in a merge" in controller.status(event_id)
    assert "sync of" in caplog.text and "KeyError" in caplog.text

    controller.sync(event_id)  # the next merge runs and reports as usual
    qtbot.waitUntil(lambda: event_id in controller.reports, timeout=WAIT_MS)
    assert controller.status(event_id).startswith("Laptops seen: 1")
    assert len(answers.errors) == 1


def test_a_bundle_job_that_raises_reports_back_on_the_ui_thread(
    window: MainWindow,
    answers: Prompts,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    event_id: UUID = execute(window.context.store, CreateEvent(title="Atelier de Saly")).value

    def export_bundle(*args: Any) -> bytes:
        raise ValueError("bug in a bundle")

    monkeypatch.setattr(bundle, "export_bundle", export_bundle)
    failed: list[str] = []
    window.sync.bundle_failed.connect(failed.append)
    window.sync.export_bundle(event_id, tmp_path / "atelier.forum-bundle")
    qtbot.waitUntil(lambda: bool(failed), timeout=WAIT_MS)
    assert failed == ["bug in a bundle"]
    assert [text for _, text in answers.errors if "bug in a bundle" in text]
    assert "bundle job" in caplog.text and "ValueError" in caplog.text


def test_a_merge_whose_indexing_fails_is_still_reported_done(
    window: MainWindow,
    answers: Prompts,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The merge is committed before the search index is brought up to date: a busy or
    full disk then must not report the merge as failed (the next pause indexes)."""
    from forum_desktop.storage import DiskFullError, Store

    event_id: UUID = execute(window.context.store, CreateEvent(title="Atelier de Saly")).value

    def full(self: Store, limit: int | None = None) -> int | None:
        raise DiskFullError()

    monkeypatch.setattr(Store, "index_search", full)
    folder = tmp_path / "shared"
    folder.mkdir()
    controller = window.sync
    controller.share(event_id, folder)
    qtbot.waitUntil(lambda: event_id in controller.reports, timeout=WAIT_MS)
    assert controller.status(event_id).startswith("Laptops seen: 1")
    assert answers.errors == []
    assert "search index not updated after the merge" in caplog.text


def test_a_bundle_that_cannot_be_written_is_said_in_the_interface_language(
    window: MainWindow, answers: Prompts, tmp_path: Path, qtbot: QtBot
) -> None:
    event_id: UUID = execute(window.context.store, CreateEvent(title="Atelier de Saly")).value
    target = tmp_path / "absent" / "atelier.forum-bundle"
    failed: list[str] = []
    window.sync.bundle_failed.connect(failed.append)
    install("es")
    try:
        window.sync.export_bundle(event_id, target)
        qtbot.waitUntil(lambda: bool(failed), timeout=WAIT_MS)
    finally:
        install("en")
    assert failed == [
        f"No se pudo escribir {target}: la carpeta {target.parent} no existe; elija otra carpeta."
    ]
