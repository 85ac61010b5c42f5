"""Two laptops checking one person in at once: the status and its time stay a pair.

Found by the agenda machine (tests/sync/test_agenda_machine.py): a check-in journaled
only the fields that changed, and the merge takes each field from the latest change
setting it, so "absent" on one laptop and "present at 09:00" on another merged into an
absent person with a check-in time, on every laptop.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from forum_desktop.models import AttendanceStatus, Participant
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.services.participants import AddParticipant, CheckIn
from forum_desktop.sync.engine import sync_event
from tests.sync.laptops import open_laptop


@pytest.mark.parametrize(
    ("first", "earlier", "later"),
    [
        (AttendanceStatus.UNKNOWN, AttendanceStatus.PRESENT, AttendanceStatus.ABSENT),
        # Marked present again: only the time changes, and it must not come alone.
        (AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.PRESENT),
        (AttendanceStatus.LATE, AttendanceStatus.LATE, AttendanceStatus.UNKNOWN),
    ],
)
def test_concurrent_check_ins_give_one_laptops_status_with_its_own_time(
    tmp_path: Path,
    first: AttendanceStatus,
    earlier: AttendanceStatus,
    later: AttendanceStatus,
) -> None:
    a, b = open_laptop(tmp_path / "a", "Awa"), open_laptop(tmp_path / "b", "Bruno")
    folder = tmp_path / "shared"
    folder.mkdir()
    event_id = execute(a.store, CreateEvent(title="Atelier de Saly")).value
    person = execute(a.store, AddParticipant(event_id=event_id, name="Fatou Ndiaye")).value
    execute(a.store, CheckIn(participant_ids=(person,), status=first))
    a.clock.advance(60)
    for laptop in (a, b, a):
        sync_event(laptop.store, event_id, folder)

    b.clock.advance(120)
    execute(b.store, CheckIn(participant_ids=(person,), status=earlier))
    a.clock.advance(120)  # Awa's check-in is the later one: it is shown
    execute(a.store, CheckIn(participant_ids=(person,), status=later))
    for laptop in (a, b, a, b):
        sync_event(laptop.store, event_id, folder)

    came = later in (AttendanceStatus.PRESENT, AttendanceStatus.LATE)
    for laptop in (a, b):
        shown = laptop.store.require(Participant, person)
        assert shown.attendance is later
        assert shown.checked_in_at == (a.clock.now() if came else None)
    a.close()
    b.close()
