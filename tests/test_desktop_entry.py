"""The applications menu entry: what it says, and that adding and removing it is exact."""

from __future__ import annotations

import configparser
from pathlib import Path

from forum_desktop.desktop_entry import (
    ENTRY_NAME,
    ICON,
    add_entry,
    entry_text,
    has_entry,
    launch_command,
    remove_entry,
)


def parsed(text: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(text)
    return parser["Desktop Entry"]


def test_the_entry_starts_this_program_with_its_icon() -> None:
    entry = parsed(entry_text(["/opt/forum-desktop/forum-desktop"]))
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Forum Desktop"
    assert entry["Exec"] == "/opt/forum-desktop/forum-desktop"
    assert entry["Icon"] == str(ICON) and ICON.is_file()
    assert entry["GenericName[fr]"] == "Animation d'ateliers"


def test_exec_quotes_what_the_specification_says_to_quote() -> None:
    entry = parsed(entry_text(["/media/USB stick/app $1/forum-desktop", "-m", "50%"]))
    assert entry["Exec"] == '"/media/USB stick/app \\$1/forum-desktop" -m 50%%'


def test_from_a_virtualenv_the_entry_runs_the_package() -> None:
    command = launch_command()
    assert command[1:] == ["-m", "forum_desktop"]


def test_added_then_removed_leaves_nothing(tmp_path: Path) -> None:
    applications = tmp_path / "share" / "applications"
    assert not has_entry(applications)
    path = add_entry(applications, ["/opt/forum-desktop/forum-desktop"])
    assert path == applications / ENTRY_NAME and has_entry(applications)
    assert "Exec=/opt/forum-desktop/forum-desktop\n" in path.read_text(encoding="utf-8")
    assert remove_entry(applications)
    assert list(applications.iterdir()) == []
    assert not remove_entry(applications)
