"""Preparing a folder for sharing: what Syncthing must ignore, and a short how-to."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from forum_desktop.sync.changefile import SYNC_DIR, not_a_folder, write_new_file

STIGNORE = """\
// Written by Forum Desktop. Files it is still writing are hidden and end in .tmp:
// never share them half-done. (?d) lets Syncthing remove them with the folder.
(?d).*.tmp
(?d).DS_Store
(?d)Thumbs.db
(?d)desktop.ini
"""

HOWTO = """\
Sharing an event between laptops with Syncthing (no internet needed)
====================================================================

1. Install Syncthing on every laptop (https://syncthing.net, or your system's packages)
   and connect the laptops to the same Wi-Fi network.
2. On one laptop, in Forum Desktop (File > Share event), share the event with this
   folder. In Syncthing, add this folder (Add Folder) and share it with the other
   laptops (their device ids are under Actions > Show ID).
3. On each other laptop, accept the folder in Syncthing, then in Forum Desktop choose
   File > Join shared events and this folder (or run:
   forum-desktop sync EVENT_ID --folder THIS_FOLDER). The whole event comes in.

Each laptop only ever adds its own files under forum-sync/; Forum Desktop merges what
the others wrote. Do not edit or delete files in forum-sync/ by hand.
No Wi-Fi? Copy this whole folder to a USB stick and back, or send one file:
File > Export event bundle, then File > Import event bundle on the other laptop
(or forum-desktop export-bundle / import-bundle).
"""


def shared_events(folder: Path) -> list[UUID]:
    """The events other laptops share through ``folder``."""
    root = folder / SYNC_DIR
    found = []
    for path in sorted(root.iterdir()) if root.is_dir() else ():
        try:
            event_id = UUID(path.name)
        except ValueError:
            continue
        if (path / "ops").is_dir():
            found.append(event_id)
    return found


def prepare_folder(folder: Path) -> list[Path]:
    """Write the ``.stignore`` and the how-to where missing (a user's edits are kept)."""
    written = []
    for directory, name, text in (
        (folder, ".stignore", STIGNORE),
        (folder / SYNC_DIR, "HOW-TO-SYNCTHING.txt", HOWTO),
    ):
        if not_a_folder(folder, directory) is not None:
            continue  # a file where the folder should be: sync reports it
        if not (directory / name).exists():
            written.append(write_new_file(directory, name, text.encode("utf-8")))
    return written
