"""The boundary between the Qt-free core and the UI is checked, not hoped for."""

from __future__ import annotations

import ast
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


# A fixed folder outside the repository exists only on the laptop that made it: a test or
# script writing there passes at home and fails on a fresh machine. Built from parts so that
# this file does not trip its own guard.
MACHINE_ONLY_PREFIXES = tuple("/" + part for part in ("tmp", "var/tmp", "home", "root"))
SCANNED_FOLDERS = ("tests", "forum_desktop", "benchmarks", "tools")


def machine_only_paths(source: str) -> list[tuple[int, str]]:
    """(line, literal) for each string literal starting with a temp or home folder path."""
    found = []
    tree = ast.parse(source)
    # An f-string's parts are walked as constants too: only its leading text counts.
    parts = {
        id(part)
        for node in ast.walk(tree)
        if isinstance(node, ast.JoinedStr)
        for part in node.values
    }
    for node in ast.walk(tree):
        if id(node) in parts:
            continue
        if isinstance(node, ast.JoinedStr):
            first = node.values[0] if node.values else None
            literal = first.value if isinstance(first, ast.Constant) else None
        elif isinstance(node, ast.Constant) and isinstance(node.value, str | bytes):
            literal = node.value
        else:
            continue
        if isinstance(literal, bytes):
            literal = literal.decode("latin-1")
        if isinstance(literal, str) and any(
            literal == prefix or literal.startswith(prefix + "/")
            for prefix in MACHINE_ONLY_PREFIXES
        ):
            found.append((node.lineno, literal))
    return found


def test_the_path_guard_finds_each_kind_of_literal() -> None:
    tmp, var_tmp, home, root = MACHINE_ONLY_PREFIXES
    source = (
        f"a = '{tmp}/e2edbg/dur.png'\n"
        f"b = b'{var_tmp}/x'\n"
        f"c = f'{home}/ann/{{name}}'\n"
        f"d = '{root}'\n"
        "e = 'tmp/relative'\n"
        f"f = '{tmp}ish'\n"
        "g = f'{x}/tmp/after'\n"
    )
    assert [line for line, _ in machine_only_paths(source)] == [1, 2, 3, 4]


def test_no_code_writes_to_a_fixed_temp_or_home_folder() -> None:
    offending = [
        f"{path.relative_to(ROOT)}:{line}: {literal!r}"
        for folder in SCANNED_FOLDERS
        for path in sorted((ROOT / folder).rglob("*.py"))
        for line, literal in machine_only_paths(path.read_text(encoding="utf-8"))
    ]
    assert offending == [], "use tmp_path or tempfile instead of a fixed folder:\n" + "\n".join(
        offending
    )


# A second placeholder filled by str.replace re-fills the first value: a title typed as
# "Budget %2" shows the next value inside it. ui/messages.py's fill() does all in one pass.
LATER_PLACEHOLDERS = {f"%{digit}" for digit in range(2, 10)}


def later_placeholder_replaces(source: str) -> list[int]:
    """Lines calling ``.replace("%2", …)`` … ``.replace("%9", …)``, each once."""
    return sorted(
        {
            node.lineno
            for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "replace"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and node.args[0].value in LATER_PLACEHOLDERS
        }
    )


def test_the_placeholder_guard_finds_a_second_placeholder_replaced() -> None:
    source = (
        'a = tr("%1 of %2").replace("%1", x).replace("%2", y)\n'
        "b = words.replace('%9', z)\n"
        'c = tr("Add %1").replace("%1", name)\n'
        'd = fill(tr("%1 of %2"), x, y)\n'
        'e = text.replace("%20", " ")\n'
    )
    assert later_placeholder_replaces(source) == [1, 2]


def test_placeholders_are_filled_in_one_pass() -> None:
    offending = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in sorted((ROOT / "forum_desktop").rglob("*.py"))
        for line in later_placeholder_replaces(path.read_text(encoding="utf-8"))
    ]
    assert offending == [], "fill the placeholders with ui.messages.fill():\n" + "\n".join(
        offending
    )
