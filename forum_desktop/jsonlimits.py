"""JSON from files other people send, read with limits: a document, a manifest, a method
file or a line of a change file must never crash the reader or run it out of stack.

Python's parser recurses once per nesting level (a deep enough document raises
``RecursionError``) and refuses integers above 4,300 digits with a bare ``ValueError``;
no file the app writes comes near either limit, so anything beyond ours is refused with
a ``JsonLimitError`` saying where.
"""

from __future__ import annotations

import json
from typing import Any

MAX_DEPTH = 64
"""Nesting levels (objects and arrays); the app's deepest document uses about ten."""
MAX_DIGITS = 100
"""Characters in one number; every number the app writes is far shorter."""
INT_RANGE = range(-(2**63), 2**63)
"""Whole numbers SQLite can store; a larger one would fail only when written."""


class JsonLimitError(ValueError):
    """JSON beyond the limits, and where: ``location`` (keys, and indices of arrays) and
    ``field``, the same dotted (``steps.2.minutes``); empty for the whole."""

    def __init__(self, location: tuple[str | int, ...], problem: str) -> None:
        self.location = location
        self.field = ".".join(map(str, location))
        self.problem = problem
        super().__init__(f"{self.field}: {problem}" if self.field else problem)


class _BadNumber:
    """Stands for a number refused, so the walk can say where it was."""

    def __init__(self, problem: str) -> None:
        self.problem = problem


_LONG = _BadNumber(f"a number longer than {MAX_DIGITS} digits")
_TOO_BIG = _BadNumber("a whole number too large to be stored")


def _int(text: str) -> object:
    if len(text) > MAX_DIGITS:
        return _LONG
    value = int(text)
    return value if value in INT_RANGE else _TOO_BIG


def _float(text: str) -> object:
    return _LONG if len(text) > MAX_DIGITS else float(text)


_DECODER = json.JSONDecoder(parse_int=_int, parse_float=_float)


def load_json(text: str) -> Any:
    """``json.loads`` within the limits; ``json.JSONDecodeError`` for text that is not JSON,
    ``JsonLimitError`` for JSON nested too deep or holding a number too long."""
    try:
        value = _DECODER.decode(text)
    except RecursionError:
        raise JsonLimitError(_deep_field(text), _too_deep()) from None
    _check(value)
    return value


def _too_deep() -> str:
    return f"nested more than {MAX_DEPTH} levels deep"


def _check(value: Any) -> None:
    """Walk ``value`` without recursion, refusing the first place beyond a limit."""
    pending: list[tuple[Any, tuple[str | int, ...]]] = [(value, ())]
    while pending:
        node, path = pending.pop()
        if isinstance(node, _BadNumber):
            raise JsonLimitError(path, node.problem)
        if isinstance(node, dict | list):
            if len(path) >= MAX_DEPTH:
                raise JsonLimitError(path[:1], _too_deep())
            items = node.items() if isinstance(node, dict) else enumerate(node)
            pending.extend((child, (*path, key)) for key, child in reversed(list(items)))


def _deep_field(text: str) -> tuple[str, ...]:
    """The top-level key whose value is nested too deep, when the whole is an object."""
    start = len(text) - len(text.lstrip())
    if not text.startswith("{", start):
        return ()
    index = start + 1
    try:
        while True:
            index = _skip_space(text, index)
            if not text.startswith('"', index):
                return ()
            key, index = _DECODER.raw_decode(text, index)
            index = _skip_space(text, index)
            if not text.startswith(":", index):
                return ()
            try:
                value, index = _DECODER.raw_decode(text, _skip_space(text, index + 1))
            except RecursionError:
                return (str(key),)
            if _depth(value) >= MAX_DEPTH:  # alone, it fitted the stack the whole did not
                return (str(key),)
            index = _skip_space(text, index)
            if not text.startswith(",", index):
                return ()
            index += 1
    except (json.JSONDecodeError, ValueError):
        return ()


def _depth(value: Any) -> int:
    """Nesting levels of objects and arrays in ``value``, walked without recursion."""
    deepest = 0
    pending: list[tuple[Any, int]] = [(value, 1)]
    while pending:
        node, level = pending.pop()
        if isinstance(node, dict | list):
            deepest = max(deepest, level)
            children = node.values() if isinstance(node, dict) else node
            pending.extend((child, level + 1) for child in children)
    return deepest


def _skip_space(text: str, index: int) -> int:
    while index < len(text) and text[index] in " \t\r\n":
        index += 1
    return index
