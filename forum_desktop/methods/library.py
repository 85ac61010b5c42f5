"""Loading method files: every good file loads, every bad one is reported, none stops the rest."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from pydantic import ValidationError

from forum_desktop.models.method import MethodDefinition
from forum_desktop.paths import resource

BUILTIN_DIR = resource("methods")
MAX_FILE_BYTES = 256 * 1024
"""A method is a few kilobytes of text; anything larger is not a method file."""


class MethodFileError(ValueError):
    """A method file that cannot be used; the message says what is wrong and where."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class MethodProblem:
    path: Path
    field: str
    """The offending field (``steps.2.minutes``), empty when the file as a whole is bad."""
    message: str


@dataclass(frozen=True)
class Library:
    methods: list[MethodDefinition] = field(default_factory=list)
    problems: list[MethodProblem] = field(default_factory=list)


def parse_method(data: bytes) -> MethodDefinition:
    """A method from a file's bytes, which may come from anyone: checked before use."""
    if len(data) > MAX_FILE_BYTES:
        raise MethodFileError(
            f"the file is over {MAX_FILE_BYTES // 1024} KB; a method file is at most "
            f"{MAX_FILE_BYTES // 1024} KB"
        )
    try:
        raw = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise MethodFileError("the file is not text (UTF-8)") from None
    except json.JSONDecodeError as error:
        raise MethodFileError(
            f"the file is not JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    if not isinstance(raw, dict):
        raise MethodFileError("the file holds no method (a JSON object was expected)")
    try:
        return MethodDefinition.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise MethodFileError(f"{where or 'the method'}: {first['msg']}", where) from None


def load_directory(directory: Path) -> Library:
    """Every ``*.json`` method in ``directory``, by English name, and what could not load."""
    methods: list[MethodDefinition] = []
    problems: list[MethodProblem] = []
    seen: dict[str, Path] = {}
    for path in sorted(directory.glob("*.json")):
        try:
            method = parse_method(path.read_bytes())
        except OSError as error:
            problems.append(MethodProblem(path, "", f"cannot be read: {error.strerror}"))
            continue
        except MethodFileError as error:
            problems.append(MethodProblem(path, error.field, str(error)))
            continue
        if method.id in seen:
            problems.append(
                MethodProblem(path, "id", f"id {method.id!r} is already used by {seen[method.id]}")
            )
            continue
        seen[method.id] = path
        methods.append(method)
    methods.sort(key=lambda m: m.name.en.casefold())
    return Library(methods, problems)


@cache
def builtin_library() -> Library:
    """The methods shipped with the app (read once)."""
    return load_directory(BUILTIN_DIR)


def export_bytes(method: MethodDefinition) -> bytes:
    """A method as a shareable file, in the same form as the built-in files."""
    text = json.dumps(method.model_dump(mode="json"), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")
