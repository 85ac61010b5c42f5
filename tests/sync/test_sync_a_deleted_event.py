"""``forum-desktop sync`` of an event deleted on this laptop: the delete goes out."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

import pytest

from forum_desktop.cli import EXIT_OK
from forum_desktop.clock import SystemClock
from forum_desktop.services.commands import execute
from forum_desktop.services.demo import DEMO_EVENT_ID
from forum_desktop.services.events import DeleteEvent
from forum_desktop.storage import Store, open_database
from tests.test_cli import cli, private_home

__all__ = ["private_home"]  # the autouse fixture keeps logs under tmp_path here too

EVENT = str(DEMO_EVENT_ID)


def delete_event(db: Path, event_id: str) -> None:
    conn = open_database(db, SystemClock())
    try:
        execute(Store(conn, SystemClock()), DeleteEvent(event_id=UUID(event_id)))
    finally:
        conn.close()


def test_syncing_an_event_deleted_here_sends_the_delete_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    facilitator, rapporteur = tmp_path / "facilitator.sqlite3", tmp_path / "rapporteur.sqlite3"
    folder = tmp_path / "shared"
    folder.mkdir()
    assert cli(capsys, "demo", "--db", facilitator).code == EXIT_OK
    for db in (facilitator, rapporteur):
        assert cli(capsys, "sync", EVENT, "--folder", folder, "--db", db).code == EXIT_OK
    delete_event(facilitator, EVENT)

    sent = cli(capsys, "sync", EVENT, "--folder", folder, "--db", facilitator)

    assert sent.code == EXIT_OK, sent
    assert sent.lines[-1] == "synced the event's deletion"
    received = cli(capsys, "sync", EVENT, "--folder", folder, "--db", rapporteur)
    assert received.code == EXIT_OK, received
    assert received.lines[-1] == "synced the event's deletion"
    assert EVENT not in cli(capsys, "events", "--db", rapporteur).out
