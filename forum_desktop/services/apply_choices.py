"""What applying a method lets the user choose: how the phases take their times and what
the item's own sub-items become. Apart from ``method_apply`` so the command line can offer
the choices in its help without importing the command (and the models)."""

from __future__ import annotations

from enum import StrEnum


class PhaseTimes(StrEnum):
    SCALED = "scaled"
    """The phases share the item's planned time."""
    METHOD = "method"
    """The library's minutes; the item's planned time becomes their sum."""


class SubItems(StrEnum):
    TOPICS = "topics"
    CASES = "cases"
    KEEP = "keep"
