"""The capture tab marks an entry whose text is in sync conflict, opens the resolve view
from it, and an ordinary edit keeps every version until someone resolves it."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from pytestqt.qtbot import QtBot

from forum_desktop.models import Outcome
from forum_desktop.services.capture import CaptureOutcome, UpdateOutcome
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.sync.engine import conflict_rows, sync_event
from forum_desktop.ui.main_window import MainWindow
from forum_desktop.ui.outcome_model import Col
from tests.sync.laptops import open_laptop

from .test_capture_page import select_rows


def test_an_entry_in_conflict_is_marked_kept_through_an_edit_and_resolved_from_the_tab(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    context = window.context
    store = context.store
    event_id: UUID = execute(store, CreateEvent(title="Atelier de Saly")).value
    entry = context.execute(CaptureOutcome(event_id=event_id, text="Reporter"), "Capture").value
    folder = tmp_path / "shared"
    other = open_laptop(tmp_path / "rapporteur", "Bruno")
    sync_event(store, event_id, folder)
    sync_event(other.store, event_id, folder)
    context.execute(UpdateOutcome(outcome_id=entry, text="Reporter à mars"), "Edit entry")
    execute(other.store, UpdateOutcome(outcome_id=entry, text="Adopter"))
    sync_event(other.store, event_id, folder)
    sync_event(store, event_id, folder)
    other.close()
    context.merged()
    window.events_model.reload()
    window.open_event(event_id)
    window.capture_action.trigger()
    page = window.page.capture

    def shown_text() -> str:
        return str(page.model.index(page.model.row_of(entry), Col.TEXT).data())

    kept = {row["kept"] for row in conflict_rows(store, event_id)}
    shown = store.require(Outcome, entry).text
    assert {shown, *kept} == {"Reporter à mars", "Adopter"}
    assert shown_text() == f"⚠ In conflict: {shown}"

    # An ordinary edit shows the new text; both earlier versions stay in conflict.
    context.execute(UpdateOutcome(outcome_id=entry, text="Reporter à avril"), "Edit entry")
    assert shown_text() == "⚠ In conflict: Reporter à avril"
    kept = {row["kept"] for row in conflict_rows(store, event_id)}
    assert kept == {"Reporter à mars", "Adopter"}

    # The resolve view opens from the entry, on its conflict, and settles it.
    select_rows(page, page.model.row_of(entry))
    assert page.resolve_action.isEnabled()
    page.resolve_action.trigger()
    dialog = window.conflicts_dialog
    assert dialog.isVisible() and dialog.shown.toPlainText() == "Reporter à avril"
    assert set(dialog.kept.toPlainText().split("\n")) == {"Reporter à mars", "Adopter"}
    dialog.result_edit.setPlainText("Reporter à avril, adopter")
    dialog.resolve_button.click()
    assert conflict_rows(store, event_id) == []
    assert shown_text() == "Reporter à avril, adopter"
    select_rows(page, page.model.row_of(entry))
    assert not page.resolve_action.isEnabled()
