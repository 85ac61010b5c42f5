"""Where the app keeps its files: the database, backups, logs and shipped resources."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "forum-desktop"
RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"


def default_database_path() -> Path:
    """The database in the platform's user-data folder (created on demand)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "forum.sqlite3"


def backup_dir_for(database: Path) -> Path:
    """Backups live in a folder beside the database they copy."""
    return database.parent / "backups"


def log_dir() -> Path:
    """The user's log folder for this app."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def resource(*parts: str) -> Path:
    """A file shipped under ``resources/``."""
    return RESOURCES_DIR.joinpath(*parts)
