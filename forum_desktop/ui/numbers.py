"""Numbers as the interface's language writes them: "4.5" in English, "4,5" in French and
Spanish. ``language.install`` sets the default ``QLocale``, so every decimal a screen shows
goes through here rather than an f-string (which always writes a point)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from forum_desktop.ui.language import interface_language


def decimal(value: float, places: int = 1) -> str:
    """``value`` with ``places`` decimals in the interface's language."""
    return QLocale().toString(value, "f", places)


def percent_suffix() -> str:
    """What follows a percentage in the interface's language, by the minutes' rule: "%"
    in English, a no-break space and "%" in French and Spanish ("54 %" never breaks
    before its sign)."""
    return _percent("")


def percent(value: int) -> str:
    """ "54%" in English, "54 %" in French and Spanish."""
    return _percent(QLocale().toString(value))


def _percent(number: str) -> str:
    """``number`` as a percentage the way the minutes write one in the interface's language
    (English for the neutral "C" locale)."""
    # Imported here: the minutes' label catalogue is not needed to start the app.
    from forum_desktop.export.labels import Labels

    return Labels(interface_language()).get("percent", value=number)
