"""The change files laptops exchange: one change per line, written once, never touched again.

Layout inside a shared folder (names safe on FAT/exFAT: no ``:``)::

    forum-sync/<event_id>/ops/<device_id>/<number>-<id>.jsonl   changes one laptop wrote
    forum-sync/<event_id>/images/<sha256>                  photo bytes, named by their hash

A line is a change as JSON plus its ``format`` (``CHANGE_FORMAT``) and a ``checksum``
(SHA-256 of the rest, canonical JSON).
A file is written under a hidden temporary name, flushed to disk, then renamed in, so a
sync tool never sees it half-written; should one arrive cut anyway, its incomplete last
line is skipped until the rest arrives.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from uuid import UUID

from pydantic import ValidationError

from forum_desktop.jsonlimits import JsonLimitError, load_json
from forum_desktop.models import RECORD_TYPES, Change

SYNC_DIR = "forum-sync"
FILE_PATTERN = re.compile(r"^(\d{8})-[0-9a-f]{8}\.jsonl$")
IMAGE_PATTERN = re.compile(r"^[0-9a-f]{64}$")
MAX_LINE_BYTES = 16 * 1024 * 1024
"""A line longer than this is skipped unread: one change is far smaller."""
MAX_FILE_BYTES = 256 * 1024 * 1024
"""A change file or image larger than this is not read (no laptop writes one)."""
CHANGE_FORMAT = 2
"""The shape of a change line this version writes and reads: 1 had no ``format`` field,
2 adds it. A line of a newer format, or naming a record type or field this version does
not know, is reported and skipped, never merged as far as it can be understood."""
UNSYNCED_TYPES = frozenset({"session_template"})
"""Records of no event stay on their laptop."""


@dataclass
class Parsed:
    """What a file held: its valid changes, and what was wrong with the rest."""

    changes: list[Change] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    incomplete: bool = False
    """The file ends in a line without its newline: still arriving, or cut."""


def event_dir(folder: Path, event_id: UUID) -> Path:
    return folder / SYNC_DIR / str(event_id)


def ops_dir(folder: Path, event_id: UUID, device_id: UUID) -> Path:
    return event_dir(folder, event_id) / "ops" / str(device_id)


def images_dir(folder: Path, event_id: UUID) -> Path:
    return event_dir(folder, event_id) / "images"


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def encode_change(change: Change) -> bytes:
    body = change.model_dump(mode="json")
    body["format"] = CHANGE_FORMAT
    if not change.keeps:
        del body["keeps"]  # lines without kept versions read as they did before
    body["checksum"] = hashlib.sha256(_canonical(body)).hexdigest()
    return _canonical(body) + b"\n"


def decode_change(line: bytes, event_id: UUID) -> Change:
    """One line as a change of ``event_id``; ValueError saying why it is not one."""
    try:
        body = load_json(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(f"not a JSON line ({error})") from None
    except JsonLimitError as error:
        raise ValueError(f"not a change ({error})") from None
    if not isinstance(body, dict) or not isinstance(body.get("checksum"), str):
        raise ValueError("no checksum")
    checksum = body.pop("checksum")
    if hashlib.sha256(_canonical(body)).hexdigest() != checksum:
        raise ValueError("the checksum does not match: the line was damaged")
    written = body.pop("format", 1)
    if not isinstance(written, int) or written > CHANGE_FORMAT:
        raise ValueError(
            f"written by a newer Forum Desktop (change format {written}; this one reads "
            f"{CHANGE_FORMAT}): update Forum Desktop on this laptop to merge it"
        )
    try:
        change = Change.model_validate(body)
    except ValidationError as error:
        first = error.errors()[0]
        raise ValueError(f"{'.'.join(map(str, first['loc']))}: {first['msg']}") from None
    cls = RECORD_TYPES.get(change.record_type)
    if cls is None or change.record_type in UNSYNCED_TYPES:
        raise ValueError(
            f"unknown record type {change.record_type!r} (from a newer Forum Desktop? "
            "update it on this laptop to merge it)"
        )
    unknown = set(change.fields) - set(cls.model_fields) | ({"id"} & set(change.fields))
    if unknown:
        raise ValueError(
            f"{change.record_type} has no field {sorted(unknown)[0]!r} (from a newer Forum "
            "Desktop? update it on this laptop to merge it)"
        )
    if change.event_id != event_id or (
        change.record_type == "event" and change.record_id != event_id
    ):
        raise ValueError("a change of another event")
    return change


def parse_changes(data: bytes, event_id: UUID, source: str) -> Parsed:
    """Every complete line of ``data``; bad lines are reported, not fatal."""
    parsed = Parsed()
    lines = data.split(b"\n")
    if lines[-1]:
        parsed.incomplete = True
    for number, line in enumerate(lines[:-1], start=1):
        if not line.strip():
            continue
        if len(line) > MAX_LINE_BYTES:
            parsed.problems.append(f"{source}, line {number}: longer than any change can be")
            continue
        try:
            parsed.changes.append(decode_change(line, event_id))
        except ValueError as error:
            parsed.problems.append(f"{source}, line {number}: {error}")
    return parsed


def write_new_file(directory: Path, name: str, data: bytes) -> Path:
    """Write ``data`` as ``directory/name`` all at once: hidden temporary name, fsync, rename."""
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / name
    partial = directory / f".{name}.tmp"
    try:
        with partial.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    _sync_directory(directory)
    return target


def _sync_directory(directory: Path) -> None:
    """Make the rename itself durable where the system allows it (not on Windows)."""
    try:
        descriptor = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def change_files(folder: Path, event_id: UUID, problems: list[str]) -> Iterable[tuple[UUID, Path]]:
    """Every change file of the event, with the device whose folder holds it.

    Only real folders are entered and only names of the layout's form are taken; anything
    else where a folder or a change file should be is added to ``problems`` and passed by.
    """
    root = event_dir(folder, event_id) / "ops"
    if not _is_real_dir(root):
        if os.path.lexists(root):
            problems.append("ops: not a folder, not read")
        return
    for device_dir in sorted(root.iterdir()):
        try:
            device = UUID(device_dir.name)
        except ValueError:
            continue
        if not _is_real_dir(device_dir):
            problems.append(f"{device_dir.name}: not a folder, not read")
            continue
        for path in sorted(device_dir.iterdir()):
            if FILE_PATTERN.match(path.name):
                yield device, path


def not_a_folder(folder: Path, target: Path) -> Path | None:
    """The first path from ``folder`` down to ``target`` that exists but is not a folder
    (someone put a file where the layout has one), relative to ``folder``."""
    for parent in reversed([target, *target.relative_to(folder).parents]):
        path = folder / parent
        if os.path.lexists(path) and not _is_real_dir(path):
            return path.relative_to(folder)
    return None


def _is_real_dir(path: Path) -> bool:
    """A folder, not a symlink to one (a link could lead the reader anywhere)."""
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them.

    Someone else's folder may hold anything under a change file's name: a symlink (to the
    system's endless zero device, say) is never followed, a FIFO or device never waited on.
    ``ValueError`` says why a file is not read; ``OSError`` when it vanished meanwhile.
    """
    info = os.lstat(path)
    if not stat.S_ISREG(info.st_mode):
        raise ValueError(f"not a regular file ({_kind(info.st_mode)}), not read")
    if info.st_size > limit:
        raise ValueError(f"larger than {limit // (1024 * 1024)} MiB, not read")
    # O_NOFOLLOW and O_NONBLOCK hold even if the file is swapped between lstat and open.
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    descriptor = os.open(path, flags | getattr(os, "O_BINARY", 0))
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise ValueError("not a regular file, not read")
        chunks: list[bytes] = []
        total = 0
        while chunk := os.read(descriptor, 1024 * 1024):
            total += len(chunk)
            if total > limit:
                raise ValueError(f"larger than {limit // (1024 * 1024)} MiB, not read")
            chunks.append(chunk)
    finally:
        os.close(descriptor)
    return b"".join(chunks)


def _kind(mode: int) -> str:
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe"
    return "a device or socket"


def next_file_name(directory: Path, first_change: UUID) -> str:
    """The next number in a laptop's folder, plus the first change's id: two laptops that
    share a device id (a copied profile) still never write the same name."""
    numbers = [
        int(match.group(1))
        for path in (directory.iterdir() if directory.is_dir() else ())
        if (match := FILE_PATTERN.match(path.name))
    ]
    return f"{max(numbers, default=0) + 1:08d}-{first_change.hex[:8]}.jsonl"
