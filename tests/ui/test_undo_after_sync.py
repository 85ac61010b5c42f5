"""Undo survives sync: a merge keeps the undo steps; undoing a step another laptop has
changed since is refused with a message and changes nothing."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from pytestqt.qtbot import QtBot

from forum_desktop.models import Outcome
from forum_desktop.services.capture import CaptureOutcome, UpdateOutcome
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.sync.engine import sync_event
from forum_desktop.ui.main_window import MainWindow
from tests.sync.laptops import open_laptop

from .conftest import Prompts

WAIT_MS = 10_000


def test_undo_after_a_merge_undoes_own_acts_and_refuses_what_another_laptop_changed(
    window: MainWindow, answers: Prompts, tmp_path: Path, qtbot: QtBot
) -> None:
    context, controller = window.context, window.sync
    event_id: UUID = execute(context.store, CreateEvent(title="Atelier de Saly")).value
    first = context.execute(CaptureOutcome(event_id=event_id, text="Premier"), "Capture").value
    second = context.execute(CaptureOutcome(event_id=event_id, text="Second"), "Capture").value
    context.execute(UpdateOutcome(outcome_id=first, text="Premier, revu"), "Edit entry")
    folder = tmp_path / "shared"
    folder.mkdir()
    controller.share(event_id, folder)
    qtbot.waitUntil(lambda: event_id in controller.reports, timeout=WAIT_MS)

    # Another laptop edits the first entry; the merge brings it here.
    other = open_laptop(tmp_path / "rapporteur", "Bruno")
    sync_event(other.store, event_id, folder)
    execute(other.store, UpdateOutcome(outcome_id=first, text="Premier, par Bruno"))
    sync_event(other.store, event_id, folder)
    other.close()
    controller.sync(event_id)
    qtbot.waitUntil(
        lambda: context.store.require(Outcome, first).text == "Premier, par Bruno",
        timeout=WAIT_MS,
    )
    assert context.undo_stack.count() == 3

    # Undoing the edit would overwrite Bruno's: refused, said, nothing changed.
    context.undo_stack.undo()
    assert [text for _, text in answers.infos] == [
        "Bruno changed this on another laptop since, so it was not undone; "
        "edit it yourself if it still needs changing."
    ]
    assert context.store.require(Outcome, first).text == "Premier, par Bruno"
    assert context.undo_stack.count() == 2  # that step can no longer be undone

    # This laptop's own capture of the second entry still undoes.
    context.undo_stack.undo()
    assert context.store.get(Outcome, second) is None
    assert len(answers.infos) == 1
