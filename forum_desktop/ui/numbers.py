"""Numbers as the interface's language writes them: "4.5" in English, "4,5" in French and
Spanish. ``language.install`` sets the default ``QLocale``, so every decimal a screen shows
goes through here rather than an f-string (which always writes a point)."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def decimal(value: float, places: int = 1) -> str:
    """``value`` with ``places`` decimals in the interface's language."""
    return QLocale().toString(value, "f", places)


def percent_suffix() -> str:
    """What follows a percentage: "%" in English, a no-break space and "%" in French and
    Spanish (as the minutes write them), so "54 %" never breaks before its sign."""
    spaced = QLocale().language() in (QLocale.Language.French, QLocale.Language.Spanish)
    return "\u00a0%" if spaced else "%"  # English, and the neutral "C" locale


def percent(value: int) -> str:
    """ "54%" in English, "54 %" in French and Spanish."""
    return QLocale().toString(value) + percent_suffix()
