"""The applications menu entry: written only when the user asks, and removed likewise.

The standalone app installs nothing by itself; Help ▸ Add to the applications menu
writes one freedesktop.org desktop entry (Linux and other XDG desktops) that starts
this very program, and Help ▸ Remove takes it away again.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from forum_desktop.files import write_atomically
from forum_desktop.paths import resource

ENTRY_NAME = "forum-desktop.desktop"
ICON = resource("icons", "forum-desktop.svg")


def launch_command() -> list[str]:
    """What starts this program: the standalone executable, or Python with our package."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "forum_desktop"]


def _quoted(argument: str) -> str:
    """An Exec argument as the Desktop Entry Specification quotes it."""
    if not any(char in argument for char in " \t\n\"'\\><~|&;$*?#()`"):
        return argument
    escaped = "".join("\\" + char if char in '"`$\\' else char for char in argument)
    return f'"{escaped}"'


def entry_text(command: Sequence[str], icon: Path | str = ICON) -> str:
    """The desktop entry that starts ``command`` (``icon``: a file, or a name in the theme)."""
    exec_line = " ".join(_quoted(part) for part in command).replace("%", "%%")
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Forum Desktop\n"
        "GenericName=Workshop facilitation\n"
        "GenericName[fr]=Animation d'ateliers\n"
        "GenericName[es]=Facilitación de talleres\n"
        "Comment=Plan, run and record workshops offline, and publish their minutes\n"
        "Comment[fr]=Préparer, animer et consigner des ateliers hors ligne, et publier leur "
        "compte rendu\n"
        "Comment[es]=Preparar, conducir y registrar talleres sin conexión, y publicar sus actas\n"
        f"Exec={exec_line}\n"
        f"Icon={icon}\n"
        "Terminal=false\n"
        "Categories=Office;\n"
    )


def entry_path(applications: Path) -> Path:
    return applications / ENTRY_NAME


def has_entry(applications: Path) -> bool:
    return entry_path(applications).is_file()


def add_entry(applications: Path, command: Sequence[str] | None = None) -> Path:
    """Write (or rewrite) the entry in the user's ``applications`` folder."""
    applications.mkdir(parents=True, exist_ok=True)
    path = entry_path(applications)
    write_atomically(path, entry_text(command or launch_command()).encode("utf-8"))
    return path


def remove_entry(applications: Path) -> bool:
    """Remove the entry; False when there was none."""
    try:
        entry_path(applications).unlink()
    except FileNotFoundError:
        return False
    return True
