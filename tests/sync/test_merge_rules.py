"""Laptops exchanging change files through one folder: the merge rules as a user meets them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest

from forum_desktop.models import AgendaItem, Event, Outcome, Participant, Session
from forum_desktop.services.agenda import (
    AddItem,
    AddSession,
    DeleteItems,
    DeleteSession,
)
from forum_desktop.services.capture import (
    CaptureOutcome,
    DeleteOutcomes,
    UpdateOutcome,
)
from forum_desktop.services.commands import execute
from forum_desktop.services.conflicts import ResolveConflict
from forum_desktop.services.events import CreateEvent, UpdateEvent
from forum_desktop.services.participants import (
    AddParticipant,
    UpdateParticipant,
)
from forum_desktop.sync.engine import conflict_rows, sync_event
from tests.sync.laptops import Laptop, open_laptop, snapshot


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shared = tmp_path / "shared"
    shared.mkdir()
    return shared


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Laptop, Laptop]]:
    a, b = open_laptop(tmp_path / "a", "Awa"), open_laptop(tmp_path / "b", "Bruno")
    yield a, b
    a.close()
    b.close()


def new_event(laptop: Laptop) -> UUID:
    event_id: UUID = execute(laptop.store, CreateEvent(title="Atelier de Saly")).value
    return event_id


def exchange(folder: Path, event_id: UUID, *laptops: Laptop) -> None:
    """Every laptop syncs twice: after that each has read what every other wrote."""
    for _ in range(2):
        for laptop in laptops:
            sync_event(laptop.store, event_id, folder)


def test_a_laptop_without_the_event_brings_it_all_in(
    laptops: tuple[Laptop, Laptop], folder: Path
) -> None:
    a, b = laptops
    event_id = new_event(a)
    execute(a.store, AddParticipant(event_id=event_id, name="Fatou Ndiaye"))
    execute(a.store, CaptureOutcome(event_id=event_id, text="Ouverture par le maire"))

    sent = sync_event(a.store, event_id, folder)
    assert sent.sent == 3
    got = sync_event(b.store, event_id, folder)

    assert got.received == 3 and got.sent == 0
    assert b.store.require(Event, event_id).title == "Atelier de Saly"
    assert [p.name for p in b.store.select(Participant)] == ["Fatou Ndiaye"]
    assert [o.text for o in b.store.select(Outcome, order_by="captured_at")] == [
        "Ouverture par le maire"
    ]
    assert snapshot(a.store, event_id) == snapshot(b.store, event_id)
    assert got.devices == {a.store.device_id, b.store.device_id}


def test_syncing_again_changes_nothing(laptops: tuple[Laptop, Laptop], folder: Path) -> None:
    a, b = laptops
    event_id = new_event(a)
    exchange(folder, event_id, a, b)
    files = sorted(folder.rglob("*.jsonl"))
    again = sync_event(b.store, event_id, folder)
    assert (again.received, again.sent) == (0, 0)
    assert sorted(folder.rglob("*.jsonl")) == files
    assert all(":" not in path.name for path in folder.rglob("*"))


def test_concurrent_edits_of_different_lines_merge(
    laptops: tuple[Laptop, Laptop], folder: Path
) -> None:
    a, b = laptops
    event_id = new_event(a)
    outcome_id = execute(
        a.store, CaptureOutcome(event_id=event_id, text="Points clés\nun\ndeux\ntrois")
    ).value
    exchange(folder, event_id, a, b)

    execute(
        a.store, UpdateOutcome(outcome_id=outcome_id, text="Points clés\nun, dit Awa\ndeux\ntrois")
    )
    b.clock.advance(5)
    execute(
        b.store,
        UpdateOutcome(outcome_id=outcome_id, text="Points clés\nun\ndeux\ntrois, dit Bruno"),
    )
    exchange(folder, event_id, a, b)

    merged = "Points clés\nun, dit Awa\ndeux\ntrois, dit Bruno"
    assert a.store.require(Outcome, outcome_id).text == merged
    assert b.store.require(Outcome, outcome_id).text == merged
    assert conflict_rows(a.store, event_id) == []


def test_concurrent_edits_of_the_same_line_keep_a_conflict_version(
    laptops: tuple[Laptop, Laptop], folder: Path
) -> None:
    a, b = laptops
    event_id = new_event(a)
    outcome_id = execute(
        a.store, CaptureOutcome(event_id=event_id, text="Décision : reporter")
    ).value
    exchange(folder, event_id, a, b)

    execute(a.store, UpdateOutcome(outcome_id=outcome_id, text="Décision : reporter à mars"))
    b.clock.advance(5)  # Bruno's edit is the later one: it is shown
    execute(b.store, UpdateOutcome(outcome_id=outcome_id, text="Décision : adopter"))
    exchange(folder, event_id, a, b)

    for laptop in (a, b):
        assert laptop.store.require(Outcome, outcome_id).text == "Décision : adopter"
        [conflict] = conflict_rows(laptop.store, event_id)
        assert (conflict["kept"], conflict["author"], conflict["shown"]) == (
            "Décision : reporter à mars",
            "Awa",
            "Décision : adopter",
        )
    assert sync_event(a.store, event_id, folder).conflicts == 1

    # Awa edits the entry as usual: her text shows, and neither earlier version is lost.
    execute(a.store, UpdateOutcome(outcome_id=outcome_id, text="Décision : adopter en mars"))
    exchange(folder, event_id, a, b)
    for laptop in (a, b):
        assert laptop.store.require(Outcome, outcome_id).text == "Décision : adopter en mars"
        kept = {row["kept"] for row in conflict_rows(laptop.store, event_id)}
        assert kept == {"Décision : reporter à mars", "Décision : adopter"}

    # Awa resolves by combining them; the resolution closes the conflict everywhere.
    execute(
        a.store,
        ResolveConflict(
            record_type="outcome",
            record_id=outcome_id,
            field="text",
            value="Décision : adopter, reporter à mars",
        ),
    )
    exchange(folder, event_id, a, b)
    for laptop in (a, b):
        assert conflict_rows(laptop.store, event_id) == []
        text = laptop.store.require(Outcome, outcome_id).text
        assert text == "Décision : adopter, reporter à mars"


def test_simple_fields_the_latest_write_wins_and_history_keeps_the_other(
    laptops: tuple[Laptop, Laptop], folder: Path
) -> None:
    a, b = laptops
    event_id = new_event(a)
    person = execute(a.store, AddParticipant(event_id=event_id, name="Fatou Ndiaye")).value
    exchange(folder, event_id, a, b)

    execute(a.store, UpdateParticipant(participant_id=person, city="Dakar"))
    b.clock.advance(1)
    execute(b.store, UpdateParticipant(participant_id=person, city="Thiès"))
    exchange(folder, event_id, a, b)

    assert a.store.require(Participant, person).city == "Thiès"
    assert snapshot(a.store, event_id) == snapshot(b.store, event_id)
    history = [c.fields["city"].new for c in b.store.journal(person) if "city" in c.fields]
    assert sorted(history) == ["", "Dakar", "Thiès"]


def test_an_edit_concurrent_with_a_delete_wins(
    laptops: tuple[Laptop, Laptop], folder: Path
) -> None:
    a, b = laptops
    event_id = new_event(a)
    outcome_id = execute(a.store, CaptureOutcome(event_id=event_id, text="Brouillon")).value
    exchange(folder, event_id, a, b)

    execute(a.store, DeleteOutcomes(outcome_ids=[outcome_id]))
    a.clock.advance(60)  # the delete is even the later one by the clock
    execute(b.store, UpdateOutcome(outcome_id=outcome_id, text="Brouillon complété"))
    exchange(folder, event_id, a, b)

    for laptop in (a, b):
        assert laptop.store.require(Outcome, outcome_id).text == "Brouillon complété"

    execute(b.store, DeleteOutcomes(outcome_ids=[outcome_id]))  # made on top of both: deletes
    exchange(folder, event_id, a, b)
    assert a.store.get(Outcome, outcome_id) is None
    assert b.store.get(Outcome, outcome_id) is None


def test_a_clock_a_year_behind_still_wins_what_it_did_later(tmp_path: Path, folder: Path) -> None:
    a = open_laptop(tmp_path / "a", "Awa")
    late = open_laptop(tmp_path / "late", "Bruno", skew_seconds=-365 * 86400)
    event_id = new_event(a)
    exchange(folder, event_id, a, late)
    execute(late.store, UpdateEvent(event_id=event_id, place="Saly"))  # made after seeing Awa's
    exchange(folder, event_id, a, late)
    assert a.store.require(Event, event_id).place == "Saly"
    a.close()
    late.close()


def test_a_clock_far_ahead_is_flagged(tmp_path: Path, folder: Path) -> None:
    ahead = open_laptop(tmp_path / "ahead", "Awa", skew_seconds=3 * 86400)
    b = open_laptop(tmp_path / "b", "Bruno")
    event_id = new_event(ahead)
    sync_event(ahead.store, event_id, folder)
    report = sync_event(b.store, event_id, folder)
    assert report.clock_warnings and "more than a day ahead" in str(report.clock_warnings[0])
    assert b.store.require(Event, event_id).title == "Atelier de Saly"
    ahead.close()
    b.close()


def test_a_copied_profile_is_detected_and_this_laptop_reidentified(
    tmp_path: Path, folder: Path
) -> None:
    a = open_laptop(tmp_path / "a", "Awa")
    event_id = new_event(a)
    sync_event(a.store, event_id, folder)
    a.close()
    (tmp_path / "copy").mkdir()
    (tmp_path / "copy" / "Awa.sqlite3").write_bytes((tmp_path / "a" / "Awa.sqlite3").read_bytes())
    a = open_laptop(tmp_path / "a", "Awa")
    copy = open_laptop(tmp_path / "copy", "Awa")
    assert copy.store.device_id == a.store.device_id

    execute(a.store, UpdateEvent(event_id=event_id, place="Saly"))
    sync_event(a.store, event_id, folder)
    execute(copy.store, CaptureOutcome(event_id=event_id, text="Pris sur la copie"))
    report = sync_event(copy.store, event_id, folder)

    assert report.reidentified is not None
    assert copy.store.device_id == report.reidentified != a.store.device_id
    exchange(folder, event_id, a, copy)
    assert snapshot(a.store, event_id) == snapshot(copy.store, event_id)
    assert [o.text for o in a.store.select(Outcome, order_by="captured_at")] == [
        "Pris sur la copie"
    ]
    a.close()
    copy.close()


def test_the_folder_gets_a_stignore_and_a_howto_once(
    laptops: tuple[Laptop, Laptop], folder: Path
) -> None:
    a, _ = laptops
    event_id = new_event(a)
    sync_event(a.store, event_id, folder)
    stignore = folder / ".stignore"
    assert "(?d).*.tmp" in stignore.read_text(encoding="utf-8")
    howto = (folder / "forum-sync" / "HOW-TO-SYNCTHING.txt").read_text(encoding="utf-8")
    assert "forum-desktop sync EVENT_ID --folder" in howto
    stignore.write_text("// mine\n", encoding="utf-8")
    sync_event(a.store, event_id, folder)
    assert stignore.read_text(encoding="utf-8") == "// mine\n"


def test_choosing_the_version_shown_still_closes_the_conflict_everywhere(
    laptops: tuple[Laptop, Laptop], folder: Path
) -> None:
    a, b = laptops
    event_id = new_event(a)
    outcome_id = execute(a.store, CaptureOutcome(event_id=event_id, text="Lieu : Dakar")).value
    exchange(folder, event_id, a, b)
    execute(a.store, UpdateOutcome(outcome_id=outcome_id, text="Lieu : Saly"))
    b.clock.advance(5)
    execute(b.store, UpdateOutcome(outcome_id=outcome_id, text="Lieu : Thiès"))
    exchange(folder, event_id, a, b)
    assert len(conflict_rows(a.store, event_id)) == 1

    execute(
        a.store,
        ResolveConflict(
            record_type="outcome", record_id=outcome_id, field="text", value="Lieu : Thiès"
        ),
    )
    assert conflict_rows(a.store, event_id) == []  # at once, here
    exchange(folder, event_id, a, b)
    assert conflict_rows(b.store, event_id) == []
    assert b.store.require(Outcome, outcome_id).text == "Lieu : Thiès"
    with pytest.raises(ValueError, match="not a text that can be in conflict"):
        execute(
            a.store,
            ResolveConflict(record_type="outcome", record_id=outcome_id, field="kind", value="x"),
        )


def test_a_session_deleted_while_another_laptop_added_to_it_comes_back(
    laptops: tuple[Laptop, Laptop], folder: Path
) -> None:
    a, b = laptops
    event_id = new_event(a)
    session_id = execute(a.store, AddSession(event_id=event_id, title="Matinée")).value
    execute(a.store, AddItem(session_id=session_id, title="Accueil"))
    exchange(folder, event_id, a, b)

    execute(a.store, DeleteSession(session_id=session_id))
    added = execute(b.store, AddItem(session_id=session_id, title="Tour de table")).value
    exchange(folder, event_id, a, b)

    for laptop in (a, b):
        assert laptop.store.require(Session, session_id).title == "Matinée"
        items = laptop.store.select(AgendaItem, {"session_id": session_id})
        assert [item.id for item in items] == [added]  # Awa's delete of "Accueil" stands
    assert snapshot(a.store, event_id) == snapshot(b.store, event_id)

    execute(b.store, DeleteItems(item_ids=[added]))  # nothing left that needs the session
    exchange(folder, event_id, a, b)
    for laptop in (a, b):
        assert laptop.store.get(Session, session_id) is None
    assert snapshot(a.store, event_id) == snapshot(b.store, event_id)
