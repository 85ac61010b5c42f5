"""Logging to a rotating file in the user's log folder."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from forum_desktop.paths import log_dir

LOG_FILE_NAME = "forum-desktop.log"


def log_file() -> Path:
    return log_dir() / LOG_FILE_NAME


def setup_logging() -> Path | None:
    """Send warnings and errors to the log file; returns its path (None if unwritable)."""
    root = logging.getLogger()
    if any(getattr(h, "_forum_desktop", False) for h in root.handlers):
        return log_file()
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None  # a read-only home must not stop the app
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._forum_desktop = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
