"""An event as one bundle file, for e-mail or a USB stick: the change files in a zip.

A bundle is untrusted input. It is read whole in memory (never extracted, so no path in
it can reach the disk), its names must follow the layout exactly, sizes are limited
before anything is decompressed, every line must be complete with a good checksum, and
every image must match its hash. Any problem refuses the whole bundle and changes
nothing; a good one goes through the same merge as a shared folder.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Mapping
from uuid import UUID

from forum_desktop.jsonlimits import load_json
from forum_desktop.models import Change, Event
from forum_desktop.notices import NoticeError, NoticeKind
from forum_desktop.storage import Store
from forum_desktop.storage.image_data import image_data, put_image_data, sha256_of
from forum_desktop.storage.ownership import other_event_of
from forum_desktop.sync.changefile import encode_change, parse_changes
from forum_desktop.sync.engine import SyncReport, apply_changes, event_images

FORMAT = "forum-desktop-bundle"
VERSION = 1
MAX_BUNDLE_BYTES = 500 * 1024 * 1024
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
MAX_MEMBERS = 100_000
MANIFEST = "manifest.json"
MEMBER = re.compile(
    r"^(?:manifest\.json"
    r"|ops/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/\d{8}-[0-9a-f]{8}\.jsonl"
    r"|images/[0-9a-f]{64})$"
)


# Why a bundle is refused.
TOO_LARGE = NoticeKind(
    "bundle.too_large", "The bundle is {megabytes} MB; bundles are limited to {limit} MB."
)
NOT_ZIP = NoticeKind(
    "bundle.not_zip", "The file is not a Forum Desktop bundle (it is not a zip file)."
)
DAMAGED = NoticeKind("bundle.damaged", "The bundle is damaged ({error}); ask for it again.")
CUT = NoticeKind("bundle.cut", "{name} ends in half a line: the bundle was cut; ask for it again.")
BAD_CHANGE = NoticeKind("bundle.bad_change", "{problem}; nothing was imported.")
"""``problem`` is the change file reader's (English): "ops/…jsonl, line 3: …"."""
WRONG_IMAGE = NoticeKind(
    "bundle.wrong_image", "{name} is not the image its name says; nothing was imported."
)
TOO_MANY_FILES = NoticeKind(
    "bundle.too_many_files", "The bundle holds {count} files; at most {limit}."
)
STRAY_FILE = NoticeKind(
    "bundle.stray_file",
    "The bundle holds {name}, which no Forum Desktop bundle has; it was refused and "
    "nothing was imported.",
)
TOO_LARGE_UNPACKED = NoticeKind(
    "bundle.too_large_unpacked", "The bundle unpacks to more than {limit} MB; it was refused."
)
NO_MANIFEST = NoticeKind(
    "bundle.no_manifest", "The bundle has no manifest.json: it is not a Forum Desktop bundle."
)
BAD_MANIFEST = NoticeKind(
    "bundle.bad_manifest", "The bundle's manifest.json is not a Forum Desktop manifest."
)
OTHER_VERSION = NoticeKind(
    "bundle.other_version",
    "The bundle is format version {version}; this Forum Desktop reads version {supported}. "
    "Update Forum Desktop to import it.",
)
OTHER_EVENTS_RECORD = NoticeKind(
    "bundle.other_events_record",
    "The bundle changes a {record_type} of another event here ({title}); it was refused "
    "and nothing was imported.",
)


class BundleError(NoticeError):
    """A bundle that is refused; ``str()`` says why and what to do, in English."""


