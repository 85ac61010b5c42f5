"""What the standalone app ships: every resource, and no library nothing needs."""

from __future__ import annotations

from pathlib import Path

import pytest

from forum_desktop.cli import command_runners
from tools.bundle_contents import (
    MissingResourceError,
    hidden_imports,
    needed_binaries,
    resource_datas,
    wanted_binary,
)

ROOT = Path(__file__).resolve().parent.parent


def test_every_command_runner_is_bundled() -> None:
    """Runners are imported by name when their command runs: PyInstaller sees no import of
    them, so the spec names each, or the standalone app's command would fail (the bundle's
    smoke test also runs one command per runner module)."""
    spec = (ROOT / "packaging" / "forum-desktop.spec").read_text(encoding="utf-8")
    assert "hiddenimports=hidden_imports()," in spec
    bundled = set(hidden_imports())
    assert "forum_desktop.ui.app" in bundled
    for command, path in command_runners().items():
        assert path.partition(":")[0] in bundled, command


def test_every_resource_the_app_loads_is_shipped() -> None:
    shipped = {Path(source).relative_to(ROOT).as_posix() for source, _ in resource_datas(ROOT)}
    for wanted in (
        "resources/fonts/NotoSans-Regular.ttf",
        "resources/fonts/NotoSansArabic-Regular.ttf",
        "resources/fonts/NanumGothic.ttf",
        "resources/fonts/OFL.txt",
        "resources/translations/forum_desktop_fr.qm",
        "resources/translations/forum_desktop_es.qm",
        "resources/methods/fishbowl.json",
        "resources/demo/learning-forum.fr.json",
        "resources/sounds/cue.wav",
        "resources/sounds/time-up.wav",
        "resources/icons/forum-desktop.svg",
    ):
        assert wanted in shipped
    assert not any(path.endswith(".ts") for path in shipped)  # sources, not what loads
    every_file = {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and path.suffix != ".ts"
    }
    assert shipped == every_file


def test_a_missing_kind_of_resource_stops_the_build(tmp_path: Path) -> None:
    for folder in ("fonts", "translations", "methods", "templates", "demo", "sounds"):
        (tmp_path / "resources" / folder).mkdir(parents=True)
    with pytest.raises(MissingResourceError, match="resources/fonts"):
        resource_datas(tmp_path)


@pytest.mark.parametrize(
    ("destination", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland-generic.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/translations/qtbase_fr.qm", True),
        ("PySide6/Qt/translations/qt_help_fr.qm", False),
        ("libQt6Widgets.so.6", True),
    ],
)
def test_qt_is_trimmed_to_what_the_app_loads(destination: str, kept: bool) -> None:
    assert wanted_binary(destination) is kept


def test_a_library_stays_only_when_something_kept_needs_it() -> None:
    entries = [
        ("lib-dynload/_sqlite3.cpython-311-x86_64-linux-gnu.so", "/src/_sqlite3", "BINARY"),
        ("libsqlite3.so.0", "/src/libsqlite3", "BINARY"),
        ("libz.so.1", "/src/libz", "BINARY"),
        ("libgtk-3.so.0", "/src/libgtk", "BINARY"),  # only the dropped GTK theme used it
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb", "BINARY"),
        ("libxcb.so.1", "/src/libxcb", "BINARY"),
    ]
    imports = {
        "/src/_sqlite3": ["libsqlite3.so.0"],
        "/src/libsqlite3": ["libz.so.1"],
        "/src/libqxcb": ["libxcb.so.1", "libGL.so.1"],
    }
    kept = needed_binaries(entries, lambda source: imports.get(source, []))
    assert [entry[0] for entry in kept] == [
        "lib-dynload/_sqlite3.cpython-311-x86_64-linux-gnu.so",
        "libsqlite3.so.0",
        "libz.so.1",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libxcb.so.1",
    ]
