"""Loads every module that registers operations, so ``OPERATIONS`` is complete.

Operations register themselves on import; whoever runs them by name (the UI's undo
commands) imports this module rather than remembering each one.
"""

from __future__ import annotations

from forum_desktop.services import (
    agenda,
    agenda_import,
    capture,
    conflicts,
    demo,
    events,
    logo,
    methods,
    participants,
    photos,
    run,
    templates,
)
from forum_desktop.services.operations import OPERATIONS

MODULES = (
    agenda,
    agenda_import,
    capture,
    conflicts,
    demo,
    events,
    logo,
    methods,
    participants,
    run,
    photos,
    templates,
)

__all__ = ["MODULES", "OPERATIONS"]