def export_bundle(store: Store, event_id: UUID) -> bytes:
    """Every change of the event this laptop holds, and its photos' bytes, as a zip."""
    changes = store.event_changes(event_id)
    by_device: dict[UUID, list[Change]] = {}
    for change in changes:
        by_device.setdefault(change.device_id, []).append(change)
    images = event_images(store, event_id)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "event_id": str(event_id),
            "changes": len(changes),
            "images": len(images),
        }
        archive.writestr(MANIFEST, json.dumps(manifest, indent=2) + "\n")
        for device, own in by_device.items():
            name = f"ops/{device}/00000001-{own[0].change_id.hex[:8]}.jsonl"
            archive.writestr(name, b"".join(encode_change(c) for c in own))
        for digest in images:
            data = image_data(store, digest)
            if data is not None:
                archive.writestr(f"images/{digest}", data)
    return buffer.getvalue()


def read_bundle(data: bytes) -> tuple[UUID, list[Change], dict[str, bytes]]:
    """The bundle's event, changes and images, all checked; BundleError otherwise."""
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleError(
            TOO_LARGE,
            megabytes=len(data) // (1024 * 1024),
            limit=MAX_BUNDLE_BYTES // (1024 * 1024),
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise BundleError(NOT_ZIP) from None
    with archive:
        members = archive.infolist()
        _check_members(members)
        try:
            contents = {info.filename: archive.read(info) for info in members}
        except (zipfile.BadZipFile, OSError, EOFError) as error:
            raise BundleError(DAMAGED, error=error) from None
    event_id = _manifest_event(contents)
    changes: list[Change] = []
    images: dict[str, bytes] = {}
    for name, content in contents.items():
        if name.startswith("ops/"):
            parsed = parse_changes(content, event_id, name)
            if parsed.incomplete:
                raise BundleError(CUT, name=name)
            if parsed.problems:
                raise BundleError(BAD_CHANGE, problem=parsed.problems[0])
            changes.extend(parsed.changes)
        elif name.startswith("images/"):
            if sha256_of(content) != name.removeprefix("images/"):
                raise BundleError(WRONG_IMAGE, name=name)
            images[name.removeprefix("images/")] = content
    return event_id, changes, images


def _check_members(members: list[zipfile.ZipInfo]) -> None:
    if len(members) > MAX_MEMBERS:
        raise BundleError(TOO_MANY_FILES, count=len(members), limit=MAX_MEMBERS)
    names = set()
    total = 0
    for info in members:
        if not MEMBER.match(info.filename) or info.filename in names:
            raise BundleError(STRAY_FILE, name=repr(info.filename))
        names.add(info.filename)
        total += info.file_size
        if total > MAX_UNPACKED_BYTES:
            raise BundleError(TOO_LARGE_UNPACKED, limit=MAX_UNPACKED_BYTES // (1024 * 1024))
    if MANIFEST not in names:
        raise BundleError(NO_MANIFEST)


def _manifest_event(contents: Mapping[str, bytes]) -> UUID:
    try:
        manifest = load_json(contents[MANIFEST].decode("utf-8"))
        if manifest["format"] != FORMAT:
            raise ValueError("format")
        version = manifest["version"]
        event_id = UUID(str(manifest["event_id"]))
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, ValueError):
        raise BundleError(BAD_MANIFEST) from None
    if version != VERSION:
        raise BundleError(OTHER_VERSION, version=version, supported=VERSION)
    return event_id


def import_bundle(store: Store, data: bytes) -> tuple[UUID, SyncReport]:
    """Merge a bundle into this laptop's database, all or nothing."""
    event_id, changes, images = read_bundle(data)
    _refuse_other_events_records(store, event_id, changes)
    report = SyncReport()
    with store.transaction():
        for image in images.values():
            put_image_data(store, image)
        report.received = apply_changes(store, changes, report)
    report.devices = {change.device_id for change in changes}
    return event_id, report


def _refuse_other_events_records(store: Store, event_id: UUID, changes: list[Change]) -> None:
    """A bundle cannot plant a change in an event it does not carry."""
    for change in changes:
        owner = other_event_of(store, event_id, change)
        if owner is not None:
            event = store.get(Event, owner)
            raise BundleError(
                OTHER_EVENTS_RECORD,
                record_type=change.record_type,
                title=repr(event.title) if event else str(owner),
            )
