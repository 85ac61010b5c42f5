"""What every command line command shares: its exit codes, the refusal it raises and the
bounded reading of an input file. Light (the standard library only): the parser is built
from it before any command's module is imported."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from uuid import UUID

MB = 1024 * 1024
EXIT_OK = 0
EXIT_ERROR = 1
"""Any other failure (a file that cannot be written, a damaged database, a bug)."""
EXIT_REFUSED = 2
"""The input was refused, and nothing was changed."""
EXIT_USAGE = EXIT_REFUSED
"""A malformed command line (argparse's own exit code) is refused input too."""
EXIT_PROBLEMS = 3
"""``check`` found problems."""


class CommandError(Exception):
    """A user error in a command; ``str()`` is the message."""


class InputRefusedError(CommandError):
    """Input the command will not act on (exit 2); nothing was changed."""


def read_input(path: Path, limit: int, too_large: Callable[[int], Exception]) -> bytes:
    """An input file's bytes; ``too_large(size)`` for a file over ``limit``. Of a device or
    pipe (no size) at most ``limit`` + 1 bytes are read, for its reader to refuse. A file
    that cannot be read is refused input too."""
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise too_large(size)
            return handle.read(limit + 1)
    except OSError as error:
        raise CommandError(f"{error.strerror or error}: {path}") from None


def event_id_argument(text: str) -> UUID:
    """An id given on the command line (argparse reports the refusal)."""
    try:
        return UUID(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an event id") from None


LANGUAGE_CODES = ("en", "fr", "es")
ALL_LANGUAGES = "all"
"""``--lang all``: every working language of the event, one document each."""


def language_list(text: str) -> tuple[str, ...]:
    """Comma-separated language codes ("fr,en"), each once, in the order given."""
    parts = [part.strip().lower() for part in text.split(",")]
    known = ", ".join(LANGUAGE_CODES)
    for part in parts:
        if not part:
            raise argparse.ArgumentTypeError(
                f"{text!r} has an empty language; give codes among {known} separated by commas"
            )
        if part not in LANGUAGE_CODES:
            raise argparse.ArgumentTypeError(
                f"{part!r} is not a language; give codes among {known} separated by commas"
            )
    return tuple(dict.fromkeys(parts))


def document_languages(text: str) -> tuple[str, ...]:
    """``language_list``, or ``("all",)`` for the event's working languages."""
    if text.strip().lower() == ALL_LANGUAGES:
        return (ALL_LANGUAGES,)
    return language_list(text)
