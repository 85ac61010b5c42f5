"""Preparing a folder for sharing: what Syncthing must ignore, and a short how-to."""

from __future__ import annotations

from pathlib import Path

from forum_desktop.sync.changefile import SYNC_DIR, write_new_file

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
2. On one laptop, in Forum Desktop, share the event with this folder. In Syncthing,
   add this folder (Add Folder) and share it with the other laptops (their device ids
   are under Actions > Show ID).
3. On each other laptop, accept the folder in Syncthing, then share the same event with
   it in Forum Desktop (or run: forum-desktop sync EVENT_ID --folder THIS_FOLDER).
   A laptop that does not have the event yet receives all of it.

Each laptop only ever adds its own files under forum-sync/; Forum Desktop merges what
the others wrote. Do not edit or delete files in forum-sync/ by hand.
No Wi-Fi? Copy this whole folder to a USB stick and back, or use File > Export bundle.
"""


def prepare_folder(folder: Path) -> list[Path]:
    """Write the ``.stignore`` and the how-to where missing (a user's edits are kept)."""
    written = []
    for directory, name, text in (
        (folder, ".stignore", STIGNORE),
        (folder / SYNC_DIR, "HOW-TO-SYNCTHING.txt", HOWTO),
    ):
        if not (directory / name).exists():
            written.append(write_new_file(directory, name, text.encode("utf-8")))
    return written
