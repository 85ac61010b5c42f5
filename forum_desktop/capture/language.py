"""Which of English, French and Spanish a captured entry was said in, from its little words.

Each language scores one point per word of its own among the commonest function words
(words two of them share, such as "de", "la", "que", "en", "no", are left out), one per
letter of its own (ñ, ¿, ¡ and the acute accents French lacks; ç, œ and the accents Spanish
lacks) and French one per elision (l'atelier). An entry too short to tell, or whose
scores are close, gets no language: a wrong tag in the minutes would be worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from forum_desktop.models.event import Language


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_WORDS: dict[Language, frozenset[str]] = {
    Language.EN: _set(
        "the and of to is are was were be been it its this that these those with for from "
        "we our us you your they their them he she his her will would should could can "
        "have has had do does did not but if or at by an in which what who how when where "
        "there about more all so than into need needs also just only very"
    ),
    Language.FR: _set(
        "le les des du et est sont une il ils elle elles nous vous leur leurs ce cette "
        "ces pour avec dans sur pas ne qui mais ou au aux être avoir fait faire sommes "
        "avons peut plus aussi très comme tout tous nos notre votre chez sans "
        "déjà où été était"
    ),
    Language.ES: _set(
        "el los las del al y es está están una pero para por con sin muy más "
        "este esta estos estas ese esa nosotros ellos ellas su sus lo hay ser hacer "
        "tiene tienen también como todo todos nuestro nuestra donde cuando ya "
        "fue era sobre hemos cómo qué dónde cuándo"
    ),
}
_LETTERS: dict[Language, frozenset[str]] = {
    Language.FR: frozenset("çœèêëîïôûùàâ"),
    Language.ES: frozenset("ñ¿¡áíóú"),
}
_ELISIONS = re.compile(r"\b(?:l|d|qu|n|j|c|s|m|t)['’](?=\w)", re.IGNORECASE)
"""French elisions (l'atelier, qu'on, n'est): a point for French each."""
_WORD = re.compile(r"[^\W\d_]+")

MIN_WORDS = 4
"""Fewer words than this tell too little."""
MIN_SCORE = 2
"""The winner's points at least; and more than twice the runner-up's."""


def detect_language(text: str, among: Iterable[Language]) -> Language | None:
    """The language of ``text`` if it is clearly one of ``among``, else None."""
    candidates = set(among)
    words = [word.casefold() for word in _WORD.findall(text)]
    if len(words) < MIN_WORDS or not candidates:
        return None
    scores = {language: sum(word in own for word in words) for language, own in _WORDS.items()}
    letters = set(text.casefold())
    for language, own in _LETTERS.items():
        scores[language] += len(letters & own)
    scores[Language.FR] += len(_ELISIONS.findall(text))
    ranked = sorted(scores.items(), key=lambda pair: pair[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < MIN_SCORE or top <= 2 * second or best not in candidates:
        return None
    return best
