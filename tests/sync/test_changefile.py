"""Change files: one checksummed change per line, read whole lines only."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from forum_desktop.models import Change, Event, Outcome
from forum_desktop.services.capture import CaptureOutcome
from forum_desktop.services.commands import execute
from forum_desktop.services.events import CreateEvent
from forum_desktop.storage import Store
from forum_desktop.sync.changefile import (
    change_files,
    encode_change,
    next_file_name,
    parse_changes,
    write_new_file,
)
from forum_desktop.sync.engine import SyncReport, import_folder
from tests.sync.laptops import open_laptop


def some_changes(store: Store) -> tuple[UUID, list[Change]]:
    event_id: UUID = execute(store, CreateEvent(title="Atelier")).value
    execute(store, CaptureOutcome(event_id=event_id, text="Première ligne\nDeuxième : ligne"))
    return event_id, store.event_changes(event_id)


def test_a_file_reads_back_as_the_changes_written(store: Store, tmp_path: Path) -> None:
    event_id, changes = some_changes(store)
    data = b"".join(encode_change(c) for c in changes)
    parsed = parse_changes(data, event_id, "f")
    assert parsed.changes == changes
    assert (parsed.problems, parsed.incomplete) == ([], False)


def test_a_half_written_last_line_waits_until_it_is_complete(store: Store) -> None:
    event_id, changes = some_changes(store)
    data = b"".join(encode_change(c) for c in changes)
    cut = parse_changes(data[:-10], event_id, "f")
    assert cut.changes == changes[:-1]
    assert cut.incomplete and cut.problems == []


def test_a_damaged_line_is_reported_and_the_others_kept(store: Store) -> None:
    event_id, changes = some_changes(store)
    first, second = (encode_change(c) for c in changes)
    damaged = second.replace("Première".encode(), b"Premiere")
    parsed = parse_changes(first + damaged + b"{not json\n", event_id, "dev/1.jsonl")
    assert parsed.changes == changes[:1]
    assert parsed.problems == [
        "dev/1.jsonl, line 2: the checksum does not match: the line was damaged",
        "dev/1.jsonl, line 3: not a JSON line (Expecting property name enclosed in double "
        "quotes: line 1 column 2 (char 1))",
    ]


def test_changes_of_another_event_are_refused(store: Store) -> None:
    event_id, changes = some_changes(store)
    other = UUID(int=1)
    parsed = parse_changes(encode_change(changes[0]), other, "f")
    assert parsed.changes == [] and parsed.problems == ["f, line 1: a change of another event"]
    assert event_id != other


def test_files_are_moved_in_whole_and_named_for_usb_sticks(tmp_path: Path) -> None:
    directory = tmp_path / "ops" / "d"
    first = next_file_name(directory, UUID(int=0xABCDEF12 << 96))
    assert first == "00000001-abcdef12.jsonl"
    write_new_file(directory, first, b"x\n")
    assert next_file_name(directory, UUID(int=5)).startswith("00000002-")
    assert [p.name for p in directory.iterdir()] == [first]  # no temporary file left


def test_a_cut_file_in_the_folder_is_merged_once_complete(store: Store, tmp_path: Path) -> None:
    event_id, changes = some_changes(store)
    folder = tmp_path / "shared"
    directory = folder / "forum-sync" / str(event_id) / "ops" / str(UUID(int=7))
    data = b"".join(encode_change(c) for c in changes)
    directory.mkdir(parents=True)
    path = directory / "00000001-00000000.jsonl"
    path.write_bytes(data[:-3])
    assert [d for d, _ in change_files(folder, event_id, [])] == [UUID(int=7)]
    other = open_laptop(tmp_path / "other", "Bruno")

    report = SyncReport()
    import_folder(other.store, event_id, folder, report)
    assert (report.received, report.incomplete_files, report.problems) == (1, 1, [])
    assert other.store.get(Event, event_id) is not None
    assert other.store.select(Outcome, order_by="captured_at") == []

    path.write_bytes(data)  # the rest arrived
    report = SyncReport()
    import_folder(other.store, event_id, folder, report)
    assert (report.received, report.incomplete_files) == (1, 0)
    assert [o.text for o in other.store.select(Outcome, order_by="captured_at")] == [
        "Première ligne\nDeuxième : ligne"
    ]
    other.close()


def _line(body: dict[str, object]) -> bytes:
    """A line as a laptop of any version writes it: its body and the body's checksum."""
    import hashlib
    import json

    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    checksum = hashlib.sha256(canonical.encode()).hexdigest()
    return json.dumps({**body, "checksum": checksum}).encode() + b"\n"


def test_lines_of_a_newer_format_or_record_type_are_reported_and_skipped(
    store: Store, tmp_path: Path
) -> None:
    """A laptop on an older version says it cannot read them and never merges them."""
    import json

    from forum_desktop.sync.changefile import CHANGE_FORMAT
    from forum_desktop.sync.engine import sync_event

    event_id, changes = some_changes(store)
    first, second = (json.loads(encode_change(c)) for c in changes)
    assert first.pop("checksum") and first["format"] == CHANGE_FORMAT
    second.pop("checksum")
    newer = _line({**second, "format": CHANGE_FORMAT + 1})
    unknown_type = _line({**first, "record_type": "fishbowl_seat", "record_id": str(UUID(int=5))})
    older = _line({k: v for k, v in first.items() if k != "format"})  # format 1: still read
    folder = tmp_path / "shared"
    device = UUID(int=9)
    write_new_file(
        folder / "forum-sync" / str(event_id) / "ops" / str(device),
        "00000001-00000000.jsonl",
        older + newer + unknown_type,
    )
    laptop = open_laptop(tmp_path / "laptop", "Older")
    try:
        report = sync_event(laptop.store, event_id, folder)
        assert laptop.store.get(Event, event_id) is not None  # format 1 is still read
        assert laptop.store.get(Outcome, changes[1].record_id) is None  # never merged
        assert [p.split(": ", 1)[1] for p in report.problems] == [
            f"written by a newer Forum Desktop (change format {CHANGE_FORMAT + 1}; this one "
            f"reads {CHANGE_FORMAT}): update Forum Desktop on this laptop to merge it",
            "unknown record type 'fishbowl_seat' (from a newer Forum Desktop? update it on "
            "this laptop to merge it)",
        ]
    finally:
        laptop.close()
