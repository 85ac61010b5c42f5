"""Messages from the Qt-free core to a person, in a form the interface can translate.

The core speaks English (the command line prints it as is), but a facilitator working in
French must read French. So a warning or a refusal is a ``Notice``: a kind — a code and an
English template with ``{named}`` values — and the values. ``str(notice)`` is the English
text; the interface looks the code up in its translated templates (``ui/notice_texts.py``),
and a test checks that every kind has one there.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from string import Formatter

_FIELD = re.compile(r"\{(\w+)\}")

NOTICE_KINDS: dict[str, NoticeKind] = {}
"""Every kind the core defines, by code (filled as the modules defining them are imported)."""


@dataclass(frozen=True)
class NoticeKind:
    code: str
    english: str
    """The template, e.g. "no duration for {title}"."""

    def __post_init__(self) -> None:
        if self.code in NOTICE_KINDS and NOTICE_KINDS[self.code] != self:
            raise ValueError(f"two notice kinds are called {self.code!r}")
        NOTICE_KINDS[self.code] = self

    @property
    def fields(self) -> frozenset[str]:
        """The names of the values the template needs."""
        return frozenset(name for _, name, _, _ in Formatter().parse(self.english) if name)

    def __call__(self, **values: object) -> Notice:
        missing = self.fields - set(values)
        if missing:
            raise KeyError(f"{self.code} needs {', '.join(sorted(missing))}")
        return Notice(self, {name: str(value) for name, value in values.items()})


@dataclass(frozen=True)
class Notice:
    kind: NoticeKind
    values: Mapping[str, str] = field(default_factory=dict)

    def fill(self, template: str) -> str:
        """``template`` (the English one or a translation) with the values put in."""
        # One pass, so a value holding "{x}" is never filled in again.
        return _FIELD.sub(lambda m: self.values.get(m[1], m[0]), template)

    def __str__(self) -> str:
        return self.fill(self.kind.english)


class NoticeError(ValueError):
    """A refusal the person must read: its message is a ``Notice`` (``str()`` is English)."""

    def __init__(self, kind: NoticeKind, **values: object) -> None:
        self.notice = kind(**values)
        super().__init__(str(self.notice))
