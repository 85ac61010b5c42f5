"""The boundary between the Qt-free core and the UI is checked, not hoped for."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
import tomllib
from pathlib import Path

import forum_desktop

ROOT = Path(__file__).resolve().parent.parent
UI_SIDE = {"ui", "cli", "__main__"}  # the UI, and the entry points that import it lazily


def core_top_level() -> set[str]:
    return {
        f"forum_desktop.{info.name}"
        for info in pkgutil.iter_modules(forum_desktop.__path__)
        if info.name not in UI_SIDE
    }


def core_modules() -> list[str]:
    found = []
    for info in pkgutil.walk_packages(forum_desktop.__path__, "forum_desktop."):
        if info.name.split(".")[1] not in UI_SIDE:
            found.append(info.name)
    return sorted(found)


def test_every_core_module_is_under_the_import_contract() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contract = config["tool"]["importlinter"]["contracts"][0]
    assert set(contract["forbidden_modules"]) >= {"PySide6", "forum_desktop.ui"}
    assert core_top_level() <= set(contract["source_modules"])


def test_importing_the_whole_core_loads_no_qt() -> None:
    modules = core_modules()
    assert "forum_desktop.storage.store" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "[]"


def test_commands_do_not_load_qt() -> None:
    """The command line starts without Qt; only opening the window loads it."""
    code = (
        "import sys\n"
        "from forum_desktop import cli\n"
        "cli.build_parser()\n"
        "print(any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "False"
