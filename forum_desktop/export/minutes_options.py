"""What a reader chooses about the minutes: sections, language, page size, names, drafts.

Kept apart from the loading and the layout so the command line can name the sections in
its help without importing them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, Literal
from uuid import UUID

if TYPE_CHECKING:
    from forum_desktop.models import Language

SECTIONS: Final = (
    "context",
    "summary",
    "attendance",
    "agenda",
    "proceedings",
    "actions",
    "questions",
)
"""The sections a reader can choose, in the order they print (the cover and the table of
contents always print)."""


@dataclass(frozen=True)
class MinutesOptions:
    language: Language | None = None
    """None: the event's language."""
    page_size: Literal["A4", "Letter"] = "A4"
    sections: tuple[str, ...] = SECTIONS
    anonymous: bool = False
    """No person's name anywhere: attendance in counts, quotes and actions without names."""
    approved_only: bool = False
    session_id: UUID | None = None
    """Only this session (and nothing captured outside sessions)."""

    def __post_init__(self) -> None:
        if self.language is not None:
            from forum_desktop.models import Language  # SECTIONS alone loads no models

            try:
                object.__setattr__(self, "language", Language(self.language))
            except ValueError:
                known = ", ".join(language.value for language in Language)
                raise ValueError(f"no minutes in {self.language!r} (use one of {known})") from None
        if self.page_size not in ("A4", "Letter"):
            raise ValueError(f"unknown page size {self.page_size!r} (use A4 or Letter)")
        unknown = [name for name in self.sections if name not in SECTIONS]
        if unknown:
            raise ValueError(f"unknown section {unknown[0]!r} (choose among {', '.join(SECTIONS)})")
