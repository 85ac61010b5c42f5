"""Loading an event for export, saving what the exporters make, and start-up cost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from uuid import uuid4

import pytest

from forum_desktop.export.agenda_pdf import run_sheet_pdf
from forum_desktop.export.loading import items_by_session, load_agenda, save_export
from forum_desktop.files import WriteError
from forum_desktop.services import agenda
from forum_desktop.services.commands import execute
from forum_desktop.storage import Store
from forum_desktop.storage.errors import RecordNotFoundError
from tests.export.conftest import PRIVATE_NOTE, enrich_demo
from tests.export.pdf_reading import all_text


def test_load_agenda_gives_the_event_its_sessions_in_order_and_the_roster(store: Store) -> None:
    event_id = enrich_demo(store)
    second = execute(store, agenda.AddSession(event_id=event_id, title="Après-midi")).value
    execute(store, agenda.AddItem(session_id=second, title="Clôture", planned_minutes=15))

    event, sessions, participants = load_agenda(store, event_id)
    assert event.id == event_id
    assert [session.title for session, _ in sessions] == [
        "Session en ligne et sur place",
        "Après-midi",
    ]
    first_items = sessions[0][1]
    assert first_items[0].title == "Bienvenue"
    assert first_items[1].parent_id == first_items[0].id  # parents before their children
    assert any(item.notes == PRIVATE_NOTE for item in first_items)
    assert [item.title for item in sessions[1][1]] == ["Clôture"]
    assert len(participants) == 15
    assert set(items_by_session(sessions)) == {session.id for session, _ in sessions}
    assert "Après-midi" in all_text(run_sheet_pdf(event, sessions, participants))


def test_load_agenda_of_a_missing_event(store: Store) -> None:
    with pytest.raises(RecordNotFoundError):
        load_agenda(store, uuid4())


def test_save_export_writes_bytes_and_text_atomically(tmp_path: Path) -> None:
    pdf = tmp_path / "agenda.pdf"
    save_export(pdf, b"%PDF-1.4 ...")
    assert pdf.read_bytes() == b"%PDF-1.4 ..."
    ics = tmp_path / "sessions.ics"
    save_export(ics, "BEGIN:VCALENDAR\r\nSUMMARY:été\r\n")
    assert ics.read_bytes() == "BEGIN:VCALENDAR\r\nSUMMARY:été\r\n".encode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agenda.pdf", "sessions.ics"]
    with pytest.raises(WriteError) as refused:
        save_export(tmp_path / "missing" / "x.pdf", b"")
    assert refused.value.notice.kind.code == "file.no_folder"


def test_importing_the_exporters_does_not_load_reportlab() -> None:
    """reportlab stays off the app's start-up path: only building a document loads it."""
    code = (
        "import sys\n"
        "import forum_desktop.export.agenda_pdf, forum_desktop.export.signin_pdf\n"
        "import forum_desktop.export.ical, forum_desktop.export.loading\n"
        "print(sorted(m for m in sys.modules if m.startswith('reportlab')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "[]"
