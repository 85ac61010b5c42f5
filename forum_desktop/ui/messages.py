"""The user's wording of known core errors, translated (the core's own text is English)."""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from forum_desktop.storage import (
    AlreadyRunningError,
    CorruptDatabaseError,
    DatabaseBusyError,
    DatabaseTooNewError,
    DiskFullError,
    NotADatabaseError,
    RecordNotFoundError,
    StorageError,
)

translate = QCoreApplication.translate

_PLACE = re.compile(r"%([1-9])(\.?)")
_ENDS_A_SENTENCE = (".", "?", "!", "…")


def fill(template: str, *values: str) -> str:
    """``template``'s ``%1``…``%9`` (Qt's placeholders, kept by the translations) filled in
    one pass, so a value's own "%2" — a title as typed — stays as it is. A value that ends
    a sentence itself ("Qui êtes-vous ?") takes no second full stop after it."""

    def value(found: re.Match[str]) -> str:
        text = values[int(found[1]) - 1]
        return text if text.endswith(_ENDS_A_SENTENCE) else text + found[2]

    return _PLACE.sub(value, template)


def shortened(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis, for a menu or a status line
    that a whole title (up to 500 characters) would stretch past the screen."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def short_path(path: Path, limit: int = 40) -> str:
    """``path`` as "…/" and its last two parts when longer than ``limit`` characters: the
    end names the folder (a stick's name and its folder), and the sentence around it then
    fits a status line."""
    text = str(path)
    if len(text) <= limit or len(path.parts) <= 3:
        return text
    return os.path.join("…", *path.parts[-2:])


def describe(error: StorageError) -> str:
    """What went wrong and what to do, in the interface language."""
    if isinstance(error, NotADatabaseError):
        what = (
            translate("Messages", "another program's SQLite file")
            if error.foreign
            else translate("Messages", "not an SQLite file")
        )
        return fill(
            translate(
                "Messages",
                "%1 is not a Forum Desktop database (%2). Choose another file with --db, "
                "or restore a backup. The file was not changed.",
            ),
            str(error.path),
            what,
        )
    if isinstance(error, CorruptDatabaseError):
        return fill(
            translate(
                "Messages",
                "The database %1 is damaged (%2). Restore a backup. "
                "The damaged file was not changed.",
            ),
            str(error.path),
            error.detail,
        )
    if isinstance(error, DatabaseTooNewError):
        return fill(
            translate(
                "Messages",
                "The database %1 was written by a newer version of Forum Desktop (schema %2; "
                "this version knows up to %3). Update Forum Desktop to open it. "
                "The file was not changed.",
            ),
            str(error.path),
            str(error.found),
            str(error.supported),
        )
    if isinstance(error, DiskFullError):
        return translate(
            "Messages",
            "The disk is full, so the last change was not saved. Free some space and try "
            "again; everything saved before is intact.",
        )
    if isinstance(error, AlreadyRunningError):
        return translate(
            "Messages",
            "Forum Desktop is already open on %1. Switch to that window, or open another "
            "database with --db.",
        ).replace("%1", str(error.path))
    if isinstance(error, DatabaseBusyError):
        return translate(
            "Messages",
            "The database is busy (another program is writing to it), so this was not saved. "
            "Try again.",
        )
    if isinstance(error, RecordNotFoundError):
        return translate("Messages", "What you were editing no longer exists (it was deleted).")
    return str(error)
