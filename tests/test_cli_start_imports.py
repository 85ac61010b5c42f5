"""What a command loads: the parser from light modules, then only the running command's.

Scripts call commands in loops and the window runs its exports as commands, so each
start paid for every command's imports (the participants' server and aiohttp, the roster
CSV code, the models: ~0.45 s for ``--help``). Each case runs in a fresh interpreter.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from forum_desktop.cli import EXIT_OK, command_runners, main, runner
from forum_desktop.cli_input import LANGUAGE_CODES
from forum_desktop.models import Language
from forum_desktop.services.demo import DEMO_EVENT_ID

HEAVY = (
    "aiohttp",
    "forum_desktop.participants.server",
    "reportlab",
    "docx",
    "segno",
    "forum_desktop.interchange.roster_csv",
    "PySide6",
    "shiboken6",
    "forum_desktop.ui",
)
"""What neither ``--help`` nor a light command may load."""

PDF = (
    "reportlab",
    "forum_desktop.export.pdf",
    "forum_desktop.export.minutes_pdf",
    "forum_desktop.export.agenda_pdf",
    "forum_desktop.export.signin_pdf",
)

PROBE = (
    "import sys\n"
    "from pathlib import Path\n"
    "from forum_desktop.cli import main\n"
    "try:\n"
    "    code = main(sys.argv[2:])\n"
    "except SystemExit as exit:\n"  # --help exits from argparse
    "    code = exit.code\n"
    "Path(sys.argv[1]).write_text('\\n'.join(sorted(sys.modules)), encoding='utf-8')\n"
    "raise SystemExit(code)\n"
)


def loaded_by(tmp_path: Path, *argv: str) -> list[str]:
    """The modules a fresh interpreter holds after running ``forum-desktop argv``."""
    listing = tmp_path / "modules.txt"
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(listing), *argv],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == EXIT_OK, result.stderr
    return listing.read_text(encoding="utf-8").split()


def among(modules: list[str], prefixes: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == p or m.startswith(p + ".") for p in prefixes)]


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("db") / "forum.sqlite3"
    assert main(["demo", "--db", str(path)]) == EXIT_OK
    return path


def test_help_loads_no_command_no_model_and_nothing_heavy(tmp_path: Path) -> None:
    loaded = loaded_by(tmp_path, "--help")
    assert "forum_desktop.cli_methods" in loaded  # the check sees what was imported
    assert among(loaded, HEAVY) == []
    assert among(loaded, ("pydantic", "forum_desktop.models", "forum_desktop.storage")) == []
    assert [m for m in loaded if m.startswith("forum_desktop.cli_run_")] == []


@pytest.mark.parametrize(
    ("command", "runner_module"),
    [("events", "forum_desktop.cli_run_events"), ("check", "forum_desktop.cli_run_events")],
)
def test_a_light_command_loads_its_runner_only_and_nothing_heavy(
    tmp_path: Path, database: Path, command: str, runner_module: str
) -> None:
    loaded = loaded_by(tmp_path, command, "--db", str(database))
    assert [m for m in loaded if m.startswith("forum_desktop.cli_run_")] == [runner_module]
    assert among(loaded, HEAVY) == []


def test_export_json_loads_no_pdf_code(tmp_path: Path, database: Path) -> None:
    output = tmp_path / "event.json"
    loaded = loaded_by(
        tmp_path, "export-json", str(DEMO_EVENT_ID), "-o", str(output), "--db", str(database)
    )
    assert output.stat().st_size > 0  # the command ran
    assert among(loaded, PDF) == []
    assert among(loaded, HEAVY) == []


def test_every_command_names_a_runner_that_imports() -> None:
    runners = command_runners()
    assert "serve" in runners and "export-minutes" in runners
    for command, path in runners.items():
        assert path.startswith("forum_desktop.cli_run_"), command
        assert callable(runner(path)), command


def test_the_parser_offers_every_language_the_models_know() -> None:
    """The parser names the languages without importing the models."""
    assert tuple(language.value for language in Language) == LANGUAGE_CODES
