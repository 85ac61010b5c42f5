"""Loading method files: every good file loads, every bad one is reported, none stops the rest."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from pydantic import ValidationError

from forum_desktop.jsonlimits import JsonLimitError, load_json
from forum_desktop.models.method import MethodDefinition
from forum_desktop.notices import Notice, NoticeError, NoticeKind
from forum_desktop.paths import resource

BUILTIN_DIR = resource("methods")
MAX_FILE_BYTES = 256 * 1024
"""A method is a few kilobytes of text; anything larger is not a method file."""


TOO_LARGE = NoticeKind(
    "method_file.too_large",
    "the file is over {kilobytes} KB; a method file is at most {kilobytes} KB",
)
NOT_TEXT = NoticeKind("method_file.not_text", "the file is not text (UTF-8)")
NOT_JSON = NoticeKind(
    "method_file.not_json", "the file is not JSON (line {line}, column {column}: {error})"
)
NO_METHOD = NoticeKind(
    "method_file.no_method", "the file holds no method (a JSON object was expected)"
)
REFUSED_FIELD = NoticeKind("method_file.refused_field", "{field}: {message}")
"""The method model refused a value; ``message`` is pydantic's (English)."""
REFUSED_METHOD = NoticeKind("method_file.refused_method", "the method: {message}")
UNREADABLE = NoticeKind("method_file.unreadable", "cannot be read: {error}")
ID_TAKEN = NoticeKind("method_file.id_taken", "id {id} is already used by {path}")


class MethodFileError(NoticeError):
    """A method file that cannot be used; the message says what is wrong and where."""

    def __init__(self, kind: NoticeKind, **values: object) -> None:
        super().__init__(kind, **values)
        self.field = self.notice.values.get("field", "")
        """The offending field, when the refusal names one."""


@dataclass(frozen=True)
class MethodProblem:
    path: Path
    field: str
    """The offending field (``steps.2.minutes``), empty when the file as a whole is bad."""
    notice: Notice

    @property
    def message(self) -> str:
        """The problem in English."""
        return str(self.notice)


@dataclass(frozen=True)
class Library:
    methods: list[MethodDefinition] = field(default_factory=list)
    problems: list[MethodProblem] = field(default_factory=list)


def parse_method(data: bytes) -> MethodDefinition:
    """A method from a file's bytes, which may come from anyone: checked before use."""
    if len(data) > MAX_FILE_BYTES:
        raise MethodFileError(TOO_LARGE, kilobytes=MAX_FILE_BYTES // 1024)
    try:
        raw = load_json(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise MethodFileError(NOT_TEXT) from None
    except JsonLimitError as error:
        if not error.field:
            raise MethodFileError(REFUSED_METHOD, message=error.problem) from None
        raise MethodFileError(REFUSED_FIELD, field=error.field, message=error.problem) from None
    except json.JSONDecodeError as error:
        raise MethodFileError(
            NOT_JSON, line=error.lineno, column=error.colno, error=error.msg
        ) from None
    if not isinstance(raw, dict):
        raise MethodFileError(NO_METHOD)
    try:
        return MethodDefinition.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        if not where:
            raise MethodFileError(REFUSED_METHOD, message=first["msg"]) from None
        raise MethodFileError(REFUSED_FIELD, field=where, message=first["msg"]) from None


def load_directory(directory: Path) -> Library:
    """Every ``*.json`` method in ``directory``, by English name, and what could not load."""
    methods: list[MethodDefinition] = []
    problems: list[MethodProblem] = []
    seen: dict[str, Path] = {}
    for path in sorted(directory.glob("*.json")):
        try:
            method = parse_method(path.read_bytes())
        except OSError as error:
            problems.append(MethodProblem(path, "", UNREADABLE(error=error.strerror)))
            continue
        except MethodFileError as error:
            problems.append(MethodProblem(path, error.field, error.notice))
            continue
        if method.id in seen:
            problems.append(
                MethodProblem(path, "id", ID_TAKEN(id=repr(method.id), path=seen[method.id]))
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
