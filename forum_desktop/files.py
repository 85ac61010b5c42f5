"""Reading and writing user files safely."""

from __future__ import annotations

import errno
import os
from pathlib import Path


def read_at_most(path: Path, limit: int) -> bytes:
    """The bytes of ``path``, but no more than ``limit`` + 1: the file's reader refuses one
    over its limit (or a device that never ends) without all of it in memory."""
    with path.open("rb") as handle:
        return handle.read(limit + 1)


def write_atomically(path: Path, data: bytes) -> None:
    """Write beside ``path`` then move into place: a failure never leaves half a file."""
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, "Is a directory", str(path))
    if not path.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, "No such folder", str(path.parent))
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
