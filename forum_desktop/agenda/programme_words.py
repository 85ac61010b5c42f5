"""Lines of a programme that say something other than an item or its description.

Speakers (``C. Huser``, ``S. Byrne,`` / ``L. Krienbühl``, ``Amina Diallo,``), a guiding
question (``question directrice : Que fais-je … ?``), the end of a day (``17.30 End of
day 1``) and a title cut by the source's line wrap (one ending in ``and`` or ``de``).
"""

from __future__ import annotations

import re

_UPPER = "A-ZÀ-ÖØ-Ý"
_WORD = rf"[{_UPPER}][\w'’-]*"
_PARTICLE = r"(?:(?:de|da|di|van|von|der|del|la|le|du|dos|das)\s+)?"
_INITIALS = rf"[{_UPPER}]\.(?:\s?-?[{_UPPER}]\.)*"
_BY_INITIAL = re.compile(rf"{_INITIALS}\s?{_PARTICLE}{_WORD}(?:\s+{_WORD})?")
_FULL_NAME = re.compile(rf"[{_UPPER}][\w'’-]+(?:\s+{_PARTICLE}[{_UPPER}][\w'’-]+){{1,2}}")
_NAME_SEPARATOR = re.compile(r"\s*(?:,|;|&|\band\b|\bet\b|\by\b)\s*")
MAX_SPEAKER_LINE = 120

_GUIDING = re.compile(
    r"(?P<lead>.*?\b(?:guiding\s+question|key\s+question|question\s+directrice"
    r"|question\s+clé|pregunta\s+(?:guía|guia|orientadora|generadora|clave)))\s*:\s*(?P<question>\S.*)",
    re.IGNORECASE,
)
_END_OF_DAY = re.compile(
    r"(?:end\s+of\s+(?:the\s+)?day|close\s+of\s+(?:the\s+)?day"
    r"|fin\s+de\s+(?:la\s+)?journ[ée]e|fin\s+del?\s+(?:la\s+)?(?:d[ií]a|jornada)"
    r"|cierre\s+del?\s+(?:la\s+)?(?:d[ií]a|jornada))(?:\s+\d{1,2})?[\s.!]*",
    re.IGNORECASE,
)
_WRAPPING_WORDS = frozenset(
    {"and", "or", "of", "the", "to", "for", "with", "by", "in", "on", "at", "from", "a", "an"}
    | {"et", "ou", "de", "des", "du", "la", "le", "les", "pour", "avec", "par", "en", "sur"}
    | {"y", "o", "del", "los", "las", "el", "con", "para", "por", "un", "una", "une", "au"}
)


def speakers_in(text: str, *, after_speakers: bool = False) -> list[str] | None:
    """The names a line lists, or None when it is not a line of names.

    A name by initial (``C. Huser``) is always one; a full name (``Amina Diallo``) only
    with a comma ending the line, beside a name by initial, or under another speakers
    line (``Main Hall, City Centre`` stays a description)."""
    line = text.strip()
    if not line or len(line) > MAX_SPEAKER_LINE:
        return None
    parts = [part for part in _NAME_SEPARATOR.split(line) if part]
    if not parts:
        return None
    by_initial = [_BY_INITIAL.fullmatch(part) is not None for part in parts]
    full = [_FULL_NAME.fullmatch(part) is not None for part in parts]
    if not all(a or b for a, b in zip(by_initial, full, strict=True)):
        return None
    if not (any(by_initial) or after_speakers or line.endswith(",")):
        return None
    return [" ".join(part.split()) for part in parts]


def guiding_question(text: str) -> tuple[str, str] | None:
    """(the words before the question, the question) when a line states one."""
    found = _GUIDING.fullmatch(text.strip())
    if found is None:
        return None
    return found["lead"].strip(), found["question"].strip()


def ends_the_day(title: str) -> bool:
    """``End of day 1``, ``Fin de la journée``, ``Fin del día 2`` …"""
    return _END_OF_DAY.fullmatch(title.strip()) is not None


def is_cut(title: str) -> bool:
    """Whether a title stops on a word no title ends with (``… the team and``)."""
    words = title.rstrip().split()
    return bool(words) and (words[-1].lower() in _WRAPPING_WORDS or title.rstrip().endswith(","))
