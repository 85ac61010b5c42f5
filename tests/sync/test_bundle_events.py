"""A bundle (or a shared folder) of one event cannot plant a change on a record of another
event."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from uuid import UUID, uuid4

import pytest

from forum_desktop.models import Change, ChangeKind, FieldChange, Participant
from forum_desktop.services.check import run_checks
from forum_desktop.sync.bundle import BundleError, export_bundle, import_bundle
from forum_desktop.sync.changefile import encode_change, ops_dir, write_new_file
from forum_desktop.sync.engine import sync_event
from tests.services.helpers import build_event
from tests.sync.laptops import Laptop, open_laptop, snapshot


def with_forged_change(bundle: bytes, change: Change) -> bytes:
    """The bundle with one more change file holding ``change`` (a good checksum)."""
    with zipfile.ZipFile(io.BytesIO(bundle)) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    members[f"ops/{change.device_id}/00000001-{change.change_id.hex[:8]}.jsonl"] = encode_change(
        change
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def forged(
    laptop: Laptop,
    event_id: UUID,
    record_id: UUID,
    kind: ChangeKind,
    fields: dict[str, FieldChange],
) -> Change:
    """A change another laptop could have written, with a good checksum once encoded."""
    return Change(
        device_id=uuid4(),
        sequence=1,
        author="Mallory",
        record_type="participant",
        record_id=record_id,
        kind=kind,
        fields=fields,
        at=laptop.clock.now(),
        event_id=event_id,
        hlc=1 << 16,
    )


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Laptop]:
    opened = open_laptop(tmp_path, "facilitator")
    yield opened
    opened.close()


def test_a_change_of_another_events_record_refuses_the_whole_bundle(laptop: Laptop) -> None:
    ours = build_event(laptop.store, title="Atelier de Dakar")
    theirs = build_event(laptop.store, title="Atelier de Lisbonne")
    victim = theirs.participant_ids[0]
    bundle = with_forged_change(
        export_bundle(laptop.store, ours.event_id),
        forged(
            laptop,
            ours.event_id,
            victim,
            ChangeKind.UPDATE,
            {"name": FieldChange(old="Fatou Ndiaye", new="Planted")},
        ),
    )
    before = {event: snapshot(laptop.store, event) for event in (ours.event_id, theirs.event_id)}
    journal = laptop.store.journal()

    with pytest.raises(BundleError) as refused:
        import_bundle(laptop.store, bundle)

    assert str(refused.value) == (
        "The bundle changes a participant of another event here ('Atelier de Lisbonne'); "
        "it was refused and nothing was imported."
    )
    assert laptop.store.require(Participant, victim).name == "Fatou Ndiaye"
    assert {e: snapshot(laptop.store, e) for e in before} == before
    assert laptop.store.journal() == journal
    assert run_checks(laptop.store) == []


def test_a_new_record_put_into_another_event_is_refused(laptop: Laptop) -> None:
    ours = build_event(laptop.store, title="Atelier de Dakar")
    theirs = build_event(laptop.store, title="Atelier de Lisbonne")
    newcomer = forged(
        laptop,
        ours.event_id,
        uuid4(),
        ChangeKind.INSERT,
        {
            "event_id": FieldChange(old=None, new=str(theirs.event_id)),
            "name": FieldChange(old=None, new="Planted"),
        },
    )
    bundle = with_forged_change(export_bundle(laptop.store, ours.event_id), newcomer)
    with pytest.raises(BundleError, match=r"another event here \('Atelier de Lisbonne'\)"):
        import_bundle(laptop.store, bundle)
    assert laptop.store.get(Participant, newcomer.record_id) is None


def test_a_bundle_of_its_own_event_still_merges(laptop: Laptop, tmp_path: Path) -> None:
    ours = build_event(laptop.store, title="Atelier de Dakar")
    build_event(laptop.store, title="Atelier de Lisbonne")
    other = open_laptop(tmp_path / "other", "rapporteur")
    try:
        import_bundle(other.store, export_bundle(laptop.store, ours.event_id))
        other.store.update(Participant, ours.participant_ids[0], city="Thiès")
        import_bundle(laptop.store, export_bundle(other.store, ours.event_id))
    finally:
        other.close()
    assert laptop.store.require(Participant, ours.participant_ids[0]).city == "Thiès"


def test_a_shared_folder_skips_and_reports_a_change_of_another_event(
    laptop: Laptop, tmp_path: Path
) -> None:
    ours = build_event(laptop.store, title="Atelier de Dakar")
    theirs = build_event(laptop.store, title="Atelier de Lisbonne")
    victim = theirs.participant_ids[0]
    folder = tmp_path / "shared"
    folder.mkdir()
    sync_event(laptop.store, ours.event_id, folder)
    planted = forged(
        laptop,
        ours.event_id,
        victim,
        ChangeKind.UPDATE,
        {"name": FieldChange(old="Fatou Ndiaye", new="Planted")},
    )
    good = forged(
        laptop,
        ours.event_id,
        ours.participant_ids[1],
        ChangeKind.UPDATE,
        {"city": FieldChange(old="", new="Porto")},
    )
    [*_, last] = laptop.store.record_changes("participant", ours.participant_ids[1])
    good = good.model_copy(  # made on top of what this laptop has: it wins the merge
        update={
            "device_id": planted.device_id,
            "sequence": 2,
            "hlc": last.hlc + 1,
            "parents": (last.change_id,),
        }
    )
    write_new_file(
        ops_dir(folder, ours.event_id, planted.device_id),
        f"00000001-{planted.change_id.hex[:8]}.jsonl",
        encode_change(planted) + encode_change(good),
    )

    report = sync_event(laptop.store, ours.event_id, folder)

    assert report.problems == [
        f"a change by Mallory of participant {victim}: the record belongs to another event "
        "here, skipped"
    ]
    assert report.received == 1
    assert laptop.store.require(Participant, victim).name == "Fatou Ndiaye"
    assert laptop.store.require(Participant, ours.participant_ids[1]).city == "Porto"
    assert run_checks(laptop.store) == []
