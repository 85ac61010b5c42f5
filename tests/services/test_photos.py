"""Photos in the core: what is stored, what is refused, and how they travel in documents."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any
from uuid import uuid4

import pytest

from forum_desktop.clock import FakeClock
from forum_desktop.models import Change, Outcome, Photo
from forum_desktop.services.capture import CaptureOutcome, MergeOutcomes
from forum_desktop.services.check import run_checks
from forum_desktop.services.commands import execute
from forum_desktop.services.document_import import import_document
from forum_desktop.services.documents import (
    DocumentError,
    document_summary,
    document_to_json,
    export_document,
    parse_document,
)
from forum_desktop.services.events import DeleteEvent
from forum_desktop.services.operations import undo
from forum_desktop.services.photos import (
    AddPhoto,
    DeletePhotos,
    PhotoRejectedError,
    photo_bytes,
    photos_of_event,
)
from forum_desktop.storage import Store, open_database
from forum_desktop.storage.image_data import prune_image_data
from tests.photo_bytes import jpeg_bytes, png_bytes
from tests.services.helpers import build_event
from tests.services.photo_examples import with_photos


def image_rows(store: Store) -> int:
    (n,) = store.conn.execute("SELECT COUNT(*) FROM image_data").fetchone()
    return int(n)


def test_a_photo_keeps_its_bytes_once_and_the_journal_only_their_hash(store: Store) -> None:
    built = build_event(store)
    image = png_bytes(4, 3)
    first = execute(
        store,
        AddPhoto(
            event_id=built.event_id,
            item_id=built.item_ids[0],
            image=image,
            mime="image/png",
            width=4,
            height=3,
            caption="  Flipchart <b>&</b> 🎉 ",
            file_name="flip.png",
        ),
    )
    again = execute(
        store,
        AddPhoto(
            event_id=built.event_id,
            item_id=built.item_ids[1],
            image=image,
            mime="image/png",
            width=4,
            height=3,
        ),
    )
    photo = store.require(Photo, first.value)
    assert photo.caption == "Flipchart <b>&</b> 🎉"
    assert photo.image_sha256 == hashlib.sha256(image).hexdigest()
    assert photo_bytes(store, photo) == image
    assert photo_bytes(store, photo, original=True) is None
    assert image_rows(store) == 1  # the same bytes twice are stored once
    [change] = first.changes
    assert change.fields["image_sha256"].new == photo.image_sha256
    journal_row = store.conn.execute(
        "SELECT length(fields) FROM journal WHERE record_id = ?", (str(again.value),)
    ).fetchone()
    assert journal_row[0] < 1000


def test_a_photo_on_an_entry_takes_its_item(store: Store) -> None:
    built, ids = with_photos(store)
    photo = store.require(Photo, ids[1])
    outcome = store.require(Outcome, photo.outcome_id)  # type: ignore[arg-type]
    assert photo.item_id == outcome.item_id == built.item_ids[0]
    assert photo_bytes(store, photo, original=True) == b"GIF89a original"


def good(built_event: Any, **changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "event_id": built_event.event_id,
        "item_id": built_event.item_ids[0],
        "image": png_bytes(4, 3),
        "mime": "image/png",
        "width": 4,
        "height": 3,
    }
    return {**values, **changes}


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"mime": "image/svg+xml"}, "'image/svg+xml' is not an accepted image type"),
        ({"image": b""}, "the image is empty"),
        ({"image": b"<html>not a picture</html>"}, "not an image at all"),
        ({"image": jpeg_bytes(4, 3)}, "not a image/png image (image/jpeg)"),
        ({"width": 5}, "said to be 5×3 pixels but is 4×3"),
        ({"image": png_bytes(9000, 1), "width": 9000, "height": 1}, None),
        ({"original": b"%PDF-1.7", "original_mime": "application/pdf"}, "original: "),
        ({"original": png_bytes(), "original_mime": "image/gif"}, "original: the bytes are not"),
    ],
)
def test_bad_images_are_refused_and_nothing_is_kept(
    store: Store, changes: dict[str, Any], message: str | None
) -> None:
    built = build_event(store)
    journal = store.journal()
    with pytest.raises((PhotoRejectedError, ValueError)) as caught:
        execute(store, AddPhoto(**good(built, **changes)))
    if message:
        assert message in str(caught.value)
    assert store.select(Photo, order_by="created_at") == []
    assert image_rows(store) == 0
    assert store.journal() == journal


def test_the_size_limit_is_checked(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("forum_desktop.services.photos.MAX_IMAGE_BYTES", 50)
    with pytest.raises(PhotoRejectedError, match=r"the limit is 0\.0 MB"):
        execute(store, AddPhoto(**good(build_event(store), image=png_bytes(4, 3) + b"\x00" * 60)))


def test_a_photo_must_belong_to_an_item_or_an_entry(store: Store) -> None:
    with pytest.raises(ValueError, match="belongs to an agenda item, an entry, or both"):
        execute(store, AddPhoto(**good(build_event(store), item_id=None)))


def test_deleted_photos_come_back_with_undo_and_bytes_go_at_prune(store: Store) -> None:
    built, ids = with_photos(store)
    assert image_rows(store) == 3
    deleted = execute(store, DeletePhotos(photo_ids=ids))
    assert photos_of_event(store, built.event_id) == []
    undo(store, deleted)
    assert [p.id for p in photos_of_event(store, built.event_id)] == ids
    assert prune_image_data(store) == 0  # everything is in use
    execute(store, DeletePhotos(photo_ids=ids[1:]))
    assert prune_image_data(store) == 2  # the JPEG and its original
    assert photo_bytes(store, store.require(Photo, ids[0])) == png_bytes(4, 3)
    assert run_checks(store) == []


def test_deleting_an_event_deletes_its_photos_and_undo_restores_them(store: Store) -> None:
    built, ids = with_photos(store)
    result = execute(store, DeleteEvent(event_id=built.event_id))
    assert store.select(Photo, order_by="created_at") == []
    undo(store, result)
    assert [p.id for p in photos_of_event(store, built.event_id)] == ids


def test_merged_entries_keep_their_photos(store: Store) -> None:
    built, ids = with_photos(store)
    decision = store.require(Photo, ids[1]).outcome_id
    kept = execute(store, CaptureOutcome(event_id=built.event_id, text="Aquarium")).value
    execute(store, MergeOutcomes(keep_id=kept, merged_ids=[decision]))  # type: ignore[list-item]
    assert store.require(Photo, ids[1]).outcome_id == kept


# --- documents --------------------------------------------------------------------------


def fresh_store(path: Path, clock: FakeClock) -> Store:
    return Store(open_database(path, clock), clock)


def exported(store: Store) -> tuple[Any, dict[str, Any]]:
    built, _ = with_photos(store)
    return built, json.loads(document_to_json(export_document(store, built.event_id)))


def test_photos_travel_with_their_bytes_once(
    store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    built, ids = with_photos(store)
    clock.advance(1)
    execute(
        store, AddPhoto(**good(built, caption="Même image, autre item", item_id=built.item_ids[3]))
    )
    text = document_to_json(export_document(store, built.event_id))
    raw = json.loads(text)
    assert raw["format_version"] == 5
    assert len(raw["photos"]) == 3
    assert [base64.b64decode(i["data"])[:4] for i in raw["images"]] == [
        b"\x89PNG",
        b"\xff\xd8\xff\xe0",
        b"GIF8",
    ]
    other = fresh_store(tmp_path / "other.sqlite3", clock)
    document = parse_document(text.encode())
    assert document_summary(document)["photos"] == 3
    import_document(other, document=document)
    assert document_to_json(export_document(other, built.event_id)) == text
    photo = other.require(Photo, ids[1])
    assert photo_bytes(other, photo) == jpeg_bytes(640, 480)
    assert import_document(other, document=document).changes == ()
    assert run_checks(other) == []


def test_version_2_documents_still_import(store: Store, clock: FakeClock, tmp_path: Path) -> None:
    _, raw = exported(store)
    raw["format_version"] = 2
    del raw["photos"], raw["images"]
    other = fresh_store(tmp_path / "other.sqlite3", clock)
    import_document(other, document=parse_document(json.dumps(raw).encode()))
    assert len(other.select(Outcome, order_by="captured_at")) == 1
    assert other.select(Photo, order_by="created_at") == []


def _replace_image(raw: dict[str, Any], index: int, data: bytes) -> None:
    raw["images"][index] = {
        "sha256": hashlib.sha256(data).hexdigest(),
        "data": base64.b64encode(data).decode(),
    }


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (lambda r: r.update(format_version=2), "photos, images and runs need format_version 3"),
        (lambda r: r["images"][0].update(data="not base64!"), "images[0].data: Value error, not"),
        (lambda r: r["images"][0].update(data="QUJD"), "images[0]: Value error, sha256 does not"),
        (lambda r: r["images"][0].update(sha256="x" * 64), "images[0].sha256: String should"),
        (lambda r: r["photos"][0].update(mime="text/html"), "photos[0].mime: Input should be"),
        (lambda r: r["photos"][0].update(width=0), "photos[0].width: Input should be greater"),
        (lambda r: r["photos"][0].update(width=5), "photos[0]: image: said to be 5×3 pixels"),
        (lambda r: r["photos"][0].update(image_sha256="0" * 64), "photos[0].image_sha256: no such"),
        (lambda r: r["photos"][0].update(event_id=str(uuid4())), "photos[0].event_id: not the"),
        (lambda r: r["photos"][1].update(original_mime=None), "a kept original needs both"),
        (lambda r: r["photos"].pop(), "images[1]: no photo or logo in the document uses it"),
        (lambda r: _replace_image(r, 0, b"<svg/>"), "photos[0].image_sha256: no such image"),
        (
            lambda r: (
                _replace_image(r, 0, b"<svg/>"),
                r["photos"][0].update(image_sha256=r["images"][0]["sha256"]),
            ),
            "photos[0]: image: the bytes are not a image/png image (not an image at all)",
        ),
        (
            lambda r: r["images"][0].update(data="A" * (60 * 1024 * 1024)),
            "larger than any image may be (40 MB)",
        ),
    ],
)
def test_untrusted_documents_with_bad_photos_are_refused(
    store: Store, clock: FakeClock, tmp_path: Path, spoil: Any, message: str
) -> None:
    _, raw = exported(store)
    spoil(raw)
    other = fresh_store(tmp_path / "other.sqlite3", clock)
    with pytest.raises(DocumentError) as caught:
        parse_document(json.dumps(raw).encode())
    assert message in str(caught.value)
    assert other.select(Photo, order_by="created_at") == []


def test_a_change_journal_entry_is_small(store: Store) -> None:
    """Deleting a photo journals its hash, not its bytes."""
    built, ids = with_photos(store)
    [change] = execute(store, DeletePhotos(photo_ids=ids[1:])).changes
    assert isinstance(change, Change)
    assert len(json.dumps(change.model_dump(mode="json"))) < 2000
    assert built.event_id
