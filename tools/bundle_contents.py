"""What the standalone app ships, for ``packaging/forum-desktop.spec``.

Every file of ``resources/`` goes in (the translations as built ``.qm``, not their ``.ts``
sources); a kind of resource the app needs that is missing stops the build, so a user
never finds out. Qt is trimmed to what the app loads: its widgets on X11, Wayland or
offscreen, and the image formats photos and logos come in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from forum_desktop.cli import command_runners

Entry = tuple[str, str, str]
"""PyInstaller's TOC entry: (path in the bundle, source path, kind)."""

REQUIRED = {
    "fonts": ("*.ttf", "OFL.txt"),
    "translations": ("forum_desktop_fr.qm", "forum_desktop_es.qm", "forum_desktop_en.qm"),
    "methods": ("*.json",),
    "templates": ("*.json",),
    "demo": ("learning-forum.fr.json", "learning-forum.en.json", "learning-forum.es.json"),
    "sounds": ("cue.wav", "time-up.wav"),
}
"""Per folder of resources/, the patterns that must match at least one file."""

SOURCE_ONLY = frozenset({".ts"})

EXCLUDED_MODULES = [
    # Developer tools that optional imports of our libraries would otherwise pull in.
    "hypothesis",
    "mypy",
    "mypyc",
    "ast_serialize",
    "pytest",
    "_pytest",
    "tkinter",
    "unittest",
    "pydoc_data",
    # The app never opens a network connection (the bundle's smoke test checks it).
    "ssl",
    "_ssl",
    "PySide6.QtNetwork",
]

KEPT_PLUGINS = {
    # X11, Wayland, and offscreen/minimal for the command line's headless use.
    "platforms": ("libqxcb", "libqwayland", "libqoffscreen", "libqminimal."),
    "wayland-shell-integration": None,
    "wayland-decoration-client": ("libbradient",),
    "xcbglintegrations": None,
    "platforminputcontexts": None,
    # The GTK theme would bring GTK with it (tens of MB); the portal one is enough.
    "platformthemes": ("libqxdgdesktopportal",),
    # Photos and logos are PNG (built in) or JPEG.
    "imageformats": ("libqjpeg", "libqgif", "libqico"),
}
"""Qt plugin folders shipped, each whole (None) or only the plugins named."""

QT_TRANSLATIONS = ("qtbase_en.qm", "qtbase_fr.qm", "qtbase_es.qm")
"""Qt's own strings (standard buttons, key names) in the interface's languages."""


def hidden_imports() -> list[str]:
    """The modules the app imports by name, which no import statement shows PyInstaller:
    the window (opened lazily) and each command's runner (``cli.command_runners``)."""
    runners = {path.partition(":")[0] for path in command_runners().values()}
    return ["forum_desktop.ui.app", *sorted(runners)]


class MissingResourceError(Exception):
    """A resource the app needs is not in the source tree (build the .qm first)."""


def resource_datas(root: Path) -> list[tuple[str, str]]:
    """(source file, folder in the bundle) for every shipped resource."""
    resources = root / "resources"
    for folder, patterns in REQUIRED.items():
        for pattern in patterns:
            if not any((resources / folder).glob(pattern)):
                raise MissingResourceError(f"resources/{folder}/{pattern} is missing")
    return [
        (str(path), str(path.parent.relative_to(root)))
        for path in sorted(resources.rglob("*"))
        if path.is_file() and path.suffix not in SOURCE_ONLY
    ]


def wanted_binary(destination: str) -> bool:
    """Whether a collected library, Qt plugin or Qt translation belongs in the bundle."""
    parts = Path(destination).parts
    if "translations" in parts and "Qt" in parts:
        return parts[-1] in QT_TRANSLATIONS
    if "plugins" not in parts or parts[-1] == "plugins":
        return True
    folder = parts[parts.index("plugins") + 1]
    if folder not in KEPT_PLUGINS:
        return False
    names = KEPT_PLUGINS[folder]
    return names is None or any(parts[-1].startswith(name) for name in names)


def is_root(entry: Entry) -> bool:
    """Python's own library, an extension module or a kept Qt plugin: loaded by name, so
    kept; every other library stays only if one of these needs it."""
    name = Path(entry[0]).name
    return (
        name.startswith("libpython")
        or ".cpython-" in name
        or name.endswith(".abi3.so")
        or "plugins" in Path(entry[0]).parts
    )


def needed_binaries(
    binaries: Iterable[Entry], imports_of: Callable[[str], Iterable[str]]
) -> list[Entry]:
    """The binaries reachable from the roots through ``imports_of`` (a library's needed
    names), so that a dropped plugin's dependencies (GTK for the GTK theme) go too."""
    entries = list(binaries)
    by_name = {Path(entry[0]).name: entry for entry in entries}
    pending = [entry for entry in entries if is_root(entry)]
    kept = {entry[0] for entry in pending}
    while pending:
        entry = pending.pop()
        for name in imports_of(entry[1]):
            found = by_name.get(name)
            if found is not None and found[0] not in kept:
                kept.add(found[0])
                pending.append(found)
    return [entry for entry in entries if entry[0] in kept]
