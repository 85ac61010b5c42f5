"""An event's logo: checked, kept once by hash like a photo, undoable, carried by the JSON
export and sync, never pruned while an event shows it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from forum_desktop.clock import FakeClock
from forum_desktop.models import Event
from forum_desktop.services.commands import execute
from forum_desktop.services.document_import import import_document
from forum_desktop.services.documents import (
    DocumentError,
    document_to_json,
    export_document,
    parse_document,
)
from forum_desktop.services.logo import MAX_LOGO_BYTES, LogoRejectedError, SetEventLogo, event_logo
from forum_desktop.services.operations import undo
from forum_desktop.storage import Store, open_database
from forum_desktop.storage.image_data import prune_image_data, sha256_of
from forum_desktop.sync.bundle import export_bundle, read_bundle
from tests.photo_bytes import jpeg_bytes, png_bytes
from tests.services.helpers import build_event

LOGO = png_bytes(240, 80)


def test_a_logo_is_set_replaced_removed_and_undone(store: Store) -> None:
    event_id = build_event(store).event_id
    execute(store, SetEventLogo(event_id=event_id, image=LOGO))
    event = store.require(Event, event_id)
    assert event.logo_sha256 == sha256_of(LOGO)
    assert event_logo(store, event) == LOGO
    replaced = execute(store, SetEventLogo(event_id=event_id, image=jpeg_bytes(300, 100)))
    assert event_logo(store, store.require(Event, event_id)) == jpeg_bytes(300, 100)
    undo(store, replaced)
    assert event_logo(store, store.require(Event, event_id)) == LOGO
    execute(store, SetEventLogo(event_id=event_id, image=None))
    assert store.require(Event, event_id).logo_sha256 is None
    assert event_logo(store, store.require(Event, event_id)) is None


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "must be a PNG or JPEG image"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "must be a PNG or JPEG image"),
        (b"GIF89a" + b"\0" * 20, "must be a PNG or JPEG image"),
        (png_bytes(5000, 10), "at most 4096 on each side"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 20, "damaged: its size cannot be read"),
        (LOGO + b"\0" * MAX_LOGO_BYTES, "the limit is 2.0 MB"),
    ],
)
def test_a_bad_file_is_refused_with_a_reason_and_nothing_changes(
    store: Store, data: bytes, message: str
) -> None:
    event_id = build_event(store).event_id
    execute(store, SetEventLogo(event_id=event_id, image=LOGO))
    before = store.conn.execute("SELECT COUNT(*) FROM image_data").fetchone()
    with pytest.raises(LogoRejectedError, match=message):
        execute(store, SetEventLogo(event_id=event_id, image=data))
    assert store.require(Event, event_id).logo_sha256 == sha256_of(LOGO)
    assert store.conn.execute("SELECT COUNT(*) FROM image_data").fetchone() == before


def test_the_logo_survives_pruning_only_while_an_event_shows_it(store: Store) -> None:
    event_id = build_event(store).event_id
    execute(store, SetEventLogo(event_id=event_id, image=LOGO))
    assert prune_image_data(store) == 0
    execute(store, SetEventLogo(event_id=event_id, image=None))
    assert prune_image_data(store) == 1


def test_the_json_export_and_a_sync_bundle_carry_the_logo(
    store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    event_id = build_event(store).event_id
    execute(store, SetEventLogo(event_id=event_id, image=LOGO))
    raw = document_to_json(export_document(store, event_id))
    other = Store(open_database(tmp_path / "other.sqlite3", clock), clock)
    import_document(other, document=parse_document(raw.encode()))
    assert event_logo(other, other.require(Event, event_id)) == LOGO
    _, _, images = read_bundle(export_bundle(store, event_id))
    assert images == {sha256_of(LOGO): LOGO}


def test_a_document_whose_logo_bytes_are_missing_is_refused(store: Store) -> None:
    event_id = build_event(store).event_id
    execute(store, SetEventLogo(event_id=event_id, image=LOGO))
    raw = json.loads(document_to_json(export_document(store, event_id)))
    raw["images"] = []
    with pytest.raises(DocumentError, match=r"event\.logo_sha256: no such image"):
        parse_document(json.dumps(raw).encode())
