"""Reading and writing user files safely."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from forum_desktop.notices import Notice, NoticeKind


def read_at_most(path: Path, limit: int) -> bytes:
    """The bytes of ``path``, but no more than ``limit`` + 1: the file's reader refuses one
    over its limit (or a device that never ends) without all of it in memory."""
    with path.open("rb") as handle:
        return handle.read(limit + 1)


NO_FOLDER = NoticeKind(
    "file.no_folder",
    "Could not write {path}: the folder {folder} does not exist; choose another folder.",
)
IS_FOLDER = NoticeKind(
    "file.is_folder", "Could not write {path}: it is a folder; choose a file name."
)
DENIED = NoticeKind(
    "file.denied",
    "Could not write {path}: that folder does not accept new files; choose another folder.",
)
NO_SPACE = NoticeKind(
    "file.no_space",
    "Could not write {path}: the disk is full; free some space or choose another disk.",
)
NOT_WRITTEN = NoticeKind(
    "file.not_written", "Could not write {path} ({reason}); choose another folder or name."
)


class WriteError(OSError):
    """Writing a file the person chose failed. ``notice`` says so in one sentence naming
    that file (never the temporary one beside it) and what to do; ``str()`` is its English."""

    def __init__(self, path: Path, cause: OSError) -> None:
        super().__init__(cause.errno, cause.strerror, str(path))
        self.notice = _why(path, cause)

    def __str__(self) -> str:
        return str(self.notice)


def _why(path: Path, cause: OSError) -> Notice:
    if isinstance(cause, IsADirectoryError):
        return IS_FOLDER(path=path)
    if not path.parent.is_dir():
        return NO_FOLDER(path=path, folder=path.parent)
    if cause.errno in (errno.ENOSPC, errno.EDQUOT):
        return NO_SPACE(path=path)
    # ENOENT with the folder there: a folder no file can be made in (/proc, a gone mount).
    if cause.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT):
        return DENIED(path=path)
    return NOT_WRITTEN(path=path, reason=cause.strerror or type(cause).__name__)


def write_atomically(path: Path, data: bytes) -> None:
    """Write beside ``path`` then move into place: a failure never leaves half a file.

    Raises WriteError (an OSError) naming ``path``."""
    partial = path.with_name(path.name + ".partial")
    try:
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, "Is a directory", str(path))
        if not path.parent.is_dir():
            raise FileNotFoundError(errno.ENOENT, "No such folder", str(path.parent))
        try:
            with partial.open("wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            partial.replace(path)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    except OSError as error:
        raise WriteError(path, error) from error
